//! The shipped catalog is compiled in as Rust (`engine/src/catalog/shipped.rs`)
//! so the browser app carries neither the JSON nor the code that decodes
//! it (12 KB gzip less, the code that builds the values counted;
//! docs/PERFORMANCE.md). The JSON files stay the
//! source of truth: this test writes the Rust from them and fails when the
//! checked-in file differs. After editing a catalog file:
//!
//!     SLACALC_REGENERATE=1 cargo test -p slacalc-engine --test shipped_catalog

use std::borrow::Cow;
use std::fmt::Write;

#[macro_use]
mod lit;
use lit::{check_generated, lit, Lit};

use slacalc_engine::catalog::{
    CalendarDefinition, CalendarEntry, Catalog, Channel, Commitment, Coverage, Document, Fact,
    Inclusion, Plan, ProviderFile, ProviderInfo, Quantity, ServiceOffer, SeverityLevel,
    SeverityTargets, Share, Source,
};

/// The catalog files, in catalog order, as `Catalog::from_files` takes them.
const FILES: [(&str, &str); 4] = [
    ("express", include_str!("../data/catalog/express.json")),
    ("tencent", include_str!("../data/catalog/tencent.json")),
    ("virtuozzo", include_str!("../data/catalog/virtuozzo.json")),
    ("vkcloud", include_str!("../data/catalog/vkcloud.json")),
];

const HEADER: &str = "\
// Generated from engine/data/catalog/*.json by engine/tests/shipped_catalog.rs;
// do not edit. After changing a catalog file:
//   SLACALC_REGENERATE=1 cargo test -p slacalc-engine --test shipped_catalog
//! The shipped catalog's providers as static data (see `Catalog::shipped`):
//! every word and list borrowed, so the wasm holds the values themselves
//! rather than code that builds them at start.

use super::*;
use crate::sla::Severity;

const fn s(text: &'static str) -> Str {
    Str::Borrowed(text)
}

const fn quote(doc: &'static str, quote: &'static str) -> Source {
    Source::Quote { doc: s(doc), quote: s(quote) }
}

const fn assumed(reason: &'static str) -> Source {
    Source::Assumption { assumption: s(reason) }
}

const fn fact(text: &'static str, source: Source) -> Fact {
    Fact { text: s(text), source }
}

/// Every provider file, in catalog order.
pub(super) static PROVIDERS: &[ProviderFile] = &[
";

records! {
    ProviderFile { provider, documents, calendars, severities, rules, restrictions, price_model, price_details, agreement, plans }
    ProviderInfo { id, name }
    Document { id, title, location, language, updated }
    SeverityLevel { level, name, description, source, criteria }
    Plan { id, name, summary, commitment_share, targets, coverage, channels, staff, services, notes, free_of_charge, base_plan }
    Share { percent, source }
    SeverityTargets { severity, first_response, resolution }
    Coverage { activity, calendar, source }
    Channel { name, kind, hours, source, detail }
    ServiceOffer { service, name, availability, quantity, source, note, terms }
}

impl Lit for CalendarEntry {
    fn lit(&self, out: &mut String) {
        let CalendarEntry {
            id,
            name,
            definition,
            source,
            note,
            words,
        } = self;
        assert!(
            words.is_none(),
            "a catalog calendar has no words of slacalc's own"
        );
        let words: Option<u8> = None;
        record!(
            out,
            "CalendarEntry",
            id,
            name,
            definition,
            source,
            note,
            words
        );
    }
}

impl Lit for CalendarDefinition {
    fn lit(&self, out: &mut String) {
        match self {
            CalendarDefinition::AroundTheClock { tz } => {
                record!(out, "CalendarDefinition::AroundTheClock", tz)
            }
            CalendarDefinition::MoscowWorkingDays { hours } => {
                record!(out, "CalendarDefinition::MoscowWorkingDays", hours)
            }
            CalendarDefinition::Custom(_) => panic!(
                "a custom calendar in the catalog: teach engine/tests/shipped_catalog.rs to write a CalendarSpec"
            ),
        }
    }
}

impl Lit for Source {
    fn lit(&self, out: &mut String) {
        match self {
            Source::Quote { doc, quote } => write!(out, "quote({doc:?}, {quote:?})"),
            Source::Assumption { assumption } => write!(out, "assumed({assumption:?})"),
        }
        .unwrap();
    }
}

impl Lit for Fact {
    fn lit(&self, out: &mut String) {
        let Fact { text, source } = self;
        write!(out, "fact({text:?}, {})", lit(source)).unwrap();
    }
}

impl Lit for Commitment {
    fn lit(&self, out: &mut String) {
        match self {
            Commitment::Target {
                minutes,
                calendar,
                figure,
                source,
                note,
                calendar_source,
            } => record!(
                out,
                "Commitment::Target",
                minutes,
                calendar,
                figure,
                source,
                note,
                calendar_source
            ),
            Commitment::None { none, source } => record!(out, "Commitment::None", none, source),
        }
    }
}

impl Lit for Inclusion {
    fn lit(&self, out: &mut String) {
        out.push_str(match self {
            Inclusion::Included => "Inclusion::Included",
            Inclusion::Optional => "Inclusion::Optional",
            Inclusion::NotOffered => "Inclusion::NotOffered",
        });
    }
}

impl Lit for Quantity {
    fn lit(&self, out: &mut String) {
        match self {
            Quantity::HoursPerYear(n) => write!(out, "Quantity::HoursPerYear({n})"),
            Quantity::AtMostPerQuarter(n) => write!(out, "Quantity::AtMostPerQuarter({n})"),
        }
        .unwrap();
    }
}

/// The catalog files decoded as any user's file is, one by one.
fn parsed() -> Vec<ProviderFile> {
    FILES
        .iter()
        .map(|(name, json)| {
            serde_json::from_str(json).unwrap_or_else(|e| panic!("catalog file {name}: {e}"))
        })
        .collect()
}

fn generated() -> String {
    let mut out = String::from(HEADER);
    for provider in parsed() {
        provider.lit(&mut out);
        out.push_str(",\n");
    }
    out.push_str("];\n");
    out
}

#[test]
fn shipped_catalog_rs_is_written_from_the_catalog_files() {
    check_generated("src/catalog/shipped.rs", &generated(), "shipped_catalog");
}

#[test]
fn the_shipped_catalog_is_the_catalog_files() {
    let from_files = Catalog::from_files(FILES).expect("the catalog files load");
    let shipped = Catalog::shipped().expect("the shipped catalog loads");
    assert_eq!(shipped.providers(), from_files.providers());
    assert_eq!(shipped.providers(), parsed().as_slice());
    // `Catalog::shipped` skips the checks `from_files` ran: the same data,
    // so they hold; and it compiled every calendar the files define.
    Catalog::from_providers(shipped.providers().to_vec()).expect("the shipped catalog validates");
    for entry in from_files
        .providers()
        .iter()
        .flat_map(|p| p.calendars.iter())
    {
        assert!(
            shipped.calendar(&entry.id).is_some(),
            "{} is not compiled",
            entry.id
        );
    }
    // Equal values would pass owned too: the point is that the shipped
    // catalog borrows its words and lists from static data.
    for provider in shipped.providers() {
        assert!(
            matches!(provider.plans, Cow::Borrowed(_)),
            "{}'s plans are copied",
            provider.provider.id
        );
        assert!(matches!(provider.provider.name, Cow::Borrowed(_)));
        for plan in provider.plans.iter() {
            assert!(
                matches!(plan.name, Cow::Borrowed(_)),
                "{} is copied",
                plan.id
            );
            assert!(matches!(plan.targets, Cow::Borrowed(_)));
        }
    }
}
