//! The serde shape of a calendar, shared by the batch interface, the
//! catalog files and local storage:
//!
//! ```json
//! {"tz": "Europe/Moscow",
//!  "week": {"mon": [["10:00","19:00"]], "sat": [], "sun": []},
//!  "holidays": ["2026-01-01"], "extra_workdays": ["2027-02-20"],
//!  "extra_hours": [["10:00","19:00"]]}
//! ```
//!
//! Missing weekdays, holidays, extra days and extra hours mean none (extra
//! hours: the first weekday's, Monday onward, that has any). Unknown fields
//! are ignored.

use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::wall::WallInterval;

/// A calendar as written down: zone, weekly hours, holidays, extra
/// working dates and their hours. [`Calendar::new`](super::Calendar::new)
/// validates it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CalendarSpec {
    /// IANA time zone name, e.g. `Europe/Moscow`.
    pub tz: String,
    /// The working hours of each weekday.
    #[serde(default)]
    pub week: WeekSpec,
    /// Dates that are not worked, whatever their weekday.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "dates"
    )]
    pub holidays: Vec<NaiveDate>,
    /// Dates that are worked though their weekday is not (a moved day off).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "dates"
    )]
    pub extra_workdays: Vec<NaiveDate>,
    /// Hours of an extra working date; `None` means the first weekday's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_hours: Option<Vec<WallInterval>>,
}

/// Dates as `YYYY-MM-DD`, with a message that names the bad one.
fn dates<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Vec<NaiveDate>, D::Error> {
    Vec::<String>::deserialize(deserializer)?
        .iter()
        .map(|text| {
            super::iso::parse_date(text)
                .ok_or_else(|| serde::de::Error::custom(super::iso::not_a_date(text)))
        })
        .collect()
}

/// Working hours for each day of the week.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct WeekSpec {
    /// Monday's hours.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mon: Vec<WallInterval>,
    /// Tuesday's hours.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tue: Vec<WallInterval>,
    /// Wednesday's hours.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wed: Vec<WallInterval>,
    /// Thursday's hours.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub thu: Vec<WallInterval>,
    /// Friday's hours.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fri: Vec<WallInterval>,
    /// Saturday's hours.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sat: Vec<WallInterval>,
    /// Sunday's hours.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sun: Vec<WallInterval>,
}

impl WeekSpec {
    /// The hours of weekday `day`.
    pub fn day(&self, day: Weekday) -> &Vec<WallInterval> {
        match day {
            Weekday::Mon => &self.mon,
            Weekday::Tue => &self.tue,
            Weekday::Wed => &self.wed,
            Weekday::Thu => &self.thu,
            Weekday::Fri => &self.fri,
            Weekday::Sat => &self.sat,
            Weekday::Sun => &self.sun,
        }
    }

    /// The hours of weekday `day`, to change them.
    pub fn day_mut(&mut self, day: Weekday) -> &mut Vec<WallInterval> {
        match day {
            Weekday::Mon => &mut self.mon,
            Weekday::Tue => &mut self.tue,
            Weekday::Wed => &mut self.wed,
            Weekday::Thu => &mut self.thu,
            Weekday::Fri => &mut self.fri,
            Weekday::Sat => &mut self.sat,
            Weekday::Sun => &mut self.sun,
        }
    }
}
