//! The batch interface behind the `slacalc` binary: JSON Lines in, exactly
//! one JSON line out per line in, in order, errors per line.
//!
//! # Lines
//!
//! Lines end with `\n` (a `\r` before it is dropped); the last line counts
//! without one. Every line gets one answer line, numbered from 1:
//!
//! - an answer starts with `"id"` when the line's `id` is a JSON string of
//!   at most [`MAX_ID_CHARS`] characters or a JSON number (re-encoded, so a
//!   CR or LF in an id is escaped, never raw); otherwise, or without an
//!   `id`, it starts with `"line": N` instead;
//! - an error line is `{"id", "line", "error"}` (`id` as above, when it can
//!   be echoed): a blank line, a line that is not valid UTF-8, a line
//!   longer than [`MAX_LINE_BYTES`], bad JSON, a field that cannot be used.
//!   The run goes on; the exit status is 1 if any line failed.
//!
//! Messages name fields as the JSON has them (`calendar.week.mon[0]`,
//! `events[3].kind`, `minutes`) and quote input in excerpts of at most
//! [`EXCERPT_CHARS`] characters, with "…" where cut.
//!
//! # Limits
//!
//! | what | limit |
//! |---|---|
//! | a line | [`MAX_LINE_BYTES`] (1 MiB); a longer line is read to its end without being held, and answered with an error |
//! | events of one incident (`deadlines`) | [`MAX_EVENTS`] (10,000) |
//! | `holidays`, and `extra_workdays`, of one calendar | [`MAX_DATES`] (10,000) each |
//! | years | 1901–2398 ([`slacalc_engine::calendar::supported_years`]) |
//! | memory for compiled calendars | [`CALENDAR_CACHE_BYTES`] (64 MiB) |
//!
//! Memory is one line (at most [`MAX_LINE_BYTES`]) plus the calendar
//! cache, whatever the length of the input.

mod calendar;
mod events;
mod read;
mod reply;

use std::io::{self, BufRead, Write};

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::value::RawValue;
use slacalc_engine::catalog::Catalog;
use slacalc_engine::sla::DEFAULT_AT_RISK_SHARE;
use slacalc_engine::{Incident, TargetKind};

use calendar::Calendars;
use read::{next_line, Line};
use reply::{answer_head, echo_id, error_line, excerpt};

/// The longest line read, in bytes: 1 MiB.
pub const MAX_LINE_BYTES: usize = 1 << 20;
/// The most events one `deadlines` incident may have.
pub const MAX_EVENTS: usize = 10_000;
/// The most dates a calendar's `holidays` may list; the same again for
/// its `extra_workdays`.
pub const MAX_DATES: usize = 10_000;
/// The longest `id` string echoed, in characters.
pub const MAX_ID_CHARS: usize = 256;
/// The longest quotation of input in a message, in characters.
pub const EXCERPT_CHARS: usize = 80;
/// The longest message, in characters.
pub const MAX_MESSAGE_CHARS: usize = 500;
/// What the compiled calendars kept between lines may hold, in bytes
/// (approximately: their JSON text and what each calendar holds).
pub const CALENDAR_CACHE_BYTES: usize = 64 << 20;

/// What a run did, for the exit status.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Lines read (each answered with one line).
    pub lines: u64,
    /// Lines answered with an error.
    pub failed: u64,
}

/// The answer to one input line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// One line of JSON, without the newline.
    pub json: String,
    /// True when it is an error line.
    pub failed: bool,
}

/// A batch command with what it keeps between lines.
pub struct Batch<'c> {
    command: Command<'c>,
    calendars: Calendars,
}

enum Command<'c> {
    Due,
    Deadlines(&'c Catalog),
}

impl Batch<'static> {
    /// `slacalc due`: `{"id","start","calendar","minutes"}` → `{"id","due"}`.
    pub fn due() -> Self {
        Batch {
            command: Command::Due,
            calendars: Calendars::default(),
        }
    }
}

impl<'c> Batch<'c> {
    /// `slacalc deadlines`: `{"id","plan","severity","opened","events","now"}`
    /// → `{"id","response_due","resolution_due"}`.
    pub fn deadlines(catalog: &'c Catalog) -> Self {
        Batch {
            command: Command::Deadlines(catalog),
            calendars: Calendars::default(),
        }
    }

    /// Answers input line number `number` (from 1), given its bytes
    /// without the line end.
    pub fn answer(&mut self, number: u64, line: &[u8]) -> Reply {
        let result = match std::str::from_utf8(line) {
            Err(e) => Err((
                None,
                format!(
                    "line {number} is not valid UTF-8 (byte {} is not part of a character); the run goes on",
                    e.valid_up_to() + 1
                ),
            )),
            Ok(text) if text.trim().is_empty() => Err((
                None,
                "blank line: nothing to answer (every line in gets a line out)".to_owned(),
            )),
            Ok(text) => match &self.command {
                Command::Due => due(&mut self.calendars, text, number),
                Command::Deadlines(catalog) => deadlines(catalog, text, number),
            },
        };
        match result {
            Ok(json) => Reply {
                json,
                failed: false,
            },
            Err((id, message)) => Reply {
                json: error_line(id.as_deref(), number, &message),
                failed: true,
            },
        }
    }

    /// Reads `input` to its end, one answer line per input line.
    pub fn run(mut self, mut input: impl BufRead, mut output: impl Write) -> io::Result<Summary> {
        let mut summary = Summary::default();
        let mut buf = Vec::new();
        while let Some(line) = next_line(&mut input, &mut buf)? {
            summary.lines += 1;
            let number = summary.lines;
            let reply = match line {
                Line::Whole => self.answer(number, &buf),
                Line::TooLong(bytes) => Reply {
                    json: error_line(
                        None,
                        number,
                        &format!(
                            "line {number} is {bytes} bytes long; a line may have at most {MAX_LINE_BYTES} bytes (1 MiB)"
                        ),
                    ),
                    failed: true,
                },
            };
            summary.failed += u64::from(reply.failed);
            writeln!(output, "{}", reply.json)?;
        }
        output.flush()?;
        Ok(summary)
    }
}

/// `slacalc due` over `input`; see [`Batch::due`].
pub fn run_due(input: impl BufRead, output: impl Write) -> io::Result<Summary> {
    Batch::due().run(input, output)
}

/// `slacalc deadlines` over `input`; see [`Batch::deadlines`]. The clock
/// is read as of `now` if given, else the latest event or the opening;
/// `null` where the plan makes no commitment (or the clock is paused short
/// of its target).
pub fn run_deadlines(
    catalog: &Catalog,
    input: impl BufRead,
    output: impl Write,
) -> io::Result<Summary> {
    Batch::deadlines(catalog).run(input, output)
}

/// `slacalc plans`: the whole catalog as one JSON document.
pub fn run_plans(catalog: &Catalog, mut output: impl Write) -> io::Result<()> {
    let providers =
        serde_json::to_string_pretty(&serde_json::json!({ "providers": catalog.providers() }))
            .expect("the catalog serializes");
    writeln!(output, "{providers}")?;
    output.flush()
}

/// An error for a line: the id to echo (if any) and the message.
type LineError = (Option<String>, String);

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

/// The line as a JSON object with the fields kept raw, or a message in
/// JSON's words (never a Rust type's).
fn object<'a, T: Deserialize<'a>>(text: &'a str, fields: &str) -> Result<T, LineError> {
    serde_json::from_str(text).map_err(|e| {
        let start = text.trim_start();
        let message = if e.is_syntax() || e.is_eof() {
            format!(
                "not valid JSON: {} at column {}",
                serde_json_reason(&e),
                e.column()
            )
        } else if !start.starts_with('{') {
            format!(
                "the line must be a JSON object {fields}, got `{}`",
                excerpt(start)
            )
        } else {
            // Valid JSON, an object, and still not readable: a field twice.
            serde_json_reason(&e)
        };
        (None, message)
    })
}

/// serde_json's message without its " at line 1 column N" tail.
fn serde_json_reason(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

fn due(calendars: &mut Calendars, text: &str, number: u64) -> Result<String, LineError> {
    let request: DueLine = object(text, r#"{"id","start","calendar","minutes"}"#)?;
    let id = echo_id(request.id);
    let answer = (|| {
        let start = parse_instant(request.start, "start")?;
        let years = slacalc_engine::calendar::FIRST_YEAR..=slacalc_engine::calendar::LAST_YEAR;
        if !years.contains(&chrono::Datelike::year(&start)) {
            return Err(format!(
                "start {} is outside the years slacalc computes ({})",
                start.format("%Y-%m-%dT%H:%M:%SZ"),
                slacalc_engine::calendar::supported_years()
            ));
        }
        let minutes = parse_minutes(request.minutes)?;
        let calendar = calendars.get(request.calendar.ok_or("calendar is missing")?.get())?;
        calendar
            .calendar
            .due(start, minutes)
            .map_err(|e| e.to_string())
    })();
    match answer {
        Ok(due) => Ok(format!(
            r#"{}"due":{}}}"#,
            answer_head(id.as_deref(), number),
            instant_json(due)
        )),
        Err(message) => Err((id, message)),
    }
}

fn deadlines(catalog: &Catalog, text: &str, number: u64) -> Result<String, LineError> {
    let request: DeadlineLine = object(text, r#"{"id","plan","severity","opened","events"}"#)?;
    let id = echo_id(request.id);
    let answer = (|| {
        let plan_id = string_field(request.plan, "plan")?;
        let plan = catalog
            .plan(&plan_id)
            .ok_or_else(|| {
                format!(
                    "plan: unknown plan `{}`; `slacalc plans` lists them",
                    excerpt(&plan_id)
                )
            })?
            .plan;
        let severity =
            events::read_severity(&string_field(request.severity, "severity")?, "severity")?;
        let opened = parse_instant(request.opened, "opened")?;
        let events = match request.events {
            Some(raw) => events::read_events(raw)?,
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
            r#"{}"response_due":{},"resolution_due":{}}}"#,
            answer_head(id.as_deref(), number),
            instant_json(due(TargetKind::FirstResponse)?),
            instant_json(due(TargetKind::Resolution)?)
        ))
    })();
    answer.map_err(|message: String| (id, message))
}

fn string_field(raw: Option<&RawValue>, name: &str) -> Result<String, String> {
    let raw = raw.ok_or_else(|| format!("{name} is missing"))?;
    serde_json::from_str::<String>(raw.get())
        .map_err(|_| format!("{name} must be a string, got `{}`", excerpt(raw.get())))
}

fn parse_instant(raw: Option<&RawValue>, name: &str) -> Result<DateTime<Utc>, String> {
    parse_instant_text(&string_field(raw, name)?, name)
}

/// An RFC 3339 instant, any offset, with a message that names the field.
pub(crate) fn parse_instant_text(text: &str, name: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            format!(
                "{name} `{}` is not an RFC 3339 instant such as 2026-11-20T18:00:00+03:00 ({e})",
                excerpt(text)
            )
        })
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
            "minutes must be a whole number of minutes, 0 or more, got `{}`",
            excerpt(raw.get())
        )
    })
}
