//! Views whose features are still being built: each route exists, has its
//! own URL and says plainly what it will do.

use leptos::prelude::*;

#[component]
fn Upcoming(testid: &'static str, title: &'static str, purpose: &'static str) -> impl IntoView {
    view! {
        <section class="panel" data-testid=testid>
            <h1>{title}</h1>
            <p>{purpose}</p>
            <p class="muted">"This view is not built yet."</p>
        </section>
    }
}

#[component]
pub fn Simulate() -> impl IntoView {
    view! { <Upcoming testid="view-simulate" title="Simulate incidents"
    purpose="What a plan means for your downtime and your money."/> }
}
