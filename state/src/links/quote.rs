//! The quote's link. A salesperson arrives with `/quote?plan=…` plus the
//! price parts (a plan of this browser, a book of this browser); the page
//! then turns it into `/quote?q=<sealed document>`, which carries the whole
//! quote — package, size, rates, customer — so the customer opens the same
//! document with nothing saved.

use slacalc_engine::catalog::Catalog;
use slacalc_engine::price::QuoteDocument;

use slacalc_i18n::{msg, Text};

use super::{Field, Notice, PriceLink, ViewLink};
use crate::query::{Query, QueryWriter};

/// One plan's quote: where it comes from, or the quote itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuoteLink {
    /// The plan quoted (a catalog plan, a saved package, or a plan only
    /// the book knows, such as AWS').
    pub plan: String,
    /// The price book and the customer's size.
    pub pricing: PriceLink,
    /// The quote itself, when the link carries one (`q=`); then `plan` and
    /// `pricing` are not written.
    pub document: Option<QuoteDocument>,
}

impl ViewLink for QuoteLink {
    const PATH: &'static str = "/quote";

    fn parse(catalog: &Catalog, query: &Query) -> (Self, Vec<Notice>) {
        if let Some(sealed) = query.get("q") {
            return match QuoteDocument::from_link(&sealed, catalog) {
                Ok(document) => (
                    Self {
                        plan: document.plan_id().to_owned(),
                        document: Some(document),
                        ..Self::default()
                    },
                    Vec::new(),
                ),
                Err(e) => (
                    Self::default(),
                    vec![Notice::text(
                        Field::Quote,
                        Text::new(msg::NOTICE_QUOTE_UNUSABLE).with("reason", e.text().clone()),
                    )],
                ),
            };
        }
        let (pricing, mut notices) = PriceLink::read(query);
        let plan = query.get("plan").unwrap_or_default().trim().to_owned();
        if plan.is_empty() {
            notices.push(Notice::text(
                Field::Plan,
                Text::new(msg::NOTICE_QUOTE_NO_PLAN),
            ));
        }
        (
            Self {
                plan,
                pricing,
                document: None,
            },
            notices,
        )
    }

    fn write(&self, query: &mut QueryWriter) {
        match &self.document {
            Some(document) => {
                query.pair("q", document.to_link());
            }
            None => write_unsealed(&self.plan, &self.pricing, query),
        }
    }
}

impl QuoteLink {
    /// The link a salesperson follows to quote `plan` at `pricing` (the
    /// page then seals it into `q=`), as `QuoteLink { plan, pricing,
    /// document: None }.href()` writes it, but without the sealed
    /// document's code: a view that only links to quotes carries no JSON
    /// encoder (src/codec.rs in the app).
    pub fn to_quote(plan: &str, pricing: &PriceLink) -> String {
        let mut query = QueryWriter::new();
        write_unsealed(plan, pricing, &mut query);
        super::href(Self::PATH, query.finish())
    }
}

fn write_unsealed(plan: &str, pricing: &PriceLink, query: &mut QueryWriter) {
    query.pair("plan", plan);
    pricing.write(query);
}
