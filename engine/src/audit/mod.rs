//! The ticket audit: a helpdesk's export of tickets measured against a
//! plan's targets. Each ticket's first response and resolution are put on
//! the plan's SLA clock ([`crate::sla`]); the report says which targets
//! were met and which breached, per severity, and whether the share of
//! tickets within SLA reached what the plan promises (eXpress: 90 %).
//!
//! A ticket is *within SLA* when every target the plan promises for its
//! severity was met; *outside* as soon as one was breached; *pending*
//! while a promised target still runs (no response or resolution yet, due
//! time ahead). Pending tickets and those the plan promises nothing for
//! are left out of the share, and counted apart. A target whose column
//! the file lacks (no `responded`) is not measured, never "unanswered".
//! Every ticket is read at one time, the later of the clock given and the
//! file's last time. The export carries no
//! pauses or severity changes, so each ticket's clock runs from opening
//! at the severity given.

mod decode;
mod tickets;

use chrono::{DateTime, Utc};
use slacalc_i18n::{msg, Text, Value};

use crate::calendar::iso;
use crate::catalog::Catalog;
use crate::error::{Error, Result};
use crate::price::quote::csv_field;
use crate::sla::{Incident, Severity, TargetKind, TargetState, DEFAULT_AT_RISK_SHARE};

pub use decode::{decode, Encoding};
pub use tickets::{
    read_instant, read_severity, read_tickets, Column, RowProblem, Ticket, Tickets, MAX_TICKETS,
};

/// An example export, for a first look at the audit: ten tickets from
/// September 2026 in Moscow time, as a helpdesk writes them.
pub const EXAMPLE_EXPORT: &str = "id,severity,opened,responded,resolved
SD-1041,critical,2026-09-01T10:15:00+03:00,2026-09-01T10:40:00+03:00,2026-09-01T13:05:00+03:00
SD-1042,high,2026-09-01T18:30:00+03:00,2026-09-02T10:20:00+03:00,2026-09-02T15:00:00+03:00
SD-1043,medium,2026-09-02T11:00:00+03:00,2026-09-02T12:30:00+03:00,2026-09-03T16:00:00+03:00
SD-1044,low,2026-09-04T17:00:00+03:00,2026-09-04T17:45:00+03:00,2026-09-10T12:00:00+03:00
SD-1045,critical,2026-09-05T12:00:00+03:00,2026-09-07T10:10:00+03:00,2026-09-07T14:00:00+03:00
SD-1046,high,2026-09-08T09:00:00+03:00,2026-09-08T10:45:00+03:00,
SD-1047,medium,2026-09-09T14:00:00+03:00,2026-09-09T14:20:00+03:00,2026-09-10T11:00:00+03:00
SD-1048,low,2026-09-10T10:00:00+03:00,2026-09-10T10:05:00+03:00,2026-09-11T18:00:00+03:00
SD-1049,high,2026-09-11T16:00:00+03:00,2026-09-11T16:30:00+03:00,2026-09-14T13:00:00+03:00
SD-1050,critical,2026-09-14T11:00:00+03:00,2026-09-14T11:30:00+03:00,2026-09-14T17:30:00+03:00
";

/// How one target of one ticket came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The plan promises nothing for this target at this severity.
    NotPromised,
    /// The file has no column for this target's time (no `responded`
    /// column, say): no time there is not the same as no answer.
    NotMeasured,
    /// Answered by the due time.
    Met {
        /// When it was due (`None` only if the clock gave none).
        due: Option<DateTime<Utc>>,
        /// When the response or resolution came.
        at: DateTime<Utc>,
    },
    /// The due time passed first.
    Breached {
        /// When it was due (`None`: the calendar never supplies the time,
        /// which a promise cannot be).
        due: Option<DateTime<Utc>>,
        /// When the response or resolution came, if it has.
        at: Option<DateTime<Utc>>,
    },
    /// Not answered yet, and not yet due.
    Running {
        /// When it is due.
        due: Option<DateTime<Utc>>,
    },
}

impl Outcome {
    fn is_breach(self) -> bool {
        matches!(self, Outcome::Breached { .. })
    }
}

/// Where a ticket stands against its plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Every promised target met.
    Within,
    /// At least one promised target breached.
    Outside,
    /// A promised target still runs, none breached.
    Pending,
    /// The plan promises nothing at this severity.
    NotPromised,
}

/// One ticket's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketResult {
    /// The ticket as read.
    pub ticket: Ticket,
    /// Its first response.
    pub response: Outcome,
    /// Its resolution.
    pub resolution: Outcome,
    /// Both together.
    pub standing: Standing,
}

/// Counts of one target's outcomes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Met in time.
    pub met: usize,
    /// Breached.
    pub breached: usize,
    /// Still running.
    pub running: usize,
    /// Nothing promised.
    pub not_promised: usize,
    /// Not measured: the file has no column for it.
    pub not_measured: usize,
}

impl Tally {
    fn add(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::NotPromised => self.not_promised += 1,
            Outcome::NotMeasured => self.not_measured += 1,
            Outcome::Met { .. } => self.met += 1,
            Outcome::Breached { .. } => self.breached += 1,
            Outcome::Running { .. } => self.running += 1,
        }
    }
}

/// The tickets of one severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeverityTally {
    /// The severity.
    pub severity: Severity,
    /// How many tickets had it.
    pub tickets: usize,
    /// Their first responses.
    pub response: Tally,
    /// Their resolutions.
    pub resolution: Tally,
}

/// The audit of a file of tickets against one plan.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditReport {
    /// The plan audited against.
    pub plan_id: String,
    /// Its name, in the catalog's words (translated where shown).
    pub plan_name: String,
    /// Every ticket read, in the file's order.
    pub tickets: Vec<TicketResult>,
    /// The severities that had tickets, most severe first.
    pub by_severity: Vec<SeverityTally>,
    /// Tickets with every promised target met.
    pub within: usize,
    /// Tickets with a promised target breached.
    pub outside: usize,
    /// Tickets still running.
    pub pending: usize,
    /// Tickets the plan promises nothing for.
    pub not_promised: usize,
    /// The share of tickets the plan promises within SLA, in percent
    /// (`None`: the plan names no share; each target is a promise).
    pub promised_percent: Option<u8>,
    /// The lines of the file that are not tickets, and why.
    pub problems: Vec<RowProblem>,
    /// The time every ticket was read at: the later of the clock given and
    /// the file's last time (an export taken ahead of this machine's clock
    /// is still read whole, and every ticket at the same time).
    pub as_of: DateTime<Utc>,
    /// The targets the file cannot measure, for want of their column.
    pub not_measured: Vec<TargetKind>,
}

impl AuditReport {
    /// Each breached target of each ticket outside SLA, in the file's
    /// order: the ticket, which target, when it was due and when (if) it
    /// was answered.
    pub fn breaches(&self) -> impl Iterator<Item = Breached<'_>> {
        self.tickets.iter().flat_map(|result| {
            [
                (TargetKind::FirstResponse, result.response),
                (TargetKind::Resolution, result.resolution),
            ]
            .into_iter()
            .filter_map(move |(kind, outcome)| match outcome {
                Outcome::Breached { due, at } => Some(Breached {
                    ticket: &result.ticket,
                    kind,
                    due,
                    answered: at,
                }),
                _ => None,
            })
        })
    }

    /// Every ticket's result as CSV for a spreadsheet: the ticket's line
    /// and id, its severity, and per target the due time, the answer and
    /// the outcome (`met`, `breached`, `running`, `not_promised`); times
    /// in UTC, words as in links, the same in every language.
    pub fn to_csv(&self) -> String {
        let mut out = String::from(
            "line,id,severity,opened,response_due,responded,response,resolution_due,resolved,resolution,standing\n",
        );
        let time = |at: Option<DateTime<Utc>>| at.map(iso::instant_text).unwrap_or_default();
        for r in &self.tickets {
            let t = &r.ticket;
            let (response_due, response) = outcome_words(r.response);
            let (resolution_due, resolution) = outcome_words(r.resolution);
            let fields = [
                t.line.to_string(),
                csv_field(&t.id),
                t.severity.as_str().to_owned(),
                iso::instant_text(t.opened),
                time(response_due),
                time(t.responded),
                response.to_owned(),
                time(resolution_due),
                time(t.resolved),
                resolution.to_owned(),
                standing_word(r.standing).to_owned(),
            ];
            out.push_str(&fields.join(","));
            out.push('\n');
        }
        out
    }

    /// Tickets whose every promised target has an outcome.
    pub fn concluded(&self) -> usize {
        self.within + self.outside
    }

    /// The share within SLA in percent, rounded down to a tenth, as it is
    /// shown: rounding up could show "90 %" beside a broken 90 % promise.
    pub fn percent_within(&self) -> Option<f64> {
        let concluded = self.concluded() as u64;
        (concluded > 0).then(|| (self.within as u64 * 1000 / concluded) as f64 / 10.0)
    }

    /// Whether the plan kept its promise: the share within SLA reached the
    /// promised percent (every ticket, when the plan names none). `None`
    /// with no concluded ticket.
    pub fn promise_kept(&self) -> Option<bool> {
        let concluded = self.concluded();
        if concluded == 0 {
            return None;
        }
        let percent = u64::from(self.promised_percent.unwrap_or(100));
        // Exact: within / concluded ≥ percent / 100, in integers.
        Some(self.within as u64 * 100 >= percent * concluded as u64)
    }

    /// The verdict in words: the promise kept or broken, with the figures
    /// it rests on; no verdict while no ticket has concluded, and saying
    /// so when the file held no ticket at all.
    pub fn verdict(&self) -> Text {
        if self.tickets.is_empty() {
            return Text::new(msg::AUDIT_NOTHING_READ);
        }
        let (Some(kept), Some(percent)) = (self.promise_kept(), self.percent_within()) else {
            return Text::new(msg::AUDIT_VERDICT_NONE);
        };
        let plan = Value::Catalog(self.plan_name.clone());
        let concluded = self.concluded();
        match self.promised_percent {
            Some(promised) => Text::new(if kept {
                msg::AUDIT_VERDICT_KEPT
            } else {
                msg::AUDIT_VERDICT_BROKEN
            })
            .with("within", self.within)
            .with("concluded", concluded)
            .with(
                "percent",
                Value::Number {
                    value: percent,
                    max_fraction: 1,
                },
            )
            .with("plan", plan)
            .with("promised", promised),
            None if kept => Text::new(msg::AUDIT_VERDICT_ALL_KEPT)
                .with("concluded", concluded)
                .with("plan", plan),
            None => Text::new(msg::AUDIT_VERDICT_ALL_BROKEN)
                .with("outside", self.outside)
                .with("concluded", concluded)
                .with("plan", plan),
        }
    }
}

impl SeverityTally {
    /// One target's outcomes at this severity in words: the counts, or
    /// that the plan promises nothing here, or that the file cannot say.
    pub fn describe(&self, kind: TargetKind) -> Text {
        let t = match kind {
            TargetKind::FirstResponse => self.response,
            TargetKind::Resolution => self.resolution,
        };
        if t.not_promised == self.tickets {
            Text::new(msg::AUDIT_TALLY_NONE)
        } else if t.not_measured + t.not_promised == self.tickets {
            Text::new(msg::AUDIT_TALLY_NOT_MEASURED)
        } else {
            Text::new(msg::AUDIT_TALLY)
                .with("met", t.met)
                .with("breached", t.breached)
                .with("running", t.running)
        }
    }
}

/// Audits `tickets` against plan `plan_id` of `catalog`, as of `now`
/// (a ticket not yet answered is breached once its due time is before
/// `now`, running until then). A ticket the clock cannot measure (a time
/// outside the years slacalc computes) becomes a row problem.
pub fn audit(
    catalog: &Catalog,
    plan_id: &str,
    tickets: &Tickets,
    now: DateTime<Utc>,
) -> Result<AuditReport> {
    let plan = catalog
        .plan(plan_id)
        .ok_or_else(|| Error::invalid(Text::new(msg::AUDIT_UNKNOWN_PLAN).with("plan", plan_id)))?
        .plan;
    let targets_for = |s: Severity| catalog.targets(plan, s);
    let as_of = tickets
        .tickets
        .iter()
        .flat_map(|t| [Some(t.opened), t.responded, t.resolved])
        .flatten()
        .fold(now, DateTime::max);
    let not_measured: Vec<TargetKind> = [
        (Column::Responded, TargetKind::FirstResponse),
        (Column::Resolved, TargetKind::Resolution),
    ]
    .into_iter()
    .filter(|(column, _)| !tickets.columns.contains(column))
    .map(|(_, kind)| kind)
    .collect();
    let mut report = AuditReport {
        plan_id: plan_id.to_owned(),
        plan_name: plan.name.to_string(),
        tickets: Vec::with_capacity(tickets.tickets.len()),
        by_severity: Vec::new(),
        within: 0,
        outside: 0,
        pending: 0,
        not_promised: 0,
        promised_percent: plan.commitment_share.as_ref().map(|s| s.percent),
        problems: tickets.problems.clone(),
        as_of,
        not_measured: not_measured.clone(),
    };
    let mut tallies: [Option<SeverityTally>; Severity::ALL.len()] = [None; Severity::ALL.len()];
    for ticket in &tickets.tickets {
        let measured = measure(ticket, &targets_for, as_of);
        let (response, resolution) = match measured {
            Ok((response, resolution)) => {
                let unless_missing = |kind, outcome| match outcome {
                    Outcome::NotPromised => outcome,
                    _ if not_measured.contains(&kind) => Outcome::NotMeasured,
                    _ => outcome,
                };
                (
                    unless_missing(TargetKind::FirstResponse, response),
                    unless_missing(TargetKind::Resolution, resolution),
                )
            }
            Err(e) => {
                report.problems.push(RowProblem {
                    line: ticket.line,
                    column: None,
                    heading: None,
                    message: e.text().clone(),
                });
                continue;
            }
        };
        let promised = [response, resolution]
            .into_iter()
            .filter(|o| !matches!(o, Outcome::NotPromised | Outcome::NotMeasured));
        let standing = if response.is_breach() || resolution.is_breach() {
            report.outside += 1;
            Standing::Outside
        } else if promised.clone().count() == 0 {
            report.not_promised += 1;
            Standing::NotPromised
        } else if promised
            .clone()
            .any(|o| matches!(o, Outcome::Running { .. }))
        {
            report.pending += 1;
            Standing::Pending
        } else {
            report.within += 1;
            Standing::Within
        };
        let index = Severity::ALL
            .iter()
            .position(|&s| s == ticket.severity)
            .unwrap_or(0);
        let tally = tallies[index].get_or_insert(SeverityTally {
            severity: ticket.severity,
            tickets: 0,
            response: Tally::default(),
            resolution: Tally::default(),
        });
        tally.tickets += 1;
        tally.response.add(response);
        tally.resolution.add(resolution);
        report.tickets.push(TicketResult {
            ticket: ticket.clone(),
            response,
            resolution,
            standing,
        });
    }
    report.by_severity = tallies.into_iter().flatten().collect();
    crate::order::sort_by_key(&mut report.problems, |p| p.line);
    Ok(report)
}

/// A target a ticket breached ([`AuditReport::breaches`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Breached<'a> {
    /// The ticket.
    pub ticket: &'a Ticket,
    /// Which target.
    pub kind: TargetKind,
    /// When it was due.
    pub due: Option<DateTime<Utc>>,
    /// When the response or resolution came, if it has.
    pub answered: Option<DateTime<Utc>>,
}

fn outcome_words(outcome: Outcome) -> (Option<DateTime<Utc>>, &'static str) {
    match outcome {
        Outcome::NotPromised => (None, "not_promised"),
        Outcome::NotMeasured => (None, "not_measured"),
        Outcome::Met { due, .. } => (due, "met"),
        Outcome::Breached { due, .. } => (due, "breached"),
        Outcome::Running { due } => (due, "running"),
    }
}

fn standing_word(standing: Standing) -> &'static str {
    match standing {
        Standing::Within => "within",
        Standing::Outside => "outside",
        Standing::Pending => "pending",
        Standing::NotPromised => "not_promised",
    }
}

/// A ticket's two outcomes on its plan's clock.
fn measure(
    ticket: &Ticket,
    targets_for: &impl Fn(Severity) -> crate::sla::Targets,
    now: DateTime<Utc>,
) -> Result<(Outcome, Outcome)> {
    let mut incident = Incident::opened(ticket.opened, ticket.severity);
    if let Some(at) = ticket.responded {
        incident = incident.responded(at);
    }
    if let Some(at) = ticket.resolved {
        incident = incident.resolved(at);
    }
    let clock = incident.clock(now)?;
    let outcome = |kind: TargetKind| -> Result<Outcome> {
        let status = clock.status(kind, targets_for, DEFAULT_AT_RISK_SHARE)?;
        Ok(match status.state {
            TargetState::NoCommitment => Outcome::NotPromised,
            TargetState::Met => Outcome::Met {
                due: status.due,
                at: status.stopped_at.unwrap_or(now),
            },
            TargetState::Breached => Outcome::Breached {
                due: status.breaches.first().map(|b| b.due).or(status.due),
                at: status.stopped_at,
            },
            TargetState::Running | TargetState::AtRisk | TargetState::Paused => {
                Outcome::Running { due: status.due }
            }
        })
    };
    Ok((
        outcome(TargetKind::FirstResponse)?,
        outcome(TargetKind::Resolution)?,
    ))
}
