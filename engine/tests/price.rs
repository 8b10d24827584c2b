//! Pricing: AWS' published worked examples to the cent, every component,
//! validation that names the field, and totals that never go negative and
//! never fall when the customer grows.

use proptest::prelude::*;
use slacalc_engine::catalog::{Catalog, Quantity};
use slacalc_engine::price::{shipped_books, Decimal, PriceBook, Usage};
use slacalc_i18n::{Lang, Plain};

fn d(text: &str) -> Decimal {
    Decimal::parse(text).unwrap()
}

fn book(id: &str) -> PriceBook {
    shipped_books().into_iter().find(|b| b.id == id).unwrap()
}

fn spend(amount: &str) -> Usage {
    Usage {
        monthly_spend: d(amount),
        ..Usage::default()
    }
}

fn monthly(book: &PriceBook, plan: &str, usage: &Usage) -> String {
    book.quote(plan, usage).unwrap().unwrap().monthly.plain()
}

#[test]
fn aws_worked_examples_to_the_cent() {
    let aws = book("aws");
    assert!(!aws.example, "AWS' rates are published, not examples");
    assert_eq!(monthly(&aws, "aws-developer", &spend("2000")), "60.00");
    assert_eq!(monthly(&aws, "aws-business", &spend("85000")), "6150.00");
    assert_eq!(
        monthly(&aws, "aws-enterprise", &spend("1200000")),
        "70500.00"
    );
}

#[test]
fn below_the_minimum_the_minimum_applies_and_says_so() {
    let aws = book("aws");
    let quote = aws.quote("aws-business", &spend("500")).unwrap().unwrap();
    assert_eq!(quote.monthly.plain(), "100.00");
    assert!(
        quote.lines[0]
            .reason
            .english()
            .contains("below the minimum"),
        "{}",
        quote.lines[0].reason
    );
    assert_eq!(monthly(&aws, "aws-developer", &spend("0")), "29.00");
}

#[test]
fn tier_boundaries_are_exact() {
    let aws = book("aws");
    // Exactly the first tier: 10 % of 10,000.
    assert_eq!(monthly(&aws, "aws-business", &spend("10000")), "1000.00");
    // One cent into the second tier: 7 % of 0.01 rounds to 0.
    assert_eq!(monthly(&aws, "aws-business", &spend("10000.01")), "1000.00");
    // 1,000 + 4,900 + 8,500 = 14,400 at 250K.
    assert_eq!(monthly(&aws, "aws-business", &spend("250000")), "14400.00");
    let quote = aws.quote("aws-business", &spend("85000")).unwrap().unwrap();
    assert_eq!(
        quote.lines[0].reason.english(),
        "10 % of 10000.00 USD = 1000.00 USD; 7 % of 70000.00 USD = 4900.00 USD; 5 % of 5000.00 USD = 250.00 USD; above the minimum of 100.00 USD"
    );
    assert_eq!(
        quote.lines[0].reason.render(Lang::Ru, &Plain),
        "10 % от 10000.00 USD = 1000.00 USD; 7 % от 70000.00 USD = 4900.00 USD; 5 % от 5000.00 USD = 250.00 USD; больше минимума 100.00 USD"
    );
}

#[test]
fn every_component_of_the_example_book() {
    let examples = book("examples");
    assert!(examples.example);
    let usage = Usage {
        users: 50,
        servers: 10,
        monthly_spend: d("0"),
        admin_hours: d("15"),
        admin_hours_off: d("2"),
        visits_per_quarter: 3,
        add_ons: vec!["dedicated_engineer".into(), "fault_tolerance".into()],
    };
    let quote = examples.quote("express-8x5", &usage).unwrap().unwrap();
    let line = |label: &str| {
        quote
            .lines
            .iter()
            .find(|l| l.label.english() == label)
            .unwrap_or_else(|| panic!("no line {label}: {:?}", quote.lines))
    };
    assert_eq!(line("Support schedule").monthly.plain(), "400.00");
    assert_eq!(line("Users").monthly.plain(), "100.00");
    assert_eq!(line("Servers").monthly.plain(), "150.00");
    assert_eq!(line("Dedicated engineer").monthly.plain(), "2500.00");
    assert_eq!(line("Fault-tolerance option").monthly.plain(), "600.00");
    // Visits are capped at one a quarter: 4 × 350 a year.
    let visits = line("On-site visits");
    assert_eq!(visits.annual.plain(), "1400.00");
    assert!(visits.reason.english().contains("at most 1 a quarter"));
    // 180 h a year at 40 (none included in 8/5) + 24 h off-hours, also
    // at 40: the double rate is Premium's only.
    let hours = line("System administration");
    assert_eq!(hours.annual.plain(), "8160.00");
    assert_eq!(hours.monthly.plain(), "680.00");
    // Add-ons not asked for are not charged.
    assert!(quote
        .lines
        .iter()
        .all(|l| l.label.english() != "Personal support manager"));
    // The breakdown adds up.
    let sum = Decimal::total(quote.lines.iter().map(|l| l.monthly)).unwrap();
    assert_eq!(sum, quote.monthly);
    let sum = Decimal::total(quote.lines.iter().map(|l| l.annual)).unwrap();
    assert_eq!(sum, quote.annual);
}

#[test]
fn a_total_beyond_range_is_an_error_not_a_capped_amount() {
    // Each line's annual amount fits; their sum does not. The quote must
    // say so rather than show a silently capped total.
    let visits = r#"{"visits":{"each":"100000000000000000000000000","max_per_quarter":400000}}"#;
    let json = format!(
        r#"{{"id":"x","name":"X","currency":"USD","example":true,"note":"","plans":{{"p":{{"components":[{visits},{visits}]}}}}}}"#
    );
    let book = PriceBook::from_json(&json).unwrap();
    let usage = Usage {
        visits_per_quarter: 400_000,
        ..Usage::default()
    };
    let error = book.quote("p", &usage).unwrap_err();
    assert!(error.to_string().contains("too large"), "{error}");
}

#[test]
fn premium_hours_included_agree_with_the_catalog() {
    let catalog = Catalog::shipped().unwrap();
    let premium = catalog.plan("express-premium").unwrap().plan;
    let admin = premium
        .services
        .iter()
        .find(|s| s.service == "system_administration")
        .unwrap();
    let Some(Quantity::HoursPerYear(hours)) = admin.quantity else {
        panic!("the catalog states the included hours")
    };
    let examples = book("examples");
    // 10 h a month = 120 h a year: all included.
    let usage = Usage {
        admin_hours: d("10"),
        ..Usage::default()
    };
    let quote = examples.quote("express-premium", &usage).unwrap().unwrap();
    let line = quote
        .lines
        .iter()
        .find(|l| l.label.english() == "System administration")
        .unwrap();
    assert_eq!(line.annual.plain(), "0.00");
    assert!(
        line.reason
            .english()
            .contains(&format!("{hours} h included")),
        "{}",
        line.reason
    );
}

#[test]
fn the_example_book_prices_every_catalog_plan() {
    let catalog = Catalog::shipped().unwrap();
    let examples = book("examples");
    for plan in catalog.plans().map(|p| p.plan) {
        assert!(
            examples
                .quote(&plan.id, &Usage::default())
                .unwrap()
                .is_some(),
            "no example price for {}",
            plan.id
        );
    }
}

#[test]
fn bad_books_and_inputs_name_what_is_wrong() {
    let cases = [
        (
            r#"{"id":"x","name":"X","currency":"usd","example":true,"note":"","plans":{}}"#,
            "three-letter code",
        ),
        (
            r#"{"id":"x","name":"X","currency":"USD","example":true,"note":"","plans":{"p":{"components":[{"per_user":{"monthly":"-1"}}]}}}"#,
            "plan p, component 1: the monthly price -1 cannot be negative",
        ),
        (
            r#"{"id":"x","name":"X","currency":"USD","example":true,"note":"","plans":{"p":{"components":[{"spend_share":{"minimum":"0","tiers":[{"up_to":"100","percent":"5"},{"up_to":"50","percent":"3"},{"percent":"1"}]}}]}}}"#,
            "tier 2: its upper bound 50 must be above the previous one (100)",
        ),
        (
            r#"{"id":"x","name":"X","currency":"USD","example":true,"note":"","plans":{"p":{"components":[{"spend_share":{"minimum":"0","tiers":[{"percent":"101"}]}}]}}}"#,
            "101 % is outside 0 to 100",
        ),
        (
            r#"{"id":"x","name":"X","currency":"USD","example":true,"note":"","plans":{"p":{"components":[{"flat":{"label":"a","monthly":"ten"}}]}}}"#,
            "`ten` is not a number",
        ),
        (r#"[1,2]"#, "this is not a price book"),
    ];
    for (json, message) in cases {
        let error = PriceBook::from_json(json).unwrap_err().to_string();
        assert!(error.contains(message), "{error} / {message}");
    }
    let examples = book("examples");
    let absurd = [
        (
            Usage {
                users: 2_000_000,
                ..Usage::default()
            },
            "users: 2000000 is more than 1000000",
        ),
        (spend("-5"), "monthly spend: cannot be negative"),
        (spend("5000000000000"), "beyond a trillion"),
        (
            Usage {
                admin_hours: d("800"),
                ..Usage::default()
            },
            "admin hours: 800 is outside 0 to 744",
        ),
    ];
    for (usage, message) in absurd {
        let error = examples
            .quote("express-8x5", &usage)
            .unwrap_err()
            .to_string();
        assert!(error.contains(message), "{error} / {message}");
    }
}

#[test]
fn a_book_round_trips_through_json_and_csv_has_the_totals() {
    let examples = book("examples");
    assert_eq!(PriceBook::from_json(&examples.to_json()).unwrap(), examples);
    let quote = examples
        .quote(
            "express-24x7",
            &Usage {
                users: 3,
                ..Usage::default()
            },
        )
        .unwrap()
        .unwrap();
    let csv = quote.to_csv(Lang::En, &Plain);
    assert!(csv.starts_with("\"item\",\"monthly\",\"annual\",\"currency\",\"reason\"\n"));
    assert!(
        csv.contains("\"Users\",9.00,108.00,USD,\"3 users × 3.00 USD\""),
        "{csv}"
    );
    assert!(csv.trim_end().ends_with(&format!(
        "\"Total\",{},{},USD,",
        quote.monthly.plain(),
        quote.annual.plain()
    )));
}

fn usage_strategy() -> impl Strategy<Value = Usage> {
    (
        0u32..5_000,
        0u32..2_000,
        0i64..300_000_000, // cents: up to 3 million a month
        0i64..200,
        0i64..100,
        0u32..5,
    )
        .prop_map(|(users, servers, cents, hours, off, visits)| Usage {
            users,
            servers,
            monthly_spend: Decimal::from_int(cents).divided_by(100),
            admin_hours: Decimal::from_int(hours),
            admin_hours_off: Decimal::from_int(off),
            visits_per_quarter: visits,
            add_ons: vec!["dedicated_engineer".into()],
        })
}

proptest! {
    #[test]
    fn totals_are_never_negative_and_grow_with_the_customer(usage in usage_strategy(), more in 1u32..1000) {
        for book in shipped_books() {
            for plan in book.plans.keys() {
                let base = book.quote(plan, &usage).unwrap().unwrap();
                prop_assert!(!base.monthly.is_negative() && !base.annual.is_negative());
                let grown = [
                    Usage { users: usage.users + more, ..usage.clone() },
                    Usage { servers: usage.servers + more, ..usage.clone() },
                    Usage { monthly_spend: usage.monthly_spend.checked_add(Decimal::from_int(i64::from(more))).unwrap(), ..usage.clone() },
                ];
                for bigger in grown {
                    let quote = book.quote(plan, &bigger).unwrap().unwrap();
                    prop_assert!(quote.monthly >= base.monthly, "{plan}: {} < {}", quote.monthly, base.monthly);
                    prop_assert!(quote.annual >= base.annual);
                }
            }
        }
    }

    #[test]
    fn annual_is_twelve_months_for_monthly_components(users in 0u32..10_000, servers in 0u32..1_000) {
        let examples = book("examples");
        let usage = Usage { users, servers, ..Usage::default() };
        let quote = examples.quote("express-24x7", &usage).unwrap().unwrap();
        prop_assert_eq!(quote.annual, quote.monthly.times(12).unwrap());
    }
}

#[test]
fn a_package_priced_as_its_base_plan_says_so_without_a_zero_line() {
    let examples = book("examples");
    let usage = Usage {
        users: 5,
        ..Usage::default()
    };
    assert!(examples.quote("pkg-night", &usage).unwrap().is_none());
    let quote = examples
        .quote_or_base("pkg-night", Some("express-8x5"), &usage)
        .unwrap()
        .unwrap();
    let base = examples.quote("express-8x5", &usage).unwrap().unwrap();
    assert_eq!(quote.plan, "pkg-night");
    assert_eq!(quote.monthly, base.monthly);
    assert_eq!(quote.lines, base.lines, "no 0.00 line is added");
    assert!(quote
        .note
        .unwrap()
        .english()
        .contains("Priced as its base plan, express-8x5"));
}

mod packages {
    use super::*;
    use slacalc_engine::catalog::Inclusion;
    use slacalc_engine::package::{Package, PackageTarget, TargetClock};
    use slacalc_engine::price::{quote_plan, PackagePricing};
    use slacalc_engine::Severity;

    fn premium() -> Package {
        Package::from_plan(
            &Catalog::shipped().unwrap(),
            "express-premium",
            "pkg-retail",
            "Retail night cover",
        )
        .unwrap()
    }

    fn quote(package: &Package, usage: &Usage) -> slacalc_engine::price::Quote {
        book("examples")
            .quote_package(package, usage)
            .unwrap()
            .unwrap()
    }

    fn line<'a>(
        quote: &'a slacalc_engine::price::Quote,
        label: &str,
    ) -> Option<&'a slacalc_engine::price::LineItem> {
        quote.lines.iter().find(|l| l.label.english() == label)
    }

    #[test]
    fn a_package_is_priced_from_its_parts_with_a_line_per_part() {
        let usage = Usage {
            users: 120,
            servers: 25,
            ..Usage::default()
        };
        let q = quote(&premium(), &usage);
        // 10:00–19:00 on five days: 45 weekly hours at 9.
        let hours = line(&q, "Support hours").unwrap();
        assert_eq!(hours.monthly.plain(), "405.00");
        assert!(
            hours.reason.english().contains("45 h a week"),
            "{}",
            hours.reason
        );
        assert_eq!(line(&q, "Users").unwrap().monthly.plain(), "240.00");
        assert_eq!(line(&q, "Servers").unwrap().monthly.plain(), "375.00");
        assert_eq!(
            line(&q, "Dedicated engineer").unwrap().monthly.plain(),
            "2500.00"
        );
        assert!(
            q.lines.iter().all(|l| l.monthly != Decimal::ZERO),
            "no 0.00 lines: {:?}",
            q.lines
        );
        assert!(
            q.lines.iter().all(|l| !l.label.english().contains('_')),
            "no raw ids: {:?}",
            q.lines
        );
        let sum = Decimal::total(q.lines.iter().map(|l| l.monthly)).unwrap();
        assert_eq!(q.monthly, sum);
        assert_eq!(
            q.annual,
            Decimal::total(q.lines.iter().map(|l| l.annual)).unwrap()
        );
    }

    #[test]
    fn changing_a_service_changes_the_price_by_that_service() {
        let usage = Usage::default();
        let mut package = premium();
        let before = quote(&package, &usage);
        let manager = package
            .services
            .iter_mut()
            .find(|s| s.service == "personal_manager")
            .unwrap();
        assert_eq!(manager.availability, Inclusion::Included);
        manager.availability = Inclusion::NotOffered;
        let after = quote(&package, &usage);
        assert_eq!(
            before.monthly.checked_sub(after.monthly).unwrap(),
            Decimal::parse("800").unwrap(),
            "the personal manager's rate"
        );
        assert!(line(&after, "Personal support manager").is_none());
    }

    #[test]
    fn a_faster_target_costs_its_level() {
        let usage = Usage::default();
        let answered_within = |minutes| {
            let mut package = premium();
            let critical = package
                .targets
                .iter_mut()
                .find(|t| t.severity == Severity::Critical)
                .unwrap();
            critical.first_response = Some(PackageTarget {
                minutes,
                clock: TargetClock::AroundTheClock,
            });
            quote(&package, &usage)
        };
        let slower = answered_within(60);
        let faster = answered_within(10);
        // Levels: within 60 min 400, within 15 min 900, around the clock.
        assert_eq!(
            faster.monthly.checked_sub(slower.monthly).unwrap(),
            Decimal::parse("500").unwrap()
        );
        let target = line(
            &faster,
            "Critical first response within 10 min, around the clock",
        )
        .unwrap();
        assert!(
            target.reason.english().contains("within 15 min"),
            "{}",
            target.reason
        );
    }

    #[test]
    fn an_optional_service_is_charged_only_when_asked_for() {
        let package = premium();
        let plain = quote(&package, &Usage::default());
        let asked = quote(
            &package,
            &Usage {
                add_ons: vec!["advanced_reporting".into()],
                ..Usage::default()
            },
        );
        assert_eq!(
            asked.monthly.checked_sub(plain.monthly).unwrap(),
            Decimal::parse("150").unwrap()
        );
    }

    #[test]
    fn a_book_without_package_rates_prices_a_package_only_as_its_base_plan_when_asked() {
        let package = premium();
        let catalog = Catalog::shipped()
            .unwrap()
            .with_packages(std::slice::from_ref(&package))
            .unwrap();
        let aws = book("aws");
        let usage = Usage::default();
        assert!(quote_plan(
            &aws,
            &catalog,
            &package.id,
            &usage,
            PackagePricing::FromParts
        )
        .unwrap()
        .is_none());
        let examples = book("examples");
        let as_base = quote_plan(
            &examples,
            &catalog,
            &package.id,
            &usage,
            PackagePricing::AsBasePlan,
        )
        .unwrap()
        .unwrap();
        assert!(as_base.note.is_some());
        let parts = quote_plan(
            &examples,
            &catalog,
            &package.id,
            &usage,
            PackagePricing::FromParts,
        )
        .unwrap()
        .unwrap();
        assert!(parts.note.is_none());
        assert_ne!(parts.monthly, as_base.monthly);
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
        #[test]
        fn a_package_price_never_falls_as_the_customer_grows(
            users in 0u32..5_000, servers in 0u32..500, more_users in 0u32..5_000, more_servers in 0u32..500,
            hours in 0u32..200,
        ) {
            let package = premium();
            let usage = Usage { users, servers, admin_hours: Decimal::from_int(hours.into()), ..Usage::default() };
            let bigger = Usage { users: users + more_users, servers: servers + more_servers, ..usage.clone() };
            let small = quote(&package, &usage);
            let big = quote(&package, &bigger);
            prop_assert!(big.monthly >= small.monthly);
            prop_assert!(small.monthly >= Decimal::ZERO);
        }
    }
}

#[test]
fn example_book_doubles_off_hours_admin_only_on_premium_as_the_source_does() {
    // eXpress' footnote "hours are charged at double the rate" belongs to
    // Premium's "120 hours per year*"; 8/5 and 24/7 say "Available
    // optionally" and give no rate, so the example book adds no surcharge.
    let book = shipped_books()
        .into_iter()
        .find(|b| b.id == "examples")
        .unwrap();
    let multiplier = |plan: &str| {
        book.plans[plan]
            .components
            .iter()
            .find_map(|c| match c {
                slacalc_engine::price::Component::Hours {
                    off_hours_multiplier,
                    ..
                } => Some(off_hours_multiplier.to_string()),
                _ => None,
            })
            .unwrap()
    };
    assert_eq!(multiplier("express-premium"), "2");
    assert_eq!(multiplier("express-8x5"), "1");
    assert_eq!(multiplier("express-24x7"), "1");
}

#[test]
fn a_line_reads_in_russian_with_the_plural_form_of_its_count() {
    let examples = book("examples");
    let reason = |users: u32| {
        let usage = Usage {
            users,
            ..Usage::default()
        };
        let quote = examples.quote("express-24x7", &usage).unwrap().unwrap();
        let line = quote
            .lines
            .into_iter()
            .find(|l| l.label.english() == "Users")
            .unwrap();
        assert_eq!(line.label.render(Lang::Ru, &Plain), "Пользователи");
        line.reason.render(Lang::Ru, &Plain)
    };
    assert_eq!(reason(1), "1 пользователь × 3.00 USD");
    assert_eq!(reason(3), "3 пользователя × 3.00 USD");
    assert_eq!(reason(5), "5 пользователей × 3.00 USD");
    assert_eq!(reason(21), "21 пользователь × 3.00 USD");
}

#[test]
fn a_usage_problem_names_its_field_in_the_readers_language() {
    let usage = Usage {
        admin_hours: d("800"),
        ..Usage::default()
    };
    let problems = usage.problems();
    assert_eq!(
        problems[0].error.text().english(),
        "admin hours: 800 is outside 0 to 744 hours a month"
    );
    assert_eq!(
        problems[0].error.text().render(Lang::Ru, &Plain),
        "часы администрирования: 800 — вне диапазона от 0 до 744 часов в месяц"
    );
}

#[test]
fn a_link_naming_a_book_this_browser_does_not_have_is_told_apart_from_the_fallback() {
    use slacalc_engine::price::{book_missing, choose_book};
    let books = shipped_books();
    // The fallback still prices, so the view must say it is a stand-in.
    assert!(book_missing(&books, "nosuch"));
    assert_eq!(
        choose_book(&books, "nosuch").map(|b| b.id.as_str()),
        Some(books[0].id.as_str())
    );
    assert!(!book_missing(&books, "aws"));
    assert!(
        !book_missing(&books, ""),
        "an empty id asks for the first book"
    );
    assert!(book_missing(&[], "aws"));
}

/// Regression: with AWS' book, /price listed its plans by id
/// (`aws-business`) and offered a quote for each, which then said
/// slacalc does not know the plan: a quote describes a catalog plan.
#[test]
fn a_plan_only_the_book_knows_has_its_name_and_no_quote() {
    use slacalc_engine::price::{quote_plans, PackagePricing};
    let catalog = slacalc_engine::catalog::Catalog::shipped().unwrap();
    let quotes = quote_plans(
        &book("aws"),
        &catalog,
        &spend("85000"),
        PackagePricing::FromParts,
    );
    let business = quotes.iter().find(|q| q.plan_id == "aws-business").unwrap();
    assert_eq!(business.plan_name.to_string(), "AWS Business");
    assert!(!business.quotable);
    let express = quote_plans(
        &book("examples"),
        &catalog,
        &spend("0"),
        PackagePricing::FromParts,
    );
    let express: Vec<_> = express
        .iter()
        .filter(|q| q.plan_id.starts_with("express-"))
        .collect();
    assert_eq!(
        express.len(),
        3,
        "the example book prices eXpress' three plans"
    );
    assert!(express.iter().all(|q| q.quotable));
}

/// Regression: `/price?addons=nope` priced without the add-on and said
/// nothing, where other views name what a link asks for and cannot have.
#[test]
fn add_ons_a_book_does_not_offer_are_named() {
    use slacalc_engine::price::unknown_add_ons;
    let examples = book("examples");
    let mut usage = Usage {
        add_ons: vec!["nope".into(), "dedicated_engineer".into(), "xx".into()],
        ..Usage::default()
    };
    assert_eq!(unknown_add_ons(&examples, &usage), ["nope", "xx"]);
    usage.add_ons = vec!["dedicated_engineer".into()];
    assert!(unknown_add_ons(&examples, &usage).is_empty());
    // AWS' book has no add-ons at all.
    assert_eq!(
        unknown_add_ons(&book("aws"), &usage),
        ["dedicated_engineer"]
    );
}
