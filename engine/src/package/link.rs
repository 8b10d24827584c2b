//! Share links: a package as compact, versioned, checked text that
//! travels in a URL and is validated on load.

use crate::envelope;
use crate::error::Result;

use super::Package;

/// The share-link form of a package: `1.<JSON in URL-safe base64>.<check>`
/// (versioned, base64url, with a check). Not a signature: anyone can make a valid
/// link, and every link is validated like any other input.
pub fn share_link(package: &Package) -> String {
    envelope::seal(package)
}

/// Reads a share link's package, refusing anything damaged, from a newer
/// slacalc, or invalid, with a message a person can act on.
pub fn from_share_link(text: &str) -> Result<Package> {
    let package: Package = envelope::open(text, "package link")?;
    package.validate().map_err(|e| {
        e.context(slacalc_i18n::Text::new(
            slacalc_i18n::msg::BUILD_PACKAGE_IN_LINK,
        ))
    })?;
    Ok(package)
}
