//! The Fluent files are complete: every message in both languages, with the
//! same variables, and every message renders without a leftover `{$…}`.

use slacalc_i18n::{
    duration, keys, plain_number, plural, problems, target_length, Lang, Plain, Plural, Text,
};

#[test]
fn every_message_has_both_languages_and_the_same_variables() {
    let problems = problems();
    assert!(
        problems.is_empty(),
        "fix these in i18n/locales:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_message_renders_in_both_languages() {
    for key in keys() {
        for lang in Lang::ALL {
            let text = Text::new(key).render(lang, &Plain);
            // Messages with variables show `{$name}` here (no arguments were
            // given); a message must still say something.
            assert!(!text.trim().is_empty(), "{lang}: {} is empty", key.id());
        }
    }
}

#[test]
fn russian_plural_forms_follow_cldr() {
    let cases = [
        (0.0, Plural::Many),
        (1.0, Plural::One),
        (2.0, Plural::Few),
        (4.0, Plural::Few),
        (5.0, Plural::Many),
        (11.0, Plural::Many),
        (12.0, Plural::Many),
        (14.0, Plural::Many),
        (21.0, Plural::One),
        (22.0, Plural::Few),
        (101.0, Plural::One),
        (111.0, Plural::Many),
        (1.5, Plural::Other),
    ];
    for (n, expected) in cases {
        assert_eq!(plural(Lang::Ru, n), expected, "{n}");
    }
    assert_eq!(plural(Lang::En, 1.0), Plural::One);
    assert_eq!(plural(Lang::En, 0.0), Plural::Other);
    assert_eq!(plural(Lang::En, 1.5), Plural::Other);
}

#[test]
fn durations_take_russian_plural_forms() {
    let ru = |s| duration(Lang::Ru, &Plain, s);
    assert_eq!(ru(3600), "1 час");
    assert_eq!(ru(2 * 3600), "2 часа");
    assert_eq!(ru(5 * 3600), "5 часов");
    assert_eq!(ru(60), "1 минута");
    assert_eq!(ru(2 * 60), "2 минуты");
    assert_eq!(ru(5 * 60), "5 минут");
    assert_eq!(ru(21 * 60), "21 минута");
    assert_eq!(ru(2 * 86_400 + 16 * 3600), "2 дня 16 часов");
    assert_eq!(ru(-90), "−1 минута 30 секунд");
    assert_eq!(ru(0), "0 минут");
    assert_eq!(target_length(Lang::Ru, &Plain, 90), "1 час 30 минут");
}

#[test]
fn english_durations_keep_the_short_units() {
    let en = |s| duration(Lang::En, &Plain, s);
    assert_eq!(en(9840), "2 h 44 min");
    assert_eq!(en(230_400), "2 d 16 h");
    assert_eq!(en(-90), "−1 min 30 s");
    assert_eq!(en(0), "0 min");
    assert_eq!(target_length(Lang::En, &Plain, 960), "16 h");
    assert_eq!(target_length(Lang::En, &Plain, 45), "45 min");
}

#[test]
fn languages_are_read_from_tags_and_preferences() {
    assert_eq!(Lang::from_tag("ru-RU"), Some(Lang::Ru));
    assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
    assert_eq!(Lang::from_tag("de"), None);
    assert_eq!(Lang::from_preferences(["de-DE", "ru", "en"]), Lang::Ru);
    assert_eq!(Lang::from_preferences(["fr"]), Lang::En);
}

#[test]
fn a_russian_decimal_comma_and_grouped_thousands_become_a_plain_number() {
    assert_eq!(plain_number(Lang::Ru, " 1\u{a0}250,50 "), "1250.50");
    assert_eq!(plain_number(Lang::Ru, "12\u{202f}000"), "12000");
    // In English a comma groups thousands: not read as a decimal point.
    assert_eq!(plain_number(Lang::En, "1,250"), "1,250");
    assert_eq!(plain_number(Lang::En, "1 250.5"), "1250.5");
}
