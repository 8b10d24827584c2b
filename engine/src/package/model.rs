//! The serde shape of a package: its working hours, targets per
//! severity, channels and services, as saved and as carried in a link.

use serde::{Deserialize, Serialize};

use crate::catalog::{Inclusion, Quantity};
use crate::sla::Severity;

/// Package plan ids start with this, so they never collide with the catalog's.
pub const ID_PREFIX: &str = "pkg-";
/// The provider name packages are listed under.
pub const PROVIDER_NAME: &str = "Your packages";
/// The longest target a package may set: a year of minutes.
pub(super) const MAX_TARGET_MINUTES: u64 = 366 * 24 * 60;

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
