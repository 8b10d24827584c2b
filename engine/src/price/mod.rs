//! Pricing: a price book composes each plan's price from components (flat
//! fee, per user, per server, a tiered share of monthly cloud spend with a
//! minimum, add-ons, on-site visits, blocks of admin hours) and quotes it
//! for a customer's [`Usage`], line by line, with the reason for each
//! amount. The sources publish no rates, so books are edited by the user;
//! the shipped example book says it is one.
//!
//! Rounding: each line's monthly and annual amounts are rounded to cents
//! once (half away from zero); totals are sums of the rounded lines, so a
//! breakdown always adds up. A monthly component's annual amount is 12
//! times its monthly one; hour blocks are counted per year (hours are
//! included per year) and their monthly amount is a twelfth.

mod book;
mod component;
mod document;
mod money;
mod package;
mod plans;
pub(crate) mod quote;
#[rustfmt::skip]
mod shipped;
mod static_book;
mod usage;
mod words;

pub use book::{shipped_books, PlanRates, PriceBook};
pub use component::{Component, Tier};
pub use document::{
    describe, PlanDescription, QuoteDocument, QuoteMeta, QuoteSubject, TargetRow, TargetWords,
};
pub use money::Decimal;
pub use package::{ChannelRate, HoursRate, PackageRates, ServiceRate, TargetRate};
pub use plans::{
    add_on_choices, book_missing, choose_book, lowest_monthly, own_copy, quote_plan, quote_plans,
    unknown_add_ons, AddOnChoice, PackagePricing, PlanQuote,
};
pub use quote::{LineItem, Quote, RenderedLine, RenderedQuote};
pub use usage::{Usage, UsageField, UsageProblem, MAX_COUNT, MAX_HOURS_PER_MONTH, MAX_SPEND};
pub use words::{catalog as catalog_words, severity, target_length};
