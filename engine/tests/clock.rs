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
