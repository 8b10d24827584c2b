//! The deadline view's link:
//! `?plan=express-8x5&severity=critical&opened=2026-11-20T18:00:00%2B03:00&tz=Europe/Berlin&events=paused@…,resumed@…&live=1`.

use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};
use slacalc_engine::catalog::Catalog;
use slacalc_engine::sla::{Event, EventKind, Severity};
use slacalc_engine::tz::Tz;

use slacalc_i18n::{msg, Text};

use super::{Field, Notice, ViewLink};
use crate::query::{Query, QueryWriter};

/// The plan shown when a link names none.
pub const DEFAULT_DEADLINE_PLAN: &str = "express-8x5";

/// An incident: its plan, severity, opening and events, and the zone to
/// show times in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineLink {
    /// The plan's id.
    pub plan: String,
    /// The severity the incident was opened with.
    pub severity: Severity,
    /// When it was opened; `None`: now. Kept with the offset it was given in.
    pub opened: Option<DateTime<FixedOffset>>,
    /// The zone to show times in; `None`: the user's own.
    pub tz: Option<Tz>,
    /// What happened since, in time order.
    pub events: Vec<Event>,
    /// The user says this is a live incident: its clocks are read now
    /// ("breached 2 h ago"). Otherwise the incident is a what-if, and a
    /// past opening says what *would* be breached, never raises an alarm.
    pub live: bool,
}

impl Default for DeadlineLink {
    fn default() -> Self {
        Self {
            plan: DEFAULT_DEADLINE_PLAN.to_owned(),
            severity: Severity::Critical,
            opened: None,
            tz: None,
            events: Vec::new(),
            live: false,
        }
    }
}

impl ViewLink for DeadlineLink {
    const PATH: &'static str = "/deadline";

    fn parse(catalog: &Catalog, query: &Query) -> (Self, Vec<Notice>) {
        let mut link = Self::default();
        let mut notices = Vec::new();
        for (key, value) in query.pairs() {
            let text = value.text();
            let text = text.trim();
            match key {
                "plan" => {
                    if let Some(plan) =
                        super::known_plan(catalog, text, DEFAULT_DEADLINE_PLAN, &mut notices)
                    {
                        link.plan = plan;
                    }
                }
                "severity" => match text.parse() {
                    Ok(s) => link.severity = s,
                    Err(e) => notices.push(Notice::text(
                        Field::Severity,
                        Text::new(msg::NOTICE_SEVERITY).with("reason", e.text().clone()),
                    )),
                },
                "opened" => match parse_instant(text) {
                    Ok(at) => link.opened = Some(at),
                    Err(e) => notices.push(Notice::text(
                        Field::Opened,
                        Text::new(msg::NOTICE_OPENED).with("reason", e),
                    )),
                },
                "tz" => link.tz = super::zone(text, &mut notices).or(link.tz),
                "live" => link.live = super::flag(text, Field::Live, &mut notices),
                "events" => {
                    for item in value.list() {
                        match parse_event(&item) {
                            Ok(event) => link.events.push(event),
                            Err(e) => notices.push(Notice::text(
                                Field::Events,
                                Text::new(msg::NOTICE_EVENT)
                                    .with("item", item.as_str())
                                    .with("reason", e),
                            )),
                        }
                    }
                }
                _ => {}
            }
        }
        slacalc_engine::order::sort_by_key(&mut link.events, |e| e.at);
        (link, notices)
    }

    fn write(&self, query: &mut QueryWriter) {
        query
            .pair("plan", &self.plan)
            .pair("severity", self.severity.as_str());
        if let Some(opened) = self.opened {
            query.pair("opened", opened.to_rfc3339());
        }
        if let Some(tz) = self.tz {
            query.pair("tz", tz.name());
        }
        if !self.events.is_empty() {
            query.list("events", self.events.iter().map(event_to_link));
        }
        if self.live {
            query.pair("live", "1");
        }
    }
}

/// An RFC 3339 instant with its offset. A `+` that a link turned into a
/// space (form encoding) is taken back. The error says what to write.
pub fn parse_instant(text: &str) -> Result<DateTime<FixedOffset>, Text> {
    let text = text.trim();
    DateTime::parse_from_rfc3339(text)
        .or_else(|_| DateTime::parse_from_rfc3339(&text.replace(' ', "+")))
        .map_err(|_| Text::new(msg::LINK_INSTANT_UNREADABLE).with("text", text))
}

fn parse_event(item: &str) -> Result<Event, Text> {
    let (kind, at) = item
        .split_once('@')
        .ok_or_else(|| Text::new(msg::LINK_EVENT_FORM))?;
    let kind: EventKind = kind
        .parse()
        .map_err(|e: slacalc_engine::Error| e.text().clone())?;
    Ok(Event {
        at: parse_instant(at)?.with_timezone(&Utc),
        kind,
    })
}

fn event_to_link(event: &Event) -> String {
    format!(
        "{}@{}",
        event.kind,
        event.at.to_rfc3339_opts(SecondsFormat::Secs, true)
    )
}
