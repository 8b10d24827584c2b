//! One module per route. A view reads its inputs (mostly from the URL),
//! asks the engine, and displays the answer.

mod home;
mod not_found;
mod placeholder;

pub use home::Home;
pub use not_found::NotFound;
pub use placeholder::{Build, Compare, Deadline, Price, Simulate};
