//! One incident against one plan: the response and resolution clocks, and
//! a timeline of working and non-working time between opening and the due
//! times, as the deadline view shows them.

use chrono::{DateTime, Duration, Utc};

use crate::catalog::{Catalog, Plan};
use crate::error::{Error, Result};
use crate::sla::{
    EventKind, Incident, Severity, TargetKind, TargetStatus, Targets, DEFAULT_AT_RISK_SHARE,
};

/// A stretch of time on the timeline: working time of a lane, or a pause.
pub use crate::calendar::Span;

/// The clock of one target with the calendar it runs on.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetReport {
    /// Where the clock stands.
    pub status: TargetStatus,
    /// The calendar's name (e.g. "Working days 10:00–19:00 Moscow time").
    pub calendar: Option<String>,
    /// The calendar's zone: the provider's time.
    pub provider_zone: Option<chrono_tz::Tz>,
}

/// One row of the timeline: a target's calendar and its working time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lane {
    /// The clock and its calendar, e.g. "Resolution clock: Working days …".
    pub label: String,
    /// Working time of the lane's calendar within the timeline.
    pub spans: Vec<Span>,
}

/// What a mark on the timeline stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// The incident was opened.
    Opened,
    /// Something happened to the incident (a pause, a response, …).
    Event,
    /// The first response falls due.
    ResponseDue,
    /// The resolution falls due.
    ResolutionDue,
    /// The time the clocks were read at.
    Now,
}

/// A labelled instant on the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// When it is.
    pub at: DateTime<Utc>,
    /// What it stands for.
    pub kind: MarkKind,
    /// Its label in words.
    pub label: String,
}

/// Working and non-working time from opening to the last due time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    /// The incident's opening.
    pub start: DateTime<Utc>,
    /// The latest due time, response, resolution or event; at least a day
    /// after the start, at most [`TIMELINE_LIMIT_DAYS`] after it.
    pub end: DateTime<Utc>,
    /// One lane per target with a commitment.
    pub lanes: Vec<Lane>,
    /// Waiting for the customer.
    pub paused: Vec<Span>,
    /// The opening, the events, the due times within the timeline, and now.
    pub marks: Vec<Mark>,
}

/// One incident against one plan, as the deadline view shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct DeadlineReport {
    /// The instant the clocks were read at (see [`reading_time`]).
    pub now: DateTime<Utc>,
    /// The first-response clock.
    pub response: TargetReport,
    /// The resolution clock.
    pub resolution: TargetReport,
    /// Working and non-working time from opening to the due times.
    pub timeline: Timeline,
}

/// The longest timeline drawn; a longer wait is cut and says so.
pub const TIMELINE_LIMIT_DAYS: i64 = 45;

/// The clocks are read at the later of `now` and the incident's last known
/// instant, so an incident opened in the future ("what if it happens on
/// Friday night?") is shown as just opened.
pub fn reading_time(incident: &Incident, now: DateTime<Utc>) -> DateTime<Utc> {
    incident
        .events
        .iter()
        .map(|e| e.at)
        .chain([incident.opened, now])
        .max()
        .unwrap_or(now)
}

/// The report of `incident` under plan `plan_id`, read at `now`.
pub fn report(
    catalog: &Catalog,
    plan_id: &str,
    incident: &Incident,
    now: DateTime<Utc>,
) -> Result<DeadlineReport> {
    let plan = catalog
        .plan(plan_id)
        .ok_or_else(|| unknown_plan(plan_id))?
        .plan;
    let now = reading_time(incident, now);
    let clock = incident.clock(now)?;
    let targets_for = |s: Severity| catalog.targets(plan, s);
    let response = clock.status(
        TargetKind::FirstResponse,
        targets_for,
        DEFAULT_AT_RISK_SHARE,
    )?;
    let resolution = clock.status(TargetKind::Resolution, targets_for, DEFAULT_AT_RISK_SHARE)?;
    let final_severity = clock.severity_at(now);
    let final_targets = catalog.targets(plan, final_severity);

    let start = incident.opened;
    let mut end = [
        response.due,
        resolution.due,
        response.stopped_at,
        resolution.stopped_at,
    ]
    .into_iter()
    .flatten()
    .chain(incident.events.iter().map(|e| e.at))
    .max()
    .unwrap_or(start)
    .max(start + Duration::hours(24));
    end = end.min(start + Duration::days(TIMELINE_LIMIT_DAYS));

    let mut lanes = Vec::new();
    for (kind, label) in [
        (TargetKind::FirstResponse, "Response clock"),
        (TargetKind::Resolution, "Resolution clock"),
    ] {
        if let Some(target) = final_targets.get(kind) {
            let name = calendar_name(catalog, plan, final_severity, kind);
            lanes.push(Lane {
                label: format!("{label}: {name}"),
                spans: target.calendar.working_spans(start, end, 400)?,
            });
        }
    }

    let mut marks = vec![Mark {
        at: start,
        kind: MarkKind::Opened,
        label: "Opened".to_owned(),
    }];
    let mut paused = Vec::new();
    let mut pause_start = None;
    let mut events = incident.events.clone();
    events.sort_by_key(|e| e.at);
    for event in &events {
        let label = match event.kind {
            EventKind::Paused => {
                pause_start = Some(event.at);
                "Paused".to_owned()
            }
            EventKind::Resumed => {
                if let Some(from) = pause_start.take() {
                    paused.push(Span {
                        start: from,
                        end: event.at,
                    });
                }
                "Resumed".to_owned()
            }
            EventKind::SeverityChanged { to } => format!("Severity → {to}"),
            EventKind::Responded => "Responded".to_owned(),
            EventKind::Resolved => "Resolved".to_owned(),
        };
        marks.push(Mark {
            at: event.at,
            kind: MarkKind::Event,
            label,
        });
    }
    if let Some(from) = pause_start {
        paused.push(Span {
            start: from,
            end: end.max(from),
        });
    }
    for (status, kind, label) in [
        (&response, MarkKind::ResponseDue, "Response due"),
        (&resolution, MarkKind::ResolutionDue, "Resolution due"),
    ] {
        if let Some(due) = status.due.filter(|d| *d <= end) {
            marks.push(Mark {
                at: due,
                kind,
                label: label.to_owned(),
            });
        }
    }
    if now > start && now <= end {
        marks.push(Mark {
            at: now,
            kind: MarkKind::Now,
            label: "Now".to_owned(),
        });
    }

    let target_report = |status: TargetStatus, kind: TargetKind| TargetReport {
        calendar: final_targets
            .get(kind)
            .map(|_| calendar_name(catalog, plan, final_severity, kind)),
        provider_zone: final_targets.get(kind).map(|t| t.calendar.tz()),
        status,
    };
    Ok(DeadlineReport {
        now,
        response: target_report(response, TargetKind::FirstResponse),
        resolution: target_report(resolution, TargetKind::Resolution),
        timeline: Timeline {
            start,
            end,
            lanes,
            paused,
            marks,
        },
    })
}

/// One plan's due times for an incident, beside the plan the incident is
/// under: "what would 24/7 have changed?".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    /// The plan's id.
    pub plan_id: String,
    /// The plan's name.
    pub plan_name: String,
    /// When the first response would be due under this plan.
    pub response_due: Option<DateTime<Utc>>,
    /// When the resolution would be due under this plan.
    pub resolution_due: Option<DateTime<Utc>>,
}

/// The same incident under every plan of `plan_id`'s provider, read at
/// `now`.
pub fn provider_alternatives(
    catalog: &Catalog,
    plan_id: &str,
    incident: &Incident,
    now: DateTime<Utc>,
) -> Result<Vec<Alternative>> {
    let provider = catalog
        .providers()
        .iter()
        .find(|p| p.plans.iter().any(|plan| plan.id == plan_id))
        .ok_or_else(|| unknown_plan(plan_id))?;
    let now = reading_time(incident, now);
    let clock = incident.clock(now)?;
    provider
        .plans
        .iter()
        .map(|plan| {
            let targets_for = |s: Severity| -> Targets { catalog.targets(plan, s) };
            let due = |kind| {
                clock
                    .status(kind, targets_for, DEFAULT_AT_RISK_SHARE)
                    .map(|s| s.due)
            };
            Ok(Alternative {
                plan_id: plan.id.clone(),
                plan_name: plan.name.clone(),
                response_due: due(TargetKind::FirstResponse)?,
                resolution_due: due(TargetKind::Resolution)?,
            })
        })
        .collect()
}

fn calendar_name(catalog: &Catalog, plan: &Plan, severity: Severity, kind: TargetKind) -> String {
    use crate::catalog::Commitment;
    let targets = plan.targets_for(severity);
    let commitment = match kind {
        TargetKind::FirstResponse => &targets.first_response,
        TargetKind::Resolution => &targets.resolution,
    };
    match commitment {
        Commitment::Target { calendar, .. } => catalog
            .calendar_entry(calendar)
            .map_or_else(|| calendar.clone(), |c| c.name.clone()),
        Commitment::None { .. } => "no commitment".to_owned(),
    }
}

fn unknown_plan(id: &str) -> Error {
    Error::invalid(format!(
        "unknown plan `{id}`; choose one of the catalog's plans"
    ))
}
