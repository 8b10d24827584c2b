//! A quote: a plan's price for a customer, line by line with reasons,
//! and its totals.

use serde::Serialize;

use super::Decimal;

/// One amount of a quote and why it is there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LineItem {
    pub label: String,
    pub monthly: Decimal,
    pub annual: Decimal,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    pub plan: String,
    pub currency: String,
    pub example: bool,
    pub lines: Vec<LineItem>,
    pub monthly: Decimal,
    pub annual: Decimal,
}

impl Quote {
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
