//! One incident against one plan: the response and resolution clocks, and
//! a timeline of working and non-working time between opening and the due
//! times, as the deadline view shows them: its [`Axis`] draws working
//! stretches to scale with hour ticks and long closed stretches short,
//! with a break, so Monday's hours are not squeezed against the edge by
//! the weekend before them.

use crate::tz::Tz;
use chrono::{DateTime, Duration, Timelike, Utc};
use slacalc_i18n::{msg, Text};

use crate::catalog::{Catalog, Plan};
use crate::error::{Error, Result};
use crate::order::TotalOrder;
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
    /// The calendar in words (e.g. "Working days 10:00–19:00 Moscow
    /// time"), to render in the reader's language.
    pub calendar: Option<Text>,
    /// The calendar's zone: the provider's time.
    pub provider_zone: Option<Tz>,
}

/// One row of the timeline: a target's calendar and its working time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lane {
    /// The clock and its calendar, e.g. "Resolution clock: Working days …".
    pub label: Text,
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
    pub label: Text,
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
        (TargetKind::FirstResponse, msg::DEADLINE_LANE_RESPONSE),
        (TargetKind::Resolution, msg::DEADLINE_LANE_RESOLUTION),
    ] {
        if let Some(target) = final_targets.get(kind) {
            let name = calendar_name(catalog, plan, final_severity, kind);
            lanes.push(Lane {
                label: Text::new(label).with("calendar", name),
                spans: target.calendar.working_spans(start, end, 400)?,
            });
        }
    }

    let mut marks = vec![Mark {
        at: start,
        kind: MarkKind::Opened,
        label: Text::new(msg::DEADLINE_MARK_OPENED),
    }];
    let mut paused = Vec::new();
    let mut pause_start = None;
    let mut events = incident.events.clone();
    crate::order::sort_by_key(&mut events, |e| e.at);
    for event in &events {
        let label = match event.kind {
            EventKind::Paused => {
                pause_start = Some(event.at);
                Text::new(msg::DEADLINE_MARK_PAUSED)
            }
            EventKind::Resumed => {
                if let Some(from) = pause_start.take() {
                    paused.push(Span {
                        start: from,
                        end: event.at,
                    });
                }
                Text::new(msg::DEADLINE_MARK_RESUMED)
            }
            EventKind::SeverityChanged { to } => {
                Text::new(msg::DEADLINE_MARK_SEVERITY).with("severity", to.label())
            }
            EventKind::Responded => Text::new(msg::DEADLINE_MARK_RESPONDED),
            EventKind::Resolved => Text::new(msg::DEADLINE_MARK_RESOLVED),
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
        (
            &response,
            MarkKind::ResponseDue,
            msg::DEADLINE_MARK_RESPONSE_DUE,
        ),
        (
            &resolution,
            MarkKind::ResolutionDue,
            msg::DEADLINE_MARK_RESOLUTION_DUE,
        ),
    ] {
        if let Some(due) = status.due.filter(|d| *d <= end) {
            marks.push(Mark {
                at: due,
                kind,
                label: Text::new(label),
            });
        }
    }
    if now > start && now <= end {
        marks.push(Mark {
            at: now,
            kind: MarkKind::Now,
            label: Text::new(msg::DEADLINE_MARK_NOW),
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
                plan_id: plan.id.to_string(),
                plan_name: plan.name.to_string(),
                response_due: due(TargetKind::FirstResponse)?,
                resolution_due: due(TargetKind::Resolution)?,
            })
        })
        .collect()
}

fn calendar_name(catalog: &Catalog, plan: &Plan, severity: Severity, kind: TargetKind) -> Text {
    use crate::catalog::Commitment;
    let targets = plan.targets_for(severity);
    let commitment = match kind {
        TargetKind::FirstResponse => &targets.first_response,
        TargetKind::Resolution => &targets.resolution,
    };
    match commitment {
        Commitment::Target { calendar, .. } => catalog
            .calendar_entry(calendar)
            .map_or_else(|| Text::verbatim(&**calendar), |c| c.words()),
        Commitment::None { .. } => Text::new(msg::DEADLINE_NO_COMMITMENT),
    }
}

fn unknown_plan(id: &str) -> Error {
    Error::invalid(Text::new(msg::DEADLINE_UNKNOWN_PLAN).with("plan", id))
}

/// A non-working stretch at least this long is drawn compressed, with a
/// visible break, so a weekend does not take the picture from Monday.
pub const COMPRESS_AFTER_SECONDS: i64 = 3 * 3600;
/// The width a compressed stretch is drawn with, as seconds of working
/// time would be: an hour and a half, or a tenth of the time drawn to
/// scale when that is less, so a break stays a break on a short timeline.
const COMPRESSED_WEIGHT: f64 = 1.5 * 3600.0;

/// One piece of a timeline's horizontal axis.
#[derive(Debug, Clone, PartialEq)]
pub struct AxisPiece {
    /// Where the piece starts.
    pub start: DateTime<Utc>,
    /// Where it ends.
    pub end: DateTime<Utc>,
    /// True for a long non-working stretch, drawn short with a break.
    pub compressed: bool,
    /// Where it starts on the axis, 0 to 1.
    pub x0: f64,
    /// Where it ends on the axis, 0 to 1.
    pub x1: f64,
}

/// A labelled place on the axis: an hour tick or the start of a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AxisLabel {
    /// The instant it stands for.
    pub at: DateTime<Utc>,
    /// Its text: "14:00", or "Mon 23 Nov".
    pub text: String,
}

/// A timeline's horizontal axis: time, with long non-working stretches
/// (no lane works, nothing happens) compressed to a short break, and
/// working stretches to scale.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    /// The pieces, in time order, covering the timeline.
    pub pieces: Vec<AxisPiece>,
}

impl Axis {
    /// The axis of `timeline`: the stretches where no lane works and no
    /// mark falls, when at least [`COMPRESS_AFTER_SECONDS`] long, are
    /// compressed.
    pub fn of(timeline: &Timeline) -> Self {
        let (start, end) = (timeline.start, timeline.end.max(timeline.start));
        // Working time of any lane, joined.
        let mut working: Vec<Span> = timeline
            .lanes
            .iter()
            .flat_map(|l| l.spans.iter().copied())
            .filter_map(|s| {
                let (a, b) = (s.start.max(start), s.end.min(end));
                (a < b).then_some(Span { start: a, end: b })
            })
            .collect();
        crate::order::sort_by_key(&mut working, |s| s.start);
        let mut joined: Vec<Span> = Vec::new();
        for span in working {
            match joined.last_mut() {
                Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
                _ => joined.push(span),
            }
        }
        // The gaps between, split so that no mark falls inside a
        // compressed stretch (a mark keeps an hour around it to scale).
        let mut raw: Vec<(DateTime<Utc>, DateTime<Utc>, bool)> = Vec::new();
        let mut cursor = start;
        let gap = |from: DateTime<Utc>, to: DateTime<Utc>, raw: &mut Vec<_>| {
            let mut from = from;
            let mut inside: Vec<DateTime<Utc>> = timeline
                .marks
                .iter()
                .map(|m| m.at)
                .filter(|t| *t > from && *t < to)
                .collect();
            crate::order::sort_by_key(&mut inside, |t| *t);
            for mark in inside {
                let near = (mark - Duration::minutes(30)).max(from);
                let after = (mark + Duration::minutes(30)).min(to);
                push_gap(raw, from, near);
                raw.push((near, after, false));
                from = after;
            }
            push_gap(raw, from, to);
        };
        for span in &joined {
            if span.start > cursor {
                gap(cursor, span.start, &mut raw);
            }
            raw.push((span.start.max(cursor), span.end, false));
            cursor = cursor.max(span.end);
        }
        if cursor < end {
            gap(cursor, end, &mut raw);
        }
        if raw.is_empty() {
            raw.push((start, end, false));
        }
        let to_scale: f64 = raw
            .iter()
            .filter(|(_, _, compressed)| !compressed)
            .map(|(a, b, _)| (*b - *a).num_seconds().max(0) as f64)
            .sum();
        let compressed_weight = COMPRESSED_WEIGHT.min(to_scale / 10.0).max(60.0);
        let weight = |(a, b, compressed): &(DateTime<Utc>, DateTime<Utc>, bool)| {
            if *compressed {
                compressed_weight
            } else {
                (*b - *a).num_seconds().max(0) as f64
            }
        };
        let total: f64 = raw.iter().map(weight).sum::<f64>().max(1.0);
        let mut x = 0.0;
        let pieces = raw
            .iter()
            .filter(|(a, b, _)| a < b)
            .map(|piece| {
                let x0 = x;
                x += weight(piece) / total;
                AxisPiece {
                    start: piece.0,
                    end: piece.1,
                    compressed: piece.2,
                    x0,
                    x1: x.min(1.0),
                }
            })
            .collect();
        Self { pieces }
    }

    /// Where `at` is on the axis, 0 (opening) to 1 (the end).
    pub fn x(&self, at: DateTime<Utc>) -> f64 {
        let Some(first) = self.pieces.first() else {
            return 0.0;
        };
        if at <= first.start {
            return 0.0;
        }
        for piece in &self.pieces {
            if at <= piece.end {
                let length = (piece.end - piece.start).num_seconds().max(1) as f64;
                let into = (at - piece.start).num_seconds() as f64 / length;
                return piece.x0 + into.clamp(0.0, 1.0) * (piece.x1 - piece.x0);
            }
        }
        1.0
    }

    /// Hour ticks on the stretches drawn to scale, in `zone`, as many as
    /// fit `width_px` with labels `char_px` wide a character and a gap
    /// between: every 1, 2, 3, 6 or 12 hours, the same step everywhere.
    pub fn hour_ticks(&self, zone: Tz, width_px: f64, char_px: f64) -> Vec<AxisLabel> {
        let label_width = 5.0 * char_px + 10.0;
        for step in [1u32, 2, 3, 6, 12, 24] {
            let ticks = self.hours_every(step, zone);
            let fits = ticks
                .windows(2)
                .all(|w| (self.x(w[1].at) - self.x(w[0].at)) * width_px >= label_width);
            if fits {
                return ticks;
            }
        }
        Vec::new()
    }

    fn hours_every(&self, step: u32, zone: Tz) -> Vec<AxisLabel> {
        let mut out = Vec::new();
        for piece in self.pieces.iter().filter(|p| !p.compressed) {
            let mut t = piece.start.with_timezone(&zone);
            // The first whole hour at or after the start.
            let into_hour = i64::from(t.minute()) * 60 + i64::from(t.second());
            if into_hour > 0 {
                t += Duration::seconds(3600 - into_hour);
            }
            while t.with_timezone(&Utc) <= piece.end {
                if t.hour() % step == 0 {
                    out.push(AxisLabel {
                        at: t.with_timezone(&Utc),
                        text: crate::calendar::iso::time_text(t),
                    });
                }
                t += Duration::hours(1);
            }
        }
        out.dedup_by_key(|l| l.at);
        out
    }

    /// The start of each day shown, in `zone` ("Mon 23 Nov"), at the first
    /// instant of the day on the axis; thinned so that no two labels
    /// `char_px` a character overlap at `width_px`. In English; see
    /// [`Axis::day_labels_in`] for another language.
    pub fn day_labels(&self, zone: Tz, width_px: f64, char_px: f64) -> Vec<AxisLabel> {
        self.day_labels_in(zone, width_px, char_px, |at| {
            at.with_timezone(&zone).format("%a %-d %b").to_string()
        })
    }

    /// [`Axis::day_labels`] with each day named by `name` (given an instant
    /// of that day in `zone`): the app names days in the reader's
    /// language, and the thinning measures the words it will show.
    pub fn day_labels_in(
        &self,
        zone: Tz,
        width_px: f64,
        char_px: f64,
        name: impl Fn(DateTime<Utc>) -> String,
    ) -> Vec<AxisLabel> {
        let (Some(first), Some(last)) = (self.pieces.first(), self.pieces.last()) else {
            return Vec::new();
        };
        let mut candidates = vec![AxisLabel {
            at: first.start,
            text: name(first.start),
        }];
        let mut day = first.start.with_timezone(&zone).date_naive();
        while let Some(next) = day.succ_opt() {
            day = next;
            let Some(midnight) = day
                .and_hms_opt(0, 0, 0)
                .and_then(|m| m.and_local_timezone(zone).earliest())
            else {
                continue;
            };
            let midnight = midnight.with_timezone(&Utc);
            if midnight >= last.end {
                break;
            }
            // A day inside a compressed stretch is labelled where it
            // comes back into view.
            let at = self
                .pieces
                .iter()
                .find(|p| p.end > midnight)
                .map_or(midnight, |p| if p.compressed { p.end } else { midnight });
            candidates.push(AxisLabel {
                at,
                text: name(midnight),
            });
        }
        // The last label for each place wins (the latest day shown there).
        let mut out: Vec<AxisLabel> = Vec::new();
        for label in candidates {
            match out.last_mut() {
                Some(prev) if prev.at == label.at => *prev = label,
                _ => out.push(label),
            }
        }
        // Where labels would collide, the day with more of the picture
        // keeps its label.
        let xs: Vec<f64> = out.iter().map(|l| self.x(l.at)).collect();
        let mut order: Vec<usize> = (0..out.len()).collect();
        let share = |i: usize| xs.get(i + 1).copied().unwrap_or(1.0) - xs[i];
        crate::order::sort_by_key(&mut order, |i| TotalOrder(-share(*i)));
        let mut taken: Vec<(f64, f64, usize)> = Vec::new();
        for i in order {
            let left = xs[i] * width_px;
            let right = left + out[i].text.chars().count() as f64 * char_px;
            let clear = taken
                .iter()
                .all(|(l, r, _)| right + 8.0 <= *l || *r + 8.0 <= left);
            if clear && right <= width_px + 0.5 {
                taken.push((left, right, i));
            }
        }
        crate::order::sort_by_key(&mut taken, |t| TotalOrder(t.0));
        let kept: Vec<AxisLabel> = taken.into_iter().map(|(_, _, i)| out[i].clone()).collect();
        kept
    }
}

fn push_gap(
    raw: &mut Vec<(DateTime<Utc>, DateTime<Utc>, bool)>,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) {
    if to > from {
        let long = (to - from).num_seconds() >= COMPRESS_AFTER_SECONDS;
        raw.push((from, to, long));
    }
}
