//! Regression tests named after the bugs peer libraries keep shipping,
//! each with an expectation computed by hand (see the comments).

mod common;

use common::*;

// Moscow is UTC+3 all year: 10:00 MSK = 07:00Z, 19:00 MSK = 16:00Z.

#[test]
fn moscow_friday_evening_plus_16_working_hours_is_tuesday_afternoon() {
    // Fri 18:00 → 1 h on Friday; Mon 10–19 is 9 h (10 in all); 6 h more → Tue 16:00.
    let cal = moscow_office();
    assert_eq!(
        due(&cal, at("2026-11-20T18:00:00+03:00"), 16 * 60),
        Some(at("2026-11-24T13:00:00Z"))
    );
}

#[test]
fn closing_time_landing_stays_at_closing_time() {
    // Fri 18:00 + 1 h = Fri 19:00 exactly, not Monday 10:00.
    let cal = moscow_office();
    assert_eq!(
        due(&cal, at("2026-11-20T18:00:00+03:00"), 60),
        Some(at("2026-11-20T19:00:00+03:00"))
    );
}

#[test]
fn target_of_exactly_one_working_day_ends_the_same_evening() {
    let cal = moscow_office();
    assert_eq!(
        due(&cal, at("2026-11-23T10:00:00+03:00"), 9 * 60),
        Some(at("2026-11-23T19:00:00+03:00"))
    );
    // One minute more spills into the next morning.
    assert_eq!(
        due(&cal, at("2026-11-23T10:00:00+03:00"), 9 * 60 + 1),
        Some(at("2026-11-24T10:01:00+03:00"))
    );
}

#[test]
fn start_before_opening_waits_for_the_opening() {
    let cal = moscow_office();
    // Saturday 03:00: the clock starts Monday 10:00.
    assert_eq!(
        due(&cal, at("2026-11-21T03:00:00+03:00"), 60),
        Some(at("2026-11-23T11:00:00+03:00"))
    );
}

#[test]
fn start_on_a_holiday_starts_on_the_next_working_day() {
    // Thursday 2026-11-05 is made a holiday: Wed 4 Nov start at 20:00 waits until Fri 6 Nov 10:00.
    let cal = calendar(
        r#"{"tz":"Europe/Moscow","week":{"mon":[["10:00","19:00"]],"tue":[["10:00","19:00"]],
        "wed":[["10:00","19:00"]],"thu":[["10:00","19:00"]],"fri":[["10:00","19:00"]]},
        "holidays":["2026-11-05"]}"#,
    );
    assert_eq!(
        due(&cal, at("2026-11-05T12:00:00+03:00"), 30),
        Some(at("2026-11-06T10:30:00+03:00"))
    );
    assert_eq!(
        due(&cal, at("2026-11-04T20:00:00+03:00"), 60),
        Some(at("2026-11-06T11:00:00+03:00"))
    );
}

#[test]
fn holiday_does_not_shift_results_by_a_day_once_target_exceeds_a_working_day() {
    // Mon 10:00 + 18 h with Tuesday off: Mon 9 h, Wed 9 h → Wed 19:00.
    let cal = calendar(
        r#"{"tz":"Europe/Moscow","week":{"mon":[["10:00","19:00"]],"tue":[["10:00","19:00"]],
        "wed":[["10:00","19:00"]],"thu":[["10:00","19:00"]],"fri":[["10:00","19:00"]]},
        "holidays":["2026-11-24"]}"#,
    );
    assert_eq!(
        due(&cal, at("2026-11-23T10:00:00+03:00"), 18 * 60),
        Some(at("2026-11-25T19:00:00+03:00"))
    );
    // 40 working hours from Mon 10:00 = 4 days and 4 h, Tuesday skipped → next Mon 14:00.
    assert_eq!(
        due(&cal, at("2026-11-23T10:00:00+03:00"), 40 * 60),
        Some(at("2026-11-30T14:00:00+03:00"))
    );
}

#[test]
fn weekend_working_day_moved_by_the_production_calendar_is_worked() {
    // Saturday 2027-02-20 is a working day; Fri 18:00 + 2 h → Sat 11:00.
    let cal = calendar(
        r#"{"tz":"Europe/Moscow","week":{"mon":[["10:00","19:00"]],"tue":[["10:00","19:00"]],
        "wed":[["10:00","19:00"]],"thu":[["10:00","19:00"]],"fri":[["10:00","19:00"]]},
        "extra_workdays":["2027-02-20"]}"#,
    );
    assert_eq!(
        due(&cal, at("2027-02-19T18:00:00+03:00"), 120),
        Some(at("2027-02-20T11:00:00+03:00"))
    );
}

#[test]
fn extra_working_day_uses_its_own_hours_when_given() {
    let cal = calendar(
        r#"{"tz":"Europe/Moscow","week":{"fri":[["10:00","19:00"]]},
        "extra_workdays":["2027-02-20"],"extra_hours":[["12:00","14:00"]]}"#,
    );
    assert_eq!(
        due(&cal, at("2027-02-19T18:00:00+03:00"), 120),
        Some(at("2027-02-20T13:00:00+03:00"))
    );
}

#[test]
fn overnight_shift_start_inside_the_shift_before_midnight() {
    // Weeknights 22:00–06:00. Start Mon 23:30 + 60 min → Tue 00:30.
    let nights = r#"[["22:00","06:00"]]"#;
    let cal = calendar(&format!(
        r#"{{"tz":"Europe/Berlin","week":{{"mon":{nights},"tue":{nights},"wed":{nights},"thu":{nights},"fri":{nights}}}}}"#
    ));
    assert_eq!(
        due(&cal, local("Europe/Berlin", 2026, 11, 23, 23, 30), 60),
        Some(local("Europe/Berlin", 2026, 11, 24, 0, 30))
    );
    // Fri 23:30 + 7 h: 6.5 h until Sat 06:00, then Mon 22:00 + 30 min.
    assert_eq!(
        due(&cal, local("Europe/Berlin", 2026, 11, 27, 23, 30), 7 * 60),
        Some(local("Europe/Berlin", 2026, 11, 30, 22, 30))
    );
    // Start inside the after-midnight part: Tue 03:00 + 60 → Tue 04:00.
    assert_eq!(
        due(&cal, local("Europe/Berlin", 2026, 11, 24, 3, 0), 60),
        Some(local("Europe/Berlin", 2026, 11, 24, 4, 0))
    );
}

#[test]
fn overnight_shift_belongs_to_the_day_it_starts() {
    let nights = r#"[["22:00","06:00"]]"#;
    let week =
        format!(r#""mon":{nights},"tue":{nights},"wed":{nights},"thu":{nights},"fri":{nights}"#);
    // A holiday on Tuesday does not cut Monday night's shift…
    let tue_off = calendar(&format!(
        r#"{{"tz":"Europe/Berlin","week":{{{week}}},"holidays":["2026-11-24"]}}"#
    ));
    assert_eq!(
        due(&tue_off, local("Europe/Berlin", 2026, 11, 23, 23, 30), 60),
        Some(local("Europe/Berlin", 2026, 11, 24, 0, 30))
    );
    // …but it removes Tuesday night's: Mon 05:00 Tue + 120 → 1 h to 06:00, then Wed 22:00 + 1 h.
    assert_eq!(
        due(&tue_off, local("Europe/Berlin", 2026, 11, 24, 5, 0), 120),
        Some(local("Europe/Berlin", 2026, 11, 25, 23, 0))
    );
    // A holiday on Monday removes all of Monday night, after midnight too.
    let mon_off = calendar(&format!(
        r#"{{"tz":"Europe/Berlin","week":{{{week}}},"holidays":["2026-11-23"]}}"#
    ));
    assert_eq!(
        due(&mon_off, local("Europe/Berlin", 2026, 11, 24, 1, 0), 60),
        Some(local("Europe/Berlin", 2026, 11, 24, 23, 0))
    );
}

#[test]
fn new_york_spring_forward_day_has_23_hours() {
    // 2026-03-08: 02:00 EST jumps to 03:00 EDT.
    let cal = around_the_clock("America/New_York");
    assert_eq!(
        due(&cal, at("2026-03-08T00:00:00-05:00"), 24 * 60),
        Some(at("2026-03-09T01:00:00-04:00"))
    );
    let day = cal
        .working_seconds(
            at("2026-03-08T00:00:00-05:00"),
            at("2026-03-09T00:00:00-04:00"),
        )
        .unwrap();
    assert_eq!(day, 23 * 3600);
}

#[test]
fn new_york_fall_back_day_has_25_hours() {
    // 2026-11-01: 02:00 EDT falls back to 01:00 EST.
    let cal = around_the_clock("America/New_York");
    let day = cal
        .working_seconds(
            at("2026-11-01T00:00:00-04:00"),
            at("2026-11-02T00:00:00-05:00"),
        )
        .unwrap();
    assert_eq!(day, 25 * 3600);
}

#[test]
fn skipped_wall_time_is_never_worked() {
    // Hours 01:30–02:30 on 2026-03-08 in New York: only 01:30–02:00 EST exists.
    let cal = calendar(r#"{"tz":"America/New_York","week":{"sun":[["01:30","02:30"]]}}"#);
    let sun = at("2026-03-08T00:00:00-05:00");
    assert_eq!(due(&cal, sun, 30), Some(at("2026-03-08T03:00:00-04:00")));
    // Minute 31 is on the next Sunday.
    assert_eq!(due(&cal, sun, 31), Some(at("2026-03-15T01:31:00-04:00")));
    // An interval wholly inside the gap gives nothing that day.
    let gap = calendar(r#"{"tz":"America/New_York","week":{"sun":[["02:00","03:00"]]}}"#);
    assert_eq!(due(&gap, sun, 1), Some(at("2026-03-15T02:01:00-04:00")));
}

#[test]
fn repeated_wall_time_is_worked_each_time() {
    // Hours 01:00–01:30 on 2026-11-01 in New York happen twice: 60 real minutes.
    let cal = calendar(r#"{"tz":"America/New_York","week":{"sun":[["01:00","01:30"]]}}"#);
    let sun = at("2026-11-01T00:00:00-04:00");
    assert_eq!(due(&cal, sun, 30), Some(at("2026-11-01T01:30:00-04:00")));
    assert_eq!(due(&cal, sun, 31), Some(at("2026-11-01T01:01:00-05:00")));
    assert_eq!(due(&cal, sun, 60), Some(at("2026-11-01T01:30:00-05:00")));
    assert_eq!(due(&cal, sun, 61), Some(at("2026-11-08T01:01:00-05:00")));
}

#[test]
fn night_shift_through_the_clock_change() {
    // Sydney: 2026-04-05 03:00 AEDT falls back to 02:00 AEST; a 22:00–06:00
    // shift starting Saturday 4 April lasts 9 real hours.
    let nights = r#"[["22:00","06:00"]]"#;
    let cal = calendar(&format!(
        r#"{{"tz":"Australia/Sydney","week":{{"sat":{nights}}}}}"#
    ));
    let start = at("2026-04-04T22:00:00+11:00");
    assert_eq!(
        due(&cal, start, 9 * 60),
        Some(at("2026-04-05T06:00:00+10:00"))
    );
    assert_eq!(
        cal.working_seconds(start, at("2026-04-05T06:00:00+10:00"))
            .unwrap(),
        9 * 3600
    );
}

#[test]
fn half_and_three_quarter_hour_offsets() {
    // Kolkata +05:30 and Kathmandu +05:45: 09:00–17:00 local.
    for (tz, offset) in [("Asia/Kolkata", "+05:30"), ("Asia/Kathmandu", "+05:45")] {
        let cal = calendar(&format!(
            r#"{{"tz":"{tz}","week":{{"mon":[["09:00","17:00"]]}}}}"#
        ));
        let start = at(&format!("2026-11-23T16:00:00{offset}"));
        assert_eq!(
            due(&cal, start, 120),
            Some(at(&format!("2026-11-30T10:00:00{offset}"))),
            "{tz}"
        );
    }
}

#[test]
fn start_with_seconds_counts_the_partial_first_minute() {
    let cal = moscow_office();
    assert_eq!(
        due(&cal, at("2026-11-23T10:00:30+03:00"), 1),
        Some(at("2026-11-23T10:01:30+03:00"))
    );
    // 18:59:30 + 1 min: 30 s today, 30 s on Tuesday morning.
    assert_eq!(
        due(&cal, at("2026-11-23T18:59:30+03:00"), 1),
        Some(at("2026-11-24T10:00:30+03:00"))
    );
}

#[test]
fn zero_minutes_is_start_when_open_else_the_next_opening() {
    let cal = moscow_office();
    assert_eq!(
        due(&cal, at("2026-11-23T12:00:00+03:00"), 0),
        Some(at("2026-11-23T12:00:00+03:00"))
    );
    assert_eq!(
        due(&cal, at("2026-11-23T10:00:00+03:00"), 0),
        Some(at("2026-11-23T10:00:00+03:00"))
    );
    // Exactly at closing time is outside.
    assert_eq!(
        due(&cal, at("2026-11-23T19:00:00+03:00"), 0),
        Some(at("2026-11-24T10:00:00+03:00"))
    );
    assert_eq!(
        due(&cal, at("2026-11-21T12:00:00+03:00"), 0),
        Some(at("2026-11-23T10:00:00+03:00"))
    );
}

#[test]
fn twenty_four_hour_end_and_adjacent_days_are_continuous() {
    let cal = around_the_clock("Europe/Moscow");
    assert_eq!(
        due(&cal, at("2026-11-23T23:00:00+03:00"), 120),
        Some(at("2026-11-24T01:00:00+03:00"))
    );
    assert_eq!(
        cal.next_closing(at("2026-11-23T23:00:00+03:00")).unwrap(),
        None
    );
    assert_eq!(
        cal.next_opening(at("2026-11-23T23:00:00+03:00")).unwrap(),
        None
    );
}

#[test]
fn a_calendar_that_never_supplies_the_minutes_says_never() {
    let cal = calendar(
        r#"{"tz":"Europe/Moscow","extra_workdays":["2027-02-20"],"extra_hours":[["10:00","12:00"]]}"#,
    );
    assert_eq!(
        due(&cal, at("2027-01-01T00:00:00Z"), 120),
        Some(at("2027-02-20T12:00:00+03:00"))
    );
    assert_eq!(due(&cal, at("2027-01-01T00:00:00Z"), 121), None);
    assert_eq!(due(&cal, at("2027-03-01T00:00:00Z"), 0), None);
    let empty = calendar(r#"{"tz":"UTC"}"#);
    assert_eq!(due(&empty, at("2027-01-01T00:00:00Z"), 1), None);
    assert_eq!(due(&empty, at("2027-01-01T00:00:00Z"), 0), None);
}

#[test]
fn a_holiday_list_that_ends_does_not_end_the_calendar() {
    let cal = calendar(
        r#"{"tz":"Europe/Moscow","week":{"mon":[["10:00","19:00"]]},"holidays":["2026-01-05"]}"#,
    );
    // Years past the last holiday keep working: Mon 2031-03-03.
    assert_eq!(
        due(&cal, at("2031-03-01T00:00:00Z"), 60),
        Some(at("2031-03-03T11:00:00+03:00"))
    );
}

#[test]
fn long_targets_span_years_exactly() {
    let cal = moscow_office();
    // 2000 working hours = 222 days of 9 h + 2 h. From Mon 2026-01-05 10:00
    // (no holidays in this calendar): 222 weekdays later is Tue 2026-11-10;
    // +2 h → Wed 2026-11-11 12:00.
    let start = at("2026-01-05T10:00:00+03:00");
    let due_at = due(&cal, start, 2000 * 60).unwrap();
    assert_eq!(due_at, at("2026-11-11T12:00:00+03:00"));
    assert_eq!(cal.working_seconds(start, due_at).unwrap(), 2000 * 3600);
    // Fifty years of working hours across many year tables.
    let far = due(&cal, start, 50 * 52 * 45 * 60).unwrap();
    assert_eq!(
        cal.working_seconds(start, far).unwrap(),
        50 * 52 * 45 * 3600
    );
}

#[test]
fn working_seconds_is_antisymmetric_and_counts_only_open_time() {
    let cal = moscow_office();
    let (a, b) = (
        at("2026-11-20T18:00:00+03:00"),
        at("2026-11-23T11:00:00+03:00"),
    );
    assert_eq!(cal.working_seconds(a, b).unwrap(), 2 * 3600);
    assert_eq!(cal.working_seconds(b, a).unwrap(), -2 * 3600);
    assert_eq!(cal.working_seconds(a, a).unwrap(), 0);
}

#[test]
fn next_opening_and_closing() {
    let cal = moscow_office();
    let fri_noon = at("2026-11-20T12:00:00+03:00");
    assert!(cal.is_open(fri_noon).unwrap());
    assert_eq!(
        cal.next_closing(fri_noon).unwrap(),
        Some(at("2026-11-20T19:00:00+03:00"))
    );
    assert_eq!(
        cal.next_opening(fri_noon).unwrap(),
        Some(at("2026-11-23T10:00:00+03:00"))
    );
    let fri_night = at("2026-11-20T19:00:00+03:00");
    assert!(!cal.is_open(fri_night).unwrap());
    assert_eq!(
        cal.next_closing(fri_night).unwrap(),
        Some(at("2026-11-23T19:00:00+03:00"))
    );
}

#[test]
fn split_day_intervals_touching_make_one_stretch() {
    let cal = calendar(r#"{"tz":"UTC","week":{"mon":[["13:00","18:00"],["09:00","13:00"]]}}"#);
    let mon = at("2026-11-23T10:00:00Z");
    assert_eq!(
        cal.next_closing(mon).unwrap(),
        Some(at("2026-11-23T18:00:00Z"))
    );
    assert_eq!(due(&cal, mon, 5 * 60), Some(at("2026-11-23T15:00:00Z")));
}

#[test]
fn instants_outside_the_supported_years_are_errors_not_panics() {
    let cal = moscow_office();
    let err = cal.due(at("2500-01-01T00:00:00Z"), 1).unwrap_err();
    assert_eq!(err.kind(), slacalc_engine::ErrorKind::OutOfRange);
    assert!(err.to_string().contains("outside the years"), "{err}");
    let err = cal.due(at("2026-01-01T00:00:00Z"), u64::MAX).unwrap_err();
    assert_eq!(err.kind(), slacalc_engine::ErrorKind::OutOfRange);
}

/// One constant states the supported years, and every message gives it
/// the same way: the year it rejects is never inside the range it names.
#[test]
fn every_out_of_range_message_names_the_same_years() {
    let years = slacalc_engine::calendar::supported_years();
    assert_eq!(years, "1901–2398");
    let cal = moscow_office();
    let messages = [
        cal.due(at("2399-01-01T00:00:00Z"), 1)
            .unwrap_err()
            .to_string(),
        cal.due(at("1900-12-31T00:00:00Z"), 1)
            .unwrap_err()
            .to_string(),
        // Runs past the last year.
        cal.due(at("2398-12-01T00:00:00Z"), 100_000)
            .unwrap_err()
            .to_string(),
        slacalc_engine::Calendar::new(
            serde_json::from_str(r#"{"tz":"UTC","holidays":["2399-01-01"]}"#).unwrap(),
        )
        .unwrap_err()
        .to_string(),
    ];
    for message in messages {
        assert!(message.contains(&format!("({years})")), "{message}");
        assert!(
            !message.contains("1900–") && !message.contains("–2399"),
            "{message}"
        );
    }
    assert!(cal.due(at("2398-06-01T00:00:00Z"), 60).unwrap().is_some());
    assert!(cal.due(at("1901-01-02T00:00:00Z"), 60).unwrap().is_some());
}

/// A target that runs through centuries keeps a number per year it passes,
/// not the year's table: memory follows the years a calendar is asked
/// about, not the length of a target.
#[test]
fn a_long_target_keeps_no_table_for_the_years_it_skips() {
    let cal = moscow_office();
    cal.due(at("2026-01-05T10:00:00Z"), 60).unwrap();
    let before = cal.approx_bytes();
    // About 340 years of office hours.
    let due = cal
        .due(at("2026-01-05T10:00:00Z"), 1_000_000_000 / 60)
        .unwrap();
    assert!(due.is_some());
    let grown = cal.approx_bytes() - before;
    assert!(grown < 20_000, "grew by {grown} bytes");
    // The answer is the one a calendar that walked every table gives.
    let fresh = moscow_office();
    for year in 2026..2400 {
        let _ = fresh.due(at(&format!("{year}-01-05T10:00:00Z")), 1);
    }
    assert_eq!(
        fresh
            .due(at("2026-01-05T10:00:00Z"), 1_000_000_000 / 60)
            .unwrap(),
        due
    );
}
