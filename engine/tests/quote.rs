//! A quote as a document and a link: the link carries everything, so it
//! shows the same figures anywhere; a cut or edited link is refused.

use chrono::NaiveDate;
use slacalc_engine::catalog::{Catalog, Inclusion};
use slacalc_engine::package::Package;
use slacalc_engine::price::{
    shipped_books, PackagePricing, PriceBook, QuoteDocument, QuoteMeta, Usage,
};

fn examples() -> PriceBook {
    shipped_books()
        .into_iter()
        .find(|b| b.id == "examples")
        .unwrap()
}

fn retail() -> Package {
    let shipped = Catalog::shipped().unwrap();
    let mut package = Package::from_plan(
        &shipped,
        "express-premium",
        "pkg-retail-night-cover",
        "Retail night cover",
    )
    .unwrap();
    package
        .services
        .iter_mut()
        .find(|s| s.service == "advanced_reporting")
        .unwrap()
        .availability = Inclusion::Included;
    package
}

fn meta() -> QuoteMeta {
    QuoteMeta {
        customer: "Acme Retail".to_owned(),
        prepared_by: "Dana, sales".to_owned(),
        ..QuoteMeta::issued(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(), 0x3f2a)
    }
}

fn document() -> QuoteDocument {
    let catalog = Catalog::shipped()
        .unwrap()
        .with_packages(&[retail()])
        .unwrap();
    let usage = Usage {
        users: 120,
        servers: 25,
        ..Usage::default()
    };
    QuoteDocument::new(
        &examples(),
        &catalog,
        "pkg-retail-night-cover",
        &usage,
        PackagePricing::FromParts,
        meta(),
    )
    .unwrap()
}

#[test]
fn a_quote_link_carries_the_package_and_shows_the_same_quote_with_nothing_saved() {
    let document = document();
    assert_eq!(document.meta.number, "Q-20261125-3F2A");
    assert_eq!(
        document.meta.valid_until,
        NaiveDate::from_ymd_opt(2026, 12, 25).unwrap()
    );
    let link = document.to_link();
    // A fresh browser knows only the shipped catalog.
    let fresh = Catalog::shipped().unwrap();
    let opened = QuoteDocument::from_link(&link, &fresh).unwrap();
    assert_eq!(opened, document);
    let sender = document.quote(&fresh).unwrap();
    let recipient = opened.quote(&fresh).unwrap();
    assert_eq!(recipient, sender);
    assert_eq!(recipient.lines.len(), sender.lines.len());
    let description = opened.describe(&fresh).unwrap();
    assert_eq!(description.name, "Retail night cover");
    assert!(description
        .included
        .iter()
        .any(|s| s.english().starts_with("Advanced reporting")));
}

#[test]
fn a_quote_link_carries_only_the_rates_it_uses() {
    let document = document();
    assert!(
        document.book.plans.is_empty(),
        "a package priced from its parts needs no plan rates"
    );
    assert!(document.book.packages.is_some());
    assert!(
        document.to_link().len() < 8_000,
        "{} characters",
        document.to_link().len()
    );
}

#[test]
fn a_cut_or_edited_quote_link_is_refused_with_a_message() {
    let link = document().to_link();
    let fresh = Catalog::shipped().unwrap();
    let cut = &link[..link.len() / 2];
    let error = QuoteDocument::from_link(cut, &fresh).unwrap_err();
    assert!(
        error.to_string().contains("quote link is damaged"),
        "{error}"
    );
    // One character changed in the body: the check catches it.
    let mut edited: Vec<char> = link.chars().collect();
    let i = edited.len() / 3;
    edited[i] = if edited[i] == 'A' { 'B' } else { 'A' };
    let edited: String = edited.into_iter().collect();
    assert!(QuoteDocument::from_link(&edited, &fresh).is_err());
    // A newer format says so.
    let newer = format!("9{}", &link[1..]);
    assert!(QuoteDocument::from_link(&newer, &fresh)
        .unwrap_err()
        .to_string()
        .contains("newer slacalc"));
}

#[test]
fn a_quote_of_a_catalog_plan_names_it_and_carries_its_rates() {
    let catalog = Catalog::shipped().unwrap();
    let usage = Usage {
        users: 40,
        ..Usage::default()
    };
    let document = QuoteDocument::new(
        &examples(),
        &catalog,
        "express-8x5",
        &usage,
        PackagePricing::FromParts,
        meta(),
    )
    .unwrap();
    assert_eq!(
        document.book.plans.keys().collect::<Vec<_>>(),
        ["express-8x5"]
    );
    let opened = QuoteDocument::from_link(&document.to_link(), &catalog).unwrap();
    assert_eq!(
        opened.quote(&catalog).unwrap(),
        document.quote(&catalog).unwrap()
    );
    assert_eq!(opened.describe(&catalog).unwrap().name, "eXpress 8/5");
}

#[test]
fn bad_metadata_names_the_field() {
    let mut meta = meta();
    meta.valid_until = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    assert!(meta
        .validate()
        .unwrap_err()
        .to_string()
        .starts_with("Valid until: 2020-01-01 is not within a year"));
    let mut meta = self::meta();
    meta.customer = "x".repeat(200);
    assert!(meta
        .validate()
        .unwrap_err()
        .to_string()
        .starts_with("Customer: at most 120 characters"));
}

#[test]
fn a_figure_resting_on_an_assumption_is_marked_in_the_quote() {
    let catalog = Catalog::shipped().unwrap();
    let described = slacalc_engine::price::describe(&catalog, "virtuozzo").unwrap();
    assert!(
        described.targets[0]
            .first_response
            .english()
            .ends_with("(assumption)"),
        "{:?}",
        described.targets[0]
    );
    assert!(
        described.assumptions[0]
            .english()
            .contains("names no support hours"),
        "{:?}",
        described.assumptions
    );
    let express = slacalc_engine::price::describe(&catalog, "express-24x7").unwrap();
    assert!(express.assumptions.is_empty());
}

#[test]
fn a_packages_own_targets_are_its_offer_not_assumptions() {
    let catalog = Catalog::shipped()
        .unwrap()
        .with_packages(&[retail()])
        .unwrap();
    let described = slacalc_engine::price::describe(&catalog, "pkg-retail-night-cover").unwrap();
    assert!(
        described.assumptions.is_empty(),
        "{:?}",
        described.assumptions
    );
    assert!(described
        .targets
        .iter()
        .all(|t| !t.first_response.english().contains("assumption")));
}

#[test]
fn a_quotes_csv_in_russian_has_russian_headers_and_the_same_figures() {
    use slacalc_i18n::{Lang, Plain};
    let catalog = Catalog::shipped().unwrap();
    let document = document();
    let english = document.to_csv(&catalog, Lang::En, &Plain).unwrap();
    let russian = document.to_csv(&catalog, Lang::Ru, &Plain).unwrap();
    assert!(
        english.starts_with("\"Quote number\",\"Q-20261125-3F2A\"\n"),
        "{english}"
    );
    assert!(
        russian.starts_with("\"Номер предложения\",\"Q-20261125-3F2A\"\n"),
        "{russian}"
    );
    assert!(
        russian.contains("\"Заказчик\",\"Acme Retail\"\n"),
        "{russian}"
    );
    assert!(
        russian.contains("\n\"позиция\",\"в месяц\",\"в год\",\"валюта\",\"как рассчитано\"\n"),
        "{russian}"
    );
    assert!(russian.contains("\"Пользователи\","), "{russian}");
    assert!(!russian.contains("Users"), "{russian}");
    // Every figure (amounts, dates, the currency) is the same in both.
    let figures = |csv: &str| -> Vec<String> {
        // The fields outside quotes: a quoted field may hold commas.
        let mut out = Vec::new();
        for line in csv.lines() {
            let (mut field, mut quoted) = (String::new(), false);
            for c in line.chars().chain([',']) {
                match c {
                    '"' => quoted = !quoted,
                    ',' if !quoted => {
                        if !field.is_empty() && !field.contains('"') {
                            out.push(std::mem::take(&mut field));
                        }
                        field.clear();
                    }
                    _ if quoted => field.push('"'),
                    _ => field.push(c),
                }
            }
        }
        out
    };
    assert_eq!(figures(&russian), figures(&english));
    let quote = document.quote(&catalog).unwrap();
    assert!(russian.contains(&format!(
        "\"Итого\",{},{},USD,",
        quote.monthly.plain(),
        quote.annual.plain()
    )));
}

#[test]
fn a_packages_hours_and_targets_read_in_russian() {
    use slacalc_i18n::{Lang, Plain};
    let catalog = Catalog::shipped()
        .unwrap()
        .with_packages(&[retail()])
        .unwrap();
    let described = slacalc_engine::price::describe(&catalog, "pkg-retail-night-cover").unwrap();
    let critical = &described.targets[0];
    assert_eq!(
        critical.first_response.english(),
        "15 min — Around the clock (Europe/Moscow)"
    );
    assert_eq!(
        critical.first_response.render(Lang::Ru, &Plain),
        "15 минут — Круглосуточно (Europe/Moscow)"
    );
    assert!(described
        .hours
        .iter()
        .any(|h| h.render(Lang::Ru, &Plain).starts_with("Круглосуточно")));
}

#[test]
fn the_json_export_carries_the_readers_words_beside_the_same_document() {
    use slacalc_i18n::{Lang, Plain};
    let catalog = Catalog::shipped().unwrap();
    let document = document();
    let russian: serde_json::Value =
        serde_json::from_str(&document.to_json(&catalog, Lang::Ru, &Plain).unwrap()).unwrap();
    let english: serde_json::Value =
        serde_json::from_str(&document.to_json(&catalog, Lang::En, &Plain).unwrap()).unwrap();
    assert_eq!(russian["document"], english["document"]);
    assert_eq!(russian["quote"]["monthly"], english["quote"]["monthly"]);
    assert_eq!(russian["language"], "ru");
    assert!(russian["quote"]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l["label"] == "Пользователи"));
}

// Regression (journey walk): a package on weekday hours read "15 min,
// monday to Friday 08:00–22:00 …" in its quote: the calendar's first
// letter was lower-cased to run on in the sentence.
#[test]
fn a_weekday_calendar_keeps_its_capital_in_a_quote() {
    use slacalc_engine::package::{TargetClock, WorkingDays};
    let mut package = retail();
    package.hours.days = WorkingDays::MondayToFriday;
    package.hours.tz = "Europe/Berlin".to_owned();
    package.hours.start = "08:00".to_owned();
    package.hours.end = "22:00".to_owned();
    let target = package.targets[0].first_response.as_mut().unwrap();
    target.minutes = 15;
    target.clock = TargetClock::WorkingHours;
    let catalog = Catalog::shipped()
        .unwrap()
        .with_packages(&[package])
        .unwrap();
    let described = slacalc_engine::price::describe(&catalog, "pkg-retail-night-cover").unwrap();
    assert_eq!(
        described.targets[0].first_response.english(),
        "15 min — Monday to Friday 08:00–22:00 Europe/Berlin"
    );
}

#[test]
fn a_downloaded_quote_is_named_after_its_number() {
    let mut document = document();
    document.meta.number = "Q-2026/042".to_owned();
    assert_eq!(document.file_name("csv"), "quote-q-2026-042.csv");
    document.meta.number = " / ".to_owned();
    assert_eq!(document.file_name("json"), "quote.json");
}
