//! The package builder's link: `/build?package=1.<base64url JSON>.<check>`;
//! the whole package being edited travels in it.

use slacalc_engine::catalog::Catalog;
use slacalc_engine::package::{from_share_link, share_link, Package};

use super::{Field, Notice, ViewLink};
use crate::query::{Query, QueryWriter};

/// The package being edited, if any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BuildLink {
    /// The draft; `None`: the builder starts a new one.
    pub package: Option<Package>,
}

impl ViewLink for BuildLink {
    const PATH: &'static str = "/build";

    fn parse(_: &Catalog, query: &Query) -> (Self, Vec<Notice>) {
        match query.get("package") {
            None => (Self::default(), Vec::new()),
            Some(text) => match from_share_link(text.trim()) {
                Ok(package) => (
                    Self {
                        package: Some(package),
                    },
                    Vec::new(),
                ),
                Err(e) => (
                    Self::default(),
                    vec![Notice::text(Field::Package, e.text().clone())],
                ),
            },
        }
    }

    fn write(&self, query: &mut QueryWriter) {
        if let Some(package) = &self.package {
            query.pair("package", share_link(package));
        }
    }
}
