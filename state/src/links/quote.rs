//! The printable quote's link: `/quote?plan=…` plus the price parts.

use slacalc_engine::catalog::Catalog;

use super::{Field, Notice, PriceLink, ViewLink};
use crate::query::{Query, QueryWriter};

/// One plan's quote from a price book at a customer's size.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuoteLink {
    /// The plan quoted (a catalog plan, a saved package, or a plan only
    /// the book knows, such as AWS').
    pub plan: String,
    /// The price book and the customer's size.
    pub pricing: PriceLink,
}

impl ViewLink for QuoteLink {
    const PATH: &'static str = "/quote";

    fn parse(_: &Catalog, query: &Query) -> (Self, Vec<Notice>) {
        let (pricing, mut notices) = PriceLink::read(query);
        let plan = query.get("plan").unwrap_or_default().trim().to_owned();
        if plan.is_empty() {
            notices.push(Notice::new(Field::Plan, "The link names no plan to quote."));
        }
        (Self { plan, pricing }, notices)
    }

    fn write(&self, query: &mut QueryWriter) {
        query.pair("plan", &self.plan);
        self.pricing.write(query);
    }
}
