//! A quote: a plan's price for a customer, line by line with reasons,
//! and its totals.

use serde::Serialize;

use super::Decimal;

/// One amount of a quote and why it is there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LineItem {
    /// What the amount is for.
    pub label: String,
    /// The amount a month, rounded to cents.
    pub monthly: Decimal,
    /// The amount a year, rounded to cents.
    pub annual: Decimal,
    /// How the amount was worked out, in words.
    pub reason: String,
}

/// A plan's price for a customer's usage, line by line, with totals that
/// are the sums of the rounded lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The plan's id.
    pub plan: String,
    /// The book's currency (ISO 4217).
    pub currency: String,
    /// True when the rates are examples, not published prices.
    pub example: bool,
    /// The amounts and why each is there.
    pub lines: Vec<LineItem>,
    /// The total a month.
    pub monthly: Decimal,
    /// The total a year.
    pub annual: Decimal,
    /// How the quote was made, where it differs from the plan's own rates
    /// (a package priced as its base plan).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Quote {
    /// The quote without lines that charge nothing (a part the customer
    /// does not use): what a customer reads. The totals are unchanged.
    pub fn charged(mut self) -> Self {
        self.lines
            .retain(|l| !l.monthly.is_zero() || !l.annual.is_zero());
        self
    }

    /// The quote as CSV: one row per line item, then the totals.
    pub fn to_csv(&self) -> String {
        let escape = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
        let mut out = String::from("item,monthly,annual,currency,reason\n");
        for line in &self.lines {
            out.push_str(&format!(
                "{},{},{},{},{}\n",
                escape(&line.label),
                line.monthly.plain(),
                line.annual.plain(),
                self.currency,
                escape(&line.reason)
            ));
        }
        out.push_str(&format!(
            "{},{},{},{},\n",
            escape("Total"),
            self.monthly.plain(),
            self.annual.plain(),
            self.currency
        ));
        out
    }
}
