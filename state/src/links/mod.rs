//! Every view's inputs as a typed link (the URL query), both ways.
//!
//! A link is shared, bookmarked and edited by hand, so reading one never
//! fails: each part that cannot be used falls back to a default and is
//! reported as a [`Notice`] naming its [`Field`]. Writing is canonical
//! (fixed key order, defaults left out where the view says so) and
//! percent-encoded by [`crate::query`], so `parse(write(x)) == x` for every
//! value, whatever text it holds.

mod audit;
mod build;
mod compare;
mod deadline;
mod frame;
mod package_links;
mod price;
mod quote;
mod simulate;

pub use audit::{AuditLink, DEFAULT_AUDIT_PLAN};
pub use build::BuildLink;
pub use compare::{CompareLink, UnopenedPackage, DEFAULT_COMPARE_PLANS};
pub use deadline::{parse_instant, DeadlineLink, DEFAULT_DEADLINE_PLAN};
pub use frame::Frame;
pub use package_links::{install_package_links, PackageLinks};
pub use price::{nav_href, price_parts, PriceLink};
pub use quote::QuoteLink;
pub use simulate::{
    arrival_grid_text, parse_grid, parse_profile_number, profile_number_text, SimulateLink,
    DEFAULT_SIMULATE_PLANS, MAX_PROFILE_NUMBER, PROFILE_DECIMALS,
};

use std::fmt;

use slacalc_engine::calendar::parse_zone;
use slacalc_engine::catalog::Catalog;
use slacalc_engine::tz::Tz;
use slacalc_i18n::{msg, Text};

use crate::query::{Query, QueryWriter};

/// True when a link asks for the bare view (`embed=1`), as documentation
/// pages do when they put a view in an iframe; any view's link may carry it.
pub fn is_embed(value: Option<&str>) -> bool {
    matches!(value.map(str::trim), Some("1" | "true" | "yes"))
}

/// A view's link: read leniently from a query, written canonically.
pub trait ViewLink: Sized + Clone + PartialEq + 'static {
    /// The route the link belongs to, e.g. `/compare`.
    const PATH: &'static str;

    /// Reads the link; what cannot be used is a notice, never an error.
    fn parse(catalog: &Catalog, query: &Query) -> (Self, Vec<Notice>);

    /// Writes the link's pairs in canonical order.
    fn write(&self, query: &mut QueryWriter);

    /// The query string (without `?`) that reproduces the view.
    fn to_query(&self) -> String {
        let mut query = QueryWriter::new();
        self.write(&mut query);
        query.finish()
    }

    /// The path and query of the view, e.g. `/compare?plans=…`.
    fn href(&self) -> String {
        href(Self::PATH, self.to_query())
    }
}

/// `path?query`, or `path` alone when the query is empty.
fn href(path: &str, query: String) -> String {
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

/// A part of a link, by the key it has in the URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)] // each variant is its key, documented by `key()`
pub enum Field {
    Plans,
    CriticalResponse,
    Phone,
    Engineer,
    Onsite,
    Plan,
    Severity,
    Opened,
    Zone,
    Events,
    Live,
    Book,
    Users,
    Servers,
    Spend,
    Hours,
    OffHours,
    Visits,
    AddOns,
    Preset,
    Rates,
    Costs,
    WorkHours,
    Arrival,
    Incidents,
    Seed,
    Sla,
    Month,
    Package,
    Packages,
    Quote,
    Lang,
    Embed,
}

impl Field {
    /// The key in the URL.
    pub fn key(self) -> &'static str {
        match self {
            Field::Plans => "plans",
            Field::CriticalResponse => "crit",
            Field::Phone => "phone",
            Field::Engineer => "engineer",
            Field::Onsite => "onsite",
            Field::Plan => "plan",
            Field::Severity => "severity",
            Field::Opened => "opened",
            Field::Zone => "tz",
            Field::Events => "events",
            Field::Live => "live",
            Field::Book => "book",
            Field::Users => "users",
            Field::Servers => "servers",
            Field::Spend => "spend",
            Field::Hours => "hours",
            Field::OffHours => "offhours",
            Field::Visits => "visits",
            Field::AddOns => "addons",
            Field::Preset => "preset",
            Field::Rates => "rates",
            Field::Costs => "costs",
            Field::WorkHours => "work",
            Field::Arrival => "arrival",
            Field::Incidents => "n",
            Field::Seed => "seed",
            Field::Sla => "sla",
            Field::Month => "month",
            Field::Package => "package",
            Field::Packages => "packages",
            Field::Quote => "q",
            Field::Lang => "lang",
            Field::Embed => "embed",
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// A part of a link that could not be used, and what was done instead.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// The part of the link.
    pub field: Field,
    /// What was wrong and what is shown instead, in the reader's language.
    pub message: Text,
}

impl Notice {
    /// A notice about `field`, in words.
    pub fn text(field: Field, message: Text) -> Self {
        Self { field, message }
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message.fmt(f)
    }
}

/// The plan ids of a list that the catalog knows, each once, in order;
/// the others are named in a notice.
fn known_plans(
    catalog: &Catalog,
    field: Field,
    ids: Vec<String>,
    notices: &mut Vec<Notice>,
) -> Vec<String> {
    let mut plans: Vec<String> = Vec::new();
    for id in ids {
        if catalog.plan(&id).is_none() {
            notices.push(Notice::text(
                field,
                Text::new(msg::NOTICE_PLAN_UNKNOWN).with("id", id),
            ));
        } else if !plans.contains(&id) {
            plans.push(id);
        }
    }
    plans
}

/// `1`/`0` (and the words people type for them).
fn flag(value: &str, field: Field, notices: &mut Vec<Notice>) -> bool {
    match value.trim() {
        "1" | "true" | "yes" => true,
        "0" | "false" | "no" | "" => false,
        _ => {
            notices.push(Notice::text(
                field,
                Text::new(msg::NOTICE_FLAG)
                    .with("field", field.key())
                    .with("value", value),
            ));
            false
        }
    }
}

/// A plan id the catalog has, else `None` and a notice naming the plan
/// shown instead (`default`).
fn known_plan(
    catalog: &Catalog,
    id: &str,
    default: &str,
    notices: &mut Vec<Notice>,
) -> Option<String> {
    if catalog.plan(id).is_some() {
        return Some(id.to_owned());
    }
    notices.push(Notice::text(
        Field::Plan,
        Text::new(msg::NOTICE_DEADLINE_PLAN_UNKNOWN)
            .with("id", id)
            .with("default", default),
    ));
    None
}

/// An IANA zone, else `None` and a notice saying why (times then show in
/// the reader's own zone).
fn zone(name: &str, notices: &mut Vec<Notice>) -> Option<Tz> {
    parse_zone(name)
        .map_err(|e| {
            notices.push(Notice::text(
                Field::Zone,
                Text::new(msg::NOTICE_ZONE).with("reason", e.text().clone()),
            ))
        })
        .ok()
}
