//! The landing page: what each view is for, one click away.

use leptos::prelude::*;

use crate::i18n::{msg, tr};

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <section class="home" data-testid="view-home">
            <h1>{tr(msg::HOME_TITLE)}</h1>
            <p class="lede">{tr(msg::HOME_LEDE)}</p>
            <ul class="cards">
                <li><a href="/compare"><h2>{tr(msg::NAV_COMPARE)}</h2><p>{tr(msg::HOME_COMPARE)}</p></a></li>
                <li><a href="/deadline"><h2>{tr(msg::NAV_DEADLINE)}</h2><p>{tr(msg::HOME_DEADLINE)}</p></a></li>
                <li><a href="/simulate"><h2>{tr(msg::NAV_SIMULATE)}</h2><p>{tr(msg::HOME_SIMULATE)}</p></a></li>
                <li><a href="/price"><h2>{tr(msg::NAV_PRICE)}</h2><p>{tr(msg::HOME_PRICE)}</p></a></li>
                <li><a href="/build"><h2>{tr(msg::NAV_BUILD)}</h2><p>{tr(msg::HOME_BUILD)}</p></a></li>
                <li><a href="/audit"><h2>{tr(msg::NAV_AUDIT)}</h2><p>{tr(msg::HOME_AUDIT)}</p></a></li>
            </ul>
        </section>
    }
}
