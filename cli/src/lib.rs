//! The batch interface behind the `slacalc` binary: JSON Lines in, one
//! JSON line out per line in, in order, errors per line. Streaming: one
//! line in memory at a time, plus a bounded cache of compiled calendars
//! (inputs usually repeat a handful of calendars).

use std::collections::HashMap;
use std::io::{self, BufRead, Write};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::value::RawValue;
use slacalc_engine::catalog::Catalog;
use slacalc_engine::sla::{Event, DEFAULT_AT_RISK_SHARE};
use slacalc_engine::{Calendar, CalendarSpec, Incident, Severity, TargetKind};

/// How many distinct calendars are kept compiled; past that the cache
/// starts over, so memory stays bounded whatever the input.
const CALENDAR_CACHE: usize = 256;

/// What a run did, for the exit status.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub lines: u64,
    pub failed: u64,
}

/// Each field is kept raw so that one bad field still lets the line answer
/// with its `id` and a precise message.
#[derive(Deserialize)]
struct DueLine<'a> {
    #[serde(borrow)]
    id: Option<&'a RawValue>,
    #[serde(borrow)]
    start: Option<&'a RawValue>,
    #[serde(borrow)]
    calendar: Option<&'a RawValue>,
    #[serde(borrow)]
    minutes: Option<&'a RawValue>,
}

/// Compiled calendars by their JSON text.
#[derive(Default)]
struct Calendars(HashMap<String, Arc<Calendar>>);

impl Calendars {
    fn get(&mut self, json: &RawValue) -> Result<Arc<Calendar>, String> {
        if let Some(calendar) = self.0.get(json.get()) {
            return Ok(Arc::clone(calendar));
        }
        let spec: CalendarSpec =
            serde_json::from_str(json.get()).map_err(|e| format!("calendar: {e}"))?;
        let calendar = Arc::new(Calendar::new(spec).map_err(|e| format!("calendar: {e}"))?);
        if self.0.len() >= CALENDAR_CACHE {
            self.0.clear();
        }
        self.0.insert(json.get().to_owned(), Arc::clone(&calendar));
        Ok(calendar)
    }
}

/// `slacalc due`: `{"id","start","calendar","minutes"}` → `{"id","due"}`.
pub fn run_due(input: impl BufRead, mut output: impl Write) -> io::Result<Summary> {
    let mut calendars = Calendars::default();
    for_each_line(input, &mut output, |line| {
        let request: DueLine =
            serde_json::from_str(line).map_err(|e| (None, format!("not a JSON object: {e}")))?;
        let id = request.id;
        let answer = (|| {
            let start = parse_instant(request.start, "start")?;
            let minutes = parse_minutes(request.minutes)?;
            let calendar = calendars.get(request.calendar.ok_or("calendar is missing")?)?;
            calendar.due(start, minutes).map_err(|e| e.to_string())
        })();
        match answer {
            Ok(due) => Ok(format!(
                r#"{{"id":{},"due":{}}}"#,
                id_json(id),
                instant_json(due)
            )),
            Err(message) => Err((id, message)),
        }
    })
}

/// `slacalc plans`: the whole catalog as one JSON document.
pub fn run_plans(catalog: &Catalog, mut output: impl Write) -> io::Result<()> {
    let providers =
        serde_json::to_string_pretty(&serde_json::json!({ "providers": catalog.providers() }))
            .expect("the catalog serializes");
    writeln!(output, "{providers}")?;
    output.flush()
}

#[derive(Deserialize)]
struct DeadlineLine<'a> {
    #[serde(borrow)]
    id: Option<&'a RawValue>,
    #[serde(borrow)]
    plan: Option<&'a RawValue>,
    #[serde(borrow)]
    severity: Option<&'a RawValue>,
    #[serde(borrow)]
    opened: Option<&'a RawValue>,
    #[serde(borrow)]
    events: Option<&'a RawValue>,
    #[serde(borrow)]
    now: Option<&'a RawValue>,
}

/// `slacalc deadlines`: `{"id","plan","severity","opened","events"}` →
/// `{"id","response_due","resolution_due"}`, `null` where the plan makes no
/// commitment (or the clock is paused short of its target). The clock is
/// read as of `now` if given, else the latest event or the opening.
pub fn run_deadlines(
    catalog: &Catalog,
    input: impl BufRead,
    mut output: impl Write,
) -> io::Result<Summary> {
    for_each_line(input, &mut output, |line| {
        let request: DeadlineLine =
            serde_json::from_str(line).map_err(|e| (None, format!("not a JSON object: {e}")))?;
        let id = request.id;
        let answer = (|| {
            let plan_id: String = string_field(request.plan, "plan")?;
            let plan = catalog
                .plan(&plan_id)
                .ok_or_else(|| format!("unknown plan `{plan_id}`; `slacalc plans` lists them"))?
                .plan;
            let severity: Severity = string_field::<String>(request.severity, "severity")?
                .parse()
                .map_err(|e| format!("{e}"))?;
            let opened = parse_instant(request.opened, "opened")?;
            let events: Vec<Event> = match request.events {
                Some(raw) => serde_json::from_str(raw.get()).map_err(|e| format!("events: {e}"))?,
                None => Vec::new(),
            };
            let now = match request.now {
                Some(_) => parse_instant(request.now, "now")?,
                None => events
                    .iter()
                    .map(|e| e.at)
                    .max()
                    .unwrap_or(opened)
                    .max(opened),
            };
            let incident = Incident {
                opened,
                severity,
                events,
            };
            let clock = incident.clock(now).map_err(|e| e.to_string())?;
            let due = |kind| {
                clock
                    .status(kind, |s| catalog.targets(plan, s), DEFAULT_AT_RISK_SHARE)
                    .map(|status| status.due)
                    .map_err(|e| e.to_string())
            };
            Ok(format!(
                r#"{{"id":{},"response_due":{},"resolution_due":{}}}"#,
                id_json(id),
                instant_json(due(TargetKind::FirstResponse)?),
                instant_json(due(TargetKind::Resolution)?)
            ))
        })();
        answer.map_err(|message: String| (id, message))
    })
}

fn string_field<T: From<String>>(raw: Option<&RawValue>, name: &str) -> Result<T, String> {
    let raw = raw.ok_or_else(|| format!("{name} is missing"))?;
    serde_json::from_str::<String>(raw.get())
        .map(T::from)
        .map_err(|_| format!("{name} must be a string, got {}", raw.get()))
}

fn parse_instant(raw: Option<&RawValue>, name: &str) -> Result<DateTime<Utc>, String> {
    let text: String = string_field(raw, name)?;
    DateTime::parse_from_rfc3339(&text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| format!("{name} `{text}` is not an RFC 3339 instant such as 2026-11-20T18:00:00+03:00 ({e})"))
}

type LineError<'a> = (Option<&'a RawValue>, String);

/// Reads lines, answers each with `answer`, writes the answer or an error
/// line. Blank lines are skipped.
fn for_each_line(
    mut input: impl BufRead,
    output: &mut impl Write,
    mut answer: impl for<'a> FnMut(&'a str) -> Result<String, LineError<'a>>,
) -> io::Result<Summary> {
    let mut summary = Summary::default();
    let mut line = String::new();
    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            break;
        }
        let text = line.trim();
        if text.is_empty() {
            continue;
        }
        summary.lines += 1;
        match answer(text) {
            Ok(json) => writeln!(output, "{json}")?,
            Err((id, message)) => {
                summary.failed += 1;
                let message = serde_json::to_string(&message).expect("a string serializes");
                writeln!(output, r#"{{"id":{},"error":{message}}}"#, id_json(id))?;
            }
        }
    }
    output.flush()?;
    Ok(summary)
}

fn id_json(id: Option<&RawValue>) -> &str {
    id.map_or("null", RawValue::get)
}

fn instant_json(instant: Option<DateTime<Utc>>) -> String {
    match instant {
        Some(t) => format!("\"{}\"", t.format("%Y-%m-%dT%H:%M:%SZ")),
        None => "null".to_owned(),
    }
}

fn parse_minutes(raw: Option<&RawValue>) -> Result<u64, String> {
    let raw = raw.ok_or("minutes is missing")?;
    serde_json::from_str::<u64>(raw.get()).map_err(|_| {
        format!(
            "minutes must be a whole number of minutes, 0 or more, got {}",
            raw.get()
        )
    })
}
