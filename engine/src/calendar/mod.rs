//! Business calendars: a weekly schedule in an IANA time zone, holidays
//! and extra working dates, validated once and then queried fast.
//!
//! A [`Calendar`] is built from a [`CalendarSpec`] (the serde shape used
//! everywhere) or with [`CalendarBuilder`]. Working-time arithmetic lives
//! in `arith.rs`; see docs/DESIGN.md for why the rules are what they are.

mod arith;
pub mod builtin;

mod days;
pub mod iso;
#[rustfmt::skip]
mod shipped;
mod spec;
mod wall;
mod year;
mod zone;

use std::fmt;
use std::sync::OnceLock;

use crate::tz::Tz;
use chrono::{NaiveDate, Weekday};

pub use arith::Span;
pub use spec::{CalendarSpec, WeekSpec};
pub use wall::{WallInterval, WallTime};

use slacalc_i18n::{msg, Key, Text, Value};

use crate::error::{Error, Result};
use days::SECS_PER_DAY;
use year::{TableBytes, YearTable};

/// The first year slacalc computes in. Instants, due times, holidays and
/// extra working dates must fall in `FIRST_YEAR..=LAST_YEAR`; outside is an
/// [`ErrorKind::OutOfRange`](crate::ErrorKind) error (an invalid-input
/// error for a date in a calendar). Every message states the range with
/// [`supported_years`].
pub const FIRST_YEAR: i32 = 1901;
/// The last year slacalc computes in; see [`FIRST_YEAR`].
pub const LAST_YEAR: i32 = 2398;
/// Year tables are kept one year beyond each end of the supported range:
/// the overnight hours of the date before, and instants near the ends whose
/// local date lies in the neighbouring year.
const FIRST_TABLE_YEAR: i32 = FIRST_YEAR - 1;
const LAST_TABLE_YEAR: i32 = LAST_YEAR + 1;

/// The supported years in words, `1901–2398`, as every message and the
/// documentation state them.
pub fn supported_years() -> String {
    format!("{FIRST_YEAR}–{LAST_YEAR}")
}

/// Index of the extra-day hours in `Calendar::sets`; 0–6 are Monday–Sunday.
const EXTRA: u8 = 7;
/// Index of the empty set (a holiday).
const CLOSED: u8 = 8;

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// A validated business calendar. Cheap to query from many threads; the
/// per-year tables it needs are built on first use and kept.
#[derive(Clone)]
pub struct Calendar {
    spec: CalendarSpec,
    tz: Tz,
    /// Intervals by set index: Monday–Sunday, extra-day hours, closed.
    sets: [Box<[WallInterval]>; 9],
    /// Day numbers, sorted and without duplicates.
    holidays: Box<[i64]>,
    extra_days: Box<[i64]>,
    /// No weekday has hours: only extra dates supply working time.
    weekly_empty: bool,
    /// Every weekday is covered from midnight to midnight.
    weekly_full: bool,
    years: Box<[OnceLock<YearTable>]>,
    /// Working seconds of each local year, for years only skipped over:
    /// a long target passes through many years without keeping their tables.
    totals: Box<[OnceLock<i64>]>,
    /// Heap bytes of the year tables built so far.
    table_bytes: TableBytes,
}

impl fmt::Debug for Calendar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Calendar")
            .field("spec", &self.spec)
            .finish_non_exhaustive()
    }
}

impl PartialEq for Calendar {
    fn eq(&self, other: &Self) -> bool {
        self.spec == other.spec
    }
}

impl TryFrom<CalendarSpec> for Calendar {
    type Error = Error;

    fn try_from(spec: CalendarSpec) -> Result<Self> {
        Calendar::new(spec)
    }
}

impl From<Calendar> for CalendarSpec {
    fn from(calendar: Calendar) -> Self {
        calendar.spec
    }
}

impl Calendar {
    /// Validates `spec`: a known zone, non-empty intervals that do not
    /// overlap (overnight hours included), no date both a holiday and an
    /// extra working day, dates within the supported years.
    pub fn new(mut spec: CalendarSpec) -> Result<Self> {
        let tz = parse_zone(&spec.tz)?;

        for (i, day) in WEEKDAYS.into_iter().enumerate() {
            wall::check_day(spec.week.day_mut(day), &day_name(i), None)?;
        }
        for (i, day) in WEEKDAYS.into_iter().enumerate() {
            let previous = WEEKDAYS[(i + 6) % 7];
            let tail = wall::overnight_tail(spec.week.day(previous));
            let name = day_name((i + 6) % 7);
            wall::check_day(
                spec.week.day_mut(day),
                &day_name(i),
                tail.map(|t| (t, &name)),
            )?;
        }
        if let Some(hours) = spec.extra_hours.as_mut() {
            wall::check_day(hours, &Text::new(msg::ERROR_DAY_EXTRA_HOURS), None)?;
        }

        let holidays = sorted_days(&spec.holidays, msg::ERROR_HOLIDAY_OUTSIDE_YEARS)?;
        let extra_days = sorted_days(&spec.extra_workdays, msg::ERROR_EXTRA_DAY_OUTSIDE_YEARS)?;
        // The first holiday, in the order given, that is also an extra
        // working day: a binary search each, not a scan of the other list.
        if let Some(both) = spec
            .holidays
            .iter()
            .find(|d| extra_days.binary_search(&days::from_date(**d)).is_ok())
        {
            return Err(Error::invalid(
                Text::new(msg::ERROR_HOLIDAY_AND_EXTRA_DAY).with("date", date_value(*both)),
            ));
        }

        let week: [Box<[WallInterval]>; 7] =
            WEEKDAYS.map(|d| spec.week.day(d).clone().into_boxed_slice());
        let extra_hours = match &spec.extra_hours {
            Some(hours) => hours.clone().into_boxed_slice(),
            None => week
                .iter()
                .find(|d| !d.is_empty())
                .cloned()
                .unwrap_or_default(),
        };
        let weekly_empty = week.iter().all(|d| d.is_empty());
        let weekly_full = covers_every_minute(&week);
        let [mon, tue, wed, thu, fri, sat, sun] = week;

        let calendar = Self {
            tz,
            sets: [mon, tue, wed, thu, fri, sat, sun, extra_hours, Box::new([])],
            holidays,
            extra_days,
            weekly_empty,
            weekly_full,
            years: (FIRST_TABLE_YEAR..=LAST_TABLE_YEAR)
                .map(|_| OnceLock::new())
                .collect(),
            totals: (FIRST_TABLE_YEAR..=LAST_TABLE_YEAR)
                .map(|_| OnceLock::new())
                .collect(),
            table_bytes: TableBytes::default(),
            spec,
        };
        calendar.check_extra_days_against_neighbours()?;
        Ok(calendar)
    }

    /// A builder for a calendar in zone `tz` (an IANA name), starting with
    /// no working hours.
    pub fn builder(tz: &str) -> CalendarBuilder {
        CalendarBuilder {
            spec: CalendarSpec {
                tz: tz.to_owned(),
                ..CalendarSpec::default()
            },
        }
    }

    /// The validated input this calendar was built from.
    pub fn spec(&self) -> &CalendarSpec {
        &self.spec
    }

    /// The calendar's time zone: where its wall-clock hours are read.
    pub fn tz(&self) -> Tz {
        self.tz
    }

    /// The intervals of a local date: none on a holiday; else that
    /// weekday's; else, on an extra working date, the extra-day hours.
    pub fn intervals_on(&self, date: NaiveDate) -> &[WallInterval] {
        &self.sets[usize::from(self.set_of(days::from_date(date)))]
    }

    fn set_of(&self, day: i64) -> u8 {
        if self.holidays.binary_search(&day).is_ok() {
            return CLOSED;
        }
        let weekday = days::weekday_index(day);
        if self.sets[weekday].is_empty() && self.extra_days.binary_search(&day).is_ok() {
            EXTRA
        } else {
            weekday as u8
        }
    }

    /// An extra working day's hours must not overlap the overnight hours of
    /// the day before it, nor reach with its own into the day after.
    fn check_extra_days_against_neighbours(&self) -> Result<()> {
        for &day in self.extra_days.iter() {
            if self.set_of(day) != EXTRA {
                continue;
            }
            let date = |d: i64| {
                NaiveDate::from_num_days_from_ce_opt((d + 719_163) as i32)
                    .map(date_value)
                    .unwrap_or_else(|| Value::Str(String::new()))
            };
            let extra_day = Text::new(msg::ERROR_DAY_EXTRA).with("date", date(day));
            let mut hours = self.sets[usize::from(EXTRA)].to_vec();
            let before = &self.sets[usize::from(self.set_of(day - 1))];
            if let Some(tail) = wall::overnight_tail(before) {
                let previous = Text::new(msg::ERROR_DAY_DATE).with("date", date(day - 1));
                wall::check_day(&mut hours, &extra_day, Some((tail, &previous)))?;
            }
            if let Some(tail) = wall::overnight_tail(&hours) {
                let mut after = self.sets[usize::from(self.set_of(day + 1))].to_vec();
                let next = Text::new(msg::ERROR_DAY_DATE).with("date", date(day + 1));
                wall::check_day(&mut after, &next, Some((tail, &extra_day)))?;
            }
        }
        Ok(())
    }

    /// The table of local `year`, built on first use and kept.
    fn table(&self, year: i32) -> Result<&YearTable> {
        let slot = &self.years[table_index(year)?];
        Ok(slot.get_or_init(|| {
            let table = YearTable::build(self, year);
            self.table_bytes.add(table.heap_bytes());
            table
        }))
    }

    /// The working seconds of local `year`. A year that has no table yet
    /// is built, counted and dropped: a target that passes through many
    /// years keeps one number for each, not each year's table.
    fn year_total(&self, year: i32) -> Result<i64> {
        let index = table_index(year)?;
        if let Some(table) = self.years[index].get() {
            return Ok(table.total());
        }
        Ok(*self.totals[index].get_or_init(|| YearTable::build(self, year).total()))
    }

    /// Roughly how many bytes this calendar holds: its input, its compiled
    /// hours and dates, and the year tables built so far (which grow as
    /// it is queried in more years, at most one table a supported year,
    /// about 5 KB each). For a cache that bounds its memory by size.
    pub fn approx_bytes(&self) -> usize {
        use std::mem::size_of;
        let spec = &self.spec;
        let intervals: usize = WEEKDAYS
            .iter()
            .map(|&d| spec.week.day(d).capacity())
            .sum::<usize>()
            + spec.extra_hours.as_ref().map_or(0, Vec::capacity);
        let sets: usize = self.sets.iter().map(|s| s.len()).sum();
        size_of::<Self>()
            + spec.tz.capacity()
            + (spec.holidays.capacity() + spec.extra_workdays.capacity()) * size_of::<NaiveDate>()
            + (intervals + sets) * size_of::<WallInterval>()
            + (self.holidays.len() + self.extra_days.len()) * size_of::<i64>()
            + self.years.len() * size_of::<OnceLock<YearTable>>()
            + self.totals.len() * size_of::<OnceLock<i64>>()
            + self.table_bytes.get()
    }
}

/// Where local `year`'s table sits in `Calendar::years`.
fn table_index(year: i32) -> Result<usize> {
    if (FIRST_TABLE_YEAR..=LAST_TABLE_YEAR).contains(&year) {
        Ok((year - FIRST_TABLE_YEAR) as usize)
    } else {
        Err(out_of_range(year))
    }
}

fn out_of_range(year: i32) -> Error {
    Error::out_of_range(
        Text::new(msg::ERROR_ANSWER_OUTSIDE_YEARS)
            // A year as written, not a grouped number ("2,101").
            .with("year", year.to_string())
            .with("years", supported_years()),
    )
}

/// Monday (0) to Sunday (6), short, for messages about a day's hours.
fn day_name(index: usize) -> Text {
    const NAMES: [Key; 7] = [
        msg::ERROR_DAY_MON,
        msg::ERROR_DAY_TUE,
        msg::ERROR_DAY_WED,
        msg::ERROR_DAY_THU,
        msg::ERROR_DAY_FRI,
        msg::ERROR_DAY_SAT,
        msg::ERROR_DAY_SUN,
    ];
    Text::new(NAMES[index % 7])
}

/// An IANA zone by name, with a message that says what to type instead.
pub fn parse_zone(name: &str) -> Result<Tz> {
    if name.trim().is_empty() {
        return Err(Error::invalid(Text::new(msg::ERROR_ZONE_MISSING)));
    }
    name.parse::<Tz>().map_err(|_| {
        let message = if name.starts_with(['+', '-'])
            || name.to_ascii_uppercase().starts_with("UTC+")
            || name.to_ascii_uppercase().starts_with("GMT+")
        {
            msg::ERROR_ZONE_FIXED_OFFSET
        } else {
            msg::ERROR_ZONE_UNKNOWN
        };
        Error::invalid(Text::new(message).with("name", name))
    })
}

/// The instant of a date and a wall-clock time typed by a person in `tz`
/// (`2026-11-20`, `18:00`). A time the clocks skip is an error that says
/// so; a time they repeat is its first occurrence.
pub fn local_instant(date: &str, time: &str, tz: Tz) -> Result<chrono::DateTime<chrono::Utc>> {
    use chrono::{LocalResult, TimeZone};
    // An empty field is not a badly written date: it asks for one.
    if date.trim().is_empty() {
        return Err(Error::invalid(Text::new(msg::ERROR_DATE_MISSING)));
    }
    if time.trim().is_empty() {
        return Err(Error::invalid(Text::new(msg::ERROR_TIME_MISSING)));
    }
    let date = iso::parse_date(date.trim())
        .ok_or_else(|| Error::invalid(Text::new(msg::ERROR_DATE_UNREADABLE).with("text", date)))?;
    let time = iso::parse_time(time.trim())
        .ok_or_else(|| Error::invalid(Text::new(msg::ERROR_TIME_UNREADABLE).with("text", time)))?;
    match tz.from_local_datetime(&date.and_time(time)) {
        LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => {
            Ok(at.with_timezone(&chrono::Utc))
        }
        LocalResult::None => Err(Error::invalid(
            // The date and time as the person typed them, normalised.
            Text::new(msg::ERROR_TIME_SKIPPED)
                .with("date", date.to_string())
                .with("time", time.to_string())
                .with("zone", tz.name()),
        )),
    }
}

/// A calendar date as a message argument (the reader's locale writes it).
fn date_value(date: NaiveDate) -> Value {
    use chrono::Datelike;
    Value::Date {
        year: date.year(),
        month: date.month(),
        day: date.day(),
    }
}

/// The days of `dates`, sorted; `outside` says a date is out of range.
fn sorted_days(dates: &[NaiveDate], outside: Key) -> Result<Box<[i64]>> {
    use chrono::Datelike;
    let mut days = Vec::with_capacity(dates.len());
    for date in dates {
        if !(FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
            return Err(Error::invalid(
                Text::new(outside)
                    .with("date", date_value(*date))
                    .with("years", supported_years()),
            ));
        }
        days.push(days::from_date(*date));
    }
    crate::order::sort_by_key(&mut days, |day| *day);
    days.dedup();
    Ok(days.into_boxed_slice())
}

/// True when the weekly schedule leaves no minute of the week closed.
fn covers_every_minute(week: &[Box<[WallInterval]>; 7]) -> bool {
    (0..7).all(|i| {
        let mut covered = wall::overnight_tail(&week[(i + 6) % 7]).unwrap_or(0);
        for interval in week[i].iter() {
            let (start, end) = interval.span_minutes();
            if start > covered {
                return false;
            }
            covered = covered.max(end);
        }
        covered >= u32::from(wall::MINUTES_PER_DAY)
    })
}

/// Builds a calendar step by step; [`CalendarBuilder::build`] validates.
#[derive(Debug, Clone)]
pub struct CalendarBuilder {
    spec: CalendarSpec,
}

impl CalendarBuilder {
    /// Adds `start`–`end` (`"HH:MM"`) to each of `days`.
    pub fn hours(mut self, days: &[Weekday], start: &str, end: &str) -> Result<Self> {
        let interval = WallInterval::parse(start, end)?;
        for &day in days {
            self.spec.week.day_mut(day).push(interval);
        }
        Ok(self)
    }

    /// Monday to Friday, `start`–`end`.
    pub fn weekdays(self, start: &str, end: &str) -> Result<Self> {
        self.hours(&WEEKDAYS[..5], start, end)
    }

    /// Every day, all day.
    pub fn all_week(self) -> Self {
        self.hours(&WEEKDAYS, "00:00", "24:00")
            .expect("00:00–24:00 is a valid interval")
    }

    /// Adds dates that are not worked.
    pub fn holidays(mut self, dates: impl IntoIterator<Item = NaiveDate>) -> Self {
        self.spec.holidays.extend(dates);
        self
    }

    /// Adds dates that are worked though their weekday is not, on the
    /// extra hours.
    pub fn extra_workdays(mut self, dates: impl IntoIterator<Item = NaiveDate>) -> Self {
        self.spec.extra_workdays.extend(dates);
        self
    }

    /// Adds `start`–`end` (`"HH:MM"`) to the hours of extra working dates.
    pub fn extra_hours(mut self, start: &str, end: &str) -> Result<Self> {
        self.spec
            .extra_hours
            .get_or_insert_with(Vec::new)
            .push(WallInterval::parse(start, end)?);
        Ok(self)
    }

    /// Validates the calendar and compiles it.
    pub fn build(self) -> Result<Calendar> {
        Calendar::new(self.spec)
    }
}

/// Start of local day `day` as if the zone were UTC (naive seconds).
fn naive_day_start(day: i64) -> i64 {
    day * SECS_PER_DAY
}
