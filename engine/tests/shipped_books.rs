//! The shipped price books and the Russian production calendar are compiled
//! in as Rust (`engine/src/price/shipped.rs`, `engine/src/calendar/shipped.rs`)
//! so a view that only shows them carries no JSON decoder (serde and
//! serde_json are a large share of the app; docs/PERFORMANCE.md). The JSON
//! files stay the source of truth: this test writes the Rust from them and
//! fails when a checked-in file differs. After editing
//! `engine/data/pricebooks/*.json` or `engine/data/ru-production-calendar.json`:
//!
//!     SLACALC_REGENERATE=1 cargo test -p slacalc-engine --test shipped_books

use std::fmt::Write;

use chrono::{Datelike, NaiveDate};
use slacalc_engine::calendar::builtin::{
    russian_production_calendar, ProductionCalendar, ProductionYear, Transfer,
};
use slacalc_engine::price::{
    shipped_books, ChannelRate, Component, Decimal, HoursRate, PackageRates, PlanRates, PriceBook,
    ServiceRate, TargetRate, Tier,
};
use slacalc_engine::TargetKind;

#[macro_use]
mod lit;
use lit::{check_generated, lit, Lit};

/// The book files, in the order the app lists them.
const BOOKS: [(&str, &str); 2] = [
    ("examples", include_str!("../data/pricebooks/examples.json")),
    ("aws", include_str!("../data/pricebooks/aws.json")),
];

const CALENDAR: &str = include_str!("../data/ru-production-calendar.json");

const BOOKS_HEADER: &str = "\
// Generated from engine/data/pricebooks/*.json by engine/tests/shipped_books.rs;
// do not edit. After changing a book file:
//   SLACALC_REGENERATE=1 cargo test -p slacalc-engine --test shipped_books
//! The shipped price books as static data (see `shipped_books`).

use super::static_book::{StaticBook, StaticComponent, StaticPackages};
use super::*;
use crate::catalog::ChannelKind;
use crate::sla::{Severity, TargetKind};

/// An amount as the book writes it, read when the app is compiled.
const fn d(text: &str) -> Decimal {
    Decimal::literal(text)
}

/// The shipped books, in the order the app lists them.
pub(super) static BOOKS: &[StaticBook] = &[
";

const CALENDAR_HEADER: &str = "\
// Generated from engine/data/ru-production-calendar.json by
// engine/tests/shipped_books.rs; do not edit. After changing that file:
//   SLACALC_REGENERATE=1 cargo test -p slacalc-engine --test shipped_books
//! The Russian production calendar as Rust values (see
//! `russian_production_calendar`).

use super::builtin::*;
use chrono::NaiveDate;

#[inline(never)]
fn s(text: &str) -> String {
    text.to_owned()
}

/// A date the calendar lists; engine/tests/shipped_books.rs holds every
/// one against the file.
#[inline(never)]
fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default()
}

/// The calendar as published.
pub(super) fn russian_production_calendar() -> ProductionCalendar {
";

impl Lit for Decimal {
    fn lit(&self, out: &mut String) {
        write!(out, "d({:?})", self.plain()).unwrap();
    }
}

impl Lit for NaiveDate {
    fn lit(&self, out: &mut String) {
        write!(out, "d({}, {}, {})", self.year(), self.month(), self.day()).unwrap();
    }
}

impl Lit for TargetKind {
    fn lit(&self, out: &mut String) {
        out.push_str(match self {
            TargetKind::FirstResponse => "TargetKind::FirstResponse",
            TargetKind::Resolution => "TargetKind::Resolution",
        });
    }
}

records! {
    Tier { up_to, percent }
    TargetRate { severity, target, within_minutes, working_hours, around_the_clock }
    ChannelRate { kind, monthly }
    HoursRate { rate, off_hours_multiplier }
    ProductionCalendar { name, rules, years }
    ProductionYear { year, decree, transfers, holidays, extra_workdays, working_days, note }
    Transfer { from, to }
}

/// Words as a static `&str`.
fn words(text: &str) -> String {
    format!("{text:?}")
}

/// A list as a static slice.
fn slice<T: Lit>(items: &[T]) -> String {
    if items.is_empty() {
        return "&[]".to_owned();
    }
    let mut out = String::from("&[\n");
    for item in items {
        item.lit(&mut out);
        out.push_str(",\n");
    }
    out.push(']');
    out
}

/// A book in its static form (engine/src/price/static_book.rs), field for
/// field, each destructured in full so a field added to the model fails
/// to compile here rather than go missing.
fn static_book(book: &PriceBook, out: &mut String) {
    let PriceBook {
        id,
        name,
        currency,
        example,
        note,
        plans,
        packages,
    } = book;
    writeln!(
        out,
        "StaticBook {{\nid: {},\nname: {},\ncurrency: {},\nexample: {example},\nnote: {},",
        words(id),
        words(name),
        words(currency),
        words(note)
    )
    .unwrap();
    out.push_str("plans: &[\n");
    for (plan, PlanRates { name, components }) in plans {
        let name = name
            .as_deref()
            .map_or("None".to_owned(), |n| format!("Some({})", words(n)));
        writeln!(out, "({}, {name}, &[", words(plan)).unwrap();
        for component in components {
            static_component(component, out);
            out.push_str(",\n");
        }
        out.push_str("]),\n");
    }
    out.push_str("],\npackages: ");
    match packages {
        None => out.push_str("None"),
        Some(PackageRates {
            per_weekly_hour,
            per_user,
            per_server,
            targets,
            channels,
            services,
            hours,
            visit,
        }) => {
            writeln!(
                out,
                "Some(&StaticPackages {{\nper_weekly_hour: {},\nper_user: {},\nper_server: {},",
                lit(per_weekly_hour),
                lit(per_user),
                lit(per_server)
            )
            .unwrap();
            writeln!(
                out,
                "targets: {},\nchannels: {},",
                slice(targets),
                slice(channels)
            )
            .unwrap();
            out.push_str("services: &[\n");
            for ServiceRate { service, monthly } in services {
                writeln!(out, "({}, {}),", words(service), lit(monthly)).unwrap();
            }
            writeln!(
                out,
                "],\nhours: {},\nvisit: {},\n}})",
                lit(hours),
                lit(visit)
            )
            .unwrap();
        }
    }
    out.push_str(",\n}");
}

fn static_component(component: &Component, out: &mut String) {
    let variant = |name: &str, fields: &[(&str, String)]| {
        let mut text = format!("StaticComponent::{name} {{\n");
        for (field, value) in fields {
            text.push_str(&format!("{field}: {value},\n"));
        }
        text.push('}');
        text
    };
    out.push_str(&match component {
        Component::Flat { label, monthly } => variant(
            "Flat",
            &[("label", words(label)), ("monthly", lit(monthly))],
        ),
        Component::PerUser { monthly } => variant("PerUser", &[("monthly", lit(monthly))]),
        Component::PerServer { monthly } => variant("PerServer", &[("monthly", lit(monthly))]),
        Component::SpendShare { minimum, tiers } => variant(
            "SpendShare",
            &[("minimum", lit(minimum)), ("tiers", slice(tiers))],
        ),
        Component::AddOn {
            service,
            label,
            monthly,
        } => variant(
            "AddOn",
            &[
                ("service", words(service)),
                ("label", words(label)),
                ("monthly", lit(monthly)),
            ],
        ),
        Component::Visits {
            each,
            max_per_quarter,
        } => variant(
            "Visits",
            &[
                ("each", lit(each)),
                ("max_per_quarter", lit(max_per_quarter)),
            ],
        ),
        Component::Hours {
            included_per_year,
            rate,
            off_hours_multiplier,
        } => variant(
            "Hours",
            &[
                ("included_per_year", lit(included_per_year)),
                ("rate", lit(rate)),
                ("off_hours_multiplier", lit(off_hours_multiplier)),
            ],
        ),
    });
}

/// The shipped books' generated file.
fn generated_books(books: &[PriceBook]) -> String {
    let mut out = String::from(BOOKS_HEADER);
    for book in books {
        static_book(book, &mut out);
        out.push_str(",\n");
    }
    out.push_str("];\n");
    out
}

/// The book files read as an imported book is.
fn parsed_books() -> Vec<PriceBook> {
    BOOKS
        .iter()
        .map(|(name, json)| {
            PriceBook::from_json(json).unwrap_or_else(|e| panic!("price book {name}: {e}"))
        })
        .collect()
}

fn parsed_calendar() -> ProductionCalendar {
    serde_json::from_str(CALENDAR).expect("the production calendar file parses")
}

fn generated(header: &str, value: &impl Lit) -> String {
    let mut out = String::from(header);
    value.lit(&mut out);
    out.push_str("\n}\n");
    out
}

#[test]
fn shipped_books_rs_is_written_from_the_book_files() {
    check_generated(
        "src/price/shipped.rs",
        &generated_books(&parsed_books()),
        "shipped_books",
    );
}

#[test]
fn shipped_calendar_rs_is_written_from_the_calendar_file() {
    check_generated(
        "src/calendar/shipped.rs",
        &generated(CALENDAR_HEADER, &parsed_calendar()),
        "shipped_books",
    );
}

#[test]
fn the_shipped_books_are_the_book_files() {
    assert_eq!(shipped_books(), parsed_books());
}

#[test]
fn the_shipped_calendar_is_the_calendar_file() {
    assert_eq!(russian_production_calendar(), parsed_calendar());
}
