//! What the state layer tells a person renders in the reader's language:
//! a notice about a link, an engine error inside it, saved-work messages
//! and counts with Russian plural forms. English stays as it was.

use slacalc_engine::catalog::Catalog;
use slacalc_i18n::{Lang, Plain, Text};
use slacalc_state::links::{CompareLink, DeadlineLink};
use slacalc_state::query::Query;
use slacalc_state::saved::{SavedWork, Section, Unreadable};
use slacalc_state::ViewLink;

fn russian(text: &Text) -> String {
    text.render(Lang::Ru, &Plain)
}

#[test]
fn a_notice_names_the_unknown_plan_in_russian() {
    let catalog = Catalog::shipped().unwrap();
    let (_, notices) = CompareLink::parse(&catalog, &Query::parse("plans=aws-gold,express-8x5"));
    assert_eq!(
        notices[0].message.english(),
        "The link names a plan slacalc does not know, `aws-gold`; it is left out."
    );
    assert_eq!(
        russian(&notices[0].message),
        "Ссылка называет план, которого slacalc не знает, — `aws-gold`; он пропущен."
    );
}

#[test]
fn an_engine_error_inside_a_notice_is_in_the_same_language() {
    let catalog = Catalog::shipped().unwrap();
    let (_, notices) = DeadlineLink::parse(&catalog, &Query::parse("tz=UTC%2B3"));
    let text = russian(&notices[0].message);
    assert!(
        text.starts_with("неизвестный часовой пояс `UTC+3`. Фиксированное смещение"),
        "{text}"
    );
    assert!(
        text.ends_with("Время показано в вашем часовом поясе."),
        "{text}"
    );
    let (_, notices) = CompareLink::parse(&catalog, &Query::parse("package=1.garbage"));
    assert_eq!(
        russian(&notices[0].message),
        "ссылка на пакет повреждена (обрезана или изменена); попросите прислать ссылку ещё раз."
    );
}

#[test]
fn section_counts_take_the_russian_plural_forms() {
    let forms: Vec<String> = [0, 1, 2, 5, 11, 21, 22, 25, 111]
        .into_iter()
        .map(|n| russian(&Section::Packages.amount(n)))
        .collect();
    assert_eq!(
        forms,
        [
            "0 пакетов",
            "1 пакет",
            "2 пакета",
            "5 пакетов",
            "11 пакетов",
            "21 пакет",
            "22 пакета",
            "25 пакетов",
            "111 пакетов"
        ]
    );
    assert_eq!(Section::PriceBooks.amount(1).english(), "1 price book");
    assert_eq!(Section::PriceBooks.amount(3).english(), "3 price books");
    assert_eq!(russian(&Section::Scenarios.amount(3)), "3 сценария");
}

#[test]
fn an_item_kept_aside_is_named_by_its_kind_in_russian() {
    let document = r#"{"format":"slacalc-saved-work","version":3,
        "price_books":[{"name":"Broken"}]}"#;
    let work = SavedWork::parse(document).unwrap();
    let message = work.kept_aside[0].message();
    assert!(
        message
            .english()
            .starts_with("The saved price book “Broken” cannot be used"),
        "{message}"
    );
    let text = russian(&message);
    assert!(
        text.starts_with("Сохранённый прайс-лист «Broken» нельзя использовать"),
        "{text}"
    );
}

#[test]
fn an_unreadable_document_says_why_in_russian() {
    let newer = SavedWork::parse(r#"{"format":"slacalc-saved-work","version":99}"#).unwrap_err();
    assert_eq!(newer, Unreadable::FutureVersion { found: 99 });
    let text = russian(&newer.text());
    assert!(
        text.contains("более новой версией slacalc (версия формата 99"),
        "{text}"
    );
    let foreign = SavedWork::parse("[1]").unwrap_err();
    assert_eq!(
        russian(&foreign.text()),
        "сохранённые данные не принадлежат slacalc (это не объект JSON)"
    );
}
