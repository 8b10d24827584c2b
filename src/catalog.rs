//! The plans every view works with: the shipped catalog, parsed once per
//! page load, plus the packages saved in this browser (package builder),
//! as one reactive value. Parsing is validated by the engine's tests;
//! should it still fail in a build, views show the message instead of a
//! blank page.

use std::ops::Deref;
use std::sync::{Arc, OnceLock};

use leptos::prelude::*;
use slacalc_engine::catalog::Catalog;
use slacalc_engine::package::Package;
use slacalc_engine::saved::SavedWork;

use crate::store::use_store;

static SHIPPED: OnceLock<Result<Arc<Catalog>, String>> = OnceLock::new();

pub fn shipped() -> Result<Arc<Catalog>, String> {
    SHIPPED
        .get_or_init(|| {
            Catalog::shipped()
                .map(Arc::new)
                .map_err(|e| format!("The plan catalog could not be read: {e}"))
        })
        .clone()
}

/// The catalog with the saved packages. Compared by identity: a new value
/// is a new set of plans.
#[derive(Clone)]
pub struct Plans(Arc<Catalog>);

impl PartialEq for Plans {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for Plans {
    type Target = Catalog;
    fn deref(&self) -> &Catalog {
        &self.0
    }
}

/// The packages in saved work that are valid; the builder reports the
/// others where they are edited.
pub fn saved_packages(work: &SavedWork) -> Vec<Package> {
    work.packages
        .iter()
        .filter_map(|v| serde_json::from_value::<Package>(v.clone()).ok())
        .filter(|p| p.validate().is_ok())
        .collect()
}

/// The plans for a view, following the saved packages (also when another
/// tab changes them).
pub fn use_plans() -> Result<Memo<Plans>, String> {
    let shipped = shipped()?;
    let store = use_store();
    Ok(Memo::new(move |_| {
        let packages = store
            .map(|s| s.work.with(saved_packages))
            .unwrap_or_default();
        if packages.is_empty() {
            return Plans(Arc::clone(&shipped));
        }
        match shipped.with_packages(&packages) {
            Ok(catalog) => Plans(Arc::new(catalog)),
            // Two saved packages with one id: show the catalog alone
            // rather than nothing; the builder names the clash.
            Err(_) => Plans(Arc::clone(&shipped)),
        }
    }))
}

/// The catalog plan a saved package was built from: a price book prices
/// the package as that plan when it has no price of its own for it.
pub fn base_plan(store: Option<crate::store::Store>, id: &str) -> Option<String> {
    store?.work.with_untracked(|w| {
        saved_packages(w)
            .into_iter()
            .find(|p| p.id == id)
            .and_then(|p| p.base_plan)
    })
}
