//! An incident and what happens to it: pauses, severity changes, the
//! response and the resolution.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use slacalc_i18n::{msg, Text};

use crate::error::{Error, Result};

use super::{Clock, Severity};

/// Something that happened to an incident.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EventKind {
    /// Waiting for the customer: the clock stops.
    Paused,
    /// The wait for the customer is over: the clock runs again.
    Resumed,
    /// The incident moved to another severity.
    SeverityChanged {
        /// The new severity.
        to: Severity,
    },
    /// The provider gave its first response.
    Responded,
    /// Also counts as the first response if none came before.
    Resolved,
}

impl EventKind {
    /// Every kind of event a user can add, in the order a form lists them.
    pub fn choices() -> Vec<EventKind> {
        let mut kinds = vec![
            EventKind::Paused,
            EventKind::Resumed,
            EventKind::Responded,
            EventKind::Resolved,
        ];
        kinds.extend(Severity::ALL.map(|to| EventKind::SeverityChanged { to }));
        kinds
    }

    /// The event in words, for a list or a label: `Paused`,
    /// `Severity changed to high`.
    pub fn label(self) -> Text {
        match self {
            EventKind::SeverityChanged { to } => {
                Text::new(msg::SLA_EVENT_SEVERITY_CHANGED).with("severity", to.label())
            }
            EventKind::Paused => Text::new(msg::SLA_EVENT_PAUSED),
            EventKind::Resumed => Text::new(msg::SLA_EVENT_RESUMED),
            EventKind::Responded => Text::new(msg::SLA_EVENT_RESPONDED),
            EventKind::Resolved => Text::new(msg::SLA_EVENT_RESOLVED),
        }
    }
}

/// The event's name in links and forms: `paused`, `resumed`, `responded`,
/// `resolved`, `severity-<level>`.
impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventKind::Paused => f.write_str("paused"),
            EventKind::Resumed => f.write_str("resumed"),
            EventKind::SeverityChanged { to } => write!(f, "severity-{to}"),
            EventKind::Responded => f.write_str("responded"),
            EventKind::Resolved => f.write_str("resolved"),
        }
    }
}

impl std::str::FromStr for EventKind {
    type Err = Error;

    /// Reads what [`Display`](fmt::Display) writes.
    fn from_str(text: &str) -> Result<Self> {
        if let Some(level) = text.strip_prefix("severity-") {
            return Ok(EventKind::SeverityChanged { to: level.parse()? });
        }
        EventKind::choices()
            .into_iter()
            .find(|kind| {
                !matches!(kind, EventKind::SeverityChanged { .. }) && kind.to_string() == text
            })
            .ok_or_else(|| Error::invalid(Text::new(msg::SLA_UNKNOWN_EVENT).with("value", text)))
    }
}

/// Something that happened to an incident, and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// When it happened.
    pub at: DateTime<Utc>,
    /// What happened.
    #[serde(flatten)]
    pub kind: EventKind,
}

/// An incident: when it was opened, at which severity, and what happened
/// since. Build it with the methods below; [`Incident::clock`] checks the
/// events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Incident {
    /// When the incident was opened.
    pub opened: DateTime<Utc>,
    /// The severity it was opened at.
    pub severity: Severity,
    /// What happened since, in any order (sorted by time when read).
    #[serde(default)]
    pub events: Vec<Event>,
}

impl Incident {
    /// Adds an event a person entered, keeping the events in time order;
    /// one before the opening is refused with a message that says so.
    pub fn add(&mut self, event: Event) -> Result<()> {
        if event.at < self.opened {
            return Err(Error::invalid(Text::new(msg::SLA_EVENT_BEFORE_OPENING)));
        }
        let at = self.events.partition_point(|e| e.at <= event.at);
        self.events.insert(at, event);
        Ok(())
    }

    /// An incident opened `at` with `severity`, nothing happened yet.
    pub fn opened(at: DateTime<Utc>, severity: Severity) -> Self {
        Self {
            opened: at,
            severity,
            events: Vec::new(),
        }
    }

    /// The incident with one more event.
    pub fn event(mut self, at: DateTime<Utc>, kind: EventKind) -> Self {
        self.events.push(Event { at, kind });
        self
    }

    /// The incident, paused (waiting for the customer) `at`.
    pub fn paused(self, at: DateTime<Utc>) -> Self {
        self.event(at, EventKind::Paused)
    }

    /// The incident, resumed `at`.
    pub fn resumed(self, at: DateTime<Utc>) -> Self {
        self.event(at, EventKind::Resumed)
    }

    /// The incident, moved to severity `to` `at`.
    pub fn severity_changed(self, at: DateTime<Utc>, to: Severity) -> Self {
        self.event(at, EventKind::SeverityChanged { to })
    }

    /// The incident, first responded to `at`.
    pub fn responded(self, at: DateTime<Utc>) -> Self {
        self.event(at, EventKind::Responded)
    }

    /// The incident, resolved `at`.
    pub fn resolved(self, at: DateTime<Utc>) -> Self {
        self.event(at, EventKind::Resolved)
    }

    /// Checks the events and lays out the incident's timeline as of `now`.
    pub fn clock(&self, now: DateTime<Utc>) -> Result<Clock> {
        Clock::new(self, now)
    }
}
