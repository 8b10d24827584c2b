//! The catalog and the price books in both languages: every text meant
//! for people (plan names, severities, services, terms, notes, source
//! quotes, price book labels, …) has a translation into the language it is
//! not written in, in `i18n/locales/<lang>/data/*.ftl`, or is a name kept
//! as it is; no translation is left behind by an edited original; and a
//! translation states the same figures as its original.
//!
//! For a translator: `cargo test -p slacalc-engine --test catalog_words`
//! prints each missing translation as an entry ready to paste (key, and the
//! original as a comment). `CATALOG_WORDS_LIST=words.tsv cargo test -p
//! slacalc-engine --test catalog_words` also writes every text with its
//! place, key and whether it is translated.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde_json::Value;
use slacalc_engine::catalog::Catalog;
use slacalc_engine::package;
use slacalc_engine::price::shipped_books;
use slacalc_i18n::{data_key, translation, translations, Lang};

/// Fields whose strings are words for people: translated.
const WORDS: [&str; 11] = [
    "name",        // provider, plan, severity, calendar, channel, service, price book
    "title",       // a source document's title, shown beside its quotes
    "text",        // every Fact: summaries, terms, staff, notes, rules, details
    "quote",       // source quotes: shown in their language, translation beside
    "assumption",  // why a figure was assumed
    "none",        // "no commitment", in words
    "note",        // our reading of a source; a price book's note
    "description", // what a severity level covers
    "activity",    // a kind of work in a plan's coverage
    "figure",      // the source's own words for a target ("16 working hours")
    "label",       // a price component as the quote shows it
];

/// Fields whose strings are ids, codes, figures or zones: never translated
/// (a view names them through its own messages where it shows them).
const NOT_WORDS: [&str; 24] = [
    "id",
    "doc",
    "location",
    "language",
    "updated",
    "calendar",     // a calendar id
    "hours",        // a channel's calendar id
    "kind",         // a channel kind (the views have words for each)
    "level",        // a common severity level
    "severity",     // a common severity level
    "target",       // first_response / resolution
    "service",      // a service id
    "availability", // included / optional / not_offered (the views word them)
    "currency",
    "monthly",
    "minimum",
    "percent",
    "up_to",
    "each",
    "rate",
    "off_hours_multiplier",
    "per_weekly_hour",
    "per_user",
    "per_server",
];

/// Price book fields that are amounts, not named in [`NOT_WORDS`] because
/// they share a name with a word elsewhere or are the packages' rates.
const AMOUNTS: [&str; 3] = ["visit", "working_hours", "around_the_clock"];

/// Subtrees that hold no words: a calendar's definition (zones, opening
/// times, dates).
const NO_WORDS_BELOW: [&str; 1] = ["definition"];

/// Texts that stay as they are in both languages: the providers' and
/// products' own names, and addresses. Listed, so none is skipped silently.
const KEPT_AS_IS: [&str; 17] = [
    "eXpress",
    "eXpress 8/5",
    "eXpress 24/7",
    "eXpress Premium",
    "Tencent Cloud",
    "Tencent Cloud Basic",
    "Tencent Cloud Developer",
    "Tencent Cloud Business",
    "Tencent Cloud Enterprise",
    "Virtuozzo",
    "VK Cloud",
    // AWS names its support plans in English everywhere.
    "AWS Developer",
    "AWS Business",
    "AWS Enterprise",
    // VK Cloud's channels: a web address, a Telegram bot, a mail address.
    "https://support.mcs.mail.ru",
    "@vk_tech_support_bot",
    "support@mcs.mail.ru",
];

/// One text of the catalog or a price book, where it first appears.
struct Words {
    original: String,
    /// The file it belongs to: a provider id, or `pricebooks`.
    file: String,
    /// Where in the file, e.g. `plans[0].summary.text`.
    place: String,
}

impl Words {
    /// The language it is written in: Russian if it has a Cyrillic letter.
    fn lang(&self) -> Lang {
        if has_cyrillic(&self.original) {
            Lang::Ru
        } else {
            Lang::En
        }
    }

    /// The language it must be translated into.
    fn other(&self) -> Lang {
        match self.lang() {
            Lang::Ru => Lang::En,
            Lang::En => Lang::Ru,
        }
    }

    /// The data file its translation belongs in.
    fn data_file(&self) -> String {
        format!("i18n/locales/{}/data/{}.ftl", self.other(), self.file)
    }
}

fn has_cyrillic(text: &str) -> bool {
    text.chars().any(|c| matches!(c, '\u{0400}'..='\u{04FF}'))
}

/// Every text for people in the shipped catalog and price books, each
/// distinct text once (the first place it appears), in file order.
fn catalog_words() -> (Vec<Words>, Vec<String>) {
    let catalog = Catalog::shipped().expect("the shipped catalog loads");
    let mut files: Vec<(String, Value)> = catalog
        .providers()
        .iter()
        .map(|p| (p.provider.id.to_string(), serde_json::to_value(p).unwrap()))
        .collect();
    for book in shipped_books() {
        files.push(("pricebooks".to_owned(), serde_json::to_value(book).unwrap()));
    }
    let mut words = Vec::new();
    let mut unclassified = Vec::new();
    let mut seen = BTreeSet::new();
    // The words of the provider the user's packages are listed under: the
    // views show them wherever a package stands beside the catalog's plans.
    // (Its severity names are the common levels' names.)
    let levels = slacalc_engine::Severity::ALL.map(|s| s.as_str());
    for original in [
        package::PROVIDER_NAME,
        package::PRICE_MODEL,
        package::ENTERED,
        package::HOURS_ACTIVITY,
    ]
    .into_iter()
    .chain(levels)
    {
        seen.insert(original.to_owned());
        words.push(Words {
            original: original.to_owned(),
            file: "packages".to_owned(),
            place: "packages: the packages' provider".to_owned(),
        });
    }
    for (file, value) in &files {
        let mut found = Vec::new();
        walk(value, "", None, &mut found, &mut unclassified);
        for (place, original) in found {
            if seen.insert(original.trim().to_owned()) {
                words.push(Words {
                    original,
                    file: file.clone(),
                    place: format!("{file}: {place}"),
                });
            }
        }
    }
    (words, unclassified)
}

/// Collects `(place, text)` for every string under a [`WORDS`] field;
/// a string under a field in neither list goes to `unclassified`.
fn walk(
    value: &Value,
    place: &str,
    field: Option<&str>,
    found: &mut Vec<(String, String)>,
    unclassified: &mut Vec<String>,
) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                if NO_WORDS_BELOW.contains(&key.as_str()) {
                    continue;
                }
                let place = if place.is_empty() {
                    key.clone()
                } else {
                    format!("{place}.{key}")
                };
                walk(inner, &place, Some(key), found, unclassified);
            }
        }
        Value::Array(items) => {
            for (index, inner) in items.iter().enumerate() {
                walk(
                    inner,
                    &format!("{place}[{index}]"),
                    field,
                    found,
                    unclassified,
                );
            }
        }
        Value::String(text) => match field {
            Some(f) if WORDS.contains(&f) => {
                if text.chars().any(char::is_alphabetic) {
                    found.push((place.to_owned(), text.clone()));
                }
            }
            Some(f) if NOT_WORDS.contains(&f) || AMOUNTS.contains(&f) => {}
            _ => unclassified.push(format!("{place} = {text:?}")),
        },
        _ => {}
    }
}

/// An entry for a data file: the original as a comment, then the key.
fn skeleton(words: &Words) -> String {
    let mut out = String::new();
    for line in words.original.trim().lines() {
        writeln!(out, "# {line}").unwrap();
    }
    writeln!(out, "{} = ", data_key(&words.original)).unwrap();
    out
}

#[test]
fn every_string_field_is_words_or_not() {
    let (_, unclassified) = catalog_words();
    assert!(
        unclassified.is_empty(),
        "these fields are in neither WORDS nor NOT_WORDS of engine/tests/catalog_words.rs; \
         decide whether people read them:\n{}",
        unclassified.join("\n")
    );
}

#[test]
fn every_catalog_text_has_a_translation_or_is_kept_as_is() {
    let (words, _) = catalog_words();
    let mut missing: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for words in &words {
        if KEPT_AS_IS.contains(&words.original.trim()) {
            continue;
        }
        if translation(words.other(), &words.original).is_none() {
            missing.entry(words.data_file()).or_default().push(format!(
                "# at {}\n{}",
                words.place,
                skeleton(words)
            ));
        }
    }
    if let Ok(path) = std::env::var("CATALOG_WORDS_LIST") {
        let mut list = String::from("place\tlanguage\tkey\tstatus\toriginal\n");
        for words in &words {
            let status = if KEPT_AS_IS.contains(&words.original.trim()) {
                "kept as is"
            } else if translation(words.other(), &words.original).is_some() {
                "translated"
            } else {
                "MISSING"
            };
            writeln!(
                list,
                "{}\t{}\t{}\t{status}\t{}",
                words.place,
                words.lang(),
                data_key(&words.original),
                words.original.replace(['\t', '\n'], " ")
            )
            .unwrap();
        }
        std::fs::write(&path, list).expect("the list is written");
    }
    let count: usize = missing.values().map(Vec::len).sum();
    let mut report = String::new();
    for (file, entries) in &missing {
        writeln!(report, "\n=== {file}\n").unwrap();
        for entry in entries {
            writeln!(report, "{entry}").unwrap();
        }
    }
    assert!(
        missing.is_empty(),
        "{count} catalog texts have no translation (or add a name to KEPT_AS_IS):\n{report}"
    );
}

#[test]
fn every_translation_translates_some_catalog_text() {
    let (words, _) = catalog_words();
    for lang in Lang::ALL {
        // The keys of texts written in the other language, and of texts in
        // this language that gloss a word in the other one (a Russian
        // reader sees "Критический", not "Критический (critical)").
        let wanted: BTreeSet<String> = words
            .iter()
            .filter(|w| w.other() == lang || has_other_script(&w.original, lang))
            .map(|w| data_key(&w.original))
            .collect();
        let stale: Vec<String> = translations(lang)
            .iter()
            .filter(|(key, _)| !wanted.contains(*key))
            .map(|(key, text)| format!("{key} = {text}"))
            .collect();
        assert!(
            stale.is_empty(),
            "i18n/locales/{lang}/data: no catalog text has these keys any more \
             (its original was edited or removed):\n{}",
            stale.join("\n")
        );
    }
}

/// Whether `text` has letters of the script `lang` is not written in
/// (Latin in a Russian text, Cyrillic in an English one).
fn has_other_script(text: &str, lang: Lang) -> bool {
    match lang {
        Lang::Ru => text.chars().any(|c| c.is_ascii_alphabetic()),
        Lang::En => has_cyrillic(text),
    }
}

#[test]
fn a_text_rewritten_for_its_own_language_drops_the_other_script() {
    let (words, _) = catalog_words();
    for words in &words {
        if let Some(rewritten) = translation(words.lang(), &words.original) {
            assert!(
                !has_other_script(rewritten, words.lang()),
                "{} ({}): {:?} is shown to {} readers as {rewritten:?}, \
                 which still mixes in the other script",
                words.place,
                data_key(&words.original),
                words.original,
                words.lang()
            );
        }
    }
}

#[test]
fn names_kept_as_is_are_in_the_catalog_and_untranslated() {
    let (words, _) = catalog_words();
    for name in KEPT_AS_IS {
        let found = words.iter().find(|w| w.original.trim() == name);
        let found = found.unwrap_or_else(|| panic!("KEPT_AS_IS: {name:?} is not in the catalog"));
        assert!(
            translation(found.other(), name).is_none(),
            "{name:?} is kept as is and also translated: keep one"
        );
    }
}

/// The numbers in a text (runs of digits), sorted: a translation may put
/// them in another order, never change one.
fn figures(text: &str) -> Vec<String> {
    let mut runs: Vec<String> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .map(str::to_owned)
        .collect();
    runs.sort();
    runs
}

#[test]
fn a_translation_states_the_same_figures_as_its_original() {
    let (words, _) = catalog_words();
    let mut wrong = Vec::new();
    for words in &words {
        let shown = [words.other(), words.lang()]
            .into_iter()
            .filter_map(|lang| translation(lang, &words.original));
        for translated in shown {
            if figures(translated) != figures(&words.original) {
                wrong.push(format!(
                    "{} ({}):\n  {}\n  {translated}",
                    words.place,
                    data_key(&words.original),
                    words.original
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "these translations change a figure:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn a_translation_is_written_in_its_language() {
    for (key, text) in translations(Lang::Ru) {
        assert!(has_cyrillic(text), "ru: {key} is not Russian: {text}");
    }
    for (key, text) in translations(Lang::En) {
        assert!(
            !has_cyrillic(text),
            "en: {key} has Cyrillic letters: {text}"
        );
    }
}

#[test]
fn the_figure_counter_reads_numbers_in_any_order() {
    assert_eq!(
        figures("greater of $15,000 or 10 %"),
        figures("не менее 10 % или 15 000 $")
    );
    assert_ne!(figures("within 2 hours"), figures("в течение 3 часов"));
    assert_ne!(figures("1st priority"), figures("приоритет"));
}
