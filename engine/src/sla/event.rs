//! An incident and what happens to it: pauses, severity changes, the
//! response and the resolution.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::Result;

use super::{Clock, Severity};

/// Something that happened to an incident.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EventKind {
    /// Waiting for the customer: the clock stops.
    Paused,
    Resumed,
    SeverityChanged {
        to: Severity,
    },
    Responded,
    /// Also counts as the first response if none came before.
    Resolved,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub at: DateTime<Utc>,
    #[serde(flatten)]
    pub kind: EventKind,
}

/// An incident: when it was opened, at which severity, and what happened
/// since. Build it with the methods below; [`Incident::clock`] checks the
/// events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Incident {
    pub opened: DateTime<Utc>,
    pub severity: Severity,
    #[serde(default)]
    pub events: Vec<Event>,
}

impl Incident {
    pub fn opened(at: DateTime<Utc>, severity: Severity) -> Self {
        Self {
            opened: at,
            severity,
            events: Vec::new(),
        }
    }

    pub fn event(mut self, at: DateTime<Utc>, kind: EventKind) -> Self {
        self.events.push(Event { at, kind });
        self
    }

    pub fn paused(self, at: DateTime<Utc>) -> Self {
        self.event(at, EventKind::Paused)
    }

    pub fn resumed(self, at: DateTime<Utc>) -> Self {
        self.event(at, EventKind::Resumed)
    }

    pub fn severity_changed(self, at: DateTime<Utc>, to: Severity) -> Self {
        self.event(at, EventKind::SeverityChanged { to })
    }

    pub fn responded(self, at: DateTime<Utc>) -> Self {
        self.event(at, EventKind::Responded)
    }

    pub fn resolved(self, at: DateTime<Utc>) -> Self {
        self.event(at, EventKind::Resolved)
    }

    /// Checks the events and lays out the incident's timeline as of `now`.
    pub fn clock(&self, now: DateTime<Utc>) -> Result<Clock> {
        Clock::new(self, now)
    }
}

pub(super) fn event_name(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Paused => "paused",
        EventKind::Resumed => "resumed",
        EventKind::SeverityChanged { .. } => "severity changed",
        EventKind::Responded => "responded",
        EventKind::Resolved => "resolved",
    }
}
