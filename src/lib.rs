//! slacalc in the browser: the Leptos app shell and its views.
//!
//! Views only display and edit; every rule and figure comes from
//! `slacalc_engine`. See ../shared/DESIGN.md and docs/DESIGN.md.

pub mod app;
pub mod browser;
pub mod catalog;
pub mod fatal;
pub mod store;
pub mod views;

pub use app::App;

/// Installs the panic hook and mounts the app on `<body>`.
pub fn start() {
    fatal::install_panic_hook();
    leptos::mount::mount_to_body(App);
}
