//! Prices in the comparison: each plan's monthly and annual figure from a
//! price book, where it comes from, and whether it may win "cheapest".
//!
//! A price from example rates is shown, labelled, but never wins: the
//! providers publish no support rates, so "cheapest" on examples would be
//! a claim about our examples, not about the plans. A price of zero is
//! "free" only where the plan's own source says so (Tencent Cloud Basic).

use std::collections::BTreeMap;

use slacalc_i18n::{msg, Text, Value};

use crate::catalog::Catalog;
use crate::price::{quote_plan, Decimal, PackagePricing, PriceBook, Usage};

use super::catalog_words;
use super::table::{row, Cell, Citation, Comparison, RowGroup};

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

impl PriceFigure {
    /// `amount` in this figure's currency, for a text to format in the
    /// reader's locale.
    pub fn money(&self, amount: Decimal) -> Value {
        Value::Money {
            amount: amount.cents() as f64 / 100.0,
            currency: self.currency.clone(),
        }
    }
}

/// A plan's price with where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanPrice {
    /// The figures.
    pub figure: PriceFigure,
    /// The price book's name, e.g. "Example rates".
    pub book: String,
    /// The book's own note on its rates (why they are examples).
    pub book_note: String,
    /// The plan's source saying it costs nothing, when it does and the
    /// book prices it at zero.
    pub free: Option<Citation>,
}

impl PlanPrice {
    /// True when the price may decide "cheapest" and "Best": a free plan
    /// by its source, or a price from a book of real (not example) rates.
    pub fn counts(&self) -> bool {
        self.free.is_some() || !self.figure.example
    }

    /// The monthly price in words: "Free", or "US$4,080.00 a month".
    pub fn monthly_text(&self) -> Text {
        if self.free.is_some() {
            Text::new(msg::COMPARE_FREE)
        } else {
            Text::new(msg::COMPARE_PER_MONTH).with("amount", self.figure.money(self.figure.monthly))
        }
    }

    /// Where the price comes from, in a few words: "the provider's
    /// source", "example rates (not the provider's price)", or the book.
    pub fn origin(&self) -> Text {
        if self.free.is_some() {
            Text::new(msg::COMPARE_ORIGIN_FREE)
        } else if self.figure.example {
            // A book named for its examples need not be named again.
            if crate::words::lowercase(&self.book).contains("example") {
                Text::new(msg::COMPARE_ORIGIN_EXAMPLES)
            } else {
                Text::new(msg::COMPARE_ORIGIN_NAMED_EXAMPLES).with("book", self.book_name())
            }
        } else {
            Text::new(msg::COMPARE_ORIGIN_BOOK).with("book", self.book_name())
        }
    }

    /// The book's name: its words as written, translated where the data
    /// files translate them (the shipped "Example rates").
    fn book_name(&self) -> Text {
        catalog_words(&self.book)
    }

    /// The citation a price cell carries: the plan's source for a free
    /// plan, else the book, as an assumption when its rates are examples.
    pub fn citation(&self) -> Citation {
        if let Some(free) = &self.free {
            return free.clone();
        }
        if self.figure.example {
            Citation {
                document: Some(
                    Text::new(msg::COMPARE_CITATION_BOOK).with("book", self.book_name()),
                ),
                text: self.book_note.clone(),
                assumption: Some(
                    Text::new(msg::COMPARE_CITATION_EXAMPLES)
                        .with("note", catalog_words(&self.book_note)),
                ),
            }
        } else {
            // The book's own note is its words about its rates; the
            // document line says how the figure was read from it.
            Citation {
                document: Some(
                    Text::new(msg::COMPARE_CITATION_BOOK_PRICED).with("book", self.book_name()),
                ),
                text: self.book_note.clone(),
                assumption: None,
            }
        }
    }
}

/// Every plan of `ids` that `book` prices at `usage`, with where its price
/// comes from. Plans the book cannot price are left out (the views say
/// "not in the price book").
pub fn plan_prices(
    book: &PriceBook,
    catalog: &Catalog,
    ids: &[String],
    usage: &Usage,
    packages: PackagePricing,
) -> BTreeMap<String, PlanPrice> {
    // Extended, not collected: collecting into a map sorts the pairs
    // first, and would bring a sort compiled for them into the compare
    // view; extending inserts them one by one.
    let mut prices = BTreeMap::new();
    prices.extend(ids.iter().filter_map(|id| {
        let quote = quote_plan(book, catalog, id, usage, packages)
            .ok()
            .flatten()?;
        let found = catalog.plan(id);
        let free = found.and_then(|found| {
            let fact = found.plan.free_of_charge.as_ref()?;
            (quote.monthly == Decimal::from_int(0))
                .then(|| Citation::of(found.provider, &fact.source))
        });
        Some((
            id.clone(),
            PlanPrice {
                figure: PriceFigure {
                    monthly: quote.monthly,
                    annual: quote.annual,
                    currency: quote.currency.clone(),
                    example: quote.example,
                },
                book: book.name.clone(),
                book_note: book.note.clone(),
                free,
            },
        ))
    }));
    prices
}

/// Adds the price rows (monthly, annual) to a comparison. The lowest price
/// that [counts](PlanPrice::counts) is marked best; example prices are
/// shown with their label and never marked; plans the book has no price
/// for say so.
pub fn add_prices(comparison: &mut Comparison, prices: &BTreeMap<String, PlanPrice>) {
    let cell = |id: &str, annual: bool| match prices.get(id) {
        Some(p) => {
            let amount = if annual {
                p.figure.annual
            } else {
                p.figure.monthly
            };
            let text = if p.free.is_some() {
                Text::new(msg::COMPARE_FREE)
            } else if p.figure.example {
                Text::new(msg::COMPARE_AMOUNT_EXAMPLE).with("amount", p.figure.money(amount))
            } else {
                Text::new(msg::COMPARE_AMOUNT).with("amount", p.figure.money(amount))
            };
            let cell = Cell::new(text, Some(p.citation()));
            if p.counts() {
                cell.scored(amount.cents())
            } else {
                cell
            }
        }
        None => Cell::new(msg::COMPARE_NOT_IN_BOOK, None),
    };
    let ids: Vec<String> = comparison.plans.iter().map(|p| p.id.clone()).collect();
    comparison.groups.insert(
        0,
        RowGroup {
            title: Text::new(msg::COMPARE_GROUP_PRICE),
            rows: vec![
                row(
                    Text::new(msg::COMPARE_ROW_MONTHLY),
                    ids.iter().map(|id| cell(id, false)).collect(),
                ),
                row(
                    Text::new(msg::COMPARE_ROW_ANNUAL),
                    ids.iter().map(|id| cell(id, true)).collect(),
                ),
            ],
        },
    );
}
