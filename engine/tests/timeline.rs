//! The deadline timeline's axis: a weekend drawn short with a break,
//! working hours to scale, ticks and day labels that fit the width.

use chrono::{DateTime, TimeZone, Utc};
use slacalc_engine::catalog::Catalog;
use slacalc_engine::deadline::{report, Axis};
use slacalc_engine::{Incident, Severity};

fn moscow(d: u32, h: u32) -> DateTime<Utc> {
    chrono_tz::Europe::Moscow
        .with_ymd_and_hms(2026, 11, d, h, 0, 0)
        .unwrap()
        .with_timezone(&Utc)
}

fn friday_evening_axis() -> (Axis, slacalc_engine::deadline::Timeline) {
    let catalog = Catalog::shipped().unwrap();
    let incident = Incident::opened(moscow(20, 18), Severity::Critical);
    let report = report(&catalog, "express-8x5", &incident, incident.opened).unwrap();
    (Axis::of(&report.timeline), report.timeline)
}

#[test]
fn the_weekend_is_drawn_short_and_monday_to_scale() {
    let (axis, timeline) = friday_evening_axis();
    let weekend = axis
        .pieces
        .iter()
        .find(|p| p.compressed)
        .expect("the weekend is compressed");
    assert!(weekend.x1 - weekend.x0 < 0.2, "{weekend:?}");
    // Monday's working hours take most of the picture.
    let monday = axis.x(moscow(23, 19)) - axis.x(moscow(23, 10));
    assert!(monday > 0.5, "{monday}");
    // The axis only goes forward and covers the timeline.
    assert_eq!(axis.x(timeline.start), 0.0);
    assert_eq!(axis.x(timeline.end), 1.0);
    let mut last = -1.0;
    for hour in 0..(24 * 5) {
        let x = axis.x(timeline.start + chrono::Duration::hours(hour));
        assert!(x >= last, "hour {hour}");
        last = x;
    }
    // Every mark keeps its place to scale: none sits inside a break.
    for mark in &timeline.marks {
        let piece = axis
            .pieces
            .iter()
            .find(|p| p.start <= mark.at && mark.at <= p.end)
            .unwrap();
        assert!(
            !piece.compressed || mark.at == piece.start || mark.at == piece.end,
            "{mark:?}"
        );
    }
}

#[test]
fn hour_ticks_and_day_labels_fit_a_phone_and_a_desktop() {
    let (axis, _) = friday_evening_axis();
    let zone: slacalc_engine::tz::Tz = chrono_tz::Europe::Moscow.into();
    for width in [300.0, 1070.0] {
        let char_px = 7.6;
        let ticks = axis.hour_ticks(zone, width, char_px);
        assert!(!ticks.is_empty(), "{width}");
        for pair in ticks.windows(2) {
            let gap = (axis.x(pair[1].at) - axis.x(pair[0].at)) * width;
            assert!(gap >= 5.0 * char_px, "{width}: {pair:?}");
        }
        let days = axis.day_labels(zone, width, char_px);
        assert!(
            days.iter().any(|d| d.text == "Mon 23 Nov"),
            "{width}: {days:?}"
        );
        for pair in days.windows(2) {
            let gap = (axis.x(pair[1].at) - axis.x(pair[0].at)) * width;
            assert!(
                gap >= pair[0].text.chars().count() as f64 * char_px,
                "{width}: {pair:?}"
            );
        }
    }
    // Wider, so more ticks (every hour on a desktop).
    assert!(axis.hour_ticks(zone, 1070.0, 7.6).len() > axis.hour_ticks(zone, 300.0, 7.6).len());
}
