//! Links are shared and edited by hand: every input round-trips, and
//! anything unusable falls back to a default with a notice.

use chrono::{TimeZone, Utc};
use slacalc_engine::calendar::local_instant;
use slacalc_engine::catalog::Catalog;
use slacalc_engine::simulate::Arrival;
use slacalc_engine::sla::{Event, EventKind};
use slacalc_engine::Severity;
use slacalc_state::links::{
    arrival_grid_text, parse_grid, parse_instant, AuditLink, CompareLink, DeadlineLink, PriceLink,
    SimulateLink,
};
use slacalc_state::query::Query;
use slacalc_state::{Field, ViewLink};

fn catalog() -> Catalog {
    Catalog::shipped().unwrap()
}

fn pairs(query: &str) -> Query {
    Query::parse(query)
}

#[test]
fn compare_link_round_trips() {
    let catalog = catalog();
    let query = "plans=express-premium,tencent-enterprise&crit=30&phone=1&onsite=1";
    let (link, notices) = CompareLink::parse(&catalog, &pairs(query));
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(link.plans, ["express-premium", "tencent-enterprise"]);
    assert_eq!(link.requirements.critical_response_minutes, Some(30));
    assert!(link.requirements.phone && link.requirements.onsite_visits);
    assert!(!link.requirements.dedicated_engineer);
    assert_eq!(link.to_query(), query);
}

#[test]
fn stale_compare_link_keeps_what_it_can_and_says_what_it_dropped() {
    let catalog = catalog();
    let (link, notices) = CompareLink::parse(
        &catalog,
        &pairs("plans=vkcloud,aws-gold,vkcloud&crit=-5&phone=maybe"),
    );
    assert_eq!(link.plans, ["vkcloud"]);
    assert_eq!(link.requirements.critical_response_minutes, None);
    assert!(!link.requirements.phone);
    assert_eq!(notices.len(), 3, "{notices:?}");
    assert!(notices[0].message.english().contains("`aws-gold`"));
    assert!(notices[1].message.english().contains("`-5`"));
    assert!(notices[2].message.english().contains("phone=maybe"));
    let fields: Vec<Field> = notices.iter().map(|n| n.field).collect();
    assert_eq!(
        fields,
        [Field::Plans, Field::CriticalResponse, Field::Phone]
    );
}

#[test]
fn compare_link_with_no_usable_plan_falls_back_to_defaults() {
    let catalog = catalog();
    let (link, notices) = CompareLink::parse(&catalog, &pairs("plans=nope"));
    assert_eq!(link, CompareLink::default());
    assert_eq!(notices.len(), 2);
}

#[test]
fn deadline_link_round_trips_with_offset_zone_and_events() {
    let catalog = catalog();
    let query = "plan=express-24x7&severity=high&opened=2026-11-20T18:00:00%2B03:00&tz=America/New_York&events=paused@2026-11-20T16:00:00Z,severity-critical@2026-11-20T17:00:00Z";
    let (link, notices) = DeadlineLink::parse(&catalog, &pairs(query));
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(link.plan, "express-24x7");
    assert_eq!(link.severity, Severity::High);
    let opened = link.opened.unwrap();
    assert_eq!(opened.offset().local_minus_utc(), 3 * 3600);
    assert_eq!(
        opened.with_timezone(&Utc),
        Utc.with_ymd_and_hms(2026, 11, 20, 15, 0, 0).unwrap()
    );
    assert_eq!(link.tz.unwrap().name(), "America/New_York");
    assert_eq!(
        link.events,
        [
            Event {
                at: Utc.with_ymd_and_hms(2026, 11, 20, 16, 0, 0).unwrap(),
                kind: EventKind::Paused
            },
            Event {
                at: Utc.with_ymd_and_hms(2026, 11, 20, 17, 0, 0).unwrap(),
                kind: EventKind::SeverityChanged {
                    to: Severity::Critical
                }
            },
        ]
    );
    assert_eq!(link.to_query(), query);
}

#[test]
fn a_plus_that_became_a_space_is_read_back() {
    // `+03:00` typed into an address bar arrives as ` 03:00`.
    let at = parse_instant("2026-11-20T18:00:00 03:00").unwrap();
    assert_eq!(at.offset().local_minus_utc(), 3 * 3600);
}

#[test]
fn hand_edited_deadline_link_falls_back_field_by_field() {
    let catalog = catalog();
    let (link, notices) = DeadlineLink::parse(
        &catalog,
        &pairs("plan=express-99&severity=urgent&opened=2026-02-30T10:00:00Z&tz=Mars/Olympus&events=paused@yesterday,coffee@2026-11-20T10:00:00Z,resumed@2026-11-20T11:00:00Z"),
    );
    assert_eq!(link.plan, "express-8x5");
    assert_eq!(link.severity, Severity::Critical);
    assert_eq!(link.opened, None);
    assert_eq!(link.tz, None);
    assert_eq!(link.events.len(), 1);
    let text = notices
        .iter()
        .map(|n| n.message.english())
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(notices.len(), 6, "{text}");
    for needle in [
        "express-99",
        "urgent",
        "2026-02-30",
        "Mars/Olympus",
        "paused@yesterday",
        "coffee",
    ] {
        assert!(text.contains(needle), "no notice mentions {needle}: {text}");
    }
}

#[test]
fn a_local_time_the_clocks_skip_is_an_error_that_says_so() {
    let new_york = chrono_tz::America::New_York.into();
    let error = local_instant("2026-03-08", "02:30", new_york).unwrap_err();
    assert!(error.to_string().contains("does not exist"), "{error}");
    // A repeated hour is its first occurrence (EDT, UTC−4).
    let repeated = local_instant("2026-11-01", "01:30", new_york).unwrap();
    assert_eq!(
        repeated,
        Utc.with_ymd_and_hms(2026, 11, 1, 5, 30, 0).unwrap()
    );
    assert!(local_instant("20-11-2026", "18:00", new_york).is_err());
    assert!(local_instant("2026-11-20", "6pm", new_york).is_err());
    // Regression: an empty date picker said "`` is not a date; use YYYY-MM-DD".
    let empty = local_instant("", "18:00", new_york)
        .unwrap_err()
        .to_string();
    assert_eq!(empty, "The date is empty; choose one.");
    let empty = local_instant("2026-11-20", " ", new_york)
        .unwrap_err()
        .to_string();
    assert_eq!(empty, "The time is empty; choose one.");
}

#[test]
fn price_link_round_trips_and_reports_bad_fields_at_the_field() {
    let query = "book=examples&users=50&servers=10&spend=85000.5&hours=10&offhours=2&visits=1&addons=dedicated_engineer,fault_tolerance";
    let (link, errors) = PriceLink::read(&pairs(query));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(link.usage.users, 50);
    assert_eq!(link.usage.monthly_spend.to_string(), "85000.5");
    assert_eq!(link.to_query(), query);

    let (link, errors) =
        PriceLink::read(&pairs("users=-3&servers=lots&spend=1e9&hours=900&visits=2"));
    let fields: Vec<Field> = errors.iter().map(|n| n.field).collect();
    assert_eq!(
        fields,
        [Field::Users, Field::Servers, Field::Spend, Field::Hours]
    );
    assert!(
        errors[3]
            .message
            .english()
            .contains("900 is outside 0 to 744"),
        "{errors:?}"
    );
    // What could be read is kept; the rest is zero.
    assert_eq!(link.usage.visits_per_quarter, 2);
    assert_eq!(link.usage.users, 0);
}

#[test]
fn simulate_link_round_trips_and_falls_back_with_notices() {
    let catalog = catalog();
    let query = "preset=bank&plans=express-8x5,vkcloud&rates=1,2,3,4&costs=100,50,10,0&work=2,6,12,48&arrival=nights&n=200000&seed=7&sla=99.95&month=30";
    let (link, notices) = SimulateLink::parse(&catalog, &pairs(query));
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(link.profile.severities[0].cost_per_hour, 100.0);
    assert_eq!(link.profile.severities[3].uncommitted_median_hours, 48.0);
    assert_eq!(link.to_query(), query);
    let (link, notices) = SimulateLink::parse(
        &catalog,
        &pairs("preset=casino&plans=nope&rates=1,2&work=0,1,1,1&n=5&seed=x&arrival=sometimes"),
    );
    assert_eq!(link.preset, "ecommerce");
    assert_eq!(link.incidents, 100_000);
    // A typical work of 0 hours is refused: the preset's is kept.
    assert_eq!(link.profile.severities[0].uncommitted_median_hours, 4.0);
    assert_eq!(notices.len(), 7, "{notices:?}");
}

/// Regression: a link's run size that is not one of the usual three
/// (`n=20000`) was run, but the picker, having no option for it, showed
/// 10,000. The link's own size is offered, in order, and only once.
#[test]
fn the_run_size_of_a_link_is_among_the_choices_offered() {
    let catalog = catalog();
    let choices = |query: &str| {
        SimulateLink::parse(&catalog, &pairs(query))
            .0
            .incident_choices()
    };
    assert_eq!(choices(""), [10_000, 100_000, 1_000_000]);
    assert_eq!(choices("n=1000000"), [10_000, 100_000, 1_000_000]);
    assert_eq!(choices("n=20000"), [10_000, 20_000, 100_000, 1_000_000]);
    assert_eq!(choices("n=1000"), [1_000, 10_000, 100_000, 1_000_000]);
    assert_eq!(
        choices("n=2000000"),
        [10_000, 100_000, 1_000_000, 2_000_000]
    );
}

/// A profile's numbers are read to six decimals and written with at most
/// six, without `core::fmt`'s float formatting (PROFILE_DECIMALS): a
/// hand-typed seventh decimal rounds (a tiny negative number to 0, not
/// `-0`), and the link then says what it read.
#[test]
fn profile_numbers_keep_six_decimals() {
    let catalog = catalog();
    let (link, notices) = SimulateLink::parse(
        &catalog,
        &pairs(
            "rates=0.1234567,2.5,1e3,-0.0000004&costs=1000000000,0.1,0,7&arrival=grid:0.33333333",
        ),
    );
    // The grid is not 168 weights: one notice, the preset's arrival kept.
    assert_eq!(notices.len(), 1, "{notices:?}");
    let rates: Vec<f64> = link
        .profile
        .severities
        .iter()
        .map(|s| s.per_month)
        .collect();
    assert_eq!(rates, [0.123457, 2.5, 1000.0, 0.0]);
    let query = link.to_query();
    assert!(
        query.contains("rates=0.123457,2.5,1000,0&costs=1000000000,0.1,0,7"),
        "{query}"
    );
    let (again, notices) = SimulateLink::parse(&catalog, &pairs(&query));
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(again, link);

    let grid = vec!["0.1000004"; 168].join(",");
    let Arrival::Grid(weights) = parse_grid(&grid).unwrap() else {
        panic!("a grid");
    };
    assert!(weights.iter().all(|w| *w == 0.1));
    assert_eq!(
        arrival_grid_text(&Arrival::Grid(weights)).lines().next(),
        Some(vec!["0.1"; 24].join(",").as_str())
    );
    // Above 10^9 a weight is refused with the profile numbers' words.
    let error = parse_grid(&vec!["1e10"; 168].join(",")).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("`1e10` is not a number from 0 to 1,000,000,000"),
        "{error}"
    );
}

#[test]
fn a_weekly_arrival_grid_round_trips_through_the_link() {
    let catalog = catalog();
    let weights: Vec<String> = (0..168)
        .map(|i| ((i % 24 >= 9 && i % 24 < 18) as u8 * 3 + 1).to_string())
        .collect();
    let query = format!("arrival=grid:{}", weights.join(","));
    let (link, notices) = SimulateLink::parse(&catalog, &pairs(&query));
    assert!(notices.is_empty(), "{notices:?}");
    assert!(matches!(&link.profile.arrival, Arrival::Grid(w) if w.len() == 168 && w[9] == 4.0));
    assert!(link.to_query().contains(&query));
    assert!(parse_grid("1,2,3")
        .unwrap_err()
        .to_string()
        .contains("168 weights, it has 3"));
    assert!(parse_grid(&vec!["0"; 168].join(","))
        .unwrap_err()
        .to_string()
        .contains("could never arrive"));
    let (_, notices) = SimulateLink::parse(&catalog, &pairs("arrival=grid:1,x"));
    assert!(
        notices[0].message.english().contains("`x` is not a number"),
        "{notices:?}"
    );
    assert_eq!(notices[0].field, Field::Arrival);
}

#[test]
fn a_quote_link_carries_its_document_and_a_damaged_one_says_so() {
    use chrono::NaiveDate;
    use slacalc_engine::price::{shipped_books, PackagePricing, QuoteDocument, QuoteMeta, Usage};
    use slacalc_state::links::QuoteLink;
    let catalog = catalog();
    let book = shipped_books().remove(0);
    let meta = QuoteMeta::issued(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(), 7);
    let document = QuoteDocument::new(
        &book,
        &catalog,
        "express-24x7",
        &Usage::default(),
        PackagePricing::FromParts,
        meta,
    )
    .unwrap();
    let link = QuoteLink {
        plan: "express-24x7".to_owned(),
        document: Some(document),
        ..QuoteLink::default()
    };
    let query = link.to_query();
    assert!(query.starts_with("q=1."), "{query}");
    let (read, notices) = QuoteLink::parse(&catalog, &pairs(&query));
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(read, link);
    let (read, notices) = QuoteLink::parse(&catalog, &pairs(&query[..query.len() - 10]));
    assert!(read.document.is_none());
    assert_eq!(notices[0].field, Field::Quote);
    assert!(
        notices[0].message.english().contains("damaged"),
        "{notices:?}"
    );
}

#[test]
fn a_compare_link_can_carry_a_package_nobody_saved() {
    use slacalc_engine::package::Package;
    let catalog = catalog();
    let package = Package::from_plan(&catalog, "express-premium", "pkg-gold", "Gold").unwrap();
    let link = CompareLink {
        plans: vec!["pkg-gold".to_owned(), "express-24x7".to_owned()],
        package: Some(package),
        ..CompareLink::default()
    };
    let (read, notices) = CompareLink::parse(&catalog, &pairs(&link.to_query()));
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(read, link);
}

#[test]
fn a_compare_link_writes_back_a_package_it_could_not_open() {
    use slacalc_state::links::UnopenedPackage;
    // As the app reads a link whose package waits for code that did not
    // arrive: known plans shown, the package's text and plan kept.
    let link = CompareLink {
        plans: vec!["express-24x7".to_owned(), "vkcloud".to_owned()],
        unopened: Some(UnopenedPackage {
            text: "1.eyJpZCI6InBrZy1nb2xkIn0.abc".to_owned(),
            plans: vec![(0, "pkg-gold".to_owned()), (9, "pkg-silver".to_owned())],
        }),
        ..CompareLink::default()
    };
    let query = link.to_query();
    let read = pairs(&query);
    // Each where it was (or last, if the list got shorter).
    assert_eq!(
        read.get("plans").as_deref(),
        Some("pkg-gold,express-24x7,vkcloud,pkg-silver"),
        "{query}"
    );
    assert_eq!(
        read.get("package").as_deref(),
        Some("1.eyJpZCI6InBrZy1nb2xkIn0.abc"),
        "{query}"
    );
}

#[test]
fn a_frame_carries_language_and_embed_onto_any_address() {
    use slacalc_i18n::Lang;
    use slacalc_state::links::Frame;
    let (frame, notices) = Frame::read(&Query::parse("?plans=a&lang=ru-RU&embed=1"));
    assert_eq!(
        frame,
        Frame {
            lang: Some(Lang::Ru),
            embed: true
        }
    );
    assert!(notices.is_empty());
    // Replaces what the address had, keeps the rest in order.
    assert_eq!(
        frame.apply("/compare?lang=en&plans=a%26b&embed=0"),
        "/compare?plans=a%26b&lang=ru&embed=1"
    );
    assert_eq!(Frame::default().apply("/price?lang=ru"), "/price");
    let (frame, notices) = Frame::read(&Query::parse("lang=de"));
    assert_eq!(frame.lang, None);
    assert_eq!(notices[0].field, Field::Lang);
    assert!(notices[0].message.english().contains("“de”"));
}

#[test]
fn a_link_to_quote_a_plan_is_the_unsealed_quote_link() {
    use slacalc_state::links::{PriceLink, QuoteLink};
    let catalog = catalog();
    let (pricing, notices) = PriceLink::parse(&catalog, &pairs("book=aws&spend=85000&users=12"));
    assert!(notices.is_empty(), "{notices:?}");
    let link = QuoteLink {
        plan: "aws-business".to_owned(),
        pricing: pricing.clone(),
        document: None,
    };
    assert_eq!(QuoteLink::to_quote("aws-business", &pricing), link.href());
    let (read, _) = QuoteLink::parse(&catalog, &pairs(&link.to_query()));
    assert_eq!(read, link);
}

#[test]
fn the_builders_compare_link_is_the_compare_link_with_its_package() {
    use slacalc_engine::package::Package;
    let catalog = catalog();
    let package = Package::from_plan(&catalog, "express-premium", "pkg-gold", "Gold").unwrap();
    let plans = vec!["pkg-gold".to_owned(), "express-8x5".to_owned()];
    let link = CompareLink {
        plans: plans.clone(),
        package: Some(package.clone()),
        ..CompareLink::default()
    };
    assert_eq!(CompareLink::with_package(plans, &package), link.href());
}

#[test]
fn a_hand_edited_audit_link_falls_back_field_by_field_and_says_why() {
    let catalog = catalog();
    let (link, notices) = AuditLink::parse(&catalog, &pairs("plan=nope&tz=Mars/Olympus"));
    assert_eq!(link, AuditLink::default());
    let fields: Vec<Field> = notices.iter().map(|n| n.field).collect();
    assert_eq!(fields, [Field::Plan, Field::Zone]);
    let (link, notices) = AuditLink::parse(&catalog, &pairs("plan=vkcloud&tz=Asia/Tokyo"));
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(
        (link.plan.as_str(), link.tz.map(|t| t.name())),
        ("vkcloud", Some("Asia/Tokyo"))
    );
}

/// Regression: a size set on /price was lost on the way to /simulate
/// through the header, which priced the plans at zero users.
#[test]
fn the_price_parts_of_a_link_are_carried_and_nothing_else() {
    let query = Query::parse(
        "?plans=a,b&book=aws&users=120&servers=25&n=1000&addons=x%2Cy,z&packages=base",
    );
    assert_eq!(
        slacalc_state::links::price_parts(&query),
        "book=aws&users=120&servers=25&addons=x%2Cy,z&packages=base"
    );
    assert_eq!(
        slacalc_state::links::price_parts(&Query::parse("?plans=a")),
        ""
    );
    let from_price = Query::parse("?users=120&servers=25");
    assert_eq!(
        slacalc_state::links::nav_href("/simulate", &from_price),
        "/simulate?users=120&servers=25"
    );
    assert_eq!(
        slacalc_state::links::nav_href("/deadline", &from_price),
        "/deadline"
    );
}

// Regression (journey walk): an emptied field said "`` is not a number".
#[test]
fn an_empty_profile_number_asks_for_one() {
    use slacalc_state::links::parse_profile_number;
    let error = parse_profile_number("  ", Field::Rates).unwrap_err();
    assert_eq!(
        error.text().key(),
        slacalc_i18n::msg::LINK_PROFILE_NUMBER_MISSING
    );
    let error = parse_profile_number("-3", Field::Rates).unwrap_err();
    assert_eq!(error.text().key(), slacalc_i18n::msg::LINK_PROFILE_NUMBER);
    assert_eq!(parse_profile_number(" 2.5 ", Field::Rates).unwrap(), 2.5);
}
