//! SLA clocks: pauses, severity changes, breaches kept, states.

mod common;

use std::sync::Arc;

use common::*;
use slacalc_engine::sla::{Breach, DEFAULT_AT_RISK_SHARE};
use slacalc_engine::{Incident, Severity, Target, TargetKind, TargetState, Targets};

/// eXpress 8/5-like targets on Moscow office hours: response 60 min;
/// resolution critical 5 h, high 8 h, medium 16 h, low: no commitment.
fn office_targets(severity: Severity) -> Targets {
    let cal = Arc::new(moscow_office());
    let target = |minutes| {
        Some(Target {
            minutes,
            calendar: Arc::clone(&cal),
        })
    };
    Targets {
        first_response: target(60),
        resolution: match severity {
            Severity::Critical => target(5 * 60),
            Severity::High => target(8 * 60),
            Severity::Medium => target(16 * 60),
            Severity::Low => None,
        },
    }
}

fn resolution(incident: &Incident, now: &str) -> slacalc_engine::TargetStatus {
    incident
        .clock(at(now))
        .unwrap()
        .status(
            TargetKind::Resolution,
            office_targets,
            DEFAULT_AT_RISK_SHARE,
        )
        .unwrap()
}

#[test]
fn friday_evening_critical_is_due_monday_afternoon() {
    let incident = Incident::opened(at("2026-11-20T18:00:00+03:00"), Severity::Critical);
    let status = resolution(&incident, "2026-11-20T18:30:00+03:00");
    assert_eq!(status.state, TargetState::Running);
    assert_eq!(status.due, Some(at("2026-11-23T14:00:00+03:00")));
    assert_eq!(status.elapsed_seconds, 30 * 60);
    assert_eq!(status.remaining_seconds, Some(4 * 3600 + 30 * 60));
}

#[test]
fn at_risk_past_three_quarters_then_breached_past_due() {
    let incident = Incident::opened(at("2026-11-20T18:00:00+03:00"), Severity::Critical);
    // Monday 12:45: 1 h + 2 h 45 = 3 h 45 = exactly 75 % of 5 h.
    assert_eq!(
        resolution(&incident, "2026-11-23T12:44:00+03:00").state,
        TargetState::Running
    );
    assert_eq!(
        resolution(&incident, "2026-11-23T12:45:00+03:00").state,
        TargetState::AtRisk
    );
    assert_eq!(
        resolution(&incident, "2026-11-23T14:00:00+03:00").state,
        TargetState::AtRisk
    );
    let late = resolution(&incident, "2026-11-23T14:01:00+03:00");
    assert_eq!(late.state, TargetState::Breached);
    assert_eq!(late.remaining_seconds, Some(-60));
    assert_eq!(
        late.breaches,
        vec![Breach {
            severity: Severity::Critical,
            due: at("2026-11-23T14:00:00+03:00")
        }]
    );
}

#[test]
fn a_due_time_at_closing_is_breached_after_closing_even_without_working_time() {
    // Critical opened Mon 14:00: due 19:00. At 20:00 no working time has
    // passed since, but the deadline has.
    let incident = Incident::opened(at("2026-11-23T14:00:00+03:00"), Severity::Critical);
    let status = resolution(&incident, "2026-11-23T20:00:00+03:00");
    assert_eq!(status.due, Some(at("2026-11-23T19:00:00+03:00")));
    assert_eq!(status.remaining_seconds, Some(0));
    assert_eq!(status.state, TargetState::Breached);
}

#[test]
fn pauses_stop_the_clock() {
    // High (8 h) opened Mon 10:00, waiting for the customer Mon 12:00 – Tue 10:00.
    let incident = Incident::opened(at("2026-11-23T10:00:00+03:00"), Severity::High)
        .paused(at("2026-11-23T12:00:00+03:00"))
        .resumed(at("2026-11-24T10:00:00+03:00"));
    let status = resolution(&incident, "2026-11-24T11:00:00+03:00");
    assert_eq!(status.elapsed_seconds, 3 * 3600);
    assert_eq!(status.due, Some(at("2026-11-24T16:00:00+03:00")));
    assert_eq!(status.state, TargetState::Running);
}

#[test]
fn while_paused_the_due_time_is_unknown_and_remaining_is_frozen() {
    let incident = Incident::opened(at("2026-11-23T10:00:00+03:00"), Severity::High)
        .paused(at("2026-11-23T12:00:00+03:00"));
    let status = resolution(&incident, "2026-11-25T12:00:00+03:00");
    assert_eq!(status.state, TargetState::Paused);
    assert_eq!(status.due, None);
    assert_eq!(status.remaining_seconds, Some(6 * 3600));
}

#[test]
fn severity_change_keeps_elapsed_time_and_pauses() {
    // Medium (16 h) opened Mon 10:00, paused 11:00–15:00, raised to
    // critical (5 h) at 16:00. Measured from the original start without
    // the pause: 10–11 and 15–19 → due Mon 19:00 (tools that drop the
    // pause say 15:00).
    let incident = Incident::opened(at("2026-11-23T10:00:00+03:00"), Severity::Medium)
        .paused(at("2026-11-23T11:00:00+03:00"))
        .resumed(at("2026-11-23T15:00:00+03:00"))
        .severity_changed(at("2026-11-23T16:00:00+03:00"), Severity::Critical);
    let status = resolution(&incident, "2026-11-23T16:00:00+03:00");
    assert_eq!(status.target_minutes, Some(300));
    assert_eq!(status.elapsed_seconds, 2 * 3600);
    assert_eq!(status.due, Some(at("2026-11-23T19:00:00+03:00")));
    assert!(status.breaches.is_empty());
}

#[test]
fn a_breach_under_the_old_severity_stays_recorded() {
    // Critical opened Mon 10:00 (due 15:00), lowered to high at 16:00 (due 18:00).
    let incident = Incident::opened(at("2026-11-23T10:00:00+03:00"), Severity::Critical)
        .severity_changed(at("2026-11-23T16:00:00+03:00"), Severity::High);
    let status = resolution(&incident, "2026-11-23T16:30:00+03:00");
    assert_eq!(status.due, Some(at("2026-11-23T18:00:00+03:00")));
    assert_eq!(status.state, TargetState::Breached);
    assert_eq!(
        status.breaches,
        vec![Breach {
            severity: Severity::Critical,
            due: at("2026-11-23T15:00:00+03:00")
        }]
    );
    // Lowered in time, nothing is recorded.
    let in_time = Incident::opened(at("2026-11-23T10:00:00+03:00"), Severity::Critical)
        .severity_changed(at("2026-11-23T14:00:00+03:00"), Severity::High);
    let status = resolution(&in_time, "2026-11-23T16:30:00+03:00");
    assert_eq!(status.state, TargetState::AtRisk);
    assert!(status.breaches.is_empty());
}

#[test]
fn response_at_the_due_time_is_met_and_a_minute_later_breached() {
    let opened = at("2026-11-23T10:00:00+03:00");
    let response = |when: &str| {
        Incident::opened(opened, Severity::High)
            .responded(at(when))
            .clock(at("2026-11-24T10:00:00+03:00"))
            .unwrap()
            .status(
                TargetKind::FirstResponse,
                office_targets,
                DEFAULT_AT_RISK_SHARE,
            )
            .unwrap()
    };
    let on_time = response("2026-11-23T11:00:00+03:00");
    assert_eq!(
        (on_time.state, on_time.stopped_at),
        (TargetState::Met, Some(at("2026-11-23T11:00:00+03:00")))
    );
    assert_eq!(on_time.due, Some(at("2026-11-23T11:00:00+03:00")));
    assert_eq!(
        response("2026-11-23T11:01:00+03:00").state,
        TargetState::Breached
    );
}

#[test]
fn resolution_counts_as_the_first_response() {
    let incident = Incident::opened(at("2026-11-23T10:00:00+03:00"), Severity::High)
        .resolved(at("2026-11-23T10:30:00+03:00"));
    let clock = incident.clock(at("2026-11-23T12:00:00+03:00")).unwrap();
    let response = clock
        .status(
            TargetKind::FirstResponse,
            office_targets,
            DEFAULT_AT_RISK_SHARE,
        )
        .unwrap();
    assert_eq!(response.state, TargetState::Met);
    assert_eq!(response.elapsed_seconds, 30 * 60);
}

#[test]
fn each_target_runs_on_its_own_calendar() {
    // Response "1 hour" around the clock, resolution "16 working hours".
    let office = Arc::new(moscow_office());
    let always = Arc::new(around_the_clock("Europe/Moscow"));
    let targets = |_| Targets {
        first_response: Some(Target {
            minutes: 60,
            calendar: Arc::clone(&always),
        }),
        resolution: Some(Target {
            minutes: 16 * 60,
            calendar: Arc::clone(&office),
        }),
    };
    let clock = Incident::opened(at("2026-11-20T18:00:00+03:00"), Severity::Medium)
        .clock(at("2026-11-20T18:10:00+03:00"))
        .unwrap();
    let response = clock
        .status(TargetKind::FirstResponse, targets, DEFAULT_AT_RISK_SHARE)
        .unwrap();
    let resolved = clock
        .status(TargetKind::Resolution, targets, DEFAULT_AT_RISK_SHARE)
        .unwrap();
    assert_eq!(response.due, Some(at("2026-11-20T19:00:00+03:00")));
    assert_eq!(resolved.due, Some(at("2026-11-24T16:00:00+03:00")));
}

#[test]
fn no_commitment_is_reported_as_such() {
    let incident = Incident::opened(at("2026-11-23T10:00:00+03:00"), Severity::Low);
    let status = resolution(&incident, "2026-11-23T11:00:00+03:00");
    assert_eq!(status.state, TargetState::NoCommitment);
    assert_eq!((status.due, status.remaining_seconds), (None, None));
}

#[test]
fn impossible_event_sequences_are_errors_that_say_why() {
    let opened = at("2026-11-23T10:00:00+03:00");
    let now = at("2026-11-23T18:00:00+03:00");
    let message = |incident: Incident| incident.clock(now).unwrap_err().to_string();
    assert!(message(
        Incident::opened(opened, Severity::High).resumed(at("2026-11-23T11:00:00+03:00"))
    )
    .contains("not paused"));
    assert!(message(
        Incident::opened(opened, Severity::High)
            .paused(at("2026-11-23T11:00:00+03:00"))
            .paused(at("2026-11-23T12:00:00+03:00"))
    )
    .contains("already paused"));
    assert!(message(
        Incident::opened(opened, Severity::High).paused(at("2026-11-23T09:00:00+03:00"))
    )
    .contains("before the incident was opened"));
    assert!(message(
        Incident::opened(opened, Severity::High).paused(at("2026-11-23T19:00:00+03:00"))
    )
    .contains("after the current time"));
    assert!(message(
        Incident::opened(opened, Severity::High)
            .resolved(at("2026-11-23T11:00:00+03:00"))
            .paused(at("2026-11-23T12:00:00+03:00"))
    )
    .contains("after the incident was resolved"));
    assert!(Incident::opened(opened, Severity::High)
        .clock(at("2026-11-23T09:00:00+03:00"))
        .is_err());
}

#[test]
fn incidents_round_trip_through_json() {
    let incident = Incident::opened(at("2026-11-23T10:00:00+03:00"), Severity::Critical)
        .paused(at("2026-11-23T11:00:00+03:00"))
        .severity_changed(at("2026-11-23T12:00:00+03:00"), Severity::High);
    let json = serde_json::to_string(&incident).unwrap();
    assert!(
        json.contains(r#"{"at":"2026-11-23T09:00:00Z","kind":"severity_changed","to":"high"}"#),
        "{json}"
    );
    assert_eq!(serde_json::from_str::<Incident>(&json).unwrap(), incident);
}

#[test]
fn an_added_event_keeps_time_order_and_one_before_the_opening_is_refused() {
    use chrono::{TimeZone, Utc};
    use slacalc_engine::sla::{Event, EventKind};
    let at = |h| Utc.with_ymd_and_hms(2026, 11, 23, h, 0, 0).unwrap();
    let mut incident = Incident::opened(at(10), Severity::High);
    incident
        .add(Event {
            at: at(14),
            kind: EventKind::Resumed,
        })
        .unwrap();
    incident
        .add(Event {
            at: at(12),
            kind: EventKind::Paused,
        })
        .unwrap();
    let kinds: Vec<EventKind> = incident.events.iter().map(|e| e.kind).collect();
    assert_eq!(kinds, [EventKind::Paused, EventKind::Resumed]);
    let error = incident
        .add(Event {
            at: at(9),
            kind: EventKind::Responded,
        })
        .unwrap_err();
    assert!(
        error.to_string().contains("before the incident was opened"),
        "{error}"
    );
    assert_eq!(incident.events.len(), 2, "a refused event is not added");
}

/// A naive reading of the clock rules, for the property test below: the
/// running stretches replayed from the events, and a due time found by
/// bisecting "working time on the clock by instant x" (no prefix sums, no
/// sharing between severities).
mod naive {
    use super::*;
    use chrono::{DateTime, Duration, Utc};
    use slacalc_engine::sla::{Event, EventKind};

    pub struct Replay {
        /// Running stretches; `None` runs on for ever.
        pub running: Vec<(DateTime<Utc>, Option<DateTime<Utc>>)>,
        pub severities: Vec<(DateTime<Utc>, Severity)>,
        pub resolved: Option<DateTime<Utc>>,
    }

    pub fn replay(incident: &Incident) -> Replay {
        let mut events: Vec<Event> = incident.events.clone();
        events.sort_by_key(|e| e.at);
        let mut replay = Replay {
            running: Vec::new(),
            severities: vec![(incident.opened, incident.severity)],
            resolved: None,
        };
        let mut since = Some(incident.opened);
        for event in events {
            match event.kind {
                EventKind::Paused => replay.running.push((since.take().unwrap(), Some(event.at))),
                EventKind::Resumed => since = Some(event.at),
                EventKind::SeverityChanged { to } => replay.severities.push((event.at, to)),
                EventKind::Resolved => replay.resolved = Some(event.at),
                EventKind::Responded => {}
            }
        }
        if let Some(from) = since {
            replay.running.push((from, None));
        }
        replay
    }

    fn on_clock(replay: &Replay, target: &Target, x: DateTime<Utc>) -> i64 {
        replay
            .running
            .iter()
            .map(|&(from, to)| {
                let to = to.map_or(x, |t| t.min(x));
                if from < to {
                    target.calendar.working_seconds(from, to).unwrap()
                } else {
                    0
                }
            })
            .sum()
    }

    /// The first instant by which the target's minutes are on the clock.
    pub fn due(replay: &Replay, target: &Target) -> Option<DateTime<Utc>> {
        let need = target.minutes as i64 * 60;
        let instant = |t: i64| DateTime::from_timestamp(t, 0).unwrap();
        let start = replay.running[0].0;
        let (mut lo, mut hi) = (start.timestamp(), (start + Duration::days(60)).timestamp());
        if on_clock(replay, target, instant(hi)) < need {
            return None;
        }
        // on_clock(lo) < need <= on_clock(hi)
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if on_clock(replay, target, instant(mid)) >= need {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        Some(instant(hi))
    }

    /// Breaches of the resolution target, earliest severity first.
    pub fn breaches(replay: &Replay, end: DateTime<Utc>) -> Vec<Breach> {
        let mut breaches = Vec::new();
        for (i, &(_, severity)) in replay.severities.iter().enumerate() {
            // In force until the next change, the last one until `end`.
            let until = replay.severities.get(i + 1).map_or(end, |s| s.0.min(end));
            let target = office_targets(severity).resolution;
            if let Some(due) = target.and_then(|t| due(replay, &t)) {
                if due < until {
                    breaches.push(Breach { severity, due });
                }
            }
        }
        breaches
    }
}

fn incident_strategy() -> impl proptest::strategy::Strategy<Value = Incident> {
    use proptest::prelude::*;
    // (minutes after the previous event, kind 0–3, severity 0–3)
    prop::collection::vec((0i64..600, 0u8..4, 0usize..4), 0..40).prop_map(|steps| {
        let opened = at("2026-11-23T09:00:00+03:00");
        let mut incident = Incident::opened(opened, Severity::Medium);
        let (mut t, mut paused, mut responded) = (opened, false, false);
        for (gap, kind, severity) in steps {
            t += chrono::Duration::minutes(gap);
            incident = match kind {
                0 if paused => incident.resumed(t),
                0 => incident.paused(t),
                1 if !responded => incident.responded(t),
                _ => incident.severity_changed(t, Severity::ALL[severity]),
            };
            paused ^= kind == 0;
            responded |= kind == 1;
        }
        incident
    })
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(128))]

    /// The clock's due time and breaches, shared across severity changes,
    /// are those of the naive replay for every incident.
    #[test]
    fn status_matches_a_naive_replay(incident in incident_strategy(), later in 0i64..3000) {
        let replay = naive::replay(&incident);
        let last = incident.events.iter().map(|e| e.at).max().unwrap_or(incident.opened);
        let now = last + chrono::Duration::minutes(later);
        let status = incident
            .clock(now)
            .unwrap()
            .status(TargetKind::Resolution, office_targets, DEFAULT_AT_RISK_SHARE)
            .unwrap();
        let severity = replay.severities.iter().rev().find(|s| s.0 <= now).unwrap().1;
        let expected_due = office_targets(severity)
            .resolution
            .and_then(|target| naive::due(&replay, &target));
        proptest::prop_assert_eq!(status.due, expected_due);
        proptest::prop_assert_eq!(status.breaches, naive::breaches(&replay, now));
    }
}

#[test]
fn events_and_their_problems_are_told_in_the_readers_language() {
    use slacalc_engine::sla::EventKind;
    use slacalc_i18n::{Lang, Plain};
    let changed = EventKind::SeverityChanged { to: Severity::High }.label();
    assert_eq!(changed.english(), "Severity changed to high");
    assert_eq!(
        changed.render(Lang::Ru, &Plain),
        "Уровень критичности изменён на «высокий»"
    );
    let error = "2026-11-20T09:00:00Z"
        .parse()
        .map(|at| Incident::opened(at, Severity::High).resumed(at))
        .unwrap()
        .clock("2026-11-20T10:00:00Z".parse().unwrap())
        .unwrap_err();
    // The event in the words of the event list, its instant exact (a page
    // shows it in the reader's zone: Text::shown_in).
    assert!(
        error
            .to_string()
            .starts_with("the event “Resumed” at 2026-11-20T09:00:00Z: the clock is not paused"),
        "{error}"
    );
    assert!(
        error.text().render(Lang::Ru, &Plain).starts_with(
            "событие «Возобновлён» в 2026-11-20T09:00:00Z: отсчёт не был приостановлен"
        ),
        "{}",
        error.text().render(Lang::Ru, &Plain)
    );
}

// The i18n crate writes an instant in plain figures by its own civil-date
// routine (it has no calendar library); chrono is the reference.
#[test]
fn plain_instants_agree_with_chrono_from_1900_to_2100() {
    use chrono::SecondsFormat;
    use slacalc_i18n::{Formats, Lang, Plain};
    let (first, last) = (-2_208_988_800_000_i64, 4_102_444_800_000_i64);
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    for step in 0..20_000 {
        // Every day's midnight boundary is hit by the first steps; the rest
        // are spread over the whole range, milliseconds and all.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let ms = if step < 2_000 {
            first + step * 86_400_000 * 36 - 1
        } else {
            first + (state % (last - first) as u64) as i64
        };
        let expected = chrono::DateTime::from_timestamp_millis(ms)
            .unwrap()
            .to_rfc3339_opts(SecondsFormat::Secs, true);
        assert_eq!(
            Plain.date_time(Lang::En, ms as f64, "UTC"),
            expected,
            "{ms}"
        );
    }
}
