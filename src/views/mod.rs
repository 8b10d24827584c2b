//! One module per route. A view reads its inputs (mostly from the URL),
//! asks the engine, and displays the answer.

mod audit;
mod build;
mod compare;
mod deadline;
mod home;
mod not_found;
mod price;
mod quote;
mod simulate;

pub use audit::Audit;
pub use build::Build;
pub use compare::Compare;
pub use deadline::Deadline;
pub use home::Home;
pub use not_found::NotFound;
pub use price::Price;
pub use quote::QuotePage;
pub use simulate::Simulate;
