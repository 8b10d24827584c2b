//! Figures in words for the CLI and logs, in English: durations and
//! instants. The app shows figures through the reader's locale instead
//! (`src/i18n.rs`); the duration rules here are `slacalc_i18n`'s, so both
//! say the same. Exact: a duration shows every unit it has, never a
//! rounded float.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use slacalc_i18n::{Lang, Plain, Text};

/// `9840` → `"2 h 44 min"`, `230400` → `"2 d 16 h"`, `-90` → `"−1 min 30 s"`,
/// in English (the CLI and logs; the app says it in the reader's language
/// through `slacalc_i18n::duration`, the one rule behind both).
/// Units: days (24 h of real time), hours, minutes, seconds; zero units are
/// left out, so the text is exact.
pub fn duration(seconds: i64) -> String {
    slacalc_i18n::duration(Lang::En, &Plain, seconds)
}

/// A length of time in milliseconds, to the millisecond: `"43 min 12 s"`,
/// `"8.64 s"`; `"0 s"` for none. Negative lengths are shown as none.
pub fn duration_ms(ms: i128) -> String {
    slacalc_i18n::duration_ms(Lang::En, &Plain, ms)
}

/// A target's length as the sources write it: minutes under an hour,
/// hours beyond (`"16 h"`, not `"16 h"` turned into days: a working
/// day is not 24 hours). In English; [`target_length_text`] for a reader.
pub fn target_length(minutes: u64) -> String {
    slacalc_i18n::target_length(Lang::En, &Plain, minutes)
}

/// [`target_length`] as words to render in the reader's language, for a
/// [`Text`] the engine builds (`16 h`, `16 часов`).
pub fn target_length_text(minutes: u64) -> Text {
    slacalc_i18n::target_length_text(minutes)
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

/// `Fri 20 Nov 2026, 18:00` in `tz`, in English (the CLI and logs; the app
/// shows instants through the browser's `Intl`, `Locale::date_time`).
pub fn local_time(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz)
        .format("%a %-d %b %Y, %H:%M")
        .to_string()
}

/// `Fri 18:00` in `tz`: for instants within a week of each other.
pub fn weekday_time(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz).format("%a %H:%M").to_string()
}

/// `18,902 USD` (English, for the CLI; the app uses `Locale::money`): an amount rounded to whole units, digits grouped in
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

    #[test]
    fn target_lengths_in_words_take_russian_plural_forms() {
        let russian = |minutes| target_length_text(minutes).render(Lang::Ru, &Plain);
        assert_eq!(russian(960), "16 часов");
        assert_eq!(russian(2_400), "40 часов");
        assert_eq!(russian(90), "1 час 30 минут");
        assert_eq!(russian(1_320 + 1), "22 часа 1 минута");
        assert_eq!(target_length_text(90).english(), "1 h 30 min");
    }
}
