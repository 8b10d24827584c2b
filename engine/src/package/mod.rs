//! Custom support packages: what a salesperson builds in the package
//! builder, starting from a schedule (eXpress' 8/5, 24/7 and Premium) or
//! any catalog plan. A package becomes a plan of its own
//! ([`Catalog::with_packages`]) so every view can use it, and travels in a
//! share link ([`share_link`], [`from_share_link`]): compact, versioned and
//! validated on load.
//!
//! [`Catalog::with_packages`]: crate::catalog::Catalog::with_packages

mod as_plan;
mod from_plan;
mod id;
mod link;
mod model;
mod validate;

pub(crate) use as_plan::entered;
pub use link::{from_share_link, share_link};
pub use model::{
    Package, PackageService, PackageTarget, PackageTargets, TargetClock, WorkingDays, WorkingHours,
    ENTERED, HOURS_ACTIVITY, ID_PREFIX, PRICE_MODEL, PROVIDER_NAME,
};
pub use validate::check_target_minutes;
