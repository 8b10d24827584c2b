//! The longest wait: how long a target can really take in calendar time,
//! the measure targets on different calendars are ranked by.

use chrono::{DateTime, Duration, TimeZone, Utc};

use slacalc_i18n::{msg, Text, Value};

use crate::error::Result;
use crate::sla::Target;

use super::duration;

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

    /// "2 d 16 h (opened Fri 20 Nov 2026, 19:00, due Mon 23 Nov 2026,
    /// 11:00; time zone Europe/Moscow)": the instants in the target's zone,
    /// named; "1 h at any hour" where the wait never exceeds the target.
    pub fn describe(&self, target: &Target) -> Text {
        if self.seconds <= target.minutes as i64 * 60 {
            return Text::new(msg::COMPARE_WAIT_AT_ANY_HOUR).with("wait", duration(self.seconds));
        }
        let zone = target.calendar.tz().name();
        let at = |instant: DateTime<Utc>| Value::DateTime {
            epoch_ms: instant.timestamp_millis() as f64,
            zone: zone.to_owned(),
        };
        Text::new(msg::COMPARE_WAIT_FROM_TO)
            .with("wait", duration(self.seconds))
            .with("opened", at(self.opened))
            .with("due", at(self.due))
            .with("zone", zone)
    }
}
