//! Package ids: minted once from the name a person gives, never reused.

use super::{Package, ID_PREFIX};

/// The longest slug an id takes from a name, in characters.
const MAX_SLUG: usize = 50;

impl Package {
    /// A fresh id for a package named `name`: `pkg-` and the name's slug
    /// (`Retail night cover` → `pkg-retail-night-cover`), numbered
    /// (`…-2`, `…-3`) when `taken` already has it, so saving never
    /// overwrites another package by accident.
    pub fn new_id(name: &str, taken: &[&str]) -> String {
        let slug: String = crate::words::slug(name).chars().take(MAX_SLUG).collect();
        let slug = slug.trim_end_matches('-');
        let base = if slug.is_empty() {
            format!("{ID_PREFIX}package")
        } else {
            format!("{ID_PREFIX}{slug}")
        };
        (1..)
            .map(|n| {
                if n == 1 {
                    base.clone()
                } else {
                    format!("{base}-{n}")
                }
            })
            .find(|id| !taken.contains(&id.as_str()))
            .unwrap_or(base)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_the_names_slug_numbered_when_taken() {
        assert_eq!(
            Package::new_id("Retail night cover", &[]),
            "pkg-retail-night-cover"
        );
        assert_eq!(Package::new_id("Gold", &["pkg-gold"]), "pkg-gold-2");
        assert_eq!(
            Package::new_id("Gold", &["pkg-gold", "pkg-gold-2"]),
            "pkg-gold-3"
        );
        assert_eq!(Package::new_id("Ночная смена", &[]), "pkg-package");
    }
}
