//! The SLA clock: an incident's running and paused stretches, measured
//! against the targets of the severity in force.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use slacalc_i18n::{msg, Text, Value};

use crate::calendar::Calendar;
use crate::error::{Error, Result};

use super::{EventKind, Incident, Severity, Target, TargetKind, Targets};

/// The state of one target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetState {
    /// The plan promises nothing for this target.
    NoCommitment,
    /// The clock runs and the due time is ahead.
    Running,
    /// Running, past the at-risk share of the target.
    AtRisk,
    /// Waiting for the customer: the clock is stopped.
    Paused,
    /// The response or resolution came in time.
    Met,
    /// A due time passed before the target was met.
    Breached,
}

/// A due time that passed before the target was met, under the severity
/// in force then. Kept when the severity changes later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Breach {
    /// The severity in force when the due time passed.
    pub severity: Severity,
    /// The due time that passed.
    pub due: DateTime<Utc>,
}

/// What a clock says about one target at `now`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetStatus {
    /// Which target this is.
    pub kind: TargetKind,
    /// Where it stands.
    pub state: TargetState,
    /// The target in force (the current severity's), in minutes.
    pub target_minutes: Option<u64>,
    /// `None` with no commitment, while paused before the due time is
    /// reached, or if the calendar never supplies the time.
    pub due: Option<DateTime<Utc>>,
    /// Working seconds on the clock so far (pauses excluded).
    pub elapsed_seconds: i64,
    /// Target minus elapsed, in working seconds; negative once overrun.
    pub remaining_seconds: Option<i64>,
    /// When the response or resolution came, if it did.
    pub stopped_at: Option<DateTime<Utc>>,
    /// Due times that passed before the target was met, earliest severity
    /// first.
    pub breaches: Vec<Breach>,
}

/// An incident's timeline as of a given time, ready to be measured
/// against targets.
#[derive(Debug, Clone)]
pub struct Clock {
    now: DateTime<Utc>,
    /// Running stretches `[from, to)`; `to == None` runs on past `now`.
    running: Vec<(DateTime<Utc>, Option<DateTime<Utc>>)>,
    /// (from, severity) in order; the first is the opening severity.
    severities: Vec<(DateTime<Utc>, Severity)>,
    responded: Option<DateTime<Utc>>,
    resolved: Option<DateTime<Utc>>,
    paused_now: bool,
}

/// Share of a target past which a running clock is "at risk" unless told
/// otherwise.
pub const DEFAULT_AT_RISK_SHARE: f64 = 0.75;

impl Clock {
    pub(super) fn new(incident: &Incident, now: DateTime<Utc>) -> Result<Self> {
        if now < incident.opened {
            return Err(Error::invalid(
                Text::new(msg::SLA_NOW_BEFORE_OPENING)
                    .with("now", instant(now))
                    .with("opened", instant(incident.opened)),
            ));
        }
        let mut events = incident.events.clone();
        // Stable: events at the same instant keep the order they were given.
        crate::order::sort_by_key(&mut events, |e| e.at);
        let mut clock = Self {
            now,
            running: Vec::new(),
            severities: vec![(incident.opened, incident.severity)],
            responded: None,
            resolved: None,
            paused_now: false,
        };
        let mut run_from = Some(incident.opened);
        for event in &events {
            let at = event.at;
            // Which event, in the words the event list uses, and when: an
            // instant a page shows in its reader's zone (Text::shown_in), as
            // the list does; the command-line tool writes it in UTC.
            let problem = |key| {
                Error::invalid(
                    Text::new(key).with("now", instant(now)).with(
                        "event",
                        Text::new(msg::SLA_EVENT_AT)
                            .with("kind", event.kind.label())
                            .with("at", instant(at)),
                    ),
                )
            };
            if at < incident.opened {
                return Err(problem(msg::SLA_EVENT_IS_BEFORE_OPENING));
            }
            if at > now {
                return Err(problem(msg::SLA_EVENT_IS_AFTER_NOW));
            }
            if clock.resolved.is_some() {
                return Err(problem(msg::SLA_EVENT_AFTER_RESOLUTION));
            }
            match event.kind {
                EventKind::Paused => {
                    let from = run_from
                        .take()
                        .ok_or_else(|| problem(msg::SLA_ALREADY_PAUSED))?;
                    clock.running.push((from, Some(at)));
                }
                EventKind::Resumed => {
                    if run_from.is_some() {
                        return Err(problem(msg::SLA_NOT_PAUSED));
                    }
                    run_from = Some(at);
                }
                EventKind::SeverityChanged { to } => clock.severities.push((at, to)),
                EventKind::Responded => {
                    if clock.responded.is_some() {
                        return Err(problem(msg::SLA_ALREADY_RESPONDED));
                    }
                    clock.responded = Some(at);
                }
                EventKind::Resolved => {
                    clock.resolved = Some(at);
                    clock.responded.get_or_insert(at);
                }
            }
        }
        clock.paused_now = run_from.is_none();
        if let Some(from) = run_from {
            clock.running.push((from, None));
        }
        Ok(clock)
    }

    /// The severity in force at `at`.
    pub fn severity_at(&self, at: DateTime<Utc>) -> Severity {
        // The changes are in time order (the events are sorted when read).
        match self.severities.partition_point(|(from, _)| *from <= at) {
            0 => self.severities[0].1,
            n => self.severities[n - 1].1,
        }
    }

    /// True while the clock is stopped, waiting for the customer.
    pub fn is_paused(&self) -> bool {
        self.paused_now
    }

    fn stopped_at(&self, kind: TargetKind) -> Option<DateTime<Utc>> {
        match kind {
            TargetKind::FirstResponse => self.responded,
            TargetKind::Resolution => self.resolved,
        }
    }

    /// Working seconds on `calendar` in the running stretches before `until`.
    fn elapsed(&self, calendar: &Calendar, until: DateTime<Utc>) -> Result<i64> {
        let mut total = 0;
        for &(from, to) in &self.running {
            let to = to.map_or(until, |t| t.min(until));
            if from < to {
                total += calendar.working_seconds(from, to)?;
            }
        }
        Ok(total)
    }

    /// When `target` is reached given the pauses so far, assuming the clock
    /// runs on from the last resumption (also past a response or
    /// resolution, so a met target still shows the time it was due). `None` while paused short of it,
    /// or if the calendar never supplies the time.
    fn due(&self, target: &Target) -> Result<Option<DateTime<Utc>>> {
        let mut need = i64::try_from(target.minutes)
            .ok()
            .and_then(|m| m.checked_mul(60))
            .ok_or_else(|| {
                Error::out_of_range(
                    Text::new(msg::SLA_TARGET_TOO_LONG).with("minutes", target.minutes),
                )
            })?;
        for &(from, to) in &self.running {
            match to {
                // Closed by a pause.
                Some(to) => {
                    let available = target.calendar.working_seconds(from, to)?;
                    if available >= need {
                        return target.calendar.due_after_seconds(from, need);
                    }
                    need -= available;
                }
                None => return target.calendar.due_after_seconds(from, need),
            }
        }
        Ok(None)
    }

    /// The status of the `kind` target under `targets_for` (the targets of
    /// each severity), with the given at-risk share.
    pub fn status(
        &self,
        kind: TargetKind,
        targets_for: impl Fn(Severity) -> Targets,
        at_risk_share: f64,
    ) -> Result<TargetStatus> {
        let stopped = self.stopped_at(kind);
        let end = stopped.unwrap_or(self.now);
        // Breaches under severities that were in force earlier. A
        // severity's due time does not depend on when it was in force (it
        // is measured from the opening), so it is worked out once for each
        // severity, not once for each change: linear in the events.
        let mut due_of: [Option<Option<DateTime<Utc>>>; Severity::ALL.len()] =
            [None; Severity::ALL.len()];
        let mut breaches = Vec::new();
        for (i, &(_, severity)) in self.severities.iter().enumerate() {
            let Some(until) = self.severities.get(i + 1).map(|s| s.0) else {
                break;
            };
            let slot = &mut due_of[severity_index(severity)];
            let due = match *slot {
                Some(due) => due,
                None => *slot.insert(match targets_for(severity).get(kind) {
                    Some(target) => self.due(target)?,
                    None => None,
                }),
            };
            // Re-targeted from the original start: a due time already
            // past when this severity began is a breach of it too.
            if let Some(due) = due.filter(|&due| due < until.min(end)) {
                breaches.push(Breach { severity, due });
            }
        }
        let severity = self.severity_at(end);
        let Some(target) = targets_for(severity).get(kind).cloned() else {
            return Ok(TargetStatus {
                kind,
                state: TargetState::NoCommitment,
                target_minutes: None,
                due: None,
                elapsed_seconds: 0,
                remaining_seconds: None,
                stopped_at: stopped,
                breaches,
            });
        };
        let elapsed = self.elapsed(&target.calendar, end)?;
        let due = self.due(&target)?;
        let target_seconds = target.minutes as i64 * 60;
        if let Some(due) = due.filter(|&due| due < end) {
            breaches.push(Breach { severity, due });
        }
        let state = if !breaches.is_empty() {
            TargetState::Breached
        } else if stopped.is_some() {
            TargetState::Met
        } else if self.paused_now {
            TargetState::Paused
        } else if elapsed as f64 >= at_risk_share * target_seconds as f64 {
            TargetState::AtRisk
        } else {
            TargetState::Running
        };
        Ok(TargetStatus {
            kind,
            state,
            target_minutes: Some(target.minutes),
            due,
            elapsed_seconds: elapsed,
            remaining_seconds: Some(target_seconds - elapsed),
            stopped_at: stopped,
            breaches,
        })
    }
}

/// The position of `severity` in [`Severity::ALL`].
fn severity_index(severity: Severity) -> usize {
    Severity::ALL
        .iter()
        .position(|&s| s == severity)
        .expect("every severity is in Severity::ALL")
}

/// An instant for a message, named in UTC.
fn instant(at: DateTime<Utc>) -> Value {
    Value::DateTime {
        epoch_ms: at.timestamp_millis() as f64,
        zone: "UTC".to_owned(),
    }
}
