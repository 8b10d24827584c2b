//! The parts a plan's price is made of, and the quote line each one gives
//! for a customer's usage, with the reason for its amount.

use serde::{Deserialize, Serialize};

use slacalc_i18n::{msg, Text};

use crate::error::{Error, Result};

use super::words::{catalog, joined, money, number};
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
        let not_negative = |what: &str, value: Decimal| {
            if value.is_negative() {
                Err(Error::invalid(
                    Text::new(msg::PRICE_NEGATIVE)
                        .with("what", what)
                        .with("value", number(value)),
                ))
            } else {
                Ok(())
            }
        };
        match self {
            Component::Flat { monthly, .. }
            | Component::PerUser { monthly }
            | Component::PerServer { monthly }
            | Component::AddOn { monthly, .. } => not_negative("monthly", *monthly),
            Component::Visits { each, .. } => not_negative("visit", *each),
            Component::Hours {
                rate,
                off_hours_multiplier,
                ..
            } => {
                not_negative("hourly", *rate)?;
                if *off_hours_multiplier < Decimal::from_int(1) {
                    return Err(Error::invalid(
                        Text::new(msg::PRICE_MULTIPLIER_BELOW_ONE)
                            .with("value", number(*off_hours_multiplier)),
                    ));
                }
                Ok(())
            }
            Component::SpendShare { minimum, tiers } => {
                not_negative("minimum", *minimum)?;
                if tiers.is_empty() {
                    return Err(Error::invalid(Text::new(msg::PRICE_SHARE_NO_TIERS)));
                }
                let mut previous = Decimal::ZERO;
                for (i, tier) in tiers.iter().enumerate() {
                    let tier_number = i + 1;
                    if tier.percent.is_negative() || tier.percent > Decimal::from_int(100) {
                        return Err(Error::invalid(
                            Text::new(msg::PRICE_TIER_PERCENT)
                                .with("tier", tier_number)
                                .with("percent", number(tier.percent)),
                        ));
                    }
                    match tier.up_to {
                        Some(up_to) if up_to <= previous => {
                            return Err(Error::invalid(
                                Text::new(msg::PRICE_TIER_BOUND_ORDER)
                                    .with("tier", tier_number)
                                    .with("bound", number(up_to))
                                    .with("previous", number(previous)),
                            ))
                        }
                        Some(up_to) if i + 1 == tiers.len() => {
                            return Err(Error::invalid(
                                Text::new(msg::PRICE_TIER_LAST_BOUND).with("bound", number(up_to)),
                            ))
                        }
                        None if i + 1 < tiers.len() => {
                            return Err(Error::invalid(
                                Text::new(msg::PRICE_TIER_NO_BOUND).with("tier", tier_number),
                            ))
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
        let money = |d: Decimal| money(d, currency);
        let monthly_line = |label: Text, monthly: Decimal, reason: Text| -> Result<LineItem> {
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
                monthly_line(catalog(label), *monthly, Text::new(msg::PRICE_REASON_FLAT))?
            }
            Component::PerUser { monthly } => monthly_line(
                Text::new(msg::PRICE_LINE_USERS),
                monthly.times(i64::from(usage.users))?,
                Text::new(msg::PRICE_REASON_USERS)
                    .with("count", usage.users)
                    .with("rate", money(*monthly)),
            )?,
            Component::PerServer { monthly } => monthly_line(
                Text::new(msg::PRICE_LINE_SERVERS),
                monthly.times(i64::from(usage.servers))?,
                Text::new(msg::PRICE_REASON_SERVERS)
                    .with("count", usage.servers)
                    .with("rate", money(*monthly)),
            )?,
            Component::SpendShare { minimum, tiers } => {
                let (share, parts) = tiered_share(usage.monthly_spend, tiers, currency)?;
                let reason = if share >= *minimum {
                    Text::new(msg::PRICE_REASON_SHARE_ABOVE)
                        .with("parts", joined_or_none(parts, msg::PRICE_JOIN_SEMICOLON))
                        .with("minimum", money(*minimum))
                } else {
                    Text::new(msg::PRICE_REASON_SHARE_BELOW)
                        .with("parts", joined_or_none(parts, msg::PRICE_JOIN_PLUS))
                        .with("share", money(share))
                        .with("minimum", money(*minimum))
                };
                monthly_line(
                    Text::new(msg::PRICE_LINE_SPEND_SHARE),
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
                monthly_line(
                    catalog(label),
                    *monthly,
                    Text::new(msg::PRICE_REASON_ADD_ON),
                )?
            }
            Component::Visits {
                each,
                max_per_quarter,
            } => {
                if usage.visits_per_quarter == 0 {
                    return Ok(None);
                }
                let visits = usage.visits_per_quarter.min(*max_per_quarter);
                let annual = each.times(i64::from(visits) * 4)?.to_cents();
                let reason = if visits < usage.visits_per_quarter {
                    Text::new(msg::PRICE_REASON_VISITS_CAPPED).with("most", *max_per_quarter)
                } else {
                    Text::new(msg::PRICE_REASON_VISITS)
                };
                LineItem {
                    label: Text::new(msg::PRICE_LINE_VISITS),
                    monthly: annual.divided_by(12).to_cents(),
                    annual,
                    reason: reason
                        .with("count", visits)
                        .with("each", money(*each))
                        .with("annual", money(annual)),
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
                    label: Text::new(msg::PRICE_LINE_ADMIN),
                    monthly: annual.divided_by(12).to_cents(),
                    annual,
                    reason: Text::new(msg::PRICE_REASON_ADMIN)
                        .with("worked", number(in_hours))
                        .with("included", number(included))
                        .with("extra", number(extra))
                        .with("rate", money(*rate))
                        .with("off", number(off_hours))
                        .with("offrate", money(off_rate))
                        .with("multiplier", number(*off_hours_multiplier)),
                }
            }
        }))
    }
}

/// The tiered share of `spend` and the words for each tier used.
fn tiered_share(spend: Decimal, tiers: &[Tier], currency: &str) -> Result<(Decimal, Vec<Text>)> {
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
        parts.push(
            Text::new(msg::PRICE_TIER)
                .with("percent", number(tier.percent))
                .with("slice", money(slice, currency))
                .with("amount", money(amount, currency)),
        );
        total = total.checked_add(amount)?;
        match tier.up_to {
            Some(u) => lower = u,
            None => break,
        }
    }
    if parts.is_empty() {
        parts.push(
            Text::new(msg::PRICE_TIER_NO_SPEND).with("amount", money(Decimal::ZERO, currency)),
        );
    }
    Ok((total, parts))
}

/// The parts run together; there is always at least one.
fn joined_or_none(parts: Vec<Text>, key: slacalc_i18n::Key) -> Text {
    joined(parts, key).unwrap_or_else(|| Text::new(msg::PRICE_TIER_NO_SPEND))
}
