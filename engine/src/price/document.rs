//! A quote as a document a customer signs, and as a link that carries all
//! of it: the plan or the whole custom package, the customer's size, the
//! rates used (only those the quote needs), and who it is for, by whom,
//! numbered and dated. Opened anywhere — a browser that has nothing saved —
//! it shows the same document to the cent; a link cut short or edited is
//! refused with a message, never shown as if valid.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use slacalc_i18n::{msg, Formats, Lang, Plain, Text, Value};

use crate::catalog::{Catalog, Commitment, Inclusion, Quantity};
use crate::compare::Citation;
use crate::envelope;
use crate::error::{Error, Result};
use crate::package::Package;
use crate::sla::Severity;

use super::quote::csv_field;
use super::words::{catalog, target_length, verbatim};
use super::{quote_plan, PackagePricing, PriceBook, Quote, Usage};
use crate::words;

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
    #[serde(with = "crate::calendar::iso::serde_date")]
    pub date: NaiveDate,
    /// The last day the offer holds.
    #[serde(with = "crate::calendar::iso::serde_date")]
    pub valid_until: NaiveDate,
}

impl QuoteMeta {
    /// A quote issued on `date`, valid 30 days, numbered from the date and
    /// `seed` (any number that differs between quotes of one day).
    pub fn issued(date: NaiveDate, seed: u64) -> Self {
        Self {
            customer: String::new(),
            prepared_by: String::new(),
            number: format!(
                "Q-{:04}{:02}{:02}-{:04X}",
                date.year(),
                date.month(),
                date.day(),
                seed % 0x1_0000
            ),
            date,
            valid_until: date + chrono::Duration::days(30),
        }
    }

    /// Checks the lengths and the dates; the error names the field.
    pub fn validate(&self) -> Result<()> {
        for (field, text) in [
            (msg::QUOTE_FIELD_CUSTOMER, &self.customer),
            (msg::QUOTE_FIELD_PREPARED_BY, &self.prepared_by),
            (msg::QUOTE_FIELD_NUMBER, &self.number),
        ] {
            if text.chars().count() > MAX_TEXT {
                return Err(
                    Error::invalid(Text::new(msg::QUOTE_TOO_LONG).with("most", MAX_TEXT))
                        .context(Text::new(field)),
                );
            }
        }
        let days = (self.valid_until - self.date).num_days();
        if !(0..=MAX_VALID_DAYS).contains(&days) {
            return Err(Error::invalid(
                Text::new(msg::QUOTE_VALID_UNTIL_RANGE)
                    .with("until", date(self.valid_until))
                    .with("date", date(self.date)),
            )
            .context(Text::new(msg::QUOTE_FIELD_VALID_UNTIL)));
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
    /// The name a downloaded copy of the quote is saved under, for
    /// `extension` (`csv`): `quote-q-20261207-016bq.csv`, after its number,
    /// so a folder of quotes tells them apart; `quote.csv` without one.
    pub fn file_name(&self, extension: &str) -> String {
        match words::slug(&self.meta.number) {
            number if number.is_empty() => format!("quote.{extension}"),
            number => format!("quote-{number}.{extension}"),
        }
    }

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
            None => return Err(unknown_plan(plan_id)),
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
                Error::invalid(
                    Text::new(msg::QUOTE_NO_PRICE)
                        .with("book", self.book.name.as_str())
                        .with("plan", self.plan_id()),
                )
            })
    }

    /// The document as CSV in `lang`: who it is for, by whom, its number,
    /// dates, plan and book, then the price lines and totals. Dates are
    /// ISO (`2026-11-25`) and amounts plain decimals in every language, so
    /// a spreadsheet reads them; the headers and words are in `lang`.
    pub fn to_csv(&self, catalog: &Catalog, lang: Lang, formats: &dyn Formats) -> Result<String> {
        let meta = &self.meta;
        let mut out = String::new();
        for (key, value) in [
            (msg::QUOTE_FIELD_NUMBER, meta.number.clone()),
            (msg::QUOTE_FIELD_DATE, meta.date.to_string()),
            (msg::QUOTE_FIELD_VALID_UNTIL, meta.valid_until.to_string()),
            (msg::QUOTE_FIELD_CUSTOMER, meta.customer.clone()),
            (msg::QUOTE_FIELD_PREPARED_BY, meta.prepared_by.clone()),
            (msg::QUOTE_FIELD_PLAN, self.describe(catalog)?.name),
            (msg::QUOTE_FIELD_BOOK, self.book.name.clone()),
        ] {
            let key = Text::new(key).render(lang, formats);
            out.push_str(&format!("{},{}\n", csv_field(&key), csv_field(&value)));
        }
        out.push('\n');
        out.push_str(&self.quote(catalog)?.to_csv(lang, formats));
        Ok(out)
    }

    /// The document as JSON for export: the document itself (the same
    /// data in every language, as the link carries it) and its quote with
    /// the words in `lang`.
    pub fn to_json(&self, catalog: &Catalog, lang: Lang, formats: &dyn Formats) -> Result<String> {
        let quote = self.quote(catalog)?.rendered(lang, formats);
        Ok(serde_json::to_string_pretty(&serde_json::json!({
            "document": self,
            "quote": quote,
            "language": lang.code(),
        }))
        .unwrap_or_default())
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
                .map_err(|e| e.context(Text::new(msg::QUOTE_PACKAGE_IN_QUOTE)))?;
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
/// services, in words to render in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanDescription {
    /// `Provider · Plan`, or the package's name (names stay as they are).
    pub name: String,
    /// The calendars its targets count on, in words.
    pub hours: Vec<Text>,
    /// One row per severity.
    pub targets: Vec<TargetRow>,
    /// The share of requests the targets are promised for, in words.
    pub commitment: Option<Text>,
    /// Its channels.
    pub channels: Vec<Text>,
    /// Services included.
    pub included: Vec<Text>,
    /// Services available at extra cost.
    pub optional: Vec<Text>,
    /// The assumptions figures marked "(assumption)" rest on, with reasons.
    pub assumptions: Vec<Text>,
}

/// A severity's targets, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetRow {
    /// The severity.
    pub severity: Severity,
    /// The first-response target and its calendar, or "no commitment".
    pub first_response: TargetWords,
    /// The resolution target and its calendar, or "no commitment".
    pub resolution: TargetWords,
}

/// A target as a quote states it: `4 h, working hours (assumption)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetWords {
    /// The plan promises nothing here.
    NoCommitment,
    /// A length of time on a calendar.
    Target {
        /// How long.
        length: Text,
        /// The calendar it counts on, as its name (`Working hours`).
        calendar: Text,
        /// True when the figure rests on an assumption.
        assumed: bool,
    },
}

impl TargetWords {
    /// The words in `lang`: the length, then the calendar's name as it is
    /// written (set off by a dash, not run into a sentence, so "Monday"
    /// keeps its capital where "Around the clock" keeps its own).
    pub fn render(&self, lang: Lang, formats: &dyn Formats) -> String {
        match self {
            TargetWords::NoCommitment => Text::new(msg::QUOTE_NO_COMMITMENT).render(lang, formats),
            TargetWords::Target {
                length,
                calendar,
                assumed,
            } => {
                let key = if *assumed {
                    msg::QUOTE_TARGET_ASSUMED
                } else {
                    msg::QUOTE_TARGET
                };
                Text::new(key)
                    .with("length", length.clone())
                    .with("calendar", calendar.clone())
                    .render(lang, formats)
            }
        }
    }

    /// The words in English with plain figures (tests, the CLI).
    pub fn english(&self) -> String {
        self.render(Lang::En, &Plain)
    }
}

/// A calendar date, for the reader's locale to write.
fn date(day: NaiveDate) -> Value {
    Value::Date {
        year: day.year(),
        month: day.month(),
        day: day.day(),
    }
}

fn unknown_plan(plan_id: &str) -> Error {
    Error::invalid(Text::new(msg::QUOTE_UNKNOWN_PLAN).with("plan", plan_id))
}

/// `plan_id` described from the catalog (which holds packages as plans).
pub fn describe(catalog_: &Catalog, plan_id: &str) -> Result<PlanDescription> {
    let found = catalog_
        .plan(plan_id)
        .ok_or_else(|| unknown_plan(plan_id))?;
    let plan = found.plan;
    // A package's figures are the offer itself (entered in the builder),
    // not a provider's published figures read with an assumption.
    let package = catalog_.package(plan_id);
    let mut hours: Vec<Text> = Vec::new();
    let mut assumptions: Vec<Text> = Vec::new();
    let mut target = |commitment: &Commitment| match commitment {
        Commitment::Target {
            minutes,
            calendar,
            source,
            calendar_source,
            ..
        } => {
            let name = catalog_
                .calendar_entry(calendar)
                .map_or_else(|| verbatim(calendar), |entry| entry.words());
            if !hours.contains(&name) {
                hours.push(name.clone());
            }
            // A figure that rests on an assumption says so where it stands,
            // read the way the comparison's cells read it.
            let assumed = package
                .is_none()
                .then(|| {
                    Citation::of(found.provider, source)
                        .resting_on(calendar_source.as_ref())
                        .assumption
                })
                .flatten();
            if let Some(reason) = &assumed {
                if !assumptions.contains(reason) {
                    assumptions.push(reason.clone());
                }
            }
            TargetWords::Target {
                length: target_length(*minutes),
                calendar: name,
                assumed: assumed.is_some(),
            }
        }
        Commitment::None { .. } => TargetWords::NoCommitment,
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
    let service = |name: &str, quantity: &Option<Quantity>| match quantity {
        Some(Quantity::HoursPerYear(h)) => Text::new(msg::QUOTE_SERVICE_HOURS)
            .with("name", catalog(name))
            .with("hours", *h),
        Some(Quantity::AtMostPerQuarter(n)) => Text::new(msg::QUOTE_SERVICE_VISITS)
            .with("name", catalog(name))
            .with("count", *n),
        None => catalog(name),
    };
    let services = |inclusion: Inclusion| {
        plan.services
            .iter()
            .filter(|s| s.availability == inclusion)
            .map(|s| service(&s.name, &s.quantity))
            .collect()
    };
    Ok(PlanDescription {
        // "eXpress 8/5" names its provider; "Business" does not.
        name: if package.is_some() || plan.name.starts_with(&*found.provider.provider.name) {
            plan.name.to_string()
        } else {
            format!("{} · {}", found.provider.provider.name, plan.name)
        },
        hours,
        targets,
        commitment: plan
            .commitment_share
            .as_ref()
            .map(|s| Text::new(msg::QUOTE_COMMITMENT).with("percent", s.percent)),
        channels: plan.channels.iter().map(|c| catalog(&c.name)).collect(),
        included: services(Inclusion::Included),
        optional: services(Inclusion::Optional),
        assumptions,
    })
}
