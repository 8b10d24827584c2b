//! Lengths of time in words, in the reader's language: `2 h 44 min` in
//! English, `2 часа 44 минуты` in Russian (with its plural forms). Exact:
//! every unit a duration has is shown, none is rounded away.

use crate::{msg, Formats, Lang, Text, Value};

/// A signed length of time in seconds: `9840` → `2 h 44 min`, `-90` →
/// `−1 min 30 s`; `0 min` for none. Days are 24 hours of real time.
pub fn duration(lang: Lang, formats: &dyn Formats, seconds: i64) -> String {
    if seconds == 0 {
        return Text::new(msg::DURATION_ZERO_MINUTES).render(lang, formats);
    }
    let sign = if seconds < 0 { "−" } else { "" };
    let ms = u128::from(seconds.unsigned_abs()) * 1000;
    format!("{sign}{}", units(lang, formats, ms))
}

/// A length of time in milliseconds, to the millisecond: `43 min 12 s`,
/// `8.64 s`; `0 s` for none (negative lengths are shown as none).
pub fn duration_ms(lang: Lang, formats: &dyn Formats, ms: i128) -> String {
    match u128::try_from(ms) {
        Ok(ms) if ms > 0 => units(lang, formats, ms),
        _ => Text::new(msg::DURATION_ZERO_SECONDS).render(lang, formats),
    }
}

/// A target's length as the sources write it: minutes under an hour, hours
/// beyond (`16 h`, not days: a working day is not 24 hours).
pub fn target_length(lang: Lang, formats: &dyn Formats, minutes: u64) -> String {
    target_length_text(minutes).render(lang, formats)
}

/// [`target_length`] as a [`Text`], for the engine's words about targets.
pub fn target_length_text(minutes: u64) -> Text {
    let hours = Text::new(msg::DURATION_HOURS).with("count", minutes / 60);
    let rest = Text::new(msg::DURATION_MINUTES).with("count", minutes % 60);
    match (minutes / 60, minutes % 60) {
        (0, _) => rest,
        (_, 0) => hours,
        _ => Text::new(msg::DURATION_HOURS_AND_MINUTES)
            .with("hours", hours)
            .with("minutes", rest),
    }
}

fn units(lang: Lang, formats: &dyn Formats, ms: u128) -> String {
    let mut rest = ms;
    let mut parts = Vec::with_capacity(4);
    for (key, size) in [
        (msg::DURATION_DAYS, 86_400_000),
        (msg::DURATION_HOURS, 3_600_000),
        (msg::DURATION_MINUTES, 60_000),
    ] {
        let count = rest / size;
        rest %= size;
        if count > 0 {
            parts.push(
                Text::new(key)
                    .with("count", count as u64)
                    .render(lang, formats),
            );
        }
    }
    if rest > 0 {
        let seconds = Value::Number {
            value: rest as f64 / 1000.0,
            max_fraction: 3,
        };
        parts.push(
            Text::new(msg::DURATION_SECONDS)
                .with("count", seconds)
                .render(lang, formats),
        );
    }
    parts.join(" ")
}
