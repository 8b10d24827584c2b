//! Figures in words: durations and instants as the views and the CLI show
//! them. Exact: a duration shows every unit it has, never a rounded float.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// `9840` → `"2 h 44 min"`, `230400` → `"2 d 16 h"`, `-90` → `"−1 min 30 s"`.
/// Units: days (24 h of real time), hours, minutes, seconds; zero units are
/// left out, so the text is exact.
pub fn duration(seconds: i64) -> String {
    if seconds == 0 {
        return "0 min".to_owned();
    }
    let sign = if seconds < 0 { "−" } else { "" };
    format!("{sign}{}", units(u128::from(seconds.unsigned_abs()) * 1000))
}

/// A length of time in milliseconds, to the millisecond: `"43 min 12 s"`,
/// `"8.64 s"`; `"0 s"` for none. Negative lengths are shown as none.
pub fn duration_ms(ms: i128) -> String {
    match u128::try_from(ms) {
        Ok(ms) if ms > 0 => units(ms),
        _ => "0 s".to_owned(),
    }
}

/// Days, hours, minutes and seconds (with milliseconds where there are
/// any), leaving out the units that are zero. The one formatter behind
/// [`duration`] and [`duration_ms`].
fn units(ms: u128) -> String {
    let mut rest = ms;
    let mut parts = Vec::with_capacity(4);
    for (unit, size) in [("d", 86_400_000), ("h", 3_600_000), ("min", 60_000)] {
        let count = rest / size;
        rest %= size;
        if count > 0 {
            parts.push(format!("{count} {unit}"));
        }
    }
    if rest > 0 {
        let (s, frac) = (rest / 1000, rest % 1000);
        if frac == 0 {
            parts.push(format!("{s} s"));
        } else {
            parts.push(format!(
                "{s}.{} s",
                format!("{frac:03}").trim_end_matches('0')
            ));
        }
    }
    parts.join(" ")
}

/// A target's length as the sources write it: minutes under an hour,
/// hours beyond (`"16 h"`, not `"16 h"` turned into days: a working
/// day is not 24 hours).
pub fn target_length(minutes: u64) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// `"First response"` → `"first-response"`: lower-case ASCII letters and
/// digits, runs of anything else as one hyphen; for ids and test ids.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// `"Around the clock"` → `"around the clock"`, to run on in a sentence.
pub fn lowercased_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// `"critical"` → `"Critical"`.
pub fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// `Fri 20 Nov 2026, 18:00` in `tz`.
pub fn local_time(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz)
        .format("%a %-d %b %Y, %H:%M")
        .to_string()
}

/// `Fri 18:00` in `tz`: for instants within a week of each other.
pub fn weekday_time(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz).format("%a %H:%M").to_string()
}

/// `18,902 USD`: an amount rounded to whole units, digits grouped in
/// threes, with its currency; `currency` empty gives the number alone.
pub fn money(amount: f64, currency: &str) -> String {
    let rounded = format!("{:.0}", amount.round());
    let (sign, digits) = rounded
        .strip_prefix('-')
        .map_or(("", rounded.as_str()), |d| ("−", d));
    let mut out = String::from(sign);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if currency.is_empty() {
        out
    } else {
        format!("{out} {currency}")
    }
}

/// "Moscow time", "New York time", "UTC": how a zone is named after a
/// wall-clock time.
pub fn zone_time(tz: Tz) -> String {
    let name = tz.name();
    match name.rsplit_once('/') {
        Some((_, city)) => format!("{} time", city.replace('_', " ")),
        None => name.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_show_every_unit_they_have() {
        assert_eq!(duration(0), "0 min");
        assert_eq!(duration(45), "45 s");
        assert_eq!(duration(3_600), "1 h");
        assert_eq!(duration(9_840), "2 h 44 min");
        assert_eq!(duration(230_400), "2 d 16 h");
        assert_eq!(duration(86_401), "1 d 1 s");
        assert_eq!(duration(-90), "−1 min 30 s");
    }

    #[test]
    fn money_is_grouped_and_names_its_currency() {
        assert_eq!(money(18_902.16, "USD"), "18,902 USD");
        assert_eq!(money(4_000.0, "USD"), "4,000 USD");
        assert_eq!(money(999.5, "RUB"), "1,000 RUB");
        assert_eq!(money(1_234_567.0, ""), "1,234,567");
        assert_eq!(money(0.2, "USD"), "0 USD");
    }

    #[test]
    fn target_lengths_stay_in_hours() {
        assert_eq!(target_length(15), "15 min");
        assert_eq!(target_length(60), "1 h");
        assert_eq!(target_length(960), "16 h");
        assert_eq!(target_length(2_400), "40 h");
        assert_eq!(target_length(90), "1 h 30 min");
    }
}
