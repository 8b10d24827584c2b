//! Figures in words for the CLI and logs, in English: durations and
//! target lengths; and slugs for ids. The app shows figures through the reader's locale instead
//! (`src/i18n.rs`); the duration rules here are `slacalc_i18n`'s, so both
//! say the same. Exact: a duration shows every unit it has, never a
//! rounded float.

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

/// `text` in lower case, letter by letter. In place of `str::to_lowercase`,
/// whose rule for a word-final Greek sigma costs 4 KB of every page's wasm;
/// no word slacalc matches or compares is Greek.
pub fn lowercase(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).collect()
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
    fn lowercase_is_str_to_lowercase_for_the_words_slacalc_matches() {
        for text in [
            "Горячая ЛИНИЯ",
            "Ёлки, Telephone",
            "İstanbul",
            "1 H 30 MIN",
            "",
        ] {
            assert_eq!(lowercase(text), text.to_lowercase());
        }
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
