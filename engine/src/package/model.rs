//! The serde shape of a package: its working hours, targets per
//! severity, channels and services, as saved and as carried in a link.

use serde::{Deserialize, Serialize};

use crate::catalog::{Inclusion, Quantity};
use crate::sla::Severity;

/// Package plan ids start with this, so they never collide with the catalog's.
pub const ID_PREFIX: &str = "pkg-";
/// The provider name packages are listed under.
pub const PROVIDER_NAME: &str = "Your packages";
/// Why a package's figure is marked as an assumption wherever it shows.
pub const ENTERED: &str = "Set in slacalc's package builder; not a provider's published figure.";
/// What a package's working hours cover, as the comparison's coverage row says it.
pub const HOURS_ACTIVITY: &str = "Working hours";
/// How packages are priced, as the comparison's price row says it.
pub const PRICE_MODEL: &str = "Priced in the price view from a price book you edit.";
/// The longest target a package may set: a year of minutes.
pub(super) const MAX_TARGET_MINUTES: u64 = 366 * 24 * 60;

/// A custom support package: working hours, targets per severity,
/// channels and services, as the package builder edits them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Package {
    /// `pkg-…`; stable, used in URLs.
    pub id: String,
    /// The package's name, 1 to 80 characters.
    pub name: String,
    /// The plan or schedule it started from, for the reader.
    pub based_on: String,
    /// The catalog plan id it started from: a price book without a price
    /// for the package prices it as this plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_plan: Option<String>,
    /// When the provider works.
    pub hours: WorkingHours,
    /// One entry per severity.
    pub targets: Vec<PackageTargets>,
    /// The channel names, e.g. "Phone".
    pub channels: Vec<String>,
    /// The services and whether each is included.
    pub services: Vec<PackageService>,
    /// Share of requests the targets are promised for, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commitment_share: Option<u8>,
}

/// The provider's working hours: a daily window on working days in a zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkingHours {
    /// The zone (IANA name) the hours are in.
    pub tz: String,
    /// Opening time, `HH:MM`.
    pub start: String,
    /// Closing time, `HH:MM`.
    pub end: String,
    /// Which days are worked.
    pub days: WorkingDays,
}

/// The days a package's working hours apply on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkingDays {
    /// Monday to Friday, no holidays.
    MondayToFriday,
    /// The Russian production calendar (Moscow time only): its days off
    /// and transferred working days.
    RussianProductionCalendar,
}

/// A package's targets for one severity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackageTargets {
    /// The severity they are for.
    pub severity: Severity,
    /// The first-response target; `None` for no commitment.
    pub first_response: Option<PackageTarget>,
    /// The resolution target; `None` for no commitment.
    pub resolution: Option<PackageTarget>,
}

/// One target of a package: so many minutes on one of its clocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackageTarget {
    /// The target's length, 1 minute to a year.
    pub minutes: u64,
    /// Whether the minutes count in working hours or around the clock.
    pub clock: TargetClock,
}

/// Which calendar a target counts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetClock {
    /// The package's working hours.
    WorkingHours,
    /// Every minute, in the package's zone.
    AroundTheClock,
}

/// A service in a package and whether it is included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackageService {
    /// Stable id, shared with catalog plans where the service is the same.
    pub service: String,
    /// The service's name as shown.
    pub name: String,
    /// Included, an option, or not offered.
    pub availability: Inclusion,
    /// How much of it, where the package says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<Quantity>,
}
