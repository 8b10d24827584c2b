//! Incident simulation: what a plan's promises mean in calendar time and
//! money. Incidents arrive by severity and time of week; the provider's
//! work on each takes a random number of *working* minutes, drawn so that
//! the plan's commitment share is met (90 % of critical incidents within
//! the target, say); the calendar turns that into downtime. Seeded and
//! reproducible: the same seed gives the same figures natively and in
//! wasm (the random numbers are integer arithmetic; see docs/DESIGN.md,
//! "Incident simulation").
//!
//! Work runs in steps ([`Simulation::step`]) so a browser can show
//! progress and cancel between them.

mod model;
mod plans;
mod profile;
mod report;
mod rng;
mod run;
mod stats;

pub use model::{plan_model, SeverityModel};
pub use plans::simulation_start;
pub use profile::{Arrival, Profile, SeverityProfile};
pub use report::{Cheapest, Interval, PlanResult, Report};
pub use rng::Rng;
pub use run::{downtime_seconds, SimulatedPlan, Simulation, DEFAULT_SHARE, WORK_SPREAD};
