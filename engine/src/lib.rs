//! slacalc's engine: business calendars, working-time arithmetic, SLA
//! clocks, pricing, simulation and the ticket audit, as pure Rust with no
//! web dependency.
//!
//! Instants are UTC; wall-clock times exist only inside a [`calendar`].
//! The current time and random seeds are always inputs, never read from a
//! global. See docs/DESIGN.md for the reasoning behind the conventions.

#![deny(missing_docs)]

pub mod audit;
pub mod availability;
pub mod calendar;
pub mod catalog;
pub mod compare;
pub mod deadline;
mod envelope;
mod error;
pub mod order;
pub mod package;
pub mod price;
pub mod simulate;
pub mod sla;
pub mod tz;
pub mod words;
pub mod zones;

pub use calendar::{Calendar, CalendarBuilder, CalendarSpec};
pub use error::{Error, ErrorKind, Result};
pub use sla::{Incident, Severity, Target, TargetKind, TargetState, TargetStatus, Targets};
