//! The price view's link, also carried by the compare and simulate views
//! for their price rows:
//! `?book=examples&users=50&servers=10&spend=85000&hours=10&offhours=2&visits=1&addons=a,b`.

use slacalc_engine::catalog::Catalog;
use slacalc_engine::price::{Decimal, PackagePricing, Usage, UsageField};

use slacalc_i18n::{msg, Text};

use super::{Field, Notice, ViewLink};
use crate::query::{Query, QueryWriter};

/// A price book and the customer's size. A value that cannot be used is
/// reported against its field (the view shows it there) and counts as
/// zero, so the rest of the prices can still be shown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PriceLink {
    /// The price book's id; empty: the example book.
    pub book: String,
    /// Users, servers, spend, hours, visits and add-ons.
    pub usage: Usage,
    /// How custom packages are priced: from their parts (the default), or
    /// as their base plan (`packages=base`).
    pub packages: PackagePricing,
}

impl PriceLink {
    /// The fields a user types numbers into, in the order of the form.
    pub const NUMBER_FIELDS: [Field; 6] = [
        Field::Users,
        Field::Servers,
        Field::Spend,
        Field::Hours,
        Field::OffHours,
        Field::Visits,
    ];

    /// Reads only the price parts of a query (other keys are ignored).
    pub fn read(query: &Query) -> (Self, Vec<Notice>) {
        let mut link = Self::default();
        let mut notices = Vec::new();
        for (key, value) in query.pairs() {
            let text = value.text();
            let count = |field: Field| -> Result<u32, Notice> {
                text.trim().parse::<u32>().map_err(|_| {
                    Notice::text(
                        field,
                        Text::new(msg::NOTICE_COUNT).with("text", text.as_str()),
                    )
                })
            };
            let amount = |field: Field| -> Result<Decimal, Notice> {
                Decimal::parse(&text).map_err(|e| Notice::text(field, e.text().clone()))
            };
            let usage = &mut link.usage;
            let result = match key {
                "book" => {
                    link.book = text.trim().to_owned();
                    Ok(())
                }
                "addons" => {
                    usage.add_ons = value.list();
                    Ok(())
                }
                "packages" => match text.trim() {
                    "base" => {
                        link.packages = PackagePricing::AsBasePlan;
                        Ok(())
                    }
                    "parts" | "" => Ok(()),
                    other => Err(Notice::text(
                        Field::Packages,
                        Text::new(msg::NOTICE_PACKAGES_PRICING).with("value", other),
                    )),
                },
                "users" => count(Field::Users).map(|n| usage.users = n),
                "servers" => count(Field::Servers).map(|n| usage.servers = n),
                "visits" => count(Field::Visits).map(|n| usage.visits_per_quarter = n),
                "spend" => amount(Field::Spend).map(|d| usage.monthly_spend = d),
                "hours" => amount(Field::Hours).map(|d| usage.admin_hours = d),
                "offhours" => amount(Field::OffHours).map(|d| usage.admin_hours_off = d),
                _ => Ok(()),
            };
            if let Err(notice) = result {
                notices.push(notice);
            }
        }
        notices.extend(link.clear_out_of_range());
        (link, notices)
    }

    /// Range checks by the engine's rules; each value out of range is
    /// reported against its field and set back to its default.
    fn clear_out_of_range(&mut self) -> Vec<Notice> {
        let problems = self.usage.problems();
        for problem in &problems {
            self.usage.reset(problem.field);
        }
        problems
            .into_iter()
            .map(|p| Notice::text(link_field(p.field), p.error.text().clone()))
            .collect()
    }
}

/// The link's field for a field of the usage.
fn link_field(field: UsageField) -> Field {
    match field {
        UsageField::Users => Field::Users,
        UsageField::Servers => Field::Servers,
        UsageField::VisitsPerQuarter => Field::Visits,
        UsageField::MonthlySpend => Field::Spend,
        UsageField::AdminHours => Field::Hours,
        UsageField::AdminHoursOff => Field::OffHours,
    }
}

impl ViewLink for PriceLink {
    const PATH: &'static str = "/price";

    fn parse(_: &Catalog, query: &Query) -> (Self, Vec<Notice>) {
        Self::read(query)
    }

    fn write(&self, query: &mut QueryWriter) {
        let u = &self.usage;
        if !self.book.is_empty() {
            query.pair("book", &self.book);
        }
        // Zero is the default: left out, so links stay short.
        let zero = Decimal::ZERO;
        for (key, value, is_zero) in [
            ("users", u.users.to_string(), u.users == 0),
            ("servers", u.servers.to_string(), u.servers == 0),
            (
                "spend",
                u.monthly_spend.to_string(),
                u.monthly_spend == zero,
            ),
            ("hours", u.admin_hours.to_string(), u.admin_hours == zero),
            (
                "offhours",
                u.admin_hours_off.to_string(),
                u.admin_hours_off == zero,
            ),
            (
                "visits",
                u.visits_per_quarter.to_string(),
                u.visits_per_quarter == 0,
            ),
        ] {
            if !is_zero {
                query.pair(key, value);
            }
        }
        if !u.add_ons.is_empty() {
            query.list("addons", &u.add_ons);
        }
        if self.packages == PackagePricing::AsBasePlan {
            query.pair("packages", "base");
        }
    }
}

/// The views whose prices follow the customer's size: the header's links
/// to them carry the price parts from one to the next, so a size set on
/// one is the size on the others.
const PRICED_VIEWS: [&str; 3] = ["/compare", "/simulate", "/price"];

/// The keys of a link's price parts: the book, the size, the add-ons and
/// how packages are priced.
const PRICE_KEYS: [&str; 9] = [
    "book", "users", "servers", "spend", "hours", "offhours", "visits", "addons", "packages",
];

/// The price parts of `query` as a query of their own, as they were
/// written (`users=120&servers=25`); empty when it has none.
pub fn price_parts(query: &Query) -> String {
    query
        .pairs()
        .filter(|(key, _)| PRICE_KEYS.contains(key))
        .map(|(key, value)| format!("{key}={}", value.raw()))
        .collect::<Vec<_>>()
        .join("&")
}

/// The header's link to `path` from a page whose query is `query`: to a
/// priced view it carries the price parts (`/simulate?users=120`), to the
/// others it is the bare path.
pub fn nav_href(path: &str, query: &Query) -> String {
    let parts = price_parts(query);
    if parts.is_empty() || !PRICED_VIEWS.contains(&path) {
        path.to_owned()
    } else {
        format!("{path}?{parts}")
    }
}
