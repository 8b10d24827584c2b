//! What a simulation runs against: the plans as the catalog states them,
//! with their prices from a price book at the customer's size, and the
//! fixed day every run starts on. The view, the tests and the benchmarks
//! all set a simulation up through here.

use chrono::{DateTime, TimeZone, Utc};

use crate::catalog::Catalog;
use crate::price::{quote_plan, PackagePricing, PriceBook, Usage};
use crate::sla::Severity;

use super::SimulatedPlan;

/// The day every simulation starts, Monday 5 January 2026, never "now":
/// the same link gives the same figures on any day.
pub fn simulation_start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 5, 0, 0, 0)
        .single()
        .unwrap_or_default()
}

impl SimulatedPlan {
    /// The catalog plan `id` (or a saved package) as a simulation runs it:
    /// its targets per severity, its commitment share as a fraction, and
    /// its monthly price from `book` at `usage` (none where the book has
    /// no price for it) with its currency and whether it is an example.
    /// `None`: no such plan.
    pub fn from_catalog(
        catalog: &Catalog,
        id: &str,
        book: Option<&PriceBook>,
        usage: &Usage,
    ) -> Option<Self> {
        let plan = catalog.plan(id)?.plan;
        let quote = book.and_then(|b| {
            quote_plan(b, catalog, id, usage, PackagePricing::FromParts)
                .ok()
                .flatten()
        });
        let price_monthly = quote.as_ref().map(|q| q.monthly.to_f64());
        // A price of zero the plan's own source states is not an example.
        let free_by_source = plan.free_of_charge.is_some() && price_monthly == Some(0.0);
        Some(SimulatedPlan {
            id: id.to_owned(),
            name: plan.name.to_string(),
            targets: Severity::ALL.map(|s| catalog.targets(plan, s)),
            share: plan
                .commitment_share
                .as_ref()
                .map(|s| f64::from(s.percent) / 100.0),
            price_monthly,
            currency: quote
                .as_ref()
                .map(|q| q.currency.clone())
                .unwrap_or_default(),
            example_price: quote.as_ref().is_some_and(|q| q.example) && !free_by_source,
        })
    }
}
