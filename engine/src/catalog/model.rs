//! The serde shape of a provider's catalog file. Every figure carries a
//! [`Source`]; see `engine/data/catalog/README.md` for how to add one.

use serde::{Deserialize, Serialize};

use crate::calendar::CalendarSpec;
use crate::sla::Severity;

/// Where a figure comes from: a sentence (or table row) of a source
/// document, verbatim, or an assumption with the reason it was needed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Source {
    Quote { doc: String, quote: String },
    Assumption { assumption: String },
}

/// A statement in words with its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    pub text: String,
    pub source: Source,
}

/// One provider's file: the provider, its documents, calendars, severity
/// scale, provider-wide rules, and its plans.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderFile {
    pub provider: ProviderInfo,
    pub documents: Vec<Document>,
    pub calendars: Vec<CalendarEntry>,
    /// The provider's own levels, each mapped onto the common scale.
    pub severities: Vec<SeverityLevel>,
    /// How priorities are assigned and changed, how service stages work.
    #[serde(default)]
    pub rules: Vec<Fact>,
    #[serde(default)]
    pub restrictions: Vec<Fact>,
    /// How the price is composed (the sources publish no rates).
    pub price_model: Fact,
    pub plans: Vec<Plan>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderInfo {
    pub id: String,
    pub name: String,
}

/// A source document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub title: String,
    /// A file in `../shared/seeds/`, or a public repository path.
    pub location: String,
    pub language: String,
    /// Publication or update date as the document states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
}

/// A named calendar a plan's targets and coverage refer to by `id`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CalendarEntry {
    pub id: String,
    pub name: String,
    pub definition: CalendarDefinition,
    pub source: Source,
    /// How the source's words were read, where that took judgement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CalendarDefinition {
    /// Every minute, shown in this zone.
    AroundTheClock {
        tz: String,
    },
    /// Monday–Friday within these hours, Moscow time, on the Russian
    /// production calendar.
    MoscowWorkingDays {
        hours: (String, String),
    },
    Custom(Box<CalendarSpec>),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeverityLevel {
    pub level: Severity,
    /// The provider's own name for the level.
    pub name: String,
    pub description: String,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Stable; used in URLs.
    pub id: String,
    pub name: String,
    pub summary: Fact,
    /// Share of requests the targets are promised for (90 means 90 %).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commitment_share: Option<Share>,
    pub targets: Vec<SeverityTargets>,
    pub coverage: Vec<Coverage>,
    pub channels: Vec<Channel>,
    pub staff: Vec<Fact>,
    pub services: Vec<ServiceOffer>,
    #[serde(default)]
    pub notes: Vec<Fact>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Share {
    pub percent: u8,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeverityTargets {
    pub severity: Severity,
    pub first_response: Commitment,
    pub resolution: Commitment,
}

/// A promise for one severity and one target, or its absence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Commitment {
    Target {
        minutes: u64,
        calendar: String,
        /// The source's own words for this figure (a table cell, e.g. "16
        /// working hours"); tests read the figure back from them.
        figure: String,
        source: Source,
        /// Why this calendar, where the figure's own sentence does not say.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// The plan makes no promise; `none` says so in words.
    None { none: String, source: Source },
}

/// When a kind of work is done, as a calendar id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coverage {
    pub activity: String,
    pub calendar: String,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Channel {
    pub name: String,
    /// Calendar id of the hours the channel is open; `None` where the
    /// source does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceOffer {
    /// Stable id shared across providers where the service is the same
    /// (`dedicated_engineer`, `technical_account_manager`, `onsite_visit`, …).
    pub service: String,
    pub name: String,
    pub availability: Inclusion,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<Quantity>,
    pub source: Source,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Whether a plan includes a service, sells it as an option, or does not
/// offer it. (Not to be confused with an SLA percentage,
/// [`availability::Availability`](crate::availability::Availability).)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Inclusion {
    Included,
    Optional,
    NotOffered,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quantity {
    HoursPerYear(u32),
    AtMostPerQuarter(u32),
}

impl CalendarEntry {
    /// A short label for a table cell: `24/7` or `working hours`.
    pub fn short_label(&self) -> &'static str {
        match self.definition {
            CalendarDefinition::AroundTheClock { .. } => "24/7",
            _ => "working hours",
        }
    }
}

impl Plan {
    /// The written-down targets of `severity` (validated to exist).
    pub fn targets_for(&self, severity: Severity) -> &SeverityTargets {
        self.targets
            .iter()
            .find(|t| t.severity == severity)
            .expect("validated: every severity has targets")
    }

    /// Every source the plan cites.
    pub fn sources(&self) -> impl Iterator<Item = &Source> {
        let targets = self
            .targets
            .iter()
            .flat_map(|t| [&t.first_response, &t.resolution])
            .map(|c| match c {
                Commitment::Target { source, .. } | Commitment::None { source, .. } => source,
            });
        std::iter::once(&self.summary.source)
            .chain(targets)
            .chain(self.coverage.iter().map(|c| &c.source))
            .chain(self.channels.iter().map(|c| &c.source))
            .chain(self.staff.iter().map(|f| &f.source))
            .chain(self.services.iter().map(|s| &s.source))
            .chain(self.notes.iter().map(|f| &f.source))
            .chain(self.commitment_share.iter().map(|s| &s.source))
    }
}

impl ProviderFile {
    /// The title of document `id`, if the provider cites it.
    pub fn document_title(&self, id: &str) -> Option<&str> {
        self.documents
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.title.as_str())
    }

    /// Every source the provider-wide parts cite.
    pub fn sources(&self) -> impl Iterator<Item = &Source> {
        self.calendars
            .iter()
            .map(|c| &c.source)
            .chain(self.severities.iter().map(|s| &s.source))
            .chain(self.rules.iter().map(|f| &f.source))
            .chain(self.restrictions.iter().map(|f| &f.source))
            .chain(std::iter::once(&self.price_model.source))
    }
}
