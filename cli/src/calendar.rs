//! The `calendar` field of a `due` line: read by hand so that every
//! message names the field as the JSON has it (`calendar.week.mon[0]`),
//! and kept compiled in a cache bounded by size.

use std::collections::HashMap;
use std::rc::Rc;

use chrono::NaiveDate;
use serde_json::{Map, Value};
use slacalc_engine::calendar::{WallInterval, WeekSpec};
use slacalc_engine::{Calendar, CalendarSpec};

use crate::reply::excerpt;
use crate::{CALENDAR_CACHE_BYTES, MAX_DATES};

const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// A compiled calendar and the bytes the cache counts for it.
pub(crate) struct Cached {
    pub(crate) calendar: Calendar,
    /// Length of its JSON text, the cache's key.
    key_bytes: usize,
    /// What the cache's total includes for it so far.
    counted: std::cell::Cell<usize>,
}

impl Cached {
    fn bytes_now(&self) -> usize {
        self.key_bytes + self.calendar.approx_bytes()
    }
}

/// Compiled calendars by their JSON text, at most
/// [`CALENDAR_CACHE_BYTES`] of them (their text plus what each calendar
/// holds, year tables included, which grow as a calendar is used). Past
/// the bound the cache starts over; a calendar larger than the bound on
/// its own is used once and not kept.
#[derive(Default)]
pub(crate) struct Calendars {
    map: HashMap<Box<str>, Rc<Cached>>,
    total: usize,
    /// The calendar handed out last, whose growth is not yet counted.
    last: Option<Rc<Cached>>,
}

impl Calendars {
    pub(crate) fn get(&mut self, json: &str) -> Result<Rc<Cached>, String> {
        self.settle();
        if let Some(cached) = self.map.get(json) {
            self.last = Some(Rc::clone(cached));
            return Ok(Rc::clone(cached));
        }
        let calendar =
            Calendar::new(read_calendar(json)?).map_err(|e| engine_message(&e.to_string()))?;
        let cached = Rc::new(Cached {
            calendar,
            key_bytes: json.len(),
            counted: std::cell::Cell::new(0),
        });
        let bytes = cached.bytes_now();
        if bytes > CALENDAR_CACHE_BYTES {
            return Ok(cached);
        }
        if self.total + bytes > CALENDAR_CACHE_BYTES {
            self.clear();
        }
        cached.counted.set(bytes);
        self.total += bytes;
        self.map.insert(json.into(), Rc::clone(&cached));
        self.last = Some(Rc::clone(&cached));
        Ok(cached)
    }

    /// Counts what the last calendar grew by while it answered (year
    /// tables built), and starts over if that passes the bound.
    fn settle(&mut self) {
        if let Some(cached) = &self.last {
            let now = cached.bytes_now();
            self.total = self.total + now - cached.counted.replace(now);
            if self.total > CALENDAR_CACHE_BYTES {
                self.clear();
            }
        }
    }

    fn clear(&mut self) {
        self.map.clear();
        self.total = 0;
        self.last = None;
    }

    /// Bytes counted for the cached calendars, for tests.
    #[cfg(test)]
    pub(crate) fn total(&mut self) -> usize {
        self.settle();
        self.total
    }
}

/// The engine's calendar messages name weekdays and extra hours as the
/// engine does (`mon: …`); say them as the JSON has them.
fn engine_message(message: &str) -> String {
    for day in WEEKDAYS {
        if let Some(rest) = message.strip_prefix(day).and_then(|m| m.strip_prefix(": ")) {
            return format!("calendar.week.{day}: {rest}");
        }
    }
    if let Some(rest) = message.strip_prefix("extra working day hours: ") {
        return format!("calendar.extra_hours: {rest}");
    }
    for (what, key) in [
        ("the holiday ", "holidays"),
        ("the extra working day ", "extra_workdays"),
    ] {
        if message.starts_with(what) {
            return format!("calendar.{key}: {message}");
        }
    }
    if message.contains("time zone") {
        return format!("calendar.tz: {message}");
    }
    format!("calendar: {message}")
}

/// What `value` is, in JSON's words, with a short excerpt.
pub(crate) fn describe(value: &Value) -> String {
    let kind = match value {
        Value::Null => return "null".to_owned(),
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    };
    format!("{kind}, `{}`", excerpt(&value.to_string()))
}

fn read_calendar(json: &str) -> Result<CalendarSpec, String> {
    let value: Value = serde_json::from_str(json).map_err(|e| format!("calendar: {e}"))?;
    let Value::Object(fields) = value else {
        return Err(format!(
            r#"calendar must be an object such as {{"tz":"Europe/Moscow","week":{{"mon":[["10:00","19:00"]]}}}}, got {}"#,
            describe(&value)
        ));
    };
    let tz = match fields.get("tz") {
        None => {
            return Err(
                "calendar.tz is missing; give an IANA name such as Europe/Moscow".to_owned(),
            )
        }
        Some(Value::String(tz)) if tz.chars().count() > 64 => {
            return Err(format!("calendar.tz: unknown time zone `{}`", excerpt(tz)))
        }
        Some(Value::String(tz)) => tz.clone(),
        Some(other) => {
            return Err(format!(
                "calendar.tz must be a string such as \"Europe/Moscow\", got {}",
                describe(other)
            ))
        }
    };
    let mut week = WeekSpec::default();
    match fields.get("week") {
        None | Some(Value::Null) => {}
        Some(Value::Object(days)) => {
            for (day, name) in WEEKDAYS.into_iter().enumerate() {
                if let Some(hours) = days.get(name) {
                    *week.day_mut(weekday(day)) =
                        read_hours(hours, &format!("calendar.week.{name}"))?;
                }
            }
        }
        Some(other) => {
            return Err(format!(
                r#"calendar.week must be an object such as {{"mon":[["10:00","19:00"]]}}, got {}"#,
                describe(other)
            ))
        }
    }
    let extra_hours = match fields.get("extra_hours") {
        None | Some(Value::Null) => None,
        Some(hours) => Some(read_hours(hours, "calendar.extra_hours")?),
    };
    Ok(CalendarSpec {
        tz,
        week,
        holidays: read_dates(&fields, "holidays")?,
        extra_workdays: read_dates(&fields, "extra_workdays")?,
        extra_hours,
    })
}

fn weekday(index: usize) -> chrono::Weekday {
    use chrono::Weekday::*;
    [Mon, Tue, Wed, Thu, Fri, Sat, Sun][index]
}

/// `[["10:00","19:00"], …]`
fn read_hours(value: &Value, name: &str) -> Result<Vec<WallInterval>, String> {
    let shape = || format!(r#"{name} must be a list of intervals such as [["10:00","19:00"]]"#);
    let Value::Array(items) = value else {
        return Err(format!("{}, got {}", shape(), describe(value)));
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| match item.as_array().map(Vec::as_slice) {
            Some([Value::String(start), Value::String(end)]) => WallInterval::parse(start, end)
                .map_err(|e| format!("{name}[{i}]: {}", cut_quoted(&e.to_string(), start, end))),
            _ => Err(format!(
                r#"{name}[{i}] must be a pair of times such as ["10:00","19:00"], got {}"#,
                describe(item)
            )),
        })
        .collect()
}

/// The engine quotes a bad time whole; a long one is cut to an excerpt.
fn cut_quoted(message: &str, start: &str, end: &str) -> String {
    let mut message = message.to_owned();
    for text in [start, end] {
        if text.chars().count() > crate::EXCERPT_CHARS && !text.is_empty() {
            message = message.replace(text, &excerpt(text));
        }
    }
    message
}

/// `"holidays": ["2026-01-01", …]`, at most [`MAX_DATES`].
fn read_dates(fields: &Map<String, Value>, key: &str) -> Result<Vec<NaiveDate>, String> {
    let name = format!("calendar.{key}");
    let items = match fields.get(key) {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(items)) => items,
        Some(other) => {
            return Err(format!(
                r#"{name} must be a list of dates such as ["2026-01-01"], got {}"#,
                describe(other)
            ))
        }
    };
    if items.len() > MAX_DATES {
        return Err(format!(
            "{name} has {} dates; at most {MAX_DATES} are allowed a calendar",
            items.len()
        ));
    }
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            item.as_str()
                .and_then(slacalc_engine::calendar::iso::parse_date)
                .ok_or_else(|| {
                    format!(
                        "{name}[{i}] must be a date written YYYY-MM-DD, e.g. 2026-01-01, got {}",
                        describe(item)
                    )
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(holiday: usize) -> String {
        let date = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(holiday as u64);
        format!(r#"{{"tz":"UTC","week":{{"mon":[["09:00","17:00"]]}},"holidays":["{date}"]}}"#)
    }

    /// A calendar's year tables, built as it answers, count towards the
    /// bound; the count never passes it.
    #[test]
    fn the_cache_counts_what_calendars_grow_by_and_keeps_to_its_bound() {
        let mut calendars = Calendars::default();
        let first = calendars.get(&json(0)).unwrap();
        let before = calendars.total();
        for year in 2026..2126 {
            let start = format!("{year}-03-01T00:00:00Z").parse().unwrap();
            first.calendar.due(start, 1).unwrap();
        }
        assert!(
            calendars.total() >= before + 100 * 4_000,
            "{}",
            calendars.total()
        );
        for i in 0..400 {
            let cached = calendars.get(&json(i)).unwrap();
            for year in (1901..2398).step_by(7) {
                let start = format!("{year}-03-01T00:00:00Z").parse().unwrap();
                cached.calendar.due(start, 1).unwrap();
            }
            assert!(calendars.total() <= CALENDAR_CACHE_BYTES);
        }
        assert!(calendars.map.len() < 400);
    }
}
