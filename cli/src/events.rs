//! The `events` field of a `deadlines` line, read by hand so that every
//! message names the event by its place (`events[3].kind`), and at most
//! [`MAX_EVENTS`] of them.

use serde_json::value::RawValue;
use serde_json::Value;
use slacalc_engine::sla::{Event, EventKind};
use slacalc_engine::Severity;

use crate::calendar::describe;
use crate::reply::excerpt;
use crate::{parse_instant_text, MAX_EVENTS};

const KINDS: &str = "paused, resumed, severity_changed, responded or resolved";

/// `[{"at":"2026-11-23T11:00:00+03:00","kind":"paused"}, …]`
pub(crate) fn read_events(raw: &RawValue) -> Result<Vec<Event>, String> {
    // Count before building anything per event.
    let items: Vec<&RawValue> = serde_json::from_str(raw.get()).map_err(|_| {
        format!(
            r#"events must be a list such as [{{"at":"2026-11-23T11:00:00+03:00","kind":"paused"}}], got `{}`"#,
            excerpt(raw.get())
        )
    })?;
    if items.len() > MAX_EVENTS {
        return Err(format!(
            "events has {} events; at most {MAX_EVENTS} are allowed an incident",
            items.len()
        ));
    }
    items
        .iter()
        .enumerate()
        .map(|(i, item)| read_event(item, i))
        .collect()
}

fn read_event(raw: &RawValue, i: usize) -> Result<Event, String> {
    let value: Value = serde_json::from_str(raw.get()).map_err(|e| format!("events[{i}]: {e}"))?;
    let Value::Object(fields) = &value else {
        return Err(format!(
            r#"events[{i}] must be an object such as {{"at":"2026-11-23T11:00:00+03:00","kind":"paused"}}, got {}"#,
            describe(&value)
        ));
    };
    let at = match fields.get("at") {
        Some(Value::String(text)) => parse_instant_text(text, &format!("events[{i}].at"))?,
        Some(other) => {
            return Err(format!(
                "events[{i}].at must be an RFC 3339 instant such as \"2026-11-23T11:00:00+03:00\", got {}",
                describe(other)
            ))
        }
        None => return Err(format!("events[{i}].at is missing")),
    };
    let kind = match fields.get("kind") {
        Some(Value::String(kind)) => kind.as_str(),
        Some(other) => {
            return Err(format!(
                "events[{i}].kind must be one of {KINDS}, got {}",
                describe(other)
            ))
        }
        None => return Err(format!("events[{i}].kind is missing; use {KINDS}")),
    };
    let kind = match kind {
        "paused" => EventKind::Paused,
        "resumed" => EventKind::Resumed,
        "responded" => EventKind::Responded,
        "resolved" => EventKind::Resolved,
        "severity_changed" => EventKind::SeverityChanged {
            to: match fields.get("to") {
                Some(Value::String(to)) => read_severity(to, &format!("events[{i}].to"))?,
                Some(other) => {
                    return Err(format!(
                        "events[{i}].to must be critical, high, medium or low, got {}",
                        describe(other)
                    ))
                }
                None => {
                    return Err(format!(
                        "events[{i}].to is missing: a severity change names the new severity"
                    ))
                }
            },
        },
        other => {
            return Err(format!(
                "events[{i}].kind: unknown kind `{}`; use {KINDS}",
                excerpt(other)
            ))
        }
    };
    Ok(Event { at, kind })
}

/// `critical`, `high`, `medium` or `low`.
pub(crate) fn read_severity(text: &str, name: &str) -> Result<Severity, String> {
    Severity::ALL
        .into_iter()
        .find(|s| s.as_str() == text)
        .ok_or_else(|| {
            format!(
                "{name}: unknown severity `{}`; use critical, high, medium or low",
                excerpt(text)
            )
        })
}
