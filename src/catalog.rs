//! The plans every view works with: the shipped catalog, its calendars
//! compiled once per page load, plus the packages saved in this browser
//! (package builder) or sent in a compare link, as one reactive value.
//! Those packages are added through the JSON part that read them
//! (src/codec.rs), so a visitor with none does not download the code that
//! adds and checks them. The shipped catalog is validated by the engine's tests; should
//! it still fail in a build, views show the message instead of a blank
//! page.

use std::ops::Deref;
use std::sync::{Arc, OnceLock};

use leptos::prelude::*;
use slacalc_engine::catalog::Catalog;

use crate::error::AppError;
use crate::store::use_store;

static SHIPPED: OnceLock<Result<Arc<Catalog>, AppError>> = OnceLock::new();

/// The catalog shipped with this build, parsed on first use.
pub fn shipped() -> Result<Arc<Catalog>, AppError> {
    SHIPPED
        .get_or_init(|| {
            // The calendars compute with the browser's zones.
            crate::browser::install_zones();
            Catalog::shipped().map(Arc::new).map_err(AppError::Catalog)
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

impl Plans {
    /// These plans with `package` as one more (a package sent in a link),
    /// unless it is already among them or cannot be added.
    pub fn with_package(&self, package: &slacalc_engine::package::Package) -> Plans {
        if self.0.package(&package.id).is_some() {
            return self.clone();
        }
        // The package was read through the JSON part, so it is here.
        let Some(codec) = crate::codec::loaded() else {
            return self.clone();
        };
        match (codec.add_packages)(&self.0, std::slice::from_ref(package)) {
            Ok(catalog) => Plans(Arc::new(catalog)),
            Err(_) => self.clone(),
        }
    }
}

impl Deref for Plans {
    type Target = Catalog;
    fn deref(&self) -> &Catalog {
        &self.0
    }
}

/// The plans for a view, following the saved packages (also when another
/// tab changes them).
pub fn use_plans() -> Result<Memo<Plans>, AppError> {
    let shipped = shipped()?;
    let store = use_store();
    Ok(Memo::new(move |_| {
        // Saved packages are decoded and checked once, with unique ids;
        // the ones that are not are kept aside and named in the banner.
        let packages = store
            .map(|s| s.work.with(|w| w.packages.clone()))
            .unwrap_or_default();
        // Saved packages were read through the JSON part, so it is here.
        let codec = crate::codec::ready().filter(|_| !packages.is_empty());
        let Some(codec) = codec else {
            return Plans(Arc::clone(&shipped));
        };
        match (codec.add_packages)(&shipped, &packages) {
            Ok(catalog) => Plans(Arc::new(catalog)),
            // A package whose id clashes with a catalog plan: show the
            // catalog alone rather than nothing.
            Err(_) => Plans(Arc::clone(&shipped)),
        }
    }))
}
