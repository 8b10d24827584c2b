//! slacalc in the browser: the Leptos app shell and its views.
//!
//! Views only display and edit: every rule and figure comes from
//! `slacalc_engine`, every link and saved item is typed in
//! `slacalc_state`; this crate moves them between the page and the browser.
//! See ../shared/DESIGN.md and docs/DESIGN.md ("The app layer").

pub mod app;
pub mod books;
pub mod browser;
pub mod catalog;
pub mod codec;
pub mod error;
pub mod fatal;
pub mod i18n;
pub mod nav;
pub mod parts;
pub mod routes;
pub mod saved_work;
pub mod store;
pub mod views;

pub use app::App;

/// Installs the panic hook and mounts the app on `<body>`, once the
/// words of the page's language are there (a Russian reader's are fetched
/// first in a release build: `i18n::load`; should that fail, the page
/// opens in English and the switch can try again).
pub fn start() {
    fatal::install_panic_hook();
    i18n::install_bundled();
    let lang = i18n::page_lang();
    if slacalc_i18n::is_loaded(lang) {
        leptos::mount::mount_to_body(App);
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            i18n::load(lang).await;
            leptos::mount::mount_to_body(App);
        });
    }
}
