//! The fast engine against a naive reference that steps minute by minute
//! and reads the conventions of ../shared/DESIGN.md literally, on
//! thousands of generated calendars in zones with daylight saving and
//! with half- and three-quarter-hour offsets. Plus the algebraic
//! properties: elapsed(due) = n, monotonicity, additivity.

mod common;

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Timelike, Utc, Weekday};
use chrono_tz::Tz;
use proptest::prelude::*;
use slacalc_engine::calendar::{WallInterval, WeekSpec};
use slacalc_engine::{Calendar, CalendarSpec};

const ZONES: [&str; 8] = [
    "America/New_York",
    "Europe/Berlin",
    "Australia/Sydney",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Europe/Moscow",
    "America/Sao_Paulo",
    "UTC",
];

/// Stop stepping after this many minutes (about 10 weeks); a case whose
/// answer lies further is not compared.
const REFERENCE_LIMIT: i64 = 100_000;

/// The literal reading of the conventions, one instant at a time.
struct Reference<'a> {
    spec: &'a CalendarSpec,
    tz: Tz,
}

impl Reference<'_> {
    fn intervals(&self, date: NaiveDate) -> Vec<WallInterval> {
        if self.spec.holidays.contains(&date) {
            return vec![];
        }
        let weekday = self.spec.week.day(date.weekday()).clone();
        if !weekday.is_empty() {
            return weekday;
        }
        if self.spec.extra_workdays.contains(&date) {
            if let Some(hours) = &self.spec.extra_hours {
                return hours.clone();
            }
            for day in WEEK {
                if !self.spec.week.day(day).is_empty() {
                    return self.spec.week.day(day).clone();
                }
            }
        }
        vec![]
    }

    fn is_working(&self, t: DateTime<Utc>) -> bool {
        let local = t.with_timezone(&self.tz).naive_local();
        let minute = local.hour() * 60 + local.minute();
        let today = self.intervals(local.date()).into_iter().any(|i| {
            let (s, e) = (u32::from(i.start().minutes()), u32::from(i.end().minutes()));
            if i.is_overnight() {
                minute >= s
            } else {
                s <= minute && minute < e
            }
        });
        let last_night = self
            .intervals(local.date().pred_opt().unwrap())
            .into_iter()
            .any(|i| i.is_overnight() && minute < u32::from(i.end().minutes()));
        today || last_night
    }

    /// Minute stepping: the end of the minute in which the n-th working
    /// minute completes. `Err(())` when past the stepping limit.
    fn due(&self, start: DateTime<Utc>, n: u64) -> Result<DateTime<Utc>, ()> {
        let mut t = start;
        let mut counted = 0;
        for _ in 0..REFERENCE_LIMIT {
            if self.is_working(t) {
                if n == 0 {
                    return Ok(t);
                }
                counted += 1;
                if counted == n {
                    return Ok(t + Duration::minutes(1));
                }
            }
            t += Duration::minutes(1);
        }
        Err(())
    }
}

/// Hours for one day: up to two daytime intervals on a 30-minute grid,
/// sometimes an overnight one.
fn day_hours() -> impl Strategy<Value = Vec<WallInterval>> {
    (
        proptest::collection::btree_set(0u16..=48, 0..=4),
        any::<bool>(),
        0u16..48,
        1u16..20,
    )
        .prop_map(|(points, overnight, night_start, night_len)| {
            let points: Vec<u16> = points.into_iter().collect();
            let mut hours: Vec<WallInterval> = points
                .chunks_exact(2)
                .map(|p| interval(p[0] * 30, p[1] * 30))
                .collect();
            let last_end = points.chunks_exact(2).last().map_or(0, |p| p[1] * 30);
            let start = night_start * 30;
            let end = (start + night_len * 30) % 1440;
            if overnight && start >= last_end && start + night_len * 30 > 1440 && start < 1440 {
                hours.push(interval(start, end));
            }
            hours
        })
}

fn interval(start: u16, end: u16) -> WallInterval {
    let fmt = |m: u16| format!("{:02}:{:02}", m / 60, m % 60);
    WallInterval::parse(&fmt(start), &fmt(end)).unwrap()
}

prop_compose! {
    /// A calendar and a start near its holidays and extra days, anywhere in
    /// 2026 (so across both clock changes of every zone), on whole minutes.
    fn calendar_and_start()(
        zone in 0..ZONES.len(),
        days in proptest::collection::vec(day_hours(), 7),
        anchor in 0i64..365,
        holidays in proptest::collection::vec(0i64..40, 0..6),
        extra in proptest::collection::vec(0i64..40, 0..3),
        extra_hours in proptest::option::of(day_hours()),
        minute in 0i64..20 * 24 * 60,
        on_grid in any::<bool>(),
    ) -> (CalendarSpec, DateTime<Utc>) {
        // Half the starts sit on the 30-minute grid the hours are drawn on,
        // so that starts at openings and closings are common.
        let minute = if on_grid { minute / 30 * 30 } else { minute };
        let base = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Duration::days(anchor);
        let mut week = WeekSpec::default();
        for (day, hours) in WEEK.into_iter().zip(days) {
            *week.day_mut(day) = hours;
        }
        let holidays: Vec<NaiveDate> = holidays.iter().map(|&d| base + Duration::days(d)).collect();
        let extra_workdays = extra.iter().map(|&d| base + Duration::days(d)).filter(|d| !holidays.contains(d)).collect();
        let spec = CalendarSpec {
            tz: ZONES[zone].to_owned(),
            week,
            holidays,
            extra_workdays,
            extra_hours: extra_hours.filter(|h| !h.is_empty()),
        };
        let start = Utc.from_utc_datetime(&base.and_hms_opt(0, 0, 0).unwrap()) + Duration::minutes(minute);
        (spec, start)
    }
}

const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// A target in minutes; often a multiple of 30, so that due times land
/// exactly on closing times as often as inside intervals.
fn target() -> impl Strategy<Value = u64> {
    prop_oneof![0u64..3000, (0u64..100).prop_map(|k| k * 30)]
}

/// A valid calendar: generated overnight hours that would overlap a
/// neighbouring day are dropped.
fn build(mut spec: CalendarSpec) -> (CalendarSpec, Calendar) {
    if let Ok(cal) = Calendar::new(spec.clone()) {
        return (spec, cal);
    }
    for day in WEEK {
        spec.week.day_mut(day).retain(|i| !i.is_overnight());
    }
    if let Some(h) = spec.extra_hours.as_mut() {
        h.retain(|i| !i.is_overnight());
        if h.is_empty() {
            spec.extra_hours = None;
        }
    }
    let cal = Calendar::new(spec.clone()).expect("a calendar without overnight hours is valid");
    (spec, cal)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn due_matches_the_minute_stepping_reference((spec, start) in calendar_and_start(), n in target()) {
        let (spec, cal) = build(spec);
        let reference = Reference { spec: &spec, tz: spec.tz.parse().unwrap() };
        if let Ok(expected) = reference.due(start, n) {
            prop_assert_eq!(cal.due(start, n).unwrap(), Some(expected), "calendar {:?}", spec);
        }
    }

    #[test]
    fn is_open_matches_the_reference((spec, start) in calendar_and_start()) {
        let (spec, cal) = build(spec);
        let reference = Reference { spec: &spec, tz: spec.tz.parse().unwrap() };
        for minute in 0..30 {
            let t = start + Duration::minutes(minute * 47);
            prop_assert_eq!(cal.is_open(t).unwrap(), reference.is_working(t), "at {} in {:?}", t, spec);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn elapsed_until_due_is_the_target((spec, start) in calendar_and_start(), n in 1u64..20_000) {
        let (_, cal) = build(spec);
        if let Some(due) = cal.due(start, n).unwrap() {
            prop_assert_eq!(cal.working_seconds(start, due).unwrap(), n as i64 * 60);
            // And not a second earlier.
            prop_assert!(cal.working_seconds(start, due - Duration::seconds(1)).unwrap() < n as i64 * 60);
        }
    }

    #[test]
    fn due_is_monotonic_in_target_and_start((spec, start) in calendar_and_start(), n in 0u64..5000, more in 0u64..500, later in 0i64..5000) {
        let (_, cal) = build(spec);
        let never = DateTime::<Utc>::MAX_UTC;
        let a = cal.due(start, n).unwrap().unwrap_or(never);
        let b = cal.due(start, n + more).unwrap().unwrap_or(never);
        prop_assert!(a <= b);
        let c = cal.due(start + Duration::minutes(later), n).unwrap().unwrap_or(never);
        prop_assert!(a <= c);
    }

    #[test]
    fn due_is_additive((spec, start) in calendar_and_start(), a in target(), b in target()) {
        prop_assume!(a > 0 && b > 0);
        let (_, cal) = build(spec);
        let in_two_steps = cal.due(start, a).unwrap().map(|mid| cal.due(mid, b).unwrap());
        let in_one = cal.due(start, a + b).unwrap();
        match in_two_steps {
            Some(two) => prop_assert_eq!(two, in_one),
            None => prop_assert_eq!(in_one, None),
        }
    }

    #[test]
    fn working_seconds_add_up_over_a_split((spec, start) in calendar_and_start(), x in 0i64..200_000, y in 0i64..200_000) {
        let (_, cal) = build(spec);
        let mid = start + Duration::seconds(x);
        let end = mid + Duration::seconds(y);
        let whole = cal.working_seconds(start, end).unwrap();
        prop_assert_eq!(whole, cal.working_seconds(start, mid).unwrap() + cal.working_seconds(mid, end).unwrap());
        prop_assert!(whole >= 0 && whole <= x + y);
    }

    #[test]
    fn next_opening_is_open_and_preceded_by_closed_time((spec, start) in calendar_and_start()) {
        let (_, cal) = build(spec);
        if let Some(open) = cal.next_opening(start).unwrap() {
            prop_assert!(open >= start);
            prop_assert!(cal.is_open(open).unwrap());
            prop_assert!(!cal.is_open(open - Duration::seconds(1)).unwrap());
        }
        if let Some(close) = cal.next_closing(start).unwrap() {
            prop_assert!(close > start);
            prop_assert!(!cal.is_open(close).unwrap());
            prop_assert!(cal.is_open(close - Duration::seconds(1)).unwrap());
        }
    }
}
