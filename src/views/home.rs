//! The landing page: what each view is for, one click away.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{msg, tr};

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <section class="home" data-testid="view-home">
            <h1>{tr(msg::HOME_TITLE)}</h1>
            <p class="lede">{tr(msg::HOME_LEDE)}</p>
            <ul class="cards">
                <li><A href="/compare"><h2>{tr(msg::NAV_COMPARE)}</h2><p>{tr(msg::HOME_COMPARE)}</p></A></li>
                <li><A href="/deadline"><h2>{tr(msg::NAV_DEADLINE)}</h2><p>{tr(msg::HOME_DEADLINE)}</p></A></li>
                <li><A href="/simulate"><h2>{tr(msg::NAV_SIMULATE)}</h2><p>{tr(msg::HOME_SIMULATE)}</p></A></li>
                <li><A href="/price"><h2>{tr(msg::NAV_PRICE)}</h2><p>{tr(msg::HOME_PRICE)}</p></A></li>
                <li><A href="/build"><h2>{tr(msg::NAV_BUILD)}</h2><p>{tr(msg::HOME_BUILD)}</p></A></li>
            </ul>
        </section>
    }
}
