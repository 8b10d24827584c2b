//! Custom packages: built from a catalog plan or by hand, used as plans by
//! every view, carried whole in a share link that is checked on load.

use chrono::{TimeZone, Utc};
use proptest::prelude::*;
use slacalc_engine::catalog::{Catalog, PlanRef};
use slacalc_engine::deadline::report;
use slacalc_engine::package::{
    from_share_link, share_link, Package, PackageTarget, TargetClock, WorkingDays, WorkingHours,
};
use slacalc_engine::{Incident, Severity};

fn catalog() -> Catalog {
    Catalog::shipped().unwrap()
}

fn premium_copy() -> Package {
    Package::from_plan(&catalog(), "express-premium", "pkg-gold", "Gold").unwrap()
}

#[test]
fn a_package_copied_from_a_plan_keeps_its_deadlines() {
    let catalog = catalog();
    for plan in [
        "express-8x5",
        "express-24x7",
        "express-premium",
        "vkcloud",
        "tencent-business",
    ] {
        let package = Package::from_plan(&catalog, plan, "pkg-copy", "Copy").unwrap();
        let extended = catalog.with_packages(&[package]).unwrap();
        for severity in Severity::ALL {
            // A Friday evening in Moscow, when working hours matter most.
            let opened = Utc.with_ymd_and_hms(2026, 11, 20, 15, 30, 0).unwrap();
            let incident = Incident::opened(opened, severity);
            let original = report(&extended, plan, &incident, opened).unwrap();
            let copy = report(&extended, "pkg-copy", &incident, opened).unwrap();
            assert_eq!(
                copy.response.status.due, original.response.status.due,
                "{plan} {severity}"
            );
            assert_eq!(
                copy.resolution.status.due, original.resolution.status.due,
                "{plan} {severity}"
            );
        }
    }
}

#[test]
fn a_package_is_listed_as_a_plan_under_your_packages() {
    let extended = catalog().with_packages(&[premium_copy()]).unwrap();
    let PlanRef { provider, plan } = extended.plan("pkg-gold").unwrap();
    assert_eq!(provider.provider.name, "Your packages");
    assert_eq!(plan.name, "Gold");
    let admin = plan
        .services
        .iter()
        .find(|s| s.service == "system_administration")
        .unwrap();
    assert_eq!(
        admin.quantity,
        Some(slacalc_engine::catalog::Quantity::HoursPerYear(120))
    );
    // The shipped plans are all still there.
    assert_eq!(extended.plans().count(), 11);
}

#[test]
fn a_new_york_business_hours_package_counts_in_new_york() {
    let mut package = premium_copy();
    package.hours = WorkingHours {
        tz: "America/New_York".to_owned(),
        start: "09:00".to_owned(),
        end: "17:00".to_owned(),
        days: WorkingDays::MondayToFriday,
    };
    package.targets[0].first_response = Some(PackageTarget {
        minutes: 60,
        clock: TargetClock::WorkingHours,
    });
    let extended = catalog().with_packages(&[package]).unwrap();
    // Friday 16:30 in New York (EST, UTC−5): 30 minutes on Friday, 30 on Monday.
    let opened = Utc.with_ymd_and_hms(2026, 11, 20, 21, 30, 0).unwrap();
    let incident = Incident::opened(opened, Severity::Critical);
    let due = report(&extended, "pkg-gold", &incident, opened)
        .unwrap()
        .response
        .status
        .due;
    assert_eq!(
        due,
        Some(Utc.with_ymd_and_hms(2026, 11, 23, 14, 30, 0).unwrap())
    );
}

#[test]
fn share_link_round_trips_and_stays_short() {
    let package = premium_copy();
    let link = share_link(&package);
    assert!(link.starts_with("1."));
    // About 2 KB for a plan with eight services: well within what browsers
    // and chat tools pass on.
    assert!(link.len() < 3_000, "{} characters", link.len());
    assert!(link
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)));
    assert_eq!(from_share_link(&link).unwrap(), package);
}

#[test]
fn a_tampered_or_cut_share_link_is_refused_with_a_reason() {
    let link = share_link(&premium_copy());
    let cut = &link[..link.len() / 2];
    assert!(from_share_link(cut)
        .unwrap_err()
        .to_string()
        .contains("package link"));
    let mut tampered = link.clone().into_bytes();
    let middle = tampered.len() / 2;
    tampered[middle] = if tampered[middle] == b'A' { b'B' } else { b'A' };
    assert!(from_share_link(std::str::from_utf8(&tampered).unwrap()).is_err());
    assert!(from_share_link("hello")
        .unwrap_err()
        .to_string()
        .contains("damaged"));
    assert!(from_share_link("1.!!!")
        .unwrap_err()
        .to_string()
        .contains("damaged"));
    let newer = link.replacen("1.", "2.", 1);
    assert!(from_share_link(&newer)
        .unwrap_err()
        .to_string()
        .contains("newer slacalc"));
}

#[test]
fn a_link_whose_package_breaks_the_rules_is_refused() {
    let mut package = premium_copy();
    package.targets[1].resolution = Some(PackageTarget {
        minutes: 0,
        clock: TargetClock::AroundTheClock,
    });
    // Encoded without validation, as a hand-made link would be.
    let link = share_link(&package);
    let error = from_share_link(&link).unwrap_err().to_string();
    assert!(
        error.contains("high resolution: 0 minutes is outside"),
        "{error}"
    );
}

#[test]
fn validation_names_the_field() {
    type Breakage = fn(&mut Package);
    let cases: [(Breakage, &str); 6] = [
        (|p| p.id = "gold".into(), "id: `gold` must be `pkg-`"),
        (|p| p.name = "  ".into(), "name: give the package a name"),
        (
            |p| p.hours.tz = "Moon/Base".into(),
            "unknown time zone `Moon/Base`",
        ),
        (
            |p| {
                p.hours.tz = "Europe/Berlin".into();
                p.hours.days = WorkingDays::RussianProductionCalendar;
            },
            "working days: the Russian production calendar is for Moscow time",
        ),
        (
            |p| p.targets.pop().map(drop).unwrap_or(()),
            "low must have exactly one row",
        ),
        (
            |p| p.commitment_share = Some(101),
            "commitment share: 101 %",
        ),
    ];
    for (break_it, message) in cases {
        let mut package = premium_copy();
        break_it(&mut package);
        let error = package.validate().unwrap_err().to_string();
        assert!(error.contains(message), "{error} / {message}");
    }
}

#[test]
fn two_packages_with_one_id_are_refused() {
    let error = catalog()
        .with_packages(&[premium_copy(), premium_copy()])
        .unwrap_err()
        .to_string();
    assert!(error.contains("used twice"), "{error}");
}

proptest! {
    #[test]
    fn any_name_survives_the_share_link(name in "\\PC{1,80}") {
        prop_assume!(!name.trim().is_empty());
        let mut package = premium_copy();
        package.name = name;
        let link = share_link(&package);
        prop_assert_eq!(from_share_link(&link).unwrap(), package);
    }
}
