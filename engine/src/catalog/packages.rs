//! The catalog with the user's packages added as plans of their own.

use slacalc_i18n::{msg, Text};

use crate::error::Result;
use crate::package::{entered, Package, PRICE_MODEL, PROVIDER_NAME};
use crate::sla::Severity;

use super::{Catalog, Document, Fact, ProviderFile, ProviderInfo, SeverityLevel};

impl Catalog {
    /// This catalog plus `packages` as plans of their own, listed under
    /// [`PROVIDER_NAME`]. Each package is validated; the error names the
    /// package.
    pub fn with_packages(&self, packages: &[Package]) -> Result<Catalog> {
        if packages.is_empty() {
            return Ok(self.clone());
        }
        let mut calendars = Vec::new();
        let mut plans = Vec::new();
        for package in packages {
            package.validate().map_err(|e| {
                e.context(Text::new(msg::ERROR_IN_PACKAGE).with("name", package.name.as_str()))
            })?;
            calendars.extend(package.calendars());
            plans.push(package.plan());
        }
        let file = ProviderFile {
            provider: ProviderInfo {
                id: "packages".into(),
                name: PROVIDER_NAME.into(),
            },
            documents: Vec::<Document>::new().into(),
            calendars: calendars.into(),
            severities: Severity::ALL
                .into_iter()
                .map(|level| SeverityLevel {
                    level,
                    name: level.as_str().into(),
                    description: "".into(),
                    source: entered(),
                    criteria: Vec::new().into(),
                })
                .collect(),
            rules: Vec::new().into(),
            restrictions: Vec::new().into(),
            price_model: Fact {
                text: PRICE_MODEL.into(),
                source: entered(),
            },
            price_details: Vec::new().into(),
            agreement: None,
            plans: plans.into(),
        };
        let mut catalog = self.with_provider(file)?;
        catalog.packages.extend(packages.iter().cloned());
        Ok(catalog)
    }
}
