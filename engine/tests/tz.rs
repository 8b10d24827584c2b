//! The engine's zone resolves wall-clock readings exactly as chrono-tz
//! does: in the browser its offsets come from `Intl` and only
//! `resolve_local` turns them into instants, so that function is checked
//! here against chrono-tz's own answers, on every listed zone, over
//! decades, at every hour and around every offset change.

use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};
use slacalc_engine::tz::Tz;
use slacalc_engine::zones::ZONES;

fn zones() -> Vec<chrono_tz::Tz> {
    let mut zones: Vec<chrono_tz::Tz> = ZONES.iter().map(|z| z.iana.parse().unwrap()).collect();
    // Half-hour and 45-minute shifts, and a zone whose DST is 30 minutes.
    zones.extend([
        chrono_tz::Australia::Lord_Howe,
        chrono_tz::Asia::Kathmandu,
        chrono_tz::America::St_Johns,
    ]);
    zones
}

fn check(reference: chrono_tz::Tz, local: NaiveDateTime) {
    let ours: Tz = reference.into();
    let want = reference
        .from_local_datetime(&local)
        .map(|t| t.with_timezone(&Utc));
    let got = ours
        .from_local_datetime(&local)
        .map(|t| t.with_timezone(&Utc));
    assert_eq!(
        got, want,
        "{reference} at {local}: chrono-tz {want:?}, ours {got:?}"
    );
}

#[test]
fn local_readings_resolve_as_chrono_tz_resolves_them_around_every_offset_change() {
    let from = Utc
        .with_ymd_and_hms(1970, 1, 1, 0, 0, 0)
        .unwrap()
        .timestamp();
    let to = Utc
        .with_ymd_and_hms(2040, 1, 1, 0, 0, 0)
        .unwrap()
        .timestamp();
    let mut changes = 0;
    for reference in zones() {
        let ours: Tz = reference.into();
        // Around each change, every minute of the readings two and a half
        // hours either side.
        for at in every_change(reference)
            .into_iter()
            .filter(|at| (from..to).contains(at))
        {
            changes += 1;
            let centre = DateTime::from_timestamp(at + i64::from(ours.offset_at(at)), 0)
                .unwrap()
                .naive_utc();
            for minute in -150..=150 {
                check(reference, centre + Duration::minutes(minute));
            }
        }
    }
    assert!(changes > 5_000, "only {changes} offset changes seen");
}

#[test]
fn every_hour_of_a_decade_resolves_as_chrono_tz_resolves_it() {
    let start = Utc
        .with_ymd_and_hms(2020, 1, 1, 0, 0, 0)
        .unwrap()
        .naive_utc();
    for reference in zones() {
        for hour in (0..10 * 366 * 24).step_by(7) {
            check(reference, start + Duration::hours(hour));
        }
    }
}

#[test]
fn offsets_are_chrono_tz_offsets() {
    for reference in zones() {
        let ours: Tz = reference.into();
        assert_eq!(ours.name(), reference.name());
        for t in (0..2_000_000_000i64).step_by(9_999_991) {
            let at = DateTime::from_timestamp(t, 0).unwrap();
            let want = at.with_timezone(&reference).naive_local();
            assert_eq!(
                at.with_timezone(&ours).naive_local(),
                want,
                "{reference} at {at}"
            );
        }
    }
}

/// Every offset change of a zone from 1901 to 2100, to the second, from
/// chrono-tz: hourly probes, then a binary search around each change.
fn every_change(reference: chrono_tz::Tz) -> Vec<i64> {
    let ours: Tz = reference.into();
    let from = Utc
        .with_ymd_and_hms(1901, 1, 1, 0, 0, 0)
        .unwrap()
        .timestamp();
    let to = Utc
        .with_ymd_and_hms(2100, 1, 1, 0, 0, 0)
        .unwrap()
        .timestamp();
    let mut changes = Vec::new();
    let (mut lo, mut lo_offset) = (from, ours.offset_at(from));
    while lo < to {
        let hi = lo + 3600;
        let hi_offset = ours.offset_at(hi);
        if hi_offset != lo_offset {
            let (mut a, mut b) = (lo, hi);
            while b - a > 1 {
                let mid = a + (b - a) / 2;
                if ours.offset_at(mid) == lo_offset {
                    a = mid
                } else {
                    b = mid
                }
            }
            changes.push(b);
        }
        (lo, lo_offset) = (hi, hi_offset);
    }
    changes
}

#[test]
fn no_listed_zone_changes_its_offset_twice_within_a_probe_step() {
    // What lets the browser probe `Intl` once a week (tz::Changes).
    for reference in zones() {
        for pair in every_change(reference).windows(2) {
            assert!(
                pair[1] - pair[0] > slacalc_engine::tz::PROBE_STEP,
                "{reference}: changes at {} and {}",
                DateTime::from_timestamp(pair[0], 0).unwrap(),
                DateTime::from_timestamp(pair[1], 0).unwrap()
            );
        }
    }
}

#[test]
fn weekly_probes_find_every_change_to_the_second() {
    use slacalc_engine::tz::Changes;
    let span = 366 * 86_400;
    for reference in zones() {
        let ours: Tz = reference.into();
        let changes = every_change(reference);
        // Year-long spans, as the browser probes them, over 1970–2040.
        for year in 0..70 {
            let (from, to) = (year * span, (year + 1) * span);
            let probed = Changes::probe(|t| ours.offset_at(t), from, to);
            for &at in changes.iter().filter(|&&at| at > from && at < to) {
                assert_eq!(probed.at(at), ours.offset_at(at), "{reference} at {at}");
                assert_eq!(
                    probed.at(at - 1),
                    ours.offset_at(at - 1),
                    "{reference} at {at} − 1 s"
                );
            }
            for t in (from..to).step_by(3 * 3600 + 17) {
                assert_eq!(probed.at(t), ours.offset_at(t), "{reference} at {t}");
            }
        }
    }
}
