//! A quote as a document a customer signs, and as a link that carries all
//! of it: the plan or the whole custom package, the customer's size, the
//! rates used (only those the quote needs), and who it is for, by whom,
//! numbered and dated. Opened anywhere — a browser that has nothing saved —
//! it shows the same document to the cent; a link cut short or edited is
//! refused with a message, never shown as if valid.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, Commitment, Inclusion, Quantity};
use crate::compare::Citation;
use crate::envelope;
use crate::error::{Error, Result};
use crate::package::Package;
use crate::sla::Severity;
use crate::words;

use super::{quote_plan, PackagePricing, PriceBook, Quote, Usage};

/// The longest name, customer or seller, in characters.
const MAX_TEXT: usize = 120;
/// The longest a quote may stay valid, in days.
const MAX_VALID_DAYS: i64 = 366;

/// Who a quote is for, by whom, its number and dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteMeta {
    /// The customer (company or person) the quote is for.
    pub customer: String,
    /// Who prepared it.
    pub prepared_by: String,
    /// The quote's number, e.g. `Q-20261125-3F2A`.
    pub number: String,
    /// The day it was issued.
    pub date: NaiveDate,
    /// The last day the offer holds.
    pub valid_until: NaiveDate,
}

impl QuoteMeta {
    /// A quote issued on `date`, valid 30 days, numbered from the date and
    /// `seed` (any number that differs between quotes of one day).
    pub fn issued(date: NaiveDate, seed: u64) -> Self {
        Self {
            customer: String::new(),
            prepared_by: String::new(),
            number: format!("Q-{}-{:04X}", date.format("%Y%m%d"), seed % 0x1_0000),
            date,
            valid_until: date + chrono::Duration::days(30),
        }
    }

    /// Checks the lengths and the dates; the error names the field.
    pub fn validate(&self) -> Result<()> {
        for (field, text) in [
            ("customer", &self.customer),
            ("prepared by", &self.prepared_by),
            ("quote number", &self.number),
        ] {
            if text.chars().count() > MAX_TEXT {
                return Err(Error::invalid(format!(
                    "{field}: at most {MAX_TEXT} characters"
                )));
            }
        }
        let days = (self.valid_until - self.date).num_days();
        if !(0..=MAX_VALID_DAYS).contains(&days) {
            return Err(Error::invalid(format!(
                "valid until: {} is not within a year after the quote's date {}",
                self.valid_until, self.date
            )));
        }
        Ok(())
    }
}

/// What is quoted: a catalog plan (by id: every slacalc ships the
/// catalog), or a custom package in full.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum QuoteSubject {
    /// A catalog plan.
    Plan(String),
    /// A custom package.
    Package(Box<Package>),
}

/// A quote with everything needed to show it again anywhere.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteDocument {
    /// Who it is for, by whom, number and dates.
    pub meta: QuoteMeta,
    /// The plan or package.
    pub subject: QuoteSubject,
    /// The customer's size.
    pub usage: Usage,
    /// How a package is priced.
    pub as_base_plan: bool,
    /// The book, reduced to the rates this quote uses.
    pub book: PriceBook,
}

impl QuoteDocument {
    /// The document for `plan_id` (a catalog plan or a package in
    /// `catalog`) priced by `book`; fails if the book cannot price it.
    pub fn new(
        book: &PriceBook,
        catalog: &Catalog,
        plan_id: &str,
        usage: &Usage,
        packages: PackagePricing,
        meta: QuoteMeta,
    ) -> Result<Self> {
        let subject = match catalog.package(plan_id) {
            Some(package) => QuoteSubject::Package(Box::new(package.clone())),
            None if catalog.plan(plan_id).is_some() || book.plans.contains_key(plan_id) => {
                QuoteSubject::Plan(plan_id.to_owned())
            }
            None => {
                return Err(Error::invalid(format!(
                    "slacalc does not know the plan `{plan_id}`"
                )))
            }
        };
        // Only the rates this quote reads travel with it.
        let mut rates = book.clone();
        let base = match &subject {
            QuoteSubject::Package(p) => p.base_plan.clone(),
            QuoteSubject::Plan(_) => None,
        };
        rates.plans.retain(|id, _| {
            id == plan_id || (packages == PackagePricing::AsBasePlan && Some(id) == base.as_ref())
        });
        rates.packages = match (&subject, packages) {
            (QuoteSubject::Package(p), PackagePricing::FromParts) => {
                rates.packages.as_ref().map(|r| r.used_by(p))
            }
            _ => None,
        };
        let document = Self {
            meta,
            subject,
            usage: usage.clone(),
            as_base_plan: packages == PackagePricing::AsBasePlan,
            book: rates,
        };
        document.quote(catalog)?;
        Ok(document)
    }

    /// The plan's id.
    pub fn plan_id(&self) -> &str {
        match &self.subject {
            QuoteSubject::Plan(id) => id,
            QuoteSubject::Package(p) => &p.id,
        }
    }

    /// The catalog with this document's package in it, if it has one.
    pub fn catalog(&self, shipped: &Catalog) -> Result<Catalog> {
        match &self.subject {
            QuoteSubject::Package(p) if shipped.package(&p.id).is_none() => {
                shipped.with_packages(std::slice::from_ref(p))
            }
            _ => Ok(shipped.clone()),
        }
    }

    /// The quote, computed again from what the document carries, without
    /// lines that charge nothing.
    pub fn quote(&self, catalog: &Catalog) -> Result<Quote> {
        let catalog = self.catalog(catalog)?;
        let packages = if self.as_base_plan {
            PackagePricing::AsBasePlan
        } else {
            PackagePricing::FromParts
        };
        quote_plan(&self.book, &catalog, self.plan_id(), &self.usage, packages)?
            .map(Quote::charged)
            .ok_or_else(|| {
                Error::invalid(format!(
                    "the price book “{}” has no price for {}",
                    self.book.name,
                    self.plan_id()
                ))
            })
    }

    /// The document as CSV: who it is for, by whom, its number, dates,
    /// plan and book, then the price lines and totals.
    pub fn to_csv(&self, catalog: &Catalog) -> Result<String> {
        let escape = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
        let meta = &self.meta;
        let mut out = String::new();
        for (key, value) in [
            ("Quote number", meta.number.clone()),
            ("Date", meta.date.to_string()),
            ("Valid until", meta.valid_until.to_string()),
            ("Customer", meta.customer.clone()),
            ("Prepared by", meta.prepared_by.clone()),
            ("Plan", self.describe(catalog)?.name),
            ("Price book", self.book.name.clone()),
        ] {
            out.push_str(&format!("{},{}\n", escape(key), escape(&value)));
        }
        out.push('\n');
        out.push_str(&self.quote(catalog)?.to_csv());
        Ok(out)
    }

    /// The document as link text (versioned, base64url, with a check).
    pub fn to_link(&self) -> String {
        envelope::seal(self)
    }

    /// Reads a quote link, refusing anything damaged or invalid.
    pub fn from_link(text: &str, catalog: &Catalog) -> Result<Self> {
        let document: Self = envelope::open(text, "quote link")?;
        document.meta.validate()?;
        document.usage.validate()?;
        document.book.validate()?;
        if let QuoteSubject::Package(p) = &document.subject {
            p.validate()
                .map_err(|e| e.context("the package in the quote"))?;
        }
        document.quote(catalog)?;
        Ok(document)
    }

    /// What the plan or package is, in words, for the document.
    pub fn describe(&self, catalog: &Catalog) -> Result<PlanDescription> {
        let catalog = self.catalog(catalog)?;
        describe(&catalog, self.plan_id())
    }
}

/// A plan described for a quote: its name, hours, targets, channels and
/// services, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanDescription {
    /// `Provider · Plan`, or the package's name.
    pub name: String,
    /// The calendars its targets count on, in words.
    pub hours: Vec<String>,
    /// One row per severity.
    pub targets: Vec<TargetRow>,
    /// The share of requests the targets are promised for, in words.
    pub commitment: Option<String>,
    /// Its channels.
    pub channels: Vec<String>,
    /// Services included.
    pub included: Vec<String>,
    /// Services available at extra cost.
    pub optional: Vec<String>,
    /// The assumptions figures marked "(assumption)" rest on, with reasons.
    pub assumptions: Vec<String>,
}

/// A severity's targets, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetRow {
    /// The severity.
    pub severity: Severity,
    /// The first-response target and its calendar, or "no commitment".
    pub first_response: String,
    /// The resolution target and its calendar, or "no commitment".
    pub resolution: String,
}

/// `plan_id` described from the catalog (which holds packages as plans).
pub fn describe(catalog: &Catalog, plan_id: &str) -> Result<PlanDescription> {
    let found = catalog
        .plan(plan_id)
        .ok_or_else(|| Error::invalid(format!("slacalc does not know the plan `{plan_id}`")))?;
    let plan = found.plan;
    // A package's figures are the offer itself (entered in the builder),
    // not a provider's published figures read with an assumption.
    let is_package = catalog.package(plan_id).is_some();
    let mut hours: Vec<String> = Vec::new();
    let mut assumptions: Vec<String> = Vec::new();
    let mut target = |commitment: &Commitment| match commitment {
        Commitment::Target {
            minutes,
            calendar,
            source,
            calendar_source,
            ..
        } => {
            let name = catalog
                .calendar_entry(calendar)
                .map(|c| c.name.clone())
                .unwrap_or_else(|| calendar.clone());
            if !hours.contains(&name) {
                hours.push(name.clone());
            }
            // A figure that rests on an assumption says so where it stands,
            // read the way the comparison's cells read it.
            let assumed = (!is_package)
                .then(|| {
                    Citation::of(found.provider, source)
                        .resting_on(calendar_source.as_ref())
                        .assumption
                })
                .flatten()
                // TODO(i18n): the quote's own area turns this into its Text.
                .map(|reason| reason.english());
            let mark = match assumed {
                Some(reason) => {
                    if !assumptions.contains(&reason) {
                        assumptions.push(reason);
                    }
                    " (assumption)"
                }
                None => "",
            };
            format!(
                "{}, {}{mark}",
                words::target_length(*minutes),
                words::lowercased_first(&name)
            )
        }
        Commitment::None { .. } => "no commitment".to_owned(),
    };
    let targets = Severity::ALL
        .into_iter()
        .map(|severity| {
            let t = plan.targets_for(severity);
            TargetRow {
                severity,
                first_response: target(&t.first_response),
                resolution: target(&t.resolution),
            }
        })
        .collect();
    let quantity = |q: &Option<Quantity>| match q {
        Some(Quantity::HoursPerYear(h)) => format!(" ({h} h a year)"),
        Some(Quantity::AtMostPerQuarter(n)) => format!(" (up to {n} a quarter)"),
        None => String::new(),
    };
    let services = |inclusion: Inclusion| {
        plan.services
            .iter()
            .filter(|s| s.availability == inclusion)
            .map(|s| format!("{}{}", s.name, quantity(&s.quantity)))
            .collect()
    };
    Ok(PlanDescription {
        // "eXpress 8/5" names its provider; "Business" does not.
        name: if is_package || plan.name.starts_with(&found.provider.provider.name) {
            plan.name.clone()
        } else {
            format!("{} · {}", found.provider.provider.name, plan.name)
        },
        hours,
        targets,
        commitment: plan
            .commitment_share
            .as_ref()
            .map(|s| format!("Targets are promised for {} % of requests.", s.percent)),
        channels: plan.channels.iter().map(|c| c.name.clone()).collect(),
        included: services(Inclusion::Included),
        optional: services(Inclusion::Optional),
        assumptions,
    })
}
