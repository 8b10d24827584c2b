//! Round-trip properties: every link reads back what it wrote, whatever
//! text its values hold (`#`, `&`, `%`, `+`, `=`, spaces, non-ASCII), and
//! saved work survives encode → decode → encode byte for byte.

use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use proptest::prelude::*;
use slacalc_engine::catalog::Catalog;
use slacalc_engine::compare::Requirements;
use slacalc_engine::package::Package;
use slacalc_engine::price::{shipped_books, Decimal, PackagePricing, Usage};
use slacalc_engine::simulate::{Arrival, Profile};
use slacalc_engine::sla::{Event, EventKind, Severity};
use slacalc_state::links::{
    AuditLink, BuildLink, CompareLink, DeadlineLink, PriceLink, QuoteLink, SimulateLink,
};
use slacalc_state::query::Query;
use slacalc_state::saved::{SavedWork, Scenario};
use slacalc_state::ViewLink;

fn catalog() -> Catalog {
    Catalog::shipped().unwrap()
}

fn plan_ids() -> Vec<String> {
    catalog()
        .plans()
        .map(|found| found.plan.id.to_string())
        .collect()
}

/// Text a user could put in an id or a free field: the characters a URL
/// treats specially among ordinary ones, never blank at either end
/// (links trim what people paste).
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9#&%+=,;?/:@ üжé€\\-]{1,16}"
        .prop_map(|s| s.trim().to_owned())
        .prop_filter("not blank", |s| !s.is_empty())
}

/// A profile's number as a link holds it: a whole number of millionths.
fn millionths(range: std::ops::RangeInclusive<u64>) -> impl Strategy<Value = f64> {
    range.prop_map(|n| n as f64 / 1e6)
}

fn decimal(max_whole: u64) -> impl Strategy<Value = Decimal> {
    (0..=max_whole, 0u32..100).prop_map(|(whole, cents)| {
        Decimal::parse(&format!("{whole}.{cents:02}")).expect("a decimal")
    })
}

fn price_link() -> impl Strategy<Value = PriceLink> {
    (
        prop::option::of(text()),
        (0u32..=1_000_000, 0u32..=1_000_000, 0u32..=1_000),
        (decimal(1_000_000_000), decimal(743), decimal(743)),
        prop::collection::vec(text(), 0..4),
        any::<bool>(),
    )
        .prop_map(
            |(book, (users, servers, visits), (spend, hours, off), add_ons, base)| PriceLink {
                packages: if base {
                    PackagePricing::AsBasePlan
                } else {
                    PackagePricing::FromParts
                },
                book: book.unwrap_or_default(),
                usage: Usage {
                    users,
                    servers,
                    monthly_spend: spend,
                    admin_hours: hours,
                    admin_hours_off: off,
                    visits_per_quarter: visits,
                    add_ons,
                },
            },
        )
}

fn some_plans() -> impl Strategy<Value = Vec<String>> {
    let ids = plan_ids();
    prop::sample::subsequence(ids.clone(), 1..=ids.len()).prop_shuffle()
}

fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    // 2000–2100, whole seconds (links carry seconds).
    (946_684_800i64..4_102_444_800).prop_map(|s| Utc.timestamp_opt(s, 0).unwrap())
}

fn event_kind() -> impl Strategy<Value = EventKind> {
    prop::sample::select(EventKind::choices())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn price_links_round_trip(link in price_link()) {
        let query = link.to_query();
        let (read, notices) = PriceLink::read(&Query::parse(&query));
        prop_assert!(notices.is_empty(), "{query}: {notices:?}");
        prop_assert_eq!(read, link);
    }

    #[test]
    fn compare_links_round_trip(
        plans in some_plans(),
        crit in prop::option::of(1u32..=10_080),
        flags in (any::<bool>(), any::<bool>(), any::<bool>()),
        pricing in price_link(),
    ) {
        let link = CompareLink {
            plans,
            requirements: Requirements {
                critical_response_minutes: crit,
                phone: flags.0,
                dedicated_engineer: flags.1,
                onsite_visits: flags.2,
            },
            pricing,
            package: None,
            unopened: None,
        };
        let query = link.to_query();
        let (read, notices) = CompareLink::parse(&catalog(), &Query::parse(&query));
        prop_assert!(notices.is_empty(), "{query}: {notices:?}");
        prop_assert_eq!(read, link);
    }

    #[test]
    fn deadline_links_round_trip(
        plan in prop::sample::select(plan_ids()),
        severity in prop::sample::select(Severity::ALL.to_vec()),
        opened in prop::option::of((instant(), -14 * 60i32..=14 * 60)),
        tz in prop::option::of(prop::sample::select(vec![chrono_tz::Europe::Moscow, chrono_tz::America::New_York, chrono_tz::Asia::Kolkata, chrono_tz::Asia::Kathmandu, chrono_tz::UTC])),
        mut events in prop::collection::vec((instant(), event_kind()), 0..6),
        live in any::<bool>(),
    ) {
        events.sort_by_key(|(at, _)| *at);
        let link = DeadlineLink {
            live,
            plan,
            severity,
            opened: opened.map(|(at, minutes)| at.with_timezone(&FixedOffset::east_opt(minutes * 60).unwrap())),
            tz: tz.map(Into::into),
            events: events.into_iter().map(|(at, kind)| Event { at, kind }).collect(),
        };
        let query = link.to_query();
        let (read, notices) = DeadlineLink::parse(&catalog(), &Query::parse(&query));
        prop_assert!(notices.is_empty(), "{query}: {notices:?}");
        prop_assert_eq!(read, link);
    }

    #[test]
    fn audit_links_round_trip(
        plan in prop::sample::select(plan_ids()),
        tz in prop::option::of(prop::sample::select(vec![chrono_tz::Europe::Moscow, chrono_tz::America::New_York, chrono_tz::Asia::Kathmandu, chrono_tz::UTC])),
    ) {
        let link = AuditLink { plan, tz: tz.map(Into::into) };
        let query = link.to_query();
        let (read, notices) = AuditLink::parse(&catalog(), &Query::parse(&query));
        prop_assert!(notices.is_empty(), "{query}: {notices:?}");
        prop_assert_eq!(read, link);
    }

    #[test]
    fn simulate_links_round_trip(
        preset in prop::sample::select(vec!["small-team", "ecommerce", "bank"]),
        plans in some_plans(),
        // A profile's numbers are read to six decimals (PROFILE_DECIMALS).
        rates in prop::array::uniform4(millionths(0..=1_000_000_000_000_000)),
        costs in prop::array::uniform4(millionths(0..=1_000_000_000_000_000)),
        work in prop::array::uniform4(millionths(1_000..=1_000_000_000_000_000)),
        arrival in prop_oneof![
            Just(Arrival::Uniform),
            Just(Arrival::BusinessHours),
            Just(Arrival::Nights),
            prop::collection::vec(millionths(1_000..=1_000_000_000_000), 168).prop_map(Arrival::Grid),
        ],
        incidents in 1_000u64..=2_000_000,
        seed in any::<u64>(),
        sla in "[ -~üж]{0,12}",
        month_days_30 in any::<bool>(),
        pricing in price_link(),
    ) {
        prop_assume!(rates.iter().sum::<f64>() > 0.0);
        let mut profile = Profile::preset(preset).unwrap();
        for (severity, (rate, cost)) in profile.severities.iter_mut().zip(rates.into_iter().zip(costs)) {
            severity.per_month = rate;
            severity.cost_per_hour = cost;
        }
        for (severity, hours) in profile.severities.iter_mut().zip(work) {
            severity.uncommitted_median_hours = hours;
        }
        profile.arrival = arrival;
        let link = SimulateLink {
            preset: preset.to_owned(),
            plans,
            profile,
            incidents,
            seed,
            sla,
            month_days_30,
            pricing,
        };
        let query = link.to_query();
        let (read, notices) = SimulateLink::parse(&catalog(), &Query::parse(&query));
        prop_assert!(notices.is_empty(), "{query}: {notices:?}");
        prop_assert_eq!(read, link);
    }

    #[test]
    fn quote_links_round_trip(plan in text(), pricing in price_link()) {
        let link = QuoteLink { plan, pricing, document: None };
        let query = link.to_query();
        let (read, notices) = QuoteLink::parse(&catalog(), &Query::parse(&query));
        prop_assert!(notices.is_empty(), "{query}: {notices:?}");
        prop_assert_eq!(read, link);
    }

    #[test]
    fn build_links_round_trip(
        from in prop::sample::select(plan_ids()),
        name in text(),
        channels in prop::collection::vec(text(), 0..4),
    ) {
        let catalog = catalog();
        let mut package = Package::from_plan(&catalog, &from, &Package::new_id(&name, &[]), &name).unwrap();
        package.channels = channels;
        let link = BuildLink { package: Some(package) };
        let query = link.to_query();
        let (read, notices) = BuildLink::parse(&catalog, &Query::parse(&query));
        prop_assert!(notices.is_empty(), "{query}: {notices:?}");
        prop_assert_eq!(read, link);
    }

    #[test]
    fn saved_work_survives_encode_decode_encode_byte_for_byte(
        names in prop::collection::vec(text(), 0..4),
        book_names in prop::collection::vec(text(), 0..3),
        scenario_names in prop::collection::vec(text(), 0..3),
        junk in prop::collection::vec(("[a-z]{0,6}", any::<i32>()), 0..3),
    ) {
        let catalog = catalog();
        let mut work = SavedWork::default();
        for (i, name) in names.iter().enumerate() {
            work.upsert(Package::from_plan(&catalog, "express-premium", &format!("pkg-{i}"), name).unwrap());
        }
        let example = shipped_books().remove(0);
        for (i, name) in book_names.iter().enumerate() {
            work.upsert(slacalc_engine::price::PriceBook { id: format!("book-{i}&#{name}"), name: name.clone(), ..example.clone() });
        }
        for (i, name) in scenario_names.iter().enumerate() {
            let link = SimulateLink::parse(&catalog, &Query::parse("")).0;
            work.upsert(Scenario::new(name, &link, i as u64).unwrap());
        }
        // Items this build cannot use ride along unchanged.
        let mut document: serde_json::Value = serde_json::from_str(&work.to_json()).unwrap();
        for (id, n) in &junk {
            document["packages"].as_array_mut().unwrap().push(serde_json::json!({ "id": id, "strange": n }));
        }
        let first = SavedWork::parse(&document.to_string()).unwrap();
        prop_assert_eq!(first.kept_aside.len(), junk.len());
        let encoded = first.to_json();
        let second = SavedWork::parse(&encoded).unwrap();
        prop_assert_eq!(&second, &first);
        prop_assert_eq!(second.to_json(), encoded);
    }
}

#[test]
fn a_hash_in_a_book_id_does_not_cut_the_link_short() {
    // The regression this file exists for: `book=a#b&users=3` used to be
    // written raw, and everything after `#` was lost.
    let link = PriceLink {
        book: "team #2 & co".to_owned(),
        usage: Usage {
            users: 3,
            ..Usage::default()
        },
        packages: PackagePricing::FromParts,
    };
    let query = link.to_query();
    assert_eq!(query, "book=team%20%232%20%26%20co&users=3");
    assert_eq!(PriceLink::read(&Query::parse(&query)).0, link);
}
