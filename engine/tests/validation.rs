//! Calendars that cannot be right are refused with a message that says
//! what to change.

use slacalc_engine::{Calendar, CalendarSpec, ErrorKind};

fn refuse(json: &str) -> String {
    let spec: CalendarSpec = match serde_json::from_str(json) {
        Ok(spec) => spec,
        Err(e) => return e.to_string(),
    };
    let err = Calendar::new(spec).expect_err("calendar should be refused");
    assert_eq!(err.kind(), ErrorKind::Invalid);
    err.to_string()
}

#[test]
fn unknown_zone_names_the_zone_and_suggests_a_real_one() {
    let msg = refuse(r#"{"tz":"Europe/Moskow"}"#);
    assert!(
        msg.contains("unknown time zone `Europe/Moskow`") && msg.contains("Europe/Moscow"),
        "{msg}"
    );
}

#[test]
fn fixed_offset_is_not_a_zone() {
    let msg = refuse(r#"{"tz":"+03:00"}"#);
    assert!(msg.contains("Fixed offsets are not time zones"), "{msg}");
    assert!(refuse(r#"{"tz":""}"#).contains("no time zone"));
}

#[test]
fn overlapping_intervals_name_the_day_and_both_intervals() {
    let msg = refuse(r#"{"tz":"UTC","week":{"wed":[["09:00","13:00"],["12:00","18:00"]]}}"#);
    assert!(
        msg.starts_with("wed:") && msg.contains("09:00–13:00") && msg.contains("12:00–18:00"),
        "{msg}"
    );
}

#[test]
fn overnight_hours_may_not_run_into_the_next_days_hours() {
    let msg =
        refuse(r#"{"tz":"UTC","week":{"sun":[["22:00","06:00"]],"mon":[["05:00","09:00"]]}}"#);
    assert!(
        msg.contains("mon") && msg.contains("overnight hours of sun"),
        "{msg}"
    );
}

#[test]
fn an_extra_day_may_not_overlap_the_night_before() {
    // Friday night runs to 06:00 on Saturday, which is an extra working day from 05:00.
    let msg = refuse(
        r#"{"tz":"UTC","week":{"fri":[["22:00","06:00"]]},"extra_workdays":["2027-02-20"],"extra_hours":[["05:00","09:00"]]}"#,
    );
    assert!(
        msg.contains("extra working day 2027-02-20") && msg.contains("2027-02-19"),
        "{msg}"
    );
}

#[test]
fn a_date_cannot_be_both_a_holiday_and_a_working_day() {
    let msg = refuse(r#"{"tz":"UTC","holidays":["2027-02-20"],"extra_workdays":["2027-02-20"]}"#);
    assert!(
        msg.contains("2027-02-20 is both a holiday and an extra working day"),
        "{msg}"
    );
}

#[test]
fn malformed_times_and_empty_intervals() {
    assert!(refuse(r#"{"tz":"UTC","week":{"mon":[["9am","17:00"]]}}"#)
        .contains("`9am` is not a time of day"));
    assert!(refuse(r#"{"tz":"UTC","week":{"mon":[["10:00","10:00"]]}}"#).contains("is empty"));
    assert!(
        refuse(r#"{"tz":"UTC","week":{"mon":[["10:00","25:00"]]}}"#).contains("not a time of day")
    );
    let msg = refuse(r#"{"tz":"UTC","holidays":["2026-02-30"]}"#);
    assert!(msg.contains("`2026-02-30` is not a date"), "{msg}");
}

#[test]
fn dates_outside_the_supported_years_are_refused() {
    assert!(refuse(r#"{"tz":"UTC","holidays":["2500-01-01"]}"#).contains("outside the years"));
}

#[test]
fn a_valid_calendar_round_trips_through_json() {
    let json = r#"{"tz":"Europe/Moscow","week":{"mon":[["10:00","19:00"]],"fri":[["22:00","06:00"]]},"holidays":["2026-01-01"],"extra_workdays":["2027-02-20"],"extra_hours":[["10:00","15:00"]]}"#;
    let calendar = Calendar::new(serde_json::from_str(json).unwrap()).unwrap();
    let back = serde_json::to_string(calendar.spec()).unwrap();
    assert_eq!(back, json);
}

/// A day of 50,000 one-minute intervals (as a 1 MiB line of `slacalc due`
/// can hold), sorted downward: refused as overlapping without sorting
/// them, which by insertion would take some 10^9 steps.
#[test]
fn a_day_of_more_intervals_than_minutes_is_refused_before_sorting() {
    let intervals: Vec<[String; 2]> = (0..50_000u32)
        .map(|i| {
            let start = 1439 - i % 1440;
            let end = start + 1;
            let hm = |m: u32| format!("{:02}:{:02}", m / 60, m % 60);
            [hm(start), hm(end)]
        })
        .collect();
    let json = serde_json::json!({"tz":"UTC","week":{"mon":intervals}});
    let message = refuse(&json.to_string());
    assert!(
        message.starts_with("mon:") && message.contains("23:59–24:00"),
        "{message}"
    );
    // One interval a minute, the most a day can hold, is a valid day.
    let all: Vec<[String; 2]> = (0..1440u32)
        .rev()
        .map(|m| {
            [
                format!("{:02}:{:02}", m / 60, m % 60),
                format!("{:02}:{:02}", (m + 1) / 60, (m + 1) % 60),
            ]
        })
        .collect();
    let spec: CalendarSpec =
        serde_json::from_value(serde_json::json!({"tz":"UTC","week":{"mon":all}})).unwrap();
    assert!(Calendar::new(spec).is_ok());
}

/// 100,000 copies of a holiday and of an extra working day: sorted and
/// deduplicated once, checked against each other by binary search (this
/// took 2.8 s when each holiday scanned the extra days).
#[test]
fn duplicate_holidays_and_extra_days_are_cheap() {
    let holidays = vec!["2026-01-01"; 100_000];
    let extra = vec!["2026-01-03"; 100_000];
    let json = serde_json::json!({"tz":"UTC","holidays":holidays,"extra_workdays":extra});
    let spec: CalendarSpec = serde_json::from_value(json).unwrap();
    let calendar = Calendar::new(spec).unwrap();
    let date = |d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
    assert!(calendar.intervals_on(date("2026-01-01")).is_empty());
    let both = serde_json::json!({"tz":"UTC","holidays":vec!["2026-01-01"; 100_000],"extra_workdays":vec!["2026-01-01"; 100_000]});
    let message = refuse(&both.to_string());
    assert!(
        message.contains("2026-01-01 is both a holiday and an extra working day"),
        "{message}"
    );
}

/// The same refusals in Russian: the day names and the wording are the
/// reader's, the dates go through the reader's date format.
#[test]
fn refusals_read_in_russian() {
    use slacalc_i18n::{Formats, Lang};
    /// Dates as a Russian reader's locale writes them (the app asks Intl).
    struct RussianDates;
    impl Formats for RussianDates {
        fn number(&self, _: Lang, value: f64, _: u8) -> String {
            value.to_string()
        }
        fn money(&self, _: Lang, amount: f64, _: &str) -> String {
            amount.to_string()
        }
        fn date(&self, _: Lang, year: i32, month: u32, day: u32) -> String {
            format!("{day}.{month:02}.{year}")
        }
        fn date_time(&self, _: Lang, epoch_ms: f64, _: &str) -> String {
            epoch_ms.to_string()
        }
    }
    let russian = |json: &str| {
        let spec: CalendarSpec = serde_json::from_str(json).unwrap();
        let err = Calendar::new(spec).unwrap_err();
        err.text().render(Lang::Ru, &RussianDates)
    };
    assert_eq!(
        russian(r#"{"tz":"UTC","week":{"wed":[["09:00","13:00"],["12:00","18:00"]]}}"#),
        "ср: интервалы 09:00–13:00 и 12:00–18:00 пересекаются; объедините их или сдвиньте один"
    );
    assert_eq!(
        russian(r#"{"tz":"UTC","holidays":["2027-02-20"],"extra_workdays":["2027-02-20"]}"#),
        "20.02.2027 — одновременно праздник и дополнительный рабочий день; оставьте его в одном списке"
    );
    let night = russian(
        r#"{"tz":"UTC","week":{"fri":[["22:00","06:00"]]},"extra_workdays":["2027-02-20"],"extra_hours":[["05:00","09:00"]]}"#,
    );
    assert!(
        night.starts_with("дополнительный рабочий день 20.02.2027: интервал 05:00–09:00")
            && night.contains("«19.02.2027»"),
        "{night}"
    );
}
