//! The serde shape of a provider's catalog file. Every figure carries a
//! [`Source`]; see `engine/data/catalog/README.md` for how to add one.
//! Words and lists are copy-on-write ([`Str`], [`List`]): the shipped
//! catalog borrows them from static data, a file read or a package made
//! at run time owns them.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use slacalc_i18n::Text;

use crate::calendar::CalendarSpec;
use crate::sla::Severity;

/// Words of the catalog: borrowed from the shipped catalog, compiled in as
/// static data, or owned when read from a file or made by a package.
pub type Str = Cow<'static, str>;

/// A list of the catalog's records, borrowed or owned as [`Str`] is.
pub type List<T> = Cow<'static, [T]>;

/// Where a figure comes from: a sentence (or table row) of a source
/// document, verbatim, or an assumption with the reason it was needed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Source {
    /// Words quoted from a source document.
    Quote {
        /// The id of the document quoted.
        doc: Str,
        /// The sentence or table row, verbatim.
        quote: Str,
    },
    /// A figure the documents do not give, assumed for a reason.
    Assumption {
        /// What was assumed and why.
        assumption: Str,
    },
}

/// A statement in words with its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    /// The statement, as the source makes it.
    pub text: Str,
    /// Where it comes from.
    pub source: Source,
}

/// One provider's file: the provider, its documents, calendars, severity
/// scale, provider-wide rules, and its plans.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderFile {
    /// Who the provider is.
    pub provider: ProviderInfo,
    /// The documents the figures are read from.
    pub documents: List<Document>,
    /// The calendars the plans' targets and coverage run on.
    pub calendars: List<CalendarEntry>,
    /// The provider's own levels, each mapped onto the common scale.
    pub severities: List<SeverityLevel>,
    /// How priorities are assigned and changed, how service stages work.
    #[serde(default)]
    pub rules: List<Fact>,
    /// Limits on what the provider does (what is out of scope).
    #[serde(default)]
    pub restrictions: List<Fact>,
    /// How the price is composed (the sources publish no rates).
    pub price_model: Fact,
    /// Further sentences on the price (tiers, what the spend excludes,
    /// whom to ask), each with its source.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub price_details: List<Fact>,
    /// The kind of contract support is provided under, as the source
    /// names it (eXpress: "Agreement for the provision of technical
    /// support services"); `None` where the sources do not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement: Option<Fact>,
    /// The provider's support plans.
    pub plans: List<Plan>,
}

/// A provider's identity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderInfo {
    /// Stable id, e.g. `express`.
    pub id: Str,
    /// The provider's name as shown.
    pub name: Str,
}

/// A source document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Stable id that sources cite the document by.
    pub id: Str,
    /// The document's title as published.
    pub title: Str,
    /// A file in `../shared/seeds/`, or a public repository path.
    pub location: Str,
    /// The document's language, e.g. `ru`, `en`.
    pub language: Str,
    /// Publication or update date as the document states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Str>,
}

/// A named calendar a plan's targets and coverage refer to by `id`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CalendarEntry {
    /// Stable id that targets, coverage and channels name.
    pub id: Str,
    /// The calendar in words, e.g. "Working days 10:00–19:00 Moscow time".
    pub name: Str,
    /// Which hours it has.
    pub definition: CalendarDefinition,
    /// Where the hours come from.
    pub source: Source,
    /// How the source's words were read, where that took judgement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Str>,
    /// The calendar in words to render in the reader's language, where
    /// slacalc made the calendar (a package's hours: days, times and zone
    /// put together); `None` for the catalog's own, whose name is the
    /// source's words ([`CalendarEntry::words`]).
    #[serde(skip)]
    pub words: Option<Text>,
}

/// A calendar's hours: one of the common forms, or written out in full.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CalendarDefinition {
    /// Every minute, shown in this zone.
    AroundTheClock {
        /// The zone (IANA name) times are shown in.
        tz: Str,
    },
    /// Monday–Friday within these hours, Moscow time, on the Russian
    /// production calendar.
    MoscowWorkingDays {
        /// Opening and closing time, `("10:00", "19:00")`.
        hours: (Str, Str),
    },
    /// Any other schedule, written out as a calendar spec.
    Custom(Box<CalendarSpec>),
}

/// One level of a provider's own severity scale, mapped onto the common
/// one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeverityLevel {
    /// The common level it maps onto.
    pub level: Severity,
    /// The provider's own name for the level.
    pub name: Str,
    /// What the level covers, in the provider's words.
    pub description: Str,
    /// Where the level and its mapping come from.
    pub source: Source,
    /// Where the source lists several criteria for the level (any one of
    /// which qualifies), each criterion with its own source.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub criteria: List<Fact>,
}

/// A support plan: its targets per severity, when work is done, channels,
/// staff and services, each with its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Stable; used in URLs.
    pub id: Str,
    /// The plan's name as shown.
    pub name: Str,
    /// What the plan is, in brief, with its source.
    pub summary: Fact,
    /// Share of requests the targets are promised for (90 means 90 %).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commitment_share: Option<Share>,
    /// First response and resolution for each severity.
    pub targets: List<SeverityTargets>,
    /// When each kind of work is done.
    pub coverage: List<Coverage>,
    /// How the customer reaches support.
    pub channels: List<Channel>,
    /// Who handles requests.
    pub staff: List<Fact>,
    /// Services the plan includes, sells as options, or does not offer.
    pub services: List<ServiceOffer>,
    /// Anything else the plan's sources say that a buyer should know.
    #[serde(default)]
    pub notes: List<Fact>,
    /// The plan's source says it costs nothing (Tencent Cloud Basic); only
    /// then may a price of zero be called "free" and win "cheapest".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free_of_charge: Option<Fact>,
    /// For a custom package: the catalog plan it was built from, whose
    /// rates a price book uses when it has none for the package.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_plan: Option<Str>,
}

/// The share of requests a plan's targets are promised for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Share {
    /// The share in percent: 90 means 90 %.
    pub percent: u8,
    /// Where the share comes from.
    pub source: Source,
}

/// A plan's written-down promises for one severity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeverityTargets {
    /// The severity they are for.
    pub severity: Severity,
    /// The promise for the first response.
    pub first_response: Commitment,
    /// The promise for the resolution.
    pub resolution: Commitment,
}

/// A promise for one severity and one target, or its absence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Commitment {
    /// A promise of `minutes` of working time on `calendar`.
    Target {
        /// The target's length in working minutes.
        minutes: u64,
        /// The id of the calendar the minutes are counted on.
        calendar: Str,
        /// The source's own words for this figure (a table cell, e.g. "16
        /// working hours"); tests read the figure back from them.
        figure: Str,
        /// Where the figure comes from.
        source: Source,
        /// Why this calendar, where the figure's own sentence does not say.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<Str>,
        /// Where the choice of `calendar` comes from, where `source` gives
        /// the figure but not the hours it is counted on: a quote, or an
        /// assumption with its reason (which then goes wherever the figure
        /// is shown). A target on a calendar whose own source is an
        /// assumption must carry it here.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        calendar_source: Option<Source>,
    },
    /// The plan makes no promise; `none` says so in words.
    None {
        /// What the source says instead of a promise.
        none: Str,
        /// Where that comes from.
        source: Source,
    },
}

/// When a kind of work is done, as a calendar id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coverage {
    /// The kind of work, e.g. "Consultations".
    pub activity: Str,
    /// The id of the calendar it is done on.
    pub calendar: Str,
    /// Where this comes from.
    pub source: Source,
}

/// A way to reach support (phone, portal, e-mail, …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Channel {
    /// The channel as the provider names it.
    pub name: Str,
    /// What kind of channel it is; requirements ("phone support") go by
    /// this, never by the name. Files without it read as
    /// [`ChannelKind::Other`].
    #[serde(default)]
    pub kind: ChannelKind,
    /// Calendar id of the hours the channel is open; `None` where the
    /// source does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<Str>,
    /// Where the channel comes from.
    pub source: Source,
    /// What the source says about using it (numbers, addresses, tools),
    /// with its own source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<Fact>,
}

/// What kind of channel a [`Channel`] is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelKind {
    /// Spoken support by telephone (a support line, a hotline).
    Phone,
    /// E-mail to a support address.
    Email,
    /// A ticket or request system.
    Ticket,
    /// A chat with support (e.g. on the provider's site or app).
    Chat,
    /// A messenger: a bot or a group in Telegram, Slack, WeCom, ….
    Messenger,
    /// A web portal or web interface for requests.
    Portal,
    /// Anything else, or not stated.
    #[default]
    Other,
}

impl ChannelKind {
    /// The kind a channel name typed by a person suggests, for channels
    /// that carry no kind (the package builder's free-text names); catalog
    /// channels state their kind instead. Whole words only, so
    /// "Smartphone app" is not phone support but "Telephone hotline" and
    /// "Горячая линия" are.
    pub fn from_name(name: &str) -> Self {
        let lower = crate::words::lowercase(name);
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let has = |options: &[&str]| words.iter().any(|w| options.contains(w));
        if has(&["phone", "telephone", "hotline", "телефон"]) || lower.contains("горячая линия")
        {
            Self::Phone
        } else if has(&["email", "mail", "почта"]) {
            Self::Email
        } else if has(&["ticket", "tickets", "тикет", "заявка"]) {
            Self::Ticket
        } else if has(&[
            "telegram",
            "slack",
            "wecom",
            "whatsapp",
            "messenger",
            "bot",
            "im",
        ]) {
            Self::Messenger
        } else if has(&["chat", "чат"]) {
            Self::Chat
        } else if has(&["portal", "web", "портал"]) {
            Self::Portal
        } else {
            Self::Other
        }
    }
}

/// A service a plan mentions and whether it comes with the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceOffer {
    /// Stable id shared across providers where the service is the same
    /// (`dedicated_engineer`, `technical_account_manager`, `onsite_visit`, …).
    pub service: Str,
    /// The service as the provider names it.
    pub name: Str,
    /// Included, an option, or not offered.
    pub availability: Inclusion,
    /// How much of it, where the source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<Quantity>,
    /// Where this comes from.
    pub source: Source,
    /// How the source's words were read, where that took judgement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Str>,
    /// Conditions the source attaches to the offer on this plan (limits,
    /// booking, rates outside working hours, scope), each with its source.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub terms: List<Fact>,
}

/// Whether a plan includes a service, sells it as an option, or does not
/// offer it. (Not to be confused with an SLA percentage,
/// [`availability::Availability`](crate::availability::Availability).)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Inclusion {
    /// Comes with the plan.
    Included,
    /// Offered at an extra price.
    Optional,
    /// Not available in this plan.
    NotOffered,
}

impl Inclusion {
    /// Better first: included (0), then a paid option (1), then not
    /// offered (2). Stated here rather than read from the declaration
    /// order, so reordering the variants cannot change a ranking.
    pub fn rank(self) -> u8 {
        match self {
            Inclusion::Included => 0,
            Inclusion::Optional => 1,
            Inclusion::NotOffered => 2,
        }
    }
}

/// How much of a service a plan includes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quantity {
    /// So many hours a year.
    HoursPerYear(u32),
    /// At most so many a quarter.
    AtMostPerQuarter(u32),
}

impl CalendarEntry {
    /// The calendar's name as a reader sees it, in their language: the
    /// words slacalc made for it, else the catalog's name (translated
    /// where the data files have it).
    pub fn words(&self) -> Text {
        self.words
            .clone()
            .unwrap_or_else(|| Text::catalog(&*self.name))
    }

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
            .flat_map(|c| match c {
                Commitment::Target {
                    source,
                    calendar_source,
                    ..
                } => std::iter::once(source).chain(calendar_source.as_ref()),
                Commitment::None { source, .. } => std::iter::once(source).chain(None),
            });
        std::iter::once(&self.summary.source)
            .chain(targets)
            .chain(self.coverage.iter().map(|c| &c.source))
            .chain(self.channels.iter().map(|c| &c.source))
            .chain(
                self.channels
                    .iter()
                    .filter_map(|c| c.detail.as_ref())
                    .map(|f| &f.source),
            )
            .chain(self.staff.iter().map(|f| &f.source))
            .chain(self.free_of_charge.iter().map(|f| &f.source))
            .chain(self.services.iter().map(|s| &s.source))
            .chain(
                self.services
                    .iter()
                    .flat_map(|s| s.terms.iter())
                    .map(|f| &f.source),
            )
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
            .map(|d| &*d.title)
    }

    /// Every source the provider-wide parts cite.
    pub fn sources(&self) -> impl Iterator<Item = &Source> {
        self.calendars
            .iter()
            .map(|c| &c.source)
            .chain(self.severities.iter().map(|s| &s.source))
            .chain(
                self.severities
                    .iter()
                    .flat_map(|s| s.criteria.iter())
                    .map(|f| &f.source),
            )
            .chain(self.rules.iter().map(|f| &f.source))
            .chain(self.restrictions.iter().map(|f| &f.source))
            .chain(std::iter::once(&self.price_model.source))
            .chain(self.price_details.iter().map(|f| &f.source))
            .chain(self.agreement.iter().map(|f| &f.source))
    }
}
