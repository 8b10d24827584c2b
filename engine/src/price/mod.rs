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

mod money;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use money::Decimal;

use crate::error::{Error, Result};

/// Counts beyond these are typing mistakes, not customers.
pub const MAX_COUNT: u32 = 1_000_000;
/// Hours in the longest month.
pub const MAX_HOURS_PER_MONTH: i64 = 744;
/// A trillion a month: beyond any cloud bill.
pub const MAX_SPEND: i64 = 1_000_000_000_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PriceBook {
    pub id: String,
    pub name: String,
    /// ISO 4217 code, e.g. `USD`, `RUB`.
    pub currency: String,
    /// True for illustrative rates: every view labels them as examples.
    pub example: bool,
    /// Where the rates come from, or why they are examples.
    pub note: String,
    /// Components per plan id.
    pub plans: BTreeMap<String, PlanRates>,
}

/// The rates a price book sets for one plan: the components its price is
/// made of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanRates {
    pub components: Vec<Component>,
}

/// One part of a plan's price.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Component {
    /// A fixed monthly fee.
    Flat {
        label: String,
        monthly: Decimal,
    },
    PerUser {
        monthly: Decimal,
    },
    PerServer {
        monthly: Decimal,
    },
    /// The greater of `minimum` and a tiered share of monthly spend: each
    /// tier's percent applies to the spend up to its `up_to` (the last
    /// tier has none).
    SpendShare {
        minimum: Decimal,
        tiers: Vec<Tier>,
    },
    /// A monthly add-on, charged when the customer asks for `service`.
    AddOn {
        service: String,
        label: String,
        monthly: Decimal,
    },
    /// On-site visits: a price each, at most `max_per_quarter`.
    Visits {
        each: Decimal,
        max_per_quarter: u32,
    },
    /// System administration: hours included per year, extra hours at a
    /// rate, hours outside working hours at a multiple of it.
    Hours {
        included_per_year: u32,
        rate: Decimal,
        off_hours_multiplier: Decimal,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub up_to: Option<Decimal>,
    pub percent: Decimal,
}

/// What the customer needs, per month unless said otherwise.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Usage {
    pub users: u32,
    pub servers: u32,
    pub monthly_spend: Decimal,
    /// Admin hours a month within working hours.
    pub admin_hours: Decimal,
    /// Admin hours a month outside working hours.
    pub admin_hours_off: Decimal,
    pub visits_per_quarter: u32,
    /// Service ids of the add-ons wanted.
    pub add_ons: Vec<String>,
}

impl Usage {
    /// Checks the inputs; the error names the field and what is allowed.
    pub fn validate(&self) -> Result<()> {
        let field = |name: &str, message: String| Error::invalid(format!("{name}: {message}"));
        for (name, count) in [
            ("users", self.users),
            ("servers", self.servers),
            ("visits per quarter", self.visits_per_quarter),
        ] {
            if count > MAX_COUNT {
                return Err(field(name, format!("{count} is more than {MAX_COUNT}")));
            }
        }
        if self.monthly_spend.is_negative() {
            return Err(field("monthly spend", "cannot be negative".to_owned()));
        }
        if self.monthly_spend > Decimal::from_int(MAX_SPEND) {
            return Err(field(
                "monthly spend",
                "is beyond a trillion a month; check the number".to_owned(),
            ));
        }
        for (name, hours) in [
            ("admin hours", self.admin_hours),
            ("admin hours outside working hours", self.admin_hours_off),
        ] {
            if hours.is_negative() || hours > Decimal::from_int(MAX_HOURS_PER_MONTH) {
                return Err(field(
                    name,
                    format!("{hours} is outside 0 to {MAX_HOURS_PER_MONTH} hours a month"),
                ));
            }
        }
        Ok(())
    }
}

/// One amount of a quote and why it is there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LineItem {
    pub label: String,
    pub monthly: Decimal,
    pub annual: Decimal,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    pub plan: String,
    pub currency: String,
    pub example: bool,
    pub lines: Vec<LineItem>,
    pub monthly: Decimal,
    pub annual: Decimal,
}

impl Quote {
    /// The quote as CSV: one row per line item, then the totals.
    pub fn to_csv(&self) -> String {
        let escape = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
        let mut out = String::from("item,monthly,annual,currency,reason\n");
        for line in &self.lines {
            out.push_str(&format!(
                "{},{},{},{},{}\n",
                escape(&line.label),
                line.monthly.plain(),
                line.annual.plain(),
                self.currency,
                escape(&line.reason)
            ));
        }
        out.push_str(&format!(
            "{},{},{},{},\n",
            escape("Total"),
            self.monthly.plain(),
            self.annual.plain(),
            self.currency
        ));
        out
    }
}

impl PriceBook {
    /// Reads a book (an import or a shipped file) and checks it; errors
    /// name the plan and component.
    pub fn from_json(text: &str) -> Result<Self> {
        let book: PriceBook = serde_json::from_str(text)
            .map_err(|e| Error::invalid(format!("this is not a price book: {e}")))?;
        book.validate()?;
        Ok(book)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    pub fn validate(&self) -> Result<()> {
        if self.currency.len() != 3 || !self.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(Error::invalid(format!(
                "currency `{}` is not a three-letter code such as USD or RUB",
                self.currency
            )));
        }
        if self.name.trim().is_empty() {
            return Err(Error::invalid("the price book needs a name"));
        }
        for (plan, price) in &self.plans {
            for (i, component) in price.components.iter().enumerate() {
                component
                    .validate()
                    .map_err(|e| e.context(format!("plan {plan}, component {}", i + 1)))?;
            }
        }
        Ok(())
    }

    /// The quote of `plan`, or, if the book has no price for it, of
    /// `fallback` (a package's base plan) with a first line that says so.
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
            quote.lines.insert(
                0,
                LineItem {
                    label: "Priced as its base plan".to_owned(),
                    monthly: Decimal::ZERO,
                    annual: Decimal::ZERO,
                    reason: format!(
                        "The price book has no price for this package; it uses the rates of {base}"
                    ),
                },
            );
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
        Ok(Some(Quote {
            plan: plan.to_owned(),
            currency: self.currency.clone(),
            example: self.example,
            monthly: lines.iter().map(|l| l.monthly).sum(),
            annual: lines.iter().map(|l| l.annual).sum(),
            lines,
        }))
    }
}

impl Component {
    fn validate(&self) -> Result<()> {
        let not_negative = |name: &str, value: Decimal| {
            if value.is_negative() {
                Err(Error::invalid(format!("{name} {value} cannot be negative")))
            } else {
                Ok(())
            }
        };
        match self {
            Component::Flat { monthly, .. }
            | Component::PerUser { monthly }
            | Component::PerServer { monthly }
            | Component::AddOn { monthly, .. } => not_negative("the monthly price", *monthly),
            Component::Visits { each, .. } => not_negative("the price of a visit", *each),
            Component::Hours {
                rate,
                off_hours_multiplier,
                ..
            } => {
                not_negative("the hourly rate", *rate)?;
                if *off_hours_multiplier < Decimal::from_int(1) {
                    return Err(Error::invalid(format!(
                        "the off-hours multiplier {off_hours_multiplier} is below 1"
                    )));
                }
                Ok(())
            }
            Component::SpendShare { minimum, tiers } => {
                not_negative("the minimum", *minimum)?;
                if tiers.is_empty() {
                    return Err(Error::invalid("a spend share needs at least one tier"));
                }
                let mut previous = Decimal::ZERO;
                for (i, tier) in tiers.iter().enumerate() {
                    if tier.percent.is_negative() || tier.percent > Decimal::from_int(100) {
                        return Err(Error::invalid(format!(
                            "tier {}: {} % is outside 0 to 100",
                            i + 1,
                            tier.percent
                        )));
                    }
                    match tier.up_to {
                        Some(up_to) if up_to <= previous => {
                            return Err(Error::invalid(format!(
                                "tier {}: its upper bound {up_to} must be above the previous one ({previous})",
                                i + 1
                            )))
                        }
                        Some(up_to) if i + 1 == tiers.len() => {
                            return Err(Error::invalid(format!(
                                "the last tier must have no upper bound (it has {up_to})"
                            )))
                        }
                        None if i + 1 < tiers.len() => {
                            return Err(Error::invalid(format!(
                                "tier {} has no upper bound but is not the last",
                                i + 1
                            )))
                        }
                        Some(up_to) => previous = up_to,
                        None => {}
                    }
                }
                Ok(())
            }
        }
    }

    /// This component's line for `usage`, or `None` where it charges nothing
    /// because the customer does not use it.
    fn line(&self, usage: &Usage, currency: &str) -> Result<Option<LineItem>> {
        let money = |d: Decimal| format!("{} {currency}", d.grouped());
        let monthly_line = |label: String, monthly: Decimal, reason: String| -> Result<LineItem> {
            let monthly = monthly.to_cents();
            Ok(LineItem {
                label,
                monthly,
                annual: monthly.times(12)?,
                reason,
            })
        };
        Ok(Some(match self {
            Component::Flat { label, monthly } => {
                monthly_line(label.clone(), *monthly, "A fixed monthly fee".to_owned())?
            }
            Component::PerUser { monthly } => monthly_line(
                "Users".to_owned(),
                monthly.times(i64::from(usage.users))?,
                format!("{} users × {}", usage.users, money(*monthly)),
            )?,
            Component::PerServer { monthly } => monthly_line(
                "Servers".to_owned(),
                monthly.times(i64::from(usage.servers))?,
                format!("{} servers × {}", usage.servers, money(*monthly)),
            )?,
            Component::SpendShare { minimum, tiers } => {
                let (share, parts) = tiered_share(usage.monthly_spend, tiers, &money)?;
                let reason = if share >= *minimum {
                    format!(
                        "{}; above the minimum of {}",
                        parts.join("; "),
                        money(*minimum)
                    )
                } else {
                    format!(
                        "{} = {}, below the minimum: the minimum {} applies",
                        parts.join(" + "),
                        money(share),
                        money(*minimum)
                    )
                };
                monthly_line(
                    "Share of cloud spend".to_owned(),
                    share.max(*minimum),
                    reason,
                )?
            }
            Component::AddOn {
                service,
                label,
                monthly,
            } => {
                if !usage.add_ons.iter().any(|a| a == service) {
                    return Ok(None);
                }
                monthly_line(label.clone(), *monthly, "An add-on you chose".to_owned())?
            }
            Component::Visits {
                each,
                max_per_quarter,
            } => {
                if usage.visits_per_quarter == 0 {
                    return Ok(None);
                }
                let visits = usage.visits_per_quarter.min(*max_per_quarter);
                let capped = if visits < usage.visits_per_quarter {
                    format!(" (at most {max_per_quarter} a quarter)")
                } else {
                    String::new()
                };
                let annual = each.times(i64::from(visits) * 4)?.to_cents();
                LineItem {
                    label: "On-site visits".to_owned(),
                    monthly: annual.divided_by(12).to_cents(),
                    annual,
                    reason: format!(
                        "{visits} a quarter{capped} × {} = {} a year",
                        money(*each),
                        money(annual)
                    ),
                }
            }
            Component::Hours {
                included_per_year,
                rate,
                off_hours_multiplier,
            } => {
                let in_hours = usage.admin_hours.times(12)?;
                let off_hours = usage.admin_hours_off.times(12)?;
                if in_hours == Decimal::ZERO && off_hours == Decimal::ZERO {
                    return Ok(None);
                }
                let included = Decimal::from_int(i64::from(*included_per_year));
                let extra = (in_hours - included).max(Decimal::ZERO);
                let off_rate = rate.times_decimal(*off_hours_multiplier)?;
                let annual =
                    (extra.times_decimal(*rate)? + off_hours.times_decimal(off_rate)?).to_cents();
                LineItem {
                    label: "System administration".to_owned(),
                    monthly: annual.divided_by(12).to_cents(),
                    annual,
                    reason: format!(
                        "{in_hours} h a year in working hours, {included} h included, {extra} extra at {}; {off_hours} h outside working hours at {} (×{off_hours_multiplier})",
                        money(*rate),
                        money(off_rate)
                    ),
                }
            }
        }))
    }
}

/// The tiered share of `spend` and the words for each tier used.
fn tiered_share(
    spend: Decimal,
    tiers: &[Tier],
    money: &dyn Fn(Decimal) -> String,
) -> Result<(Decimal, Vec<String>)> {
    let mut total = Decimal::ZERO;
    let mut parts = Vec::new();
    let mut lower = Decimal::ZERO;
    for tier in tiers {
        if spend <= lower {
            break;
        }
        let upper = tier.up_to.map_or(spend, |u| u.min(spend));
        let slice = upper - lower;
        let amount = slice.percent(tier.percent)?;
        parts.push(format!(
            "{} % of {} = {}",
            tier.percent,
            money(slice),
            money(amount)
        ));
        total = total + amount;
        match tier.up_to {
            Some(u) => lower = u,
            None => break,
        }
    }
    if parts.is_empty() {
        parts.push(format!("no spend: {}", money(Decimal::ZERO)));
    }
    Ok((total, parts))
}

const SHIPPED: [(&str, &str); 2] = [
    (
        "examples",
        include_str!("../../data/pricebooks/examples.json"),
    ),
    ("aws", include_str!("../../data/pricebooks/aws.json")),
];

/// The price books shipped with slacalc: the example rates for every
/// catalog plan, and AWS' published support prices.
pub fn shipped_books() -> Result<Vec<PriceBook>> {
    SHIPPED
        .iter()
        .map(|(name, json)| {
            PriceBook::from_json(json).map_err(|e| e.context(format!("price book {name}")))
        })
        .collect()
}
