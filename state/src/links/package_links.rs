//! How a compare link opens and seals the package it carries
//! (`package=1.<base64url JSON>.<check>`), and adds it to the catalog.
//!
//! By default, directly (`slacalc_engine::package`). With the feature
//! `package-links-installed` (the browser app) through functions the app
//! installs once its JSON code has arrived ([`install_package_links`]): the
//! app fetches that code on demand, and a direct call would put it in the
//! compare view's own download. Until they are installed such a link's
//! package is not opened: the link says so and keeps its text as written
//! (see [`Opened::NotLoaded`]); the app installs them before it shows a
//! compare link that carries one.

use slacalc_engine::catalog::Catalog;
use slacalc_engine::package::Package;
use slacalc_engine::Result;
use slacalc_i18n::Text;

/// The functions a compare link's package goes through.
#[derive(Debug, Clone, Copy)]
pub struct PackageLinks {
    /// Reads a package's share link (`slacalc_engine::package::from_share_link`).
    pub open: fn(&str) -> Result<Package>,
    /// Writes one (`slacalc_engine::package::share_link`).
    pub seal: fn(&Package) -> String,
    /// Adds it to the catalog as a plan (`Catalog::with_packages`): only a
    /// package that was read needs it, so it travels with the reader.
    pub add: fn(&Catalog, &[Package]) -> Result<Catalog>,
}

#[cfg(feature = "package-links-installed")]
static INSTALLED: std::sync::OnceLock<PackageLinks> = std::sync::OnceLock::new();

/// Makes compare links open and seal packages with `links`; the first
/// call counts. Does nothing without the feature `package-links-installed`.
pub fn install_package_links(links: PackageLinks) {
    #[cfg(feature = "package-links-installed")]
    let _ = INSTALLED.set(links);
    #[cfg(not(feature = "package-links-installed"))]
    let _ = links;
}

/// What became of a link's package.
// One per link read, moved straight into the link: not worth a box.
#[allow(clippy::large_enum_variant)]
pub(super) enum Opened {
    /// Read and checked.
    Package(Package),
    /// Damaged or not a package: why, in words.
    Unusable(Text),
    /// The functions that read it are not installed (the app's JSON code
    /// could not be fetched): it may be fine, so it is kept, not dropped.
    #[cfg_attr(not(feature = "package-links-installed"), allow(dead_code))]
    NotLoaded,
}

impl Opened {
    fn from(read: Result<Package>) -> Self {
        match read {
            Ok(package) => Opened::Package(package),
            Err(e) => Opened::Unusable(e.text().clone()),
        }
    }
}

/// The package in `text`.
#[cfg(not(feature = "package-links-installed"))]
pub(super) fn open(text: &str) -> Opened {
    Opened::from(slacalc_engine::package::from_share_link(text))
}

#[cfg(not(feature = "package-links-installed"))]
pub(super) fn seal(package: &Package) -> String {
    slacalc_engine::package::share_link(package)
}

/// The catalog with `package` as a plan, or why it cannot be one.
#[cfg(not(feature = "package-links-installed"))]
pub(super) fn add(catalog: &Catalog, package: &Package) -> std::result::Result<Catalog, Text> {
    catalog
        .with_packages(std::slice::from_ref(package))
        .map_err(|e| e.text().clone())
}

#[cfg(feature = "package-links-installed")]
pub(super) fn open(text: &str) -> Opened {
    match INSTALLED.get() {
        Some(links) => Opened::from((links.open)(text)),
        None => Opened::NotLoaded,
    }
}

#[cfg(feature = "package-links-installed")]
pub(super) fn seal(package: &Package) -> String {
    // Only reached for a link whose package was opened, so installed; the
    // empty text would be refused as damaged, never read as another package.
    INSTALLED
        .get()
        .map(|links| (links.seal)(package))
        .unwrap_or_default()
}

#[cfg(feature = "package-links-installed")]
pub(super) fn add(catalog: &Catalog, package: &Package) -> std::result::Result<Catalog, Text> {
    // Only reached for a package that was opened, so installed; were it
    // not, the link says the package could not be read rather than
    // keeping it without its plan.
    match INSTALLED.get() {
        Some(links) => {
            (links.add)(catalog, std::slice::from_ref(package)).map_err(|e| e.text().clone())
        }
        None => Err(Text::new(slacalc_i18n::msg::NOTICE_PACKAGE_NOT_LOADED)),
    }
}
