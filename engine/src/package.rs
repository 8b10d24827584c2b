//! Custom support packages: what a salesperson builds in the package
//! builder, starting from a schedule (eXpress' 8/5, 24/7 and Premium) or
//! any catalog plan. A package becomes a plan of its own
//! ([`Catalog::with_packages`]) so every view can use it, and travels in a
//! share link ([`share_link`], [`from_share_link`]): compact, versioned and
//! validated on load.

use serde::{Deserialize, Serialize};

use crate::calendar::{parse_zone, CalendarSpec, WallInterval, WeekSpec};
use crate::catalog::{
    CalendarDefinition, CalendarEntry, Catalog, Channel, Commitment, Coverage, Document, Fact,
    Inclusion, Plan, PlanRef, ProviderFile, ProviderInfo, Quantity, ServiceOffer, SeverityLevel,
    SeverityTargets, Share, Source,
};
use crate::error::{Error, Result};
use crate::sla::Severity;

/// Package plan ids start with this, so they never collide with the catalog's.
pub const ID_PREFIX: &str = "pkg-";
/// The provider name packages are listed under.
pub const PROVIDER_NAME: &str = "Your packages";
/// The longest target a package may set: a year of minutes.
const MAX_TARGET_MINUTES: u64 = 366 * 24 * 60;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Package {
    /// `pkg-…`; stable, used in URLs.
    pub id: String,
    pub name: String,
    /// The plan or schedule it started from, for the reader.
    pub based_on: String,
    /// The catalog plan id it started from: a price book without a price
    /// for the package prices it as this plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_plan: Option<String>,
    pub hours: WorkingHours,
    /// One entry per severity.
    pub targets: Vec<PackageTargets>,
    pub channels: Vec<String>,
    pub services: Vec<PackageService>,
    /// Share of requests the targets are promised for, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commitment_share: Option<u8>,
}

/// The provider's working hours: a daily window on working days in a zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkingHours {
    pub tz: String,
    pub start: String,
    pub end: String,
    pub days: WorkingDays,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkingDays {
    /// Monday to Friday, no holidays.
    MondayToFriday,
    /// The Russian production calendar (Moscow time only): its days off
    /// and transferred working days.
    RussianProductionCalendar,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackageTargets {
    pub severity: Severity,
    pub first_response: Option<PackageTarget>,
    pub resolution: Option<PackageTarget>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackageTarget {
    pub minutes: u64,
    pub clock: TargetClock,
}

/// Which calendar a target counts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetClock {
    WorkingHours,
    AroundTheClock,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackageService {
    pub service: String,
    pub name: String,
    pub availability: Inclusion,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<Quantity>,
}

impl Package {
    /// A package that starts as a copy of catalog plan `plan_id`.
    pub fn from_plan(catalog: &Catalog, plan_id: &str, id: &str, name: &str) -> Result<Self> {
        let PlanRef { provider, plan } = catalog
            .plan(plan_id)
            .ok_or_else(|| Error::invalid(format!("unknown plan `{plan_id}`")))?;
        // The working-hours calendar of the plan, if it has one.
        let mut hours = WorkingHours {
            tz: "UTC".to_owned(),
            start: "09:00".to_owned(),
            end: "18:00".to_owned(),
            days: WorkingDays::MondayToFriday,
        };
        for entry in &provider.calendars {
            match &entry.definition {
                CalendarDefinition::MoscowWorkingDays {
                    hours: (start, end),
                } => {
                    hours = WorkingHours {
                        tz: "Europe/Moscow".to_owned(),
                        start: start.clone(),
                        end: end.clone(),
                        days: WorkingDays::RussianProductionCalendar,
                    };
                    break;
                }
                CalendarDefinition::AroundTheClock { tz } => hours.tz = tz.clone(),
                CalendarDefinition::Custom(spec) => hours.tz = spec.tz.clone(),
            }
        }
        let target = |commitment: &Commitment| match commitment {
            Commitment::Target {
                minutes, calendar, ..
            } => Some(PackageTarget {
                minutes: *minutes,
                clock: match catalog.calendar_entry(calendar).map(|c| &c.definition) {
                    Some(CalendarDefinition::AroundTheClock { .. }) => TargetClock::AroundTheClock,
                    _ => TargetClock::WorkingHours,
                },
            }),
            Commitment::None { .. } => None,
        };
        let package = Self {
            id: id.to_owned(),
            name: name.to_owned(),
            based_on: plan.name.clone(),
            base_plan: Some(plan.id.clone()),
            hours,
            targets: Severity::ALL
                .into_iter()
                .map(|severity| {
                    let t = plan.targets_for(severity);
                    PackageTargets {
                        severity,
                        first_response: target(&t.first_response),
                        resolution: target(&t.resolution),
                    }
                })
                .collect(),
            channels: plan.channels.iter().map(|c| c.name.clone()).collect(),
            services: plan
                .services
                .iter()
                .map(|s| PackageService {
                    service: s.service.clone(),
                    name: s.name.clone(),
                    availability: s.availability,
                    quantity: s.quantity,
                })
                .collect(),
            commitment_share: plan.commitment_share.as_ref().map(|s| s.percent),
        };
        package.validate()?;
        Ok(package)
    }

    /// Checks every field; the error names the field and what is allowed.
    pub fn validate(&self) -> Result<()> {
        let field = |name: &str, problem: String| Error::invalid(format!("{name}: {problem}"));
        let slug = self.id.strip_prefix(ID_PREFIX).unwrap_or("");
        if slug.is_empty()
            || slug.len() > 60
            || !slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(field(
                "id",
                format!(
                    "`{}` must be `{ID_PREFIX}` followed by up to 60 lowercase letters, digits or dashes",
                    self.id
                ),
            ));
        }
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > 80 {
            return Err(field(
                "name",
                "give the package a name of 1 to 80 characters".to_owned(),
            ));
        }
        parse_zone(&self.hours.tz).map_err(|e| e.context("working hours"))?;
        WallInterval::parse(&self.hours.start, &self.hours.end)
            .map_err(|e| e.context("working hours"))?;
        if self.hours.days == WorkingDays::RussianProductionCalendar
            && self.hours.tz != "Europe/Moscow"
        {
            return Err(field(
                "working days",
                "the Russian production calendar is for Moscow time; choose Europe/Moscow or Monday to Friday".to_owned(),
            ));
        }
        for severity in Severity::ALL {
            let count = self
                .targets
                .iter()
                .filter(|t| t.severity == severity)
                .count();
            if count != 1 {
                return Err(field(
                    "targets",
                    format!("{severity} must have exactly one row of targets, found {count}"),
                ));
            }
        }
        for targets in &self.targets {
            for (kind, target) in [
                ("first response", &targets.first_response),
                ("resolution", &targets.resolution),
            ] {
                if let Some(t) = target {
                    if !(1..=MAX_TARGET_MINUTES).contains(&t.minutes) {
                        return Err(field(
                            &format!("{} {kind}", targets.severity),
                            format!(
                                "{} minutes is outside 1 to {MAX_TARGET_MINUTES} (a year)",
                                t.minutes
                            ),
                        ));
                    }
                }
            }
        }
        if let Some(share) = self.commitment_share {
            if !(1..=100).contains(&share) {
                return Err(field(
                    "commitment share",
                    format!("{share} % is outside 1 to 100"),
                ));
            }
        }
        for service in &self.services {
            if service.service.trim().is_empty() || service.name.trim().is_empty() {
                return Err(field(
                    "services",
                    "every service needs an id and a name".to_owned(),
                ));
            }
        }
        if self.channels.iter().any(|c| c.trim().is_empty()) {
            return Err(field("channels", "a channel needs a name".to_owned()));
        }
        Ok(())
    }

    fn calendar_id(&self, clock: TargetClock) -> String {
        match clock {
            TargetClock::WorkingHours => format!("{}-hours", self.id),
            TargetClock::AroundTheClock => format!("{}-24x7", self.id),
        }
    }

    fn calendars(&self) -> Vec<CalendarEntry> {
        let hours = match self.hours.days {
            WorkingDays::RussianProductionCalendar => CalendarDefinition::MoscowWorkingDays {
                hours: (self.hours.start.clone(), self.hours.end.clone()),
            },
            WorkingDays::MondayToFriday => {
                let day = WallInterval::parse(&self.hours.start, &self.hours.end)
                    .map(|i| vec![i])
                    .unwrap_or_default();
                CalendarDefinition::Custom(Box::new(CalendarSpec {
                    tz: self.hours.tz.clone(),
                    week: WeekSpec {
                        mon: day.clone(),
                        tue: day.clone(),
                        wed: day.clone(),
                        thu: day.clone(),
                        fri: day,
                        ..WeekSpec::default()
                    },
                    ..CalendarSpec::default()
                }))
            }
        };
        let days = match self.hours.days {
            WorkingDays::RussianProductionCalendar => "working days (Russian production calendar)",
            WorkingDays::MondayToFriday => "Monday to Friday",
        };
        vec![
            CalendarEntry {
                id: self.calendar_id(TargetClock::WorkingHours),
                name: format!(
                    "{days} {}–{} {}",
                    self.hours.start, self.hours.end, self.hours.tz
                ),
                definition: hours,
                source: entered(),
                note: None,
            },
            CalendarEntry {
                id: self.calendar_id(TargetClock::AroundTheClock),
                name: format!("Around the clock ({})", self.hours.tz),
                definition: CalendarDefinition::AroundTheClock {
                    tz: self.hours.tz.clone(),
                },
                source: entered(),
                note: None,
            },
        ]
    }

    fn plan(&self) -> Plan {
        let commitment = |target: &Option<PackageTarget>| match target {
            Some(t) => Commitment::Target {
                minutes: t.minutes,
                calendar: self.calendar_id(t.clock),
                figure: crate::words::target_length(t.minutes),
                source: entered(),
                note: None,
            },
            None => Commitment::None {
                none: "The package sets no target here.".to_owned(),
                source: entered(),
            },
        };
        Plan {
            id: self.id.clone(),
            name: self.name.trim().to_owned(),
            summary: Fact {
                text: format!("A custom package based on {}.", self.based_on),
                source: entered(),
            },
            commitment_share: self.commitment_share.map(|percent| Share {
                percent,
                source: entered(),
            }),
            targets: self
                .targets
                .iter()
                .map(|t| SeverityTargets {
                    severity: t.severity,
                    first_response: commitment(&t.first_response),
                    resolution: commitment(&t.resolution),
                })
                .collect(),
            coverage: vec![Coverage {
                activity: "Working hours".to_owned(),
                calendar: self.calendar_id(TargetClock::WorkingHours),
                source: entered(),
            }],
            channels: self
                .channels
                .iter()
                .map(|name| Channel {
                    name: name.clone(),
                    hours: None,
                    source: entered(),
                })
                .collect(),
            staff: Vec::new(),
            services: self
                .services
                .iter()
                .map(|s| ServiceOffer {
                    service: s.service.clone(),
                    name: s.name.clone(),
                    availability: s.availability,
                    quantity: s.quantity,
                    source: entered(),
                    note: None,
                })
                .collect(),
            notes: Vec::new(),
        }
    }
}

/// The source of every figure of a package: the person who built it.
fn entered() -> Source {
    Source::Assumption {
        assumption: "Set in slacalc's package builder; not a provider's published figure."
            .to_owned(),
    }
}

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
            package
                .validate()
                .map_err(|e| e.context(format!("package `{}`", package.name)))?;
            calendars.extend(package.calendars());
            plans.push(package.plan());
        }
        let file = ProviderFile {
            provider: ProviderInfo {
                id: "packages".to_owned(),
                name: PROVIDER_NAME.to_owned(),
            },
            documents: Vec::<Document>::new(),
            calendars,
            severities: Severity::ALL
                .into_iter()
                .map(|level| SeverityLevel {
                    level,
                    name: level.as_str().to_owned(),
                    description: String::new(),
                    source: entered(),
                })
                .collect(),
            rules: Vec::new(),
            restrictions: Vec::new(),
            price_model: Fact {
                text: "Priced in the price view from a price book you edit.".to_owned(),
                source: entered(),
            },
            plans,
        };
        self.with_provider(file)
    }
}

/// The share-link form of a package: `1.<JSON in URL-safe base64>.<check>`.
/// The leading number is the format version; the check (FNV-1a of the
/// JSON, 8 hex digits) catches a link cut short or edited by hand. It is
/// not a signature: anyone can make a valid link, and every link is
/// validated like any other input.
pub fn share_link(package: &Package) -> String {
    let json = serde_json::to_string(package).unwrap_or_default();
    format!(
        "1.{}.{:08x}",
        base64url::encode(json.as_bytes()),
        fnv1a(json.as_bytes())
    )
}

fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5_u32, |hash, &b| {
        (hash ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Reads a share link's package, refusing anything damaged, from a newer
/// slacalc, or invalid, with a message a person can act on.
pub fn from_share_link(text: &str) -> Result<Package> {
    let damaged = || {
        Error::invalid("the package link is damaged (cut off or edited); ask for the link again")
    };
    let (version, body) = text.trim().split_once('.').ok_or_else(damaged)?;
    match version.parse::<u32>() {
        Ok(1) => {}
        Ok(v) if v > 1 => {
            return Err(Error::invalid(format!(
                "the package link was made by a newer slacalc (format {v}); reload to get it"
            )))
        }
        _ => return Err(damaged()),
    }
    let (body, check) = body.rsplit_once('.').ok_or_else(damaged)?;
    let bytes = base64url::decode(body).ok_or_else(damaged)?;
    if u32::from_str_radix(check, 16).ok() != Some(fnv1a(&bytes)) {
        return Err(damaged());
    }
    let package: Package = serde_json::from_slice(&bytes).map_err(|e| {
        Error::invalid(format!(
            "the package link is damaged (cut off or edited; {e}); ask for the link again"
        ))
    })?;
    package
        .validate()
        .map_err(|e| e.context("the package in the link"))?;
    Ok(package)
}

/// URL-safe base64 without padding (RFC 4648 §5), small enough to keep
/// here rather than add a dependency.
mod base64url {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    pub fn encode(bytes: &[u8]) -> String {
        let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
        for chunk in bytes.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
            for i in 0..=chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            }
        }
        out
    }

    pub fn decode(text: &str) -> Option<Vec<u8>> {
        let mut out = Vec::with_capacity(text.len() * 3 / 4);
        let values: Option<Vec<u32>> = text
            .bytes()
            .map(|c| ALPHABET.iter().position(|&a| a == c).map(|p| p as u32))
            .collect();
        let values = values?;
        for chunk in values.chunks(4) {
            if chunk.len() == 1 {
                return None;
            }
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, &v)| n | v << (18 - 6 * i));
            for i in 0..chunk.len() - 1 {
                out.push((n >> (16 - 8 * i)) as u8);
            }
        }
        Some(out)
    }
}
