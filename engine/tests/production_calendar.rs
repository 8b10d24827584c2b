//! The shipped Russian production calendar against the rules it comes
//! from: the Labour Code's holidays, its automatic moves, and each year's
//! decree. The dates in the data must be exactly what the rules and the
//! decree's transfers give, and the working days must add up to the
//! official count.

mod common;

use std::collections::BTreeSet;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use common::*;
use slacalc_engine::calendar::builtin::{
    moscow_working_days, russian_production_calendar, ProductionYear,
};

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Labour Code art. 112: the non-working public holidays of `year`.
fn public_holidays(year: i32) -> Vec<NaiveDate> {
    let d = |m, day| NaiveDate::from_ymd_opt(year, m, day).unwrap();
    let mut days: Vec<NaiveDate> = (1..=8).map(|day| d(1, day)).collect();
    days.extend([d(2, 23), d(3, 8), d(5, 1), d(5, 9), d(6, 12), d(11, 4)]);
    days
}

/// The non-working weekdays and working weekend days that the rules and
/// the decree's transfers give.
fn derive(year: &ProductionYear) -> (BTreeSet<NaiveDate>, BTreeSet<NaiveDate>) {
    let holidays = public_holidays(year.year);
    let mut off: BTreeSet<NaiveDate> = holidays.iter().copied().collect();
    let mut worked = BTreeSet::new();
    for transfer in &year.transfers {
        assert!(
            is_weekend(transfer.from),
            "{}: a transfer starts from a weekend day",
            transfer.from
        );
        off.insert(transfer.to);
        if !holidays.contains(&transfer.from) {
            // An ordinary Saturday or Sunday becomes a working day.
            worked.insert(transfer.from);
        }
    }
    // Automatic moves: a weekend holiday outside January that the decree
    // does not move goes to the next working day.
    for &holiday in holidays
        .iter()
        .filter(|h| h.month() != 1 && is_weekend(**h))
    {
        if year.transfers.iter().any(|t| t.from == holiday) {
            continue;
        }
        let mut next = holiday + Duration::days(1);
        while is_weekend(next) || off.contains(&next) {
            next += Duration::days(1);
        }
        off.insert(next);
    }
    let weekdays_off = off
        .into_iter()
        .filter(|d| !is_weekend(*d) && !worked.contains(d))
        .collect();
    (weekdays_off, worked)
}

#[test]
fn each_year_is_what_its_decree_and_the_labour_code_give() {
    let calendar = russian_production_calendar();
    let years: Vec<i32> = calendar.years.iter().map(|y| y.year).collect();
    assert_eq!(
        years[..2],
        [2025, 2026],
        "2025 and 2026 at least are shipped"
    );
    for year in &calendar.years {
        assert!(
            year.decree.contains(&format!("в {} году", year.year)),
            "{}: decree names the year",
            year.year
        );
        let (off, worked) = derive(year);
        assert_eq!(
            year.holidays.iter().copied().collect::<BTreeSet<_>>(),
            off,
            "{}: days off",
            year.year
        );
        assert_eq!(
            year.extra_workdays.iter().copied().collect::<BTreeSet<_>>(),
            worked,
            "{}: working weekend days",
            year.year
        );
    }
}

#[test]
fn working_days_add_up_to_the_official_count() {
    for year in russian_production_calendar().years {
        let mut date = NaiveDate::from_ymd_opt(year.year, 1, 1).unwrap();
        let mut working = 0;
        while date.year() == year.year {
            let weekday = !is_weekend(date) && !year.holidays.contains(&date);
            if weekday || year.extra_workdays.contains(&date) {
                working += 1;
            }
            date += Duration::days(1);
        }
        assert_eq!(working, year.working_days, "{}", year.year);
    }
}

#[test]
fn moscow_office_hours_follow_the_production_calendar() {
    let cal = moscow_working_days("10:00", "19:00").unwrap();
    // 2026: 1–11 January off (9 January moved from Saturday 3 January).
    assert_eq!(
        due(&cal, at("2026-01-05T12:00:00+03:00"), 60),
        Some(at("2026-01-12T11:00:00+03:00"))
    );
    // 2025: Saturday 1 November worked, Monday 3 and Tuesday 4 November off.
    assert_eq!(
        due(&cal, at("2025-10-31T18:00:00+03:00"), 120),
        Some(at("2025-11-01T11:00:00+03:00"))
    );
    assert_eq!(
        due(&cal, at("2025-11-01T18:00:00+03:00"), 120),
        Some(at("2025-11-05T11:00:00+03:00"))
    );
    // 2027: Saturday 20 February worked, Monday 22 and Tuesday 23 February off.
    assert_eq!(
        due(&cal, at("2027-02-19T18:00:00+03:00"), 120),
        Some(at("2027-02-20T11:00:00+03:00"))
    );
    assert_eq!(
        due(&cal, at("2027-02-20T18:00:00+03:00"), 120),
        Some(at("2027-02-24T11:00:00+03:00"))
    );
    // The working hours of a pre-holiday day are not shortened: 30 December 2025 runs to 19:00.
    assert_eq!(
        due(&cal, at("2025-12-30T18:00:00+03:00"), 60),
        Some(at("2025-12-30T19:00:00+03:00"))
    );
}
