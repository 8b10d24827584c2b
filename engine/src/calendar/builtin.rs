//! Calendars that ship with slacalc, as data: around the clock, and Moscow
//! office hours on the Russian production calendar (official days off and
//! transferred working days, with the decree for each year in
//! `engine/data/ru-production-calendar.json`).

use chrono::NaiveDate;
use serde::Deserialize;

use super::{Calendar, CalendarSpec, WallInterval, WeekSpec};
use crate::error::Result;

/// The Russian production calendar as published: per year, the decree
/// that moves days off and the dates that result.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ProductionCalendar {
    /// The calendar's name as published.
    pub name: String,
    /// The Labour Code rules the years are derived from, in words.
    pub rules: String,
    /// Each year the calendar covers, with its decree and dates.
    pub years: Vec<ProductionYear>,
}

/// One year of the production calendar: the decree and the days off
/// and working days it sets.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ProductionYear {
    /// The calendar year.
    pub year: i32,
    /// Title, date and number of the government decree.
    pub decree: String,
    /// Days off the decree moves: `from` a weekend day `to` another date.
    pub transfers: Vec<Transfer>,
    /// Monday-to-Friday dates that are not worked.
    pub holidays: Vec<NaiveDate>,
    /// Saturdays and Sundays that are worked.
    pub extra_workdays: Vec<NaiveDate>,
    /// The official count of working days in the year (five-day week).
    pub working_days: u32,
    /// What was and was not verified, and any automatic moves.
    #[serde(default)]
    pub note: Option<String>,
}

/// A day off moved by decree from one date to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub struct Transfer {
    /// The weekend day whose day off moves.
    pub from: NaiveDate,
    /// The date the day off moves to.
    pub to: NaiveDate,
}

/// The Russian production calendar shipped with slacalc, compiled in
/// from `engine/data/ru-production-calendar.json` (`shipped.rs`, written
/// by `engine/tests/shipped_books.rs`) so a calendar on it needs no JSON
/// decoder.
pub fn russian_production_calendar() -> ProductionCalendar {
    super::shipped::russian_production_calendar()
}

/// Every minute of every day, in `tz` (the zone only matters for showing
/// times).
pub fn around_the_clock(tz: &str) -> Result<Calendar> {
    let day = vec![WallInterval::parse("00:00", "24:00")?];
    let week = WeekSpec {
        mon: day.clone(),
        tue: day.clone(),
        wed: day.clone(),
        thu: day.clone(),
        fri: day.clone(),
        sat: day.clone(),
        sun: day,
    };
    Calendar::new(CalendarSpec {
        tz: tz.to_owned(),
        week,
        ..CalendarSpec::default()
    })
}

/// Monday to Friday `start`–`end` in Moscow time on the Russian production
/// calendar: its days off are holidays, its working weekend days are extra
/// working days with the same hours.
///
/// The shortened pre-holiday day is not applied: a provider's stated hours
/// hold on every working day.
pub fn moscow_working_days(start: &str, end: &str) -> Result<Calendar> {
    let hours = vec![WallInterval::parse(start, end)?];
    let production = russian_production_calendar();
    let week = WeekSpec {
        mon: hours.clone(),
        tue: hours.clone(),
        wed: hours.clone(),
        thu: hours.clone(),
        fri: hours,
        ..WeekSpec::default()
    };
    Calendar::new(CalendarSpec {
        tz: "Europe/Moscow".to_owned(),
        week,
        holidays: production
            .years
            .iter()
            .flat_map(|y| y.holidays.iter().copied())
            .collect(),
        extra_workdays: production
            .years
            .iter()
            .flat_map(|y| y.extra_workdays.iter().copied())
            .collect(),
        extra_hours: None,
    })
}
