//! Any path the app does not know.

use leptos::prelude::*;

use crate::i18n::{msg, tr};
use crate::nav::use_location;

#[component]
pub fn NotFound() -> impl IntoView {
    let path = use_location().pathname;
    view! {
        <section class="panel" data-testid="view-not-found">
            <h1>{tr(msg::NOT_FOUND_TITLE)}</h1>
            <p>{tr(msg::NOT_FOUND_NO_PAGE)} " " <code>{move || path.get()}</code></p>
            <p><a href="/">{tr(msg::NOT_FOUND_HOME)}</a></p>
        </section>
    }
}
