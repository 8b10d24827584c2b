//! Prices in the comparison: each plan's monthly and annual figure from a
//! price book, as rows of the table.

use std::collections::BTreeMap;

use crate::price::Decimal;

use super::table::{row, Cell, Comparison, RowGroup};

/// A plan's price as the comparison shows it: the monthly and annual
/// totals of a quote from a price book.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PriceFigure {
    /// The plan's price a month.
    pub monthly: Decimal,
    /// The plan's price a year.
    pub annual: Decimal,
    /// The price book's currency (ISO 4217).
    pub currency: String,
    /// True when the book's rates are examples, not published prices.
    pub example: bool,
}

/// Adds the price rows (monthly, annual) to a comparison, the lowest
/// marked best; plans the book has no price for say so.
pub fn add_prices(comparison: &mut Comparison, prices: &BTreeMap<String, PriceFigure>) {
    let cell = |id: &str, annual: bool| match prices.get(id) {
        Some(p) => {
            let amount = if annual { p.annual } else { p.monthly };
            let example = if p.example { " (example rates)" } else { "" };
            Cell::new(
                format!("{} {}{example}", amount.grouped(), p.currency),
                None,
            )
            .scored(amount.cents())
        }
        None => Cell::new("Not in the price book", None),
    };
    let ids: Vec<String> = comparison.plans.iter().map(|p| p.id.clone()).collect();
    comparison.groups.insert(
        0,
        RowGroup {
            title: "Price".to_owned(),
            rows: vec![
                row(
                    "Monthly".to_owned(),
                    ids.iter().map(|id| cell(id, false)).collect(),
                ),
                row(
                    "Annual".to_owned(),
                    ids.iter().map(|id| cell(id, true)).collect(),
                ),
            ],
        },
    );
}
