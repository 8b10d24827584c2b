//! The parts a plan's price is made of, and the quote line each one gives
//! for a customer's usage, with the reason for its amount.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

use super::{Decimal, LineItem, Usage};

/// One part of a plan's price.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Component {
    /// A fixed monthly fee.
    Flat {
        /// What the fee is for, as the quote shows it.
        label: String,
        /// The fee a month.
        monthly: Decimal,
    },
    /// A monthly price for each user.
    PerUser {
        /// The price a user a month.
        monthly: Decimal,
    },
    /// A monthly price for each server.
    PerServer {
        /// The price a server a month.
        monthly: Decimal,
    },
    /// The greater of `minimum` and a tiered share of monthly spend: each
    /// tier's percent applies to the spend up to its `up_to` (the last
    /// tier has none).
    SpendShare {
        /// The least the share charges a month.
        minimum: Decimal,
        /// The tiers, lowest first; only the last has no upper bound.
        tiers: Vec<Tier>,
    },
    /// A monthly add-on, charged when the customer asks for `service`.
    AddOn {
        /// The service id the add-on is for.
        service: String,
        /// What the add-on is, as the quote shows it.
        label: String,
        /// The add-on's price a month.
        monthly: Decimal,
    },
    /// On-site visits: a price each, at most `max_per_quarter`.
    Visits {
        /// The price of one visit.
        each: Decimal,
        /// The most visits charged in a quarter.
        max_per_quarter: u32,
    },
    /// System administration: hours included per year, extra hours at a
    /// rate, hours outside working hours at a multiple of it.
    Hours {
        /// Hours within working hours included a year.
        included_per_year: u32,
        /// The price of an extra hour.
        rate: Decimal,
        /// The multiple of the rate for hours outside working hours.
        off_hours_multiplier: Decimal,
    },
}

/// One tier of a spend share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    /// The spend the tier reaches up to; `None` for the last tier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub up_to: Option<Decimal>,
    /// The percent of the spend within the tier that is charged.
    pub percent: Decimal,
}

impl Component {
    pub(super) fn validate(&self) -> Result<()> {
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
    pub(super) fn line(&self, usage: &Usage, currency: &str) -> Result<Option<LineItem>> {
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
                let extra = in_hours.checked_sub(included)?.max(Decimal::ZERO);
                let off_rate = rate.times_decimal(*off_hours_multiplier)?;
                let annual = extra
                    .times_decimal(*rate)?
                    .checked_add(off_hours.times_decimal(off_rate)?)?
                    .to_cents();
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
        let slice = upper.checked_sub(lower)?;
        let amount = slice.percent(tier.percent)?;
        parts.push(format!(
            "{} % of {} = {}",
            tier.percent,
            money(slice),
            money(amount)
        ));
        total = total.checked_add(amount)?;
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
