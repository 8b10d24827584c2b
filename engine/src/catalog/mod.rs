//! The plan catalog: every support plan from the source documents. The
//! source of truth is `engine/data/catalog/*.json`, one file per provider;
//! they are compiled in as static data (`shipped.rs`, written from them by
//! `engine/tests/shipped_catalog.rs`, which fails when the two differ), so
//! the browser carries neither the JSON nor its decoder, nor code that
//! builds the values: the model's words and lists ([`Str`], [`List`])
//! borrow the static data, and are owned when read from a file. Every figure
//! carries its [`Source`]: the document and the sentence it was read from,
//! or an assumption with its reason.
//!
//! [`Catalog::shipped`] borrows them as they are: the engine's tests
//! validate them (`engine/tests/shipped_catalog.rs`), so a page does not
//! carry the checks for them. [`Catalog::from_files`] reads and validates
//! provider files of the same shape. A plan's targets become SLA
//! [`Targets`] with compiled calendars.

mod model;
mod packages;
mod picker;
#[rustfmt::skip]
mod shipped;

use std::collections::HashMap;
use std::sync::Arc;

pub use model::*;
pub use picker::{PlanChoice, ProviderPlans};

use slacalc_i18n::{msg, Text};

use crate::calendar::{builtin, Calendar};
use crate::error::{Error, Result};
use crate::sla::{Severity, Target, Targets};

/// A plan found in the catalog, with the provider whose file it is in
/// (the provider holds the documents its citations name).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlanRef<'a> {
    /// The provider's file the plan belongs to.
    pub provider: &'a ProviderFile,
    /// The plan itself.
    pub plan: &'a Plan,
}

/// All providers and plans, with their calendars compiled.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// Borrowed from the static data while the catalog is the shipped one.
    providers: List<ProviderFile>,
    calendars: HashMap<String, Arc<Calendar>>,
    /// The custom packages added as plans, as the builder made them.
    packages: Vec<crate::package::Package>,
}

impl Catalog {
    /// The catalog shipped with slacalc, its calendars compiled. Not
    /// validated again: its tests validate the same data (and name a
    /// calendar that does not compile, which this error would not).
    pub fn shipped() -> Result<Self> {
        let mut calendars = HashMap::new();
        for entry in shipped::PROVIDERS.iter().flat_map(|p| p.calendars.iter()) {
            calendars.insert(entry.id.to_string(), Arc::new(entry.definition.build()?));
        }
        Ok(Self {
            providers: List::Borrowed(shipped::PROVIDERS),
            calendars,
            packages: Vec::new(),
        })
    }

    /// Parses and validates provider files given as `(name, json)`.
    pub fn from_files<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Self> {
        let mut providers = Vec::new();
        for (name, json) in files {
            let file: ProviderFile = serde_json::from_str(json).map_err(|e| {
                // The parser's own words (a line and column) stay as they are.
                Error::invalid(
                    Text::new(msg::ERROR_CATALOG_FILE)
                        .with("name", name)
                        .with("detail", e.to_string()),
                )
            })?;
            providers.push(file);
        }
        Self::from_providers(providers)
    }

    /// Validates provider files already read, in catalog order.
    pub fn from_providers(providers: Vec<ProviderFile>) -> Result<Self> {
        let mut catalog = Self {
            providers: List::Owned(Vec::new()),
            calendars: HashMap::new(),
            packages: Vec::new(),
        };
        for provider in providers {
            catalog.add_provider(provider)?;
        }
        catalog.validate()?;
        Ok(catalog)
    }

    /// This catalog with one more provider (its calendars compiled, the
    /// whole validated again); the calendars already compiled are shared.
    pub fn with_provider(&self, provider: ProviderFile) -> Result<Self> {
        let mut catalog = self.clone();
        catalog.add_provider(provider)?;
        catalog.validate()?;
        Ok(catalog)
    }

    fn add_provider(&mut self, provider: ProviderFile) -> Result<()> {
        for entry in provider.calendars.iter() {
            let calendar = entry
                .definition
                .build()
                .map_err(|e| e.context(Text::new(msg::ERROR_IN_CALENDAR).with("id", &*entry.id)))?;
            if self
                .calendars
                .insert(entry.id.to_string(), Arc::new(calendar))
                .is_some()
            {
                return Err(Error::invalid(
                    Text::new(msg::ERROR_CALENDAR_ID_TWICE).with("id", &*entry.id),
                ));
            }
        }
        self.providers.to_mut().push(provider);
        Ok(())
    }

    /// Every provider's file, in catalog order.
    pub fn providers(&self) -> &[ProviderFile] {
        &self.providers
    }

    /// Every plan with its provider, in catalog order.
    pub fn plans(&self) -> impl Iterator<Item = PlanRef<'_>> {
        self.providers.iter().flat_map(|provider| {
            provider
                .plans
                .iter()
                .map(move |plan| PlanRef { provider, plan })
        })
    }

    /// The custom package with id `id`, if one was added as a plan.
    pub fn package(&self, id: &str) -> Option<&crate::package::Package> {
        self.packages.iter().find(|p| p.id == id)
    }

    /// The plan with id `id` and its provider, if the catalog has it.
    pub fn plan(&self, id: &str) -> Option<PlanRef<'_>> {
        self.plans().find(|p| p.plan.id == id)
    }

    /// The provider's own name for `severity` on plan `id` (eXpress'
    /// "1st priority (critical)", VK Cloud's "Критический"), if it has one.
    pub fn severity_name(&self, id: &str, severity: crate::sla::Severity) -> Option<&str> {
        self.plan(id)?
            .provider
            .severities
            .iter()
            .find(|s| s.level == severity)
            .map(|s| &*s.name)
    }

    /// The compiled calendar with id `id`, if any provider defines it.
    pub fn calendar(&self, id: &str) -> Option<&Arc<Calendar>> {
        self.calendars.get(id)
    }

    /// The written-down entry of a calendar: its name, definition, source.
    pub fn calendar_entry(&self, id: &str) -> Option<&CalendarEntry> {
        self.providers
            .iter()
            .flat_map(|p| p.calendars.iter())
            .find(|c| c.id == id)
    }

    /// The SLA targets of `plan` for `severity`, ready for a clock.
    pub fn targets(&self, plan: &Plan, severity: Severity) -> Targets {
        let target = |commitment: &Commitment| match commitment {
            Commitment::Target {
                minutes, calendar, ..
            } => self.calendars.get(&**calendar).map(|c| Target {
                minutes: *minutes,
                calendar: Arc::clone(c),
            }),
            Commitment::None { .. } => None,
        };
        let targets = plan.targets_for(severity);
        Targets {
            first_response: target(&targets.first_response),
            resolution: target(&targets.resolution),
        }
    }

    /// Cross-references: every plan id unique, every calendar and document
    /// a plan names exists, every severity has both targets written down.
    fn validate(&self) -> Result<()> {
        let mut seen = HashMap::new();
        for PlanRef { provider, plan } in self.plans() {
            if seen.insert(&*plan.id, ()).is_some() {
                return Err(Error::invalid(
                    Text::new(msg::ERROR_PLAN_ID_TWICE).with("id", &*plan.id),
                ));
            }
            for severity in Severity::ALL {
                if !plan.targets.iter().any(|t| t.severity == severity) {
                    return Err(Error::invalid(
                        Text::new(msg::ERROR_PLAN_SEVERITY_MISSING)
                            .with("id", &*plan.id)
                            .with("severity", severity.to_string()),
                    ));
                }
            }
            for targets in plan.targets.iter() {
                for commitment in [&targets.first_response, &targets.resolution] {
                    if let Commitment::Target { calendar, .. } = commitment {
                        if !self.calendars.contains_key(&**calendar) {
                            return Err(Error::invalid(
                                Text::new(msg::ERROR_PLAN_UNKNOWN_CALENDAR)
                                    .with("id", &*plan.id)
                                    .with("calendar", &**calendar),
                            ));
                        }
                    }
                }
            }
            for source in plan.sources().chain(provider.sources()) {
                if let Source::Quote { doc, .. } = source {
                    if !provider.documents.iter().any(|d| &d.id == doc) {
                        return Err(Error::invalid(
                            Text::new(msg::ERROR_PLAN_UNKNOWN_DOCUMENT)
                                .with("id", &*plan.id)
                                .with("document", &**doc),
                        ));
                    }
                }
            }
        }
        Ok(())
    }
}

impl CalendarDefinition {
    fn build(&self) -> Result<Calendar> {
        match self {
            CalendarDefinition::AroundTheClock { tz } => builtin::around_the_clock(tz),
            CalendarDefinition::MoscowWorkingDays { hours } => {
                builtin::moscow_working_days(&hours.0, &hours.1)
            }
            CalendarDefinition::Custom(spec) => Calendar::new((**spec).clone()),
        }
    }
}
