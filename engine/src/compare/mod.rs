//! Plans side by side, and the requirements a customer checks them
//! against. The compare view shows a [`Comparison`] as it is; every cell
//! carries the citation it was read from, and "best" is decided here, not
//! in the view.
//!
//! Targets on different calendars are not comparable by their length ("1
//! working hour" can mean 64 hours of waiting from a Friday evening), so
//! targets are ranked by their [`LongestWait`]: the longest calendar time
//! from opening to due over an ordinary week.

mod longest_wait;
mod prices;
mod requirements;
mod table;

pub use longest_wait::LongestWait;
pub use prices::{add_prices, plan_prices, PlanPrice, PriceFigure};
pub use requirements::{cheapest_first, rank, ranking_summary, Check, Requirements, Verdict};
pub use table::{compare, Cell, Citation, Comparison, Line, PlanColumn, Row, RowGroup};
