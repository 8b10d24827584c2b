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
pub mod error;
pub mod fatal;
pub mod i18n;
pub mod parts;
pub mod routes;
pub mod saved_work;
pub mod store;
pub mod views;

pub use app::App;

/// Installs the panic hook and mounts the app on `<body>`.
pub fn start() {
    fatal::install_panic_hook();
    leptos::mount::mount_to_body(App);
}
