//! A quote: a plan's price for a customer, line by line with reasons,
//! and its totals. Its words are [`Text`]s, rendered in the reader's
//! language; its figures are exact decimals.

use serde::Serialize;
use slacalc_i18n::{msg, Formats, Lang, Text};

use super::Decimal;

/// One amount of a quote and why it is there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineItem {
    /// What the amount is for.
    pub label: Text,
    /// The amount a month, rounded to cents.
    pub monthly: Decimal,
    /// The amount a year, rounded to cents.
    pub annual: Decimal,
    /// How the amount was worked out, in words.
    pub reason: Text,
}

/// A plan's price for a customer's usage, line by line, with totals that
/// are the sums of the rounded lines.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    pub note: Option<Text>,
}

/// A quote's words rendered in one language, for a JSON export (the
/// figures are the same in every language).
#[derive(Debug, Clone, Serialize)]
pub struct RenderedQuote {
    /// The plan's id.
    pub plan: String,
    /// The book's currency (ISO 4217).
    pub currency: String,
    /// True when the rates are examples, not published prices.
    pub example: bool,
    /// The amounts and why each is there.
    pub lines: Vec<RenderedLine>,
    /// The total a month.
    pub monthly: Decimal,
    /// The total a year.
    pub annual: Decimal,
    /// How the quote was made, if it says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A line of a [`RenderedQuote`].
#[derive(Debug, Clone, Serialize)]
pub struct RenderedLine {
    /// What the amount is for.
    pub label: String,
    /// The amount a month.
    pub monthly: Decimal,
    /// The amount a year.
    pub annual: Decimal,
    /// How the amount was worked out.
    pub reason: String,
}

impl Quote {
    /// The quote without lines that charge nothing (a part the customer
    /// does not use): what a customer reads. The totals are unchanged.
    pub fn charged(mut self) -> Self {
        self.lines
            .retain(|l| !l.monthly.is_zero() || !l.annual.is_zero());
        self
    }

    /// The quote with its words in `lang`.
    pub fn rendered(&self, lang: Lang, formats: &dyn Formats) -> RenderedQuote {
        RenderedQuote {
            plan: self.plan.clone(),
            currency: self.currency.clone(),
            example: self.example,
            lines: self
                .lines
                .iter()
                .map(|l| RenderedLine {
                    label: l.label.render(lang, formats),
                    monthly: l.monthly,
                    annual: l.annual,
                    reason: l.reason.render(lang, formats),
                })
                .collect(),
            monthly: self.monthly,
            annual: self.annual,
            note: self.note.as_ref().map(|n| n.render(lang, formats)),
        }
    }

    /// The quote as CSV in `lang`: a header row, one row per line item,
    /// then the totals. Amounts are plain decimals (`1234.50`) in every
    /// language, so a spreadsheet reads them as numbers.
    pub fn to_csv(&self, lang: Lang, formats: &dyn Formats) -> String {
        let word = |key| Text::new(key).render(lang, formats);
        let mut out = [
            msg::QUOTE_CSV_ITEM,
            msg::QUOTE_CSV_MONTHLY,
            msg::QUOTE_CSV_ANNUAL,
            msg::QUOTE_CSV_CURRENCY,
            msg::QUOTE_CSV_REASON,
        ]
        .map(|key| csv_field(&word(key)))
        .join(",");
        out.push('\n');
        for line in &self.lines {
            out.push_str(&format!(
                "{},{},{},{},{}\n",
                csv_field(&line.label.render(lang, formats)),
                line.monthly.plain(),
                line.annual.plain(),
                self.currency,
                csv_field(&line.reason.render(lang, formats))
            ));
        }
        out.push_str(&format!(
            "{},{},{},{},\n",
            csv_field(&word(msg::QUOTE_CSV_TOTAL)),
            self.monthly.plain(),
            self.annual.plain(),
            self.currency
        ));
        out
    }
}

/// A CSV field, quoted, its quotes doubled.
pub(crate) fn csv_field(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}
