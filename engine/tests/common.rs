//! Helpers shared by the engine's integration tests.
#![allow(dead_code)]

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use slacalc_engine::{Calendar, CalendarSpec};

/// A calendar from its JSON form, as the batch interface reads it.
pub fn calendar(json: &str) -> Calendar {
    let spec: CalendarSpec = serde_json::from_str(json).expect("test calendar parses");
    Calendar::new(spec).expect("test calendar is valid")
}

/// Moscow, Monday to Friday 10:00–19:00 (eXpress' working hours).
pub fn moscow_office() -> Calendar {
    calendar(
        r#"{"tz":"Europe/Moscow","week":{"mon":[["10:00","19:00"]],"tue":[["10:00","19:00"]],
        "wed":[["10:00","19:00"]],"thu":[["10:00","19:00"]],"fri":[["10:00","19:00"]]}}"#,
    )
}

pub fn around_the_clock(tz: &str) -> Calendar {
    let day = r#"[["00:00","24:00"]]"#;
    calendar(&format!(
        r#"{{"tz":"{tz}","week":{{"mon":{day},"tue":{day},"wed":{day},"thu":{day},"fri":{day},"sat":{day},"sun":{day}}}}}"#
    ))
}

/// An instant from an RFC 3339 string.
pub fn at(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339)
        .expect("test instant parses")
        .with_timezone(&Utc)
}

/// An instant from a local wall-clock reading in `tz` (the earlier one if
/// it repeats).
pub fn local(tz: &str, y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    let tz: Tz = tz.parse().unwrap();
    tz.from_local_datetime(
        &NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap(),
    )
    .earliest()
    .expect("test wall time exists")
    .with_timezone(&Utc)
}

pub fn due(calendar: &Calendar, start: DateTime<Utc>, minutes: u64) -> Option<DateTime<Utc>> {
    calendar.due(start, minutes).expect("due computes")
}
