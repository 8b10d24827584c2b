//! Any path the app does not know.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::i18n::{msg, tr};

#[component]
pub fn NotFound() -> impl IntoView {
    let path = use_location().pathname;
    view! {
        <section class="panel" data-testid="view-not-found">
            <h1>{tr(msg::NOT_FOUND_TITLE)}</h1>
            <p>{tr(msg::NOT_FOUND_NO_PAGE)} " " <code>{move || path.get()}</code></p>
            <p><A href="/">{tr(msg::NOT_FOUND_HOME)}</A></p>
        </section>
    }
}
