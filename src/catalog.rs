//! The shipped plan catalog, parsed once per page load and shared by the
//! views. Parsing is validated by the engine's tests; should it still fail
//! in a build, views show the message instead of a blank page.

use std::sync::OnceLock;

use slacalc_engine::catalog::Catalog;

static SHIPPED: OnceLock<Result<Catalog, String>> = OnceLock::new();

pub fn shipped() -> Result<&'static Catalog, String> {
    SHIPPED
        .get_or_init(|| {
            Catalog::shipped().map_err(|e| format!("The plan catalog could not be read: {e}"))
        })
        .as_ref()
        .map_err(Clone::clone)
}
