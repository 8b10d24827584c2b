//! The landing page: what each view is for, one click away.

use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <section class="home" data-testid="view-home">
            <h1>"Compare support plans. Know your deadlines."</h1>
            <p class="lede">
                "slacalc puts support tiers side by side, tells you exactly when a provider must answer "
                "an incident in its business hours and time zone, and shows what a plan costs you. "
                "Everything is computed in your browser; nothing you enter leaves it."
            </p>
            <ul class="cards">
                <li><A href="/compare"><h2>"Compare"</h2><p>"Plans as columns: response and resolution targets, coverage, channels, services."</p></A></li>
                <li><A href="/deadline"><h2>"Deadline"</h2><p>"When is the answer due for an incident opened now, on Friday night, or on a holiday?"</p></A></li>
                <li><A href="/simulate"><h2>"Simulate"</h2><p>"A quarter of incidents against each plan: breaches, downtime and its cost."</p></A></li>
                <li><A href="/price"><h2>"Price"</h2><p>"What each plan costs at your size, line by line, from a price book you control."</p></A></li>
                <li><A href="/build"><h2>"Build"</h2><p>"Compose a custom package, price it, save it and share it as a link."</p></A></li>
            </ul>
        </section>
    }
}
