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
        text.starts_with("Часовой пояс из ссылки нельзя использовать: неизвестный часовой пояс `UTC+3`. Фиксированное смещение"),
        "{text}"
    );
    assert!(
        text.ends_with("Время показано в вашем часовом поясе."),
        "{text}"
    );
    let (_, notices) = CompareLink::parse(&catalog, &Query::parse("package=1.garbage"));
    assert_eq!(
        russian(&notices[0].message),
        "Пакет из ссылки нельзя использовать: ссылка на пакет повреждена (обрезана или изменена); попросите прислать ссылку ещё раз."
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

/// Regression: notices for a bad severity, zone or package began with the
/// engine's lower-case reason ("unknown severity …"), unlike the others.
/// Every notice a hand-edited link can raise above a view is a sentence,
/// in both languages (the price and builder views show theirs at the
/// field or after a heading of their own): it starts with a capital (or a quoted value) and ends with
/// a full stop.
#[test]
fn every_link_notice_is_a_sentence() {
    use slacalc_state::links::{QuoteLink, SimulateLink};
    let catalog = Catalog::shipped().unwrap();
    let mut notices = Vec::new();
    for query in [
        "plans=aws-gold&phone=maybe&critical=-5&package=1.garbage&packages=some",
        "plans=nope",
    ] {
        notices.extend(CompareLink::parse(&catalog, &Query::parse(query)).1);
    }
    for query in [
        "plan=express-99&severity=urgent&opened=2026-02-30T10:00:00Z&tz=Mars/Olympus&events=paused@yesterday,coffee@2026-11-20T10:00:00Z",
        "tz=UTC%2B3&opened=yesterday",
    ] {
        notices.extend(DeadlineLink::parse(&catalog, &Query::parse(query)).1);
    }
    for query in [
        "preset=casino&plans=nope&rates=1,2&costs=x&work=0,1,1,1&n=5&seed=x&arrival=sometimes",
        "rates=0,0,0,0&arrival=grid:1,x",
    ] {
        notices.extend(SimulateLink::parse(&catalog, &Query::parse(query)).1);
    }
    notices.extend(QuoteLink::parse(&catalog, &Query::parse("quote=1.garbage")).1);
    notices.extend(QuoteLink::parse(&catalog, &Query::parse("")).1);
    assert!(notices.len() >= 20, "{notices:?}");
    let mut wrong = Vec::new();
    for notice in &notices {
        for text in [notice.message.english(), russian(&notice.message)] {
            let first = text.chars().next().unwrap_or(' ');
            if !(first.is_uppercase() || "`“«".contains(first)) || !text.ends_with('.') {
                wrong.push(format!("{:?}: {text}", notice.field));
            }
        }
    }
    assert!(wrong.is_empty(), "not sentences:\n{}", wrong.join("\n"));
}
