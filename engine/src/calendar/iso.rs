//! Dates and clock times as ISO 8601 text (`2026-11-20`, `18:00`), read
//! and written by hand. chrono's format strings would do it, but each
//! brings chrono's strftime formatter or parser into the views that show
//! or read a date: about 27 KB of wasm before wasm-opt, in chunks that
//! four views load (docs/PERFORMANCE.md). What the app, its links and
//! files need is these few fixed forms; the CLI reads them here too.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Timelike, Utc};

/// `2026-11-20` → that date: four digits of year, then one or two of
/// month and of day (`2026-1-7`, as chrono's `%Y-%m-%d` reads it too);
/// `None` for any other text or a day the month does not have. Stricter
/// than chrono in one way, on purpose: the year is four digits, no sign.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some()
        || year.len() != 4
        || !(1..=2).contains(&month.len())
        || !(1..=2).contains(&day.len())
    {
        return None;
    }
    NaiveDate::from_ymd_opt(digits(year)? as i32, digits(month)?, digits(day)?)
}

/// `20.11.2026` → that date: one or two digits of day and of month, four
/// of year, as Russian and most European spreadsheets write it. Only with
/// dots: `11/20/2026` and `20/11/2026` are both written, and cannot be
/// told apart.
pub fn parse_dotted_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.split('.');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some()
        || year.len() != 4
        || !(1..=2).contains(&month.len())
        || !(1..=2).contains(&day.len())
    {
        return None;
    }
    NaiveDate::from_ymd_opt(digits(year)? as i32, digits(month)?, digits(day)?)
}

/// `18:00`, `9:00` or `18:00:30` → that time of day: one or two digits of
/// hour, two of minute and of second, as a calendar's hours
/// ([`super::WallTime`]) and `<input type=time>` write them; `None` for
/// any other text or an hour past 23.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let mut parts = text.split(':');
    let (hour, minute, second) = (parts.next()?, parts.next()?, parts.next());
    if parts.next().is_some()
        || !(1..=2).contains(&hour.len())
        || minute.len() != 2
        || second.is_some_and(|s| s.len() != 2)
    {
        return None;
    }
    NaiveTime::from_hms_opt(
        digits(hour)?,
        digits(minute)?,
        second.map_or(Some(0), digits)?,
    )
}

/// The date as `2026-11-20` (chrono's `%Y-%m-%d`: a year outside 0–9999
/// has a sign and at least four digits).
pub fn date_text(date: impl Datelike) -> String {
    let year = date.year();
    if (0..=9999).contains(&year) {
        format!("{year:04}-{:02}-{:02}", date.month(), date.day())
    } else {
        format!("{year:+05}-{:02}-{:02}", date.month(), date.day())
    }
}

/// The time of day as `18:00` (chrono's `%H:%M`).
pub fn time_text(time: impl Timelike) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// The instant as `2026-11-20T15:00:00Z` (chrono's `%Y-%m-%dT%H:%M:%SZ`).
pub fn instant_text(at: DateTime<Utc>) -> String {
    format!("{}T{}:{:02}Z", date_text(at), time_text(at), at.second())
}

/// A date in serde as `2026-11-20` ([`date_text`], [`parse_date`]), as
/// chrono's own serde writes it, without chrono's parser
/// (`#[serde(with = "crate::calendar::iso::serde_date")]`).
pub mod serde_date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    /// Writes the date as `YYYY-MM-DD`.
    pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&super::date_text(*date))
    }

    /// Reads a `YYYY-MM-DD` date; the error names the text and the form.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        let text = String::deserialize(deserializer)?;
        super::parse_date(&text).ok_or_else(|| serde::de::Error::custom(super::not_a_date(&text)))
    }
}

/// What a file is told when `text` is not a `YYYY-MM-DD` date.
pub(crate) fn not_a_date(text: &str) -> String {
    format!("`{text}` is not a date; write it as YYYY-MM-DD, e.g. 2026-01-01")
}

/// ASCII digits (at most four) as a number; `None` if any is not a digit.
fn digits(text: &str) -> Option<u32> {
    text.bytes().try_fold(0, |n, b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    // Every date and time written here is what chrono's format string
    // writes; every form read here chrono's format string reads alike.

    #[test]
    fn dates_are_written_and_read_as_chrono_does() {
        let mut date = NaiveDate::from_ymd_opt(1899, 12, 25).unwrap();
        while date.year() < 2201 {
            let text = date_text(date);
            assert_eq!(text, date.format("%Y-%m-%d").to_string());
            assert_eq!(parse_date(&text), Some(date), "{text}");
            date += Duration::days(1);
        }
        for year in [-1, 0, 9999, 10000, 262_000] {
            let date = NaiveDate::from_ymd_opt(year, 3, 4).unwrap();
            assert_eq!(date_text(date), date.format("%Y-%m-%d").to_string());
        }
    }

    #[test]
    fn times_are_written_and_read_as_chrono_does() {
        for minute in 0..24 * 60 {
            let time = NaiveTime::from_hms_opt(minute / 60, minute % 60, 0).unwrap();
            let text = time_text(time);
            assert_eq!(text, time.format("%H:%M").to_string());
            assert_eq!(parse_time(&text), Some(time));
            let seconds = time + Duration::seconds(i64::from(minute % 60));
            assert_eq!(
                parse_time(&seconds.format("%H:%M:%S").to_string()),
                Some(seconds)
            );
        }
        let at = Utc.with_ymd_and_hms(2026, 11, 20, 15, 4, 5).unwrap();
        assert_eq!(
            instant_text(at),
            at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
        );
    }

    #[test]
    fn a_date_in_json_is_what_chrono_writes_and_reads() {
        #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
        struct Ours(#[serde(with = "serde_date")] NaiveDate);
        let date = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let json = serde_json::to_string(&Ours(date)).unwrap();
        assert_eq!(json, serde_json::to_string(&date).unwrap());
        assert_eq!(serde_json::from_str::<Ours>(&json).unwrap(), Ours(date));
        let error = serde_json::from_str::<Ours>("\"20-11-2026\"").unwrap_err();
        assert!(
            error.to_string().contains("write it as YYYY-MM-DD"),
            "{error}"
        );
    }

    #[test]
    fn short_months_days_and_hours_are_read_as_chrono_reads_them() {
        let mut date = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        while date.year() < 2025 {
            let text = format!("{}-{}-{}", date.year(), date.month(), date.day());
            let chrono = NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok();
            assert_eq!(parse_date(&text), chrono, "{text}");
            date += Duration::days(1);
        }
        for hour in 0..24 {
            let text = format!("{hour}:07");
            assert_eq!(
                parse_time(&text),
                NaiveTime::parse_from_str(&text, "%H:%M").ok(),
                "{text}"
            );
        }
    }

    #[test]
    fn anything_else_is_not_a_date_or_a_time() {
        for text in [
            "",
            "2026-02-30",
            "2026-13-01",
            "2026-00-10",
            "20-11-2026",
            "2026/11/20",
            "26-1-5",
            " 2026-11-20",
            "2026-11-20T",
            "２０２６-11-20",
            "+2026-11-2",
            "2026-011-20",
            "2026-11-",
            "2026-11-20-1",
        ] {
            assert_eq!(parse_date(text), None, "{text:?}");
        }
        for text in [
            "",
            "24:00",
            "18:60",
            "6pm",
            "18:00:60",
            "18.00",
            "1800",
            "18:00:0",
            "18:5",
            "018:00",
            "18:00:00:00",
            ":00",
        ] {
            assert_eq!(parse_time(text), None, "{text:?}");
        }
    }
}
