//! Pricing the catalog's plans from a price book: which book applies,
//! which plans it prices (a package through its base plan when the book
//! has no price of its own for it), in what order, and which is lowest.
//! The compare, price and simulate views and their tests all ask here.

use crate::catalog::Catalog;
use crate::error::Result;

use super::{Component, Decimal, PriceBook, Quote, Usage};
use slacalc_i18n::{msg, Text, Value};

/// The book with `id`, else the first one (the shipped example book), so
/// a link naming a book this browser does not have still shows prices.
pub fn choose_book<'a>(books: &'a [PriceBook], id: &str) -> Option<&'a PriceBook> {
    books.iter().find(|b| b.id == id).or_else(|| books.first())
}

/// Whether a link's book `id` names none of `books`, so that
/// [`choose_book`] shows another book in its place and the reader must be
/// told. An empty id asks for the first book and is never missing.
pub fn book_missing(books: &[PriceBook], id: &str) -> bool {
    !id.is_empty() && books.iter().all(|b| b.id != id)
}

/// A plan's quote from a book, for a list of prices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanQuote {
    /// The plan's id.
    pub plan_id: String,
    /// `Provider · Plan` for catalog plans; for the book's others, the
    /// name the book gives them, else their id.
    pub plan_name: Text,
    /// Whether a quote document can be made: a quote describes the plan's
    /// targets and services, which only the catalog's plans have.
    pub quotable: bool,
    /// The quote, or why the book cannot price the plan at this usage.
    pub quote: std::result::Result<Quote, slacalc_i18n::Text>,
}

/// How a custom package is priced.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum PackagePricing {
    /// From its parts, by the book's package rates (the default).
    #[default]
    FromParts,
    /// As the catalog plan it was built from, by that plan's rates: an
    /// explicit choice, and the quote says so.
    AsBasePlan,
}

/// The quote of `plan_id`: a catalog plan by the book's rates for it; a
/// custom package from its parts (or, if asked, as its base plan).
/// `Ok(None)`: the book cannot price it that way.
pub fn quote_plan(
    book: &PriceBook,
    catalog: &Catalog,
    plan_id: &str,
    usage: &Usage,
    packages: PackagePricing,
) -> Result<Option<Quote>> {
    match (catalog.package(plan_id), packages) {
        (Some(package), PackagePricing::FromParts) => book.quote_package(package, usage),
        (Some(package), PackagePricing::AsBasePlan) => {
            book.quote_or_base(plan_id, package.base_plan.as_deref(), usage)
        }
        (None, _) => book.quote(plan_id, usage),
    }
}

/// Every plan the book prices: the catalog's first, in catalog order, then
/// the book's plans outside the catalog (AWS' published prices).
pub fn quote_plans(
    book: &PriceBook,
    catalog: &Catalog,
    usage: &Usage,
    packages: PackagePricing,
) -> Vec<PlanQuote> {
    let mut ids: Vec<String> = catalog
        .plans()
        .map(|found| found.plan.id.to_string())
        .collect();
    ids.extend(
        book.plans
            .keys()
            .filter(|id| catalog.plan(id).is_none())
            .cloned(),
    );
    ids.into_iter()
        .filter_map(|id| {
            let quote = match quote_plan(book, catalog, &id, usage, packages) {
                Ok(Some(quote)) => Ok(quote),
                Ok(None) => return None,
                Err(e) => Err(e.text().clone()),
            };
            let plan_name = catalog
                .plan(&id)
                .map(|found| {
                    Text::new(msg::PRICE_PLAN_NAME)
                        .with(
                            "provider",
                            Value::Catalog(found.provider.provider.name.to_string()),
                        )
                        .with("plan", Value::Catalog(found.plan.name.to_string()))
                })
                .unwrap_or_else(|| match book.plans.get(&id).and_then(|p| p.name.as_ref()) {
                    Some(name) => Text::catalog(name.clone()),
                    None => Text::verbatim(id.clone()),
                });
            Some(PlanQuote {
                quotable: catalog.plan(&id).is_some(),
                plan_id: id,
                plan_name,
                quote,
            })
        })
        .collect()
}

/// The lowest monthly total among the quotes that could be priced.
/// Example rates count: the views label them wherever they are shown.
pub fn lowest_monthly(quotes: &[PlanQuote]) -> Option<Decimal> {
    quotes
        .iter()
        .filter_map(|q| q.quote.as_ref().ok())
        .map(|q| q.monthly)
        .min()
}

/// An add-on a customer can choose from a book.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddOnChoice {
    /// The service id, as in [`Usage::add_ons`].
    pub service: String,
    /// Its name.
    pub label: String,
}

/// Every add-on some plan of the book offers, each once, in book order.
pub fn add_on_choices(book: &PriceBook) -> Vec<AddOnChoice> {
    let mut choices: Vec<AddOnChoice> = Vec::new();
    for rates in book.plans.values() {
        for component in &rates.components {
            if let Component::AddOn { service, label, .. } = component {
                if !choices.iter().any(|c| c.service == *service) {
                    choices.push(AddOnChoice {
                        service: service.clone(),
                        label: label.clone(),
                    });
                }
            }
        }
    }
    choices
}

/// The add-ons `usage` asks for that no plan of `book` offers (a link
/// typed by hand, or made with another book): they price nothing, and the
/// reader is told which, in the link's order.
pub fn unknown_add_ons(book: &PriceBook, usage: &Usage) -> Vec<String> {
    let choices = add_on_choices(book);
    usage
        .add_ons
        .iter()
        .filter(|id| !choices.iter().any(|c| c.service == **id))
        .cloned()
        .collect()
}

/// A book the user edited, as it is saved: a book with a shipped book's
/// id becomes the user's own copy (`…-mine`, “… (yours)”), so a shipped
/// book is never shadowed.
pub fn own_copy(mut edited: PriceBook, shipped: &[PriceBook]) -> PriceBook {
    if shipped.iter().any(|b| b.id == edited.id) {
        edited.id = format!("{}-mine", edited.id);
        edited.name = format!("{} (yours)", edited.name);
    }
    edited
}
