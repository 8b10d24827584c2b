//! The longest wait: how long a target can really take in calendar time,
//! the measure targets on different calendars are ranked by.

use chrono::{DateTime, Duration, TimeZone, Utc};

use crate::error::Result;
use crate::sla::Target;
use crate::words;

/// The longest calendar time a target can take from opening to due, over
/// incidents opened every 15 minutes and at every closing time of an
/// ordinary week (16–22 November 2026: no holiday in any catalog calendar).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LongestWait {
    /// The longest wait, in seconds of calendar time.
    pub seconds: i64,
    /// When the incident with the longest wait was opened.
    pub opened: DateTime<Utc>,
    /// When its target fell due.
    pub due: DateTime<Utc>,
}

impl LongestWait {
    /// The longest wait of `target` over the reference week; `None` if the
    /// calendar never supplies the time.
    pub fn of(target: &Target) -> Result<Option<Self>> {
        let week_start = Utc.with_ymd_and_hms(2026, 11, 16, 0, 0, 0).unwrap();
        let week_end = week_start + Duration::days(7);
        let mut starts: Vec<DateTime<Utc>> = (0..7 * 96)
            .map(|i| week_start + Duration::minutes(15 * i))
            .collect();
        // A wait is longest from the moment the provider closes.
        for span in target.calendar.working_spans(week_start, week_end, 64)? {
            starts.push(span.end);
        }
        let mut longest: Option<Self> = None;
        for opened in starts {
            let Some(due) = target.calendar.due(opened, target.minutes)? else {
                return Ok(None);
            };
            let seconds = (due - opened).num_seconds();
            if longest.is_none_or(|l| seconds > l.seconds) {
                longest = Some(Self {
                    seconds,
                    opened,
                    due,
                });
            }
        }
        Ok(longest)
    }

    /// "2 d 16 h (opened Fri 19:00, due Mon 11:00 Moscow time)" in the
    /// target's zone, named; "1 h at any hour" where the wait never
    /// exceeds the target.
    pub fn describe(&self, target: &Target) -> String {
        if self.seconds <= target.minutes as i64 * 60 {
            return format!("{} at any hour", words::duration(self.seconds));
        }
        let tz = target.calendar.tz();
        format!(
            "{} (opened {}, due {} {})",
            words::duration(self.seconds),
            words::weekday_time(self.opened, tz),
            words::weekday_time(self.due, tz),
            words::zone_time(tz)
        )
    }
}
