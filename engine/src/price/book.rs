//! Price books: a currency, a note on where the rates come from, and the
//! rates of each plan; read from JSON, checked, and asked for quotes.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use slacalc_i18n::{msg, Text};

use crate::error::{Error, Result};

use super::{Component, Decimal, Quote, Usage};

/// A price book: the rates of each plan it prices, in one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PriceBook {
    /// Stable id, e.g. `examples`.
    pub id: String,
    /// The book's name as shown.
    pub name: String,
    /// ISO 4217 code, e.g. `USD`, `RUB`.
    pub currency: String,
    /// True for illustrative rates: every view labels them as examples.
    pub example: bool,
    /// Where the rates come from, or why they are examples.
    pub note: String,
    /// Components per plan id.
    pub plans: BTreeMap<String, PlanRates>,
    /// How the book prices custom packages from their parts; `None`: it
    /// does not (a package is then priced only if the user chooses to price
    /// it as its base plan).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub packages: Option<super::PackageRates>,
}

/// The rates a price book sets for one plan: the components its price is
/// made of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanRates {
    /// The plan's name, for a plan only the book knows (the catalog names
    /// its own plans); without one the plan is shown by its id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The parts the plan's price is made of, in the quote's order.
    pub components: Vec<Component>,
}

impl PriceBook {
    /// Reads a book (an import or a shipped file) and checks it; errors
    /// name the plan and component.
    pub fn from_json(text: &str) -> Result<Self> {
        let book: PriceBook = serde_json::from_str(text).map_err(|e| {
            // serde's own words (where in the file, what was expected)
            // stay as they are: they quote the file.
            Error::invalid(Text::new(msg::PRICE_BOOK_NOT_A_BOOK).with("detail", e.to_string()))
        })?;
        book.validate()?;
        Ok(book)
    }

    /// The book as pretty-printed JSON, for export.
    pub fn to_json(&self) -> String {
        // Through a `Value`, like every other write: one instantiation of
        // the book's serializer in the wasm, not one per output format.
        serde_json::to_value(self)
            .and_then(|v| serde_json::to_string_pretty(&v))
            .unwrap_or_default()
    }

    /// Checks the currency, the name and every component; errors name the
    /// plan and component.
    pub fn validate(&self) -> Result<()> {
        if self.currency.len() != 3 || !self.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(Error::invalid(
                Text::new(msg::PRICE_BOOK_CURRENCY).with("currency", self.currency.as_str()),
            ));
        }
        if self.name.trim().is_empty() {
            return Err(Error::invalid(Text::new(msg::PRICE_BOOK_NEEDS_NAME)));
        }
        if let Some(packages) = &self.packages {
            packages.validate()?;
        }
        for (plan, price) in &self.plans {
            for (i, component) in price.components.iter().enumerate() {
                component.validate().map_err(|e| {
                    e.context(
                        Text::new(msg::PRICE_BOOK_COMPONENT)
                            .with("plan", plan.as_str())
                            .with("component", i + 1),
                    )
                })?;
            }
        }
        Ok(())
    }

    /// The quote of `plan`, or, if the book has no price for it, of
    /// `fallback` (a package's base plan) with a note that says so.
    pub fn quote_or_base(
        &self,
        plan: &str,
        fallback: Option<&str>,
        usage: &Usage,
    ) -> Result<Option<Quote>> {
        if let Some(quote) = self.quote(plan, usage)? {
            return Ok(Some(quote));
        }
        let Some(base) = fallback else {
            return Ok(None);
        };
        Ok(self.quote(base, usage)?.map(|mut quote| {
            quote.plan = plan.to_owned();
            quote.note = Some(Text::new(msg::PRICE_NOTE_BASE_PLAN).with("base", base));
            quote
        }))
    }

    /// The quote of `plan` for `usage`; `Ok(None)` if the book has no
    /// price for the plan.
    pub fn quote(&self, plan: &str, usage: &Usage) -> Result<Option<Quote>> {
        usage.validate()?;
        let Some(price) = self.plans.get(plan) else {
            return Ok(None);
        };
        let mut lines = Vec::new();
        for component in &price.components {
            if let Some(line) = component.line(usage, &self.currency)? {
                lines.push(line);
            }
        }
        self.quote_of(plan, lines).map(Some)
    }

    /// A quote of `plan` in this book's currency: its lines and their
    /// totals (sums of the rounded lines, so a breakdown always adds up).
    pub(super) fn quote_of(&self, plan: &str, lines: Vec<super::LineItem>) -> Result<Quote> {
        Ok(Quote {
            plan: plan.to_owned(),
            currency: self.currency.clone(),
            example: self.example,
            monthly: Decimal::total(lines.iter().map(|l| l.monthly))?,
            annual: Decimal::total(lines.iter().map(|l| l.annual))?,
            lines,
            note: None,
        })
    }
}

/// The price books shipped with slacalc: the example rates for every
/// catalog plan, and AWS' published support prices. Compiled in from
/// `engine/data/pricebooks/` as static data (`shipped.rs`, written by
/// `engine/tests/shipped_books.rs`) so showing them needs no JSON decoder.
/// Not checked here, as the shipped catalog is not: that test reads the
/// book files as an imported book is read, checks included, and holds
/// these books equal to them.
pub fn shipped_books() -> Vec<PriceBook> {
    super::shipped::BOOKS
        .iter()
        .map(super::static_book::StaticBook::to_book)
        .collect()
}
