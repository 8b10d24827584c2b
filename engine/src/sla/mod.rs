//! SLA clocks: for one incident, each target (first response, resolution)
//! runs on its own calendar for its own duration. Pauses stop the clock;
//! a severity change re-targets it from the original start, keeping the
//! working time already elapsed, the pauses, and any breach that already
//! happened. The current time is always an argument.

mod clock;
mod event;
mod severity;
mod target;

pub use clock::{Breach, Clock, TargetState, TargetStatus, DEFAULT_AT_RISK_SHARE};
pub use event::{Event, EventKind, Incident};
pub use severity::Severity;
pub use target::{Target, TargetKind, Targets};
