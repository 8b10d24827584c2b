//! Pricing a custom package from what it contains: its support hours, the
//! level of each target it promises, its channels and services, and the
//! customer's size. A book that prices packages says what each part costs
//! ([`PackageRates`]); the quote has a line per part saying why, so
//! changing a target or a service changes the price by that part's amount.

use serde::{Deserialize, Serialize};

use slacalc_i18n::{msg, Text};

use crate::catalog::{ChannelKind, Inclusion, Quantity};
use crate::error::{Error, Result};
use crate::package::{Package, PackageTarget, TargetClock, WorkingDays};
use crate::sla::{Severity, TargetKind};

use super::words::{catalog, money, number, severity, target_kind, target_length};
use super::{Component, Decimal, LineItem, PriceBook, Quote, Usage};

/// What each part of a custom package costs in a price book.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackageRates {
    /// A month of support for each hour a week the provider works (10:00–19:00
    /// on five days is 45 weekly hours).
    pub per_weekly_hour: Decimal,
    /// A month for each user.
    #[serde(default)]
    pub per_user: Decimal,
    /// A month for each server.
    #[serde(default)]
    pub per_server: Decimal,
    /// Target levels: a target costs the level with the fewest minutes that
    /// it still meets (a 10-minute target fits "within 15 minutes").
    pub targets: Vec<TargetRate>,
    /// Channels by kind, a month each.
    #[serde(default)]
    pub channels: Vec<ChannelRate>,
    /// Services by id, a month each: charged when the package includes
    /// them, or when the customer asks for one the package offers as an option.
    #[serde(default)]
    pub services: Vec<ServiceRate>,
    /// System administration hours beyond those the package includes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<HoursRate>,
    /// The price of one on-site visit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit: Option<Decimal>,
}

/// The price of promising one severity's target within some minutes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetRate {
    /// The severity.
    pub severity: Severity,
    /// First response or resolution.
    pub target: TargetKind,
    /// The level: targets of at most this many minutes.
    pub within_minutes: u64,
    /// A month, when the minutes count in working hours.
    pub working_hours: Decimal,
    /// A month, when the minutes count around the clock.
    pub around_the_clock: Decimal,
}

/// The price of a channel of one kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelRate {
    /// The kind of channel.
    pub kind: ChannelKind,
    /// A month.
    pub monthly: Decimal,
}

/// The price of a service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceRate {
    /// The service id, as packages and usage name it.
    pub service: String,
    /// A month.
    pub monthly: Decimal,
}

/// Admin hours: a rate, and a multiple of it outside working hours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HoursRate {
    /// An hour within working hours.
    pub rate: Decimal,
    /// The multiple of the rate for hours outside working hours.
    pub off_hours_multiplier: Decimal,
}

impl PackageRates {
    /// Checks every amount: none negative, multipliers at least 1.
    pub fn validate(&self) -> Result<()> {
        let amounts = [self.per_weekly_hour, self.per_user, self.per_server]
            .into_iter()
            .chain(
                self.targets
                    .iter()
                    .flat_map(|t| [t.working_hours, t.around_the_clock]),
            )
            .chain(self.channels.iter().map(|c| c.monthly))
            .chain(self.services.iter().map(|s| s.monthly))
            .chain(self.hours.as_ref().map(|h| h.rate))
            .chain(self.visit);
        for amount in amounts {
            if amount.is_negative() {
                return Err(Error::invalid(
                    Text::new(msg::PRICE_PACKAGE_RATE_NEGATIVE).with("value", number(amount)),
                ));
            }
        }
        if let Some(hours) = &self.hours {
            if hours.off_hours_multiplier < Decimal::from_int(1) {
                return Err(Error::invalid(
                    Text::new(msg::PRICE_MULTIPLIER_BELOW_ONE)
                        .with("value", number(hours.off_hours_multiplier)),
                )
                .context(Text::new(msg::PRICE_PACKAGE_RATES)));
            }
        }
        Ok(())
    }

    /// Only the rates a quote of `package` reads: the level each of its
    /// targets fits, its channels' kinds, its services. A quote link
    /// carries this, not the whole book; it prices the package the same.
    pub fn used_by(&self, package: &Package) -> PackageRates {
        let mut targets: Vec<TargetRate> = Vec::new();
        for t in &package.targets {
            for (kind, target) in [
                (TargetKind::FirstResponse, &t.first_response),
                (TargetKind::Resolution, &t.resolution),
            ] {
                if let Some(level) = target.and_then(|pt| self.level(t.severity, kind, pt.minutes))
                {
                    if !targets.contains(level) {
                        targets.push(level.clone());
                    }
                }
            }
        }
        let kinds: Vec<ChannelKind> = package
            .channels
            .iter()
            .map(|c| ChannelKind::from_name(c))
            .collect();
        PackageRates {
            targets,
            channels: self
                .channels
                .iter()
                .filter(|c| kinds.contains(&c.kind))
                .cloned()
                .collect(),
            services: self
                .services
                .iter()
                .filter(|r| {
                    package
                        .services
                        .iter()
                        .any(|s| s.service == r.service && s.availability != Inclusion::NotOffered)
                })
                .cloned()
                .collect(),
            ..self.clone()
        }
    }

    /// The level a target is priced at: the one with the fewest minutes
    /// that the target still meets.
    fn level(&self, severity: Severity, kind: TargetKind, minutes: u64) -> Option<&TargetRate> {
        self.targets
            .iter()
            .filter(|t| t.severity == severity && t.target == kind && minutes <= t.within_minutes)
            .min_by_key(|t| t.within_minutes)
    }
}

/// Hours a week the package's window covers: its daily hours on five
/// working days (the production calendar moves days but keeps five a week).
fn weekly_hours(package: &Package) -> Result<Decimal> {
    let minutes = |text: &str| -> Result<i64> {
        let not_a_time = || Error::invalid(Text::new(msg::PRICE_NOT_A_TIME).with("text", text));
        let (h, m) = text.split_once(':').ok_or_else(not_a_time)?;
        let parse = |v: &str| v.parse::<i64>().map_err(|_| not_a_time());
        Ok(parse(h)? * 60 + parse(m)?)
    };
    let (start, end) = (minutes(&package.hours.start)?, minutes(&package.hours.end)?);
    let daily = if end > start {
        end - start
    } else {
        end + 24 * 60 - start
    };
    let days = match package.hours.days {
        WorkingDays::MondayToFriday | WorkingDays::RussianProductionCalendar => 5,
    };
    Ok(Decimal::from_int(daily * days).divided_by(60))
}

/// The package's working days, for a message's select.
pub(crate) fn days_word(days: WorkingDays) -> &'static str {
    match days {
        WorkingDays::MondayToFriday => "weekdays",
        WorkingDays::RussianProductionCalendar => "russian",
    }
}

/// The clock a target counts on, for a message's select.
fn clock_word(clock: TargetClock) -> &'static str {
    match clock {
        TargetClock::WorkingHours => "working",
        TargetClock::AroundTheClock => "around",
    }
}

impl PriceBook {
    /// The quote of a custom package from its parts, or `Ok(None)` if the
    /// book does not price packages.
    pub fn quote_package(&self, package: &Package, usage: &Usage) -> Result<Option<Quote>> {
        usage.validate()?;
        let Some(rates) = &self.packages else {
            return Ok(None);
        };
        let money = |d: Decimal| money(d, &self.currency);
        let mut lines: Vec<LineItem> = Vec::new();
        let monthly = |label: Text, amount: Decimal, reason: Text| -> Result<LineItem> {
            let amount = amount.to_cents();
            Ok(LineItem {
                label,
                monthly: amount,
                annual: amount.times(12)?,
                reason,
            })
        };

        let hours = weekly_hours(package)?;
        let h = &package.hours;
        lines.push(monthly(
            Text::new(msg::PRICE_LINE_SUPPORT_HOURS),
            rates.per_weekly_hour.times_decimal(hours)?,
            Text::new(msg::PRICE_REASON_SUPPORT_HOURS)
                .with("hours", number(hours))
                .with("start", h.start.as_str())
                .with("end", h.end.as_str())
                .with("days", days_word(h.days))
                .with("zone", h.tz.as_str())
                .with("rate", money(rates.per_weekly_hour)),
        )?);

        for targets in &package.targets {
            for (kind, target) in [
                (TargetKind::FirstResponse, &targets.first_response),
                (TargetKind::Resolution, &targets.resolution),
            ] {
                let Some(PackageTarget { minutes, clock }) = *target else {
                    continue;
                };
                let Some(level) = rates.level(targets.severity, kind, minutes) else {
                    continue;
                };
                let price = match clock {
                    TargetClock::WorkingHours => level.working_hours,
                    TargetClock::AroundTheClock => level.around_the_clock,
                };
                lines.push(monthly(
                    Text::new(msg::PRICE_LINE_TARGET)
                        .with("severity", severity(targets.severity))
                        .with("target", target_kind(kind))
                        .with("length", target_length(minutes))
                        .with("clock", clock_word(clock)),
                    price,
                    Text::new(msg::PRICE_REASON_TARGET)
                        .with("level", target_length(level.within_minutes))
                        .with("severity", targets.severity.as_str())
                        .with("target", target_kind(kind))
                        .with("clock", clock_word(clock)),
                )?);
            }
        }

        let per_unit = [
            Component::PerUser {
                monthly: rates.per_user,
            },
            Component::PerServer {
                monthly: rates.per_server,
            },
        ];
        for component in per_unit {
            if let Some(line) = component.line(usage, &self.currency)? {
                lines.push(line);
            }
        }

        let mut kinds: Vec<ChannelKind> = Vec::new();
        for name in &package.channels {
            let kind = ChannelKind::from_name(name);
            if kinds.contains(&kind) {
                continue;
            }
            kinds.push(kind);
            if let Some(rate) = rates.channels.iter().find(|c| c.kind == kind) {
                lines.push(monthly(
                    Text::new(msg::PRICE_LINE_CHANNEL).with("name", catalog(name)),
                    rate.monthly,
                    Text::new(msg::PRICE_REASON_CHANNEL),
                )?);
            }
        }

        for service in &package.services {
            let asked = usage.add_ons.contains(&service.service);
            let charged = match service.availability {
                Inclusion::Included => Some(msg::PRICE_REASON_SERVICE_INCLUDED),
                Inclusion::Optional if asked => Some(msg::PRICE_REASON_SERVICE_ASKED),
                _ => None,
            };
            match (service.quantity, charged) {
                (Some(Quantity::HoursPerYear(included)), Some(_)) => {
                    if let Some(rate) = &rates.hours {
                        let hours = Component::Hours {
                            included_per_year: included,
                            rate: rate.rate,
                            off_hours_multiplier: rate.off_hours_multiplier,
                        };
                        if let Some(line) = hours.line(usage, &self.currency)? {
                            lines.push(line);
                        }
                    }
                }
                (Some(Quantity::AtMostPerQuarter(most)), Some(_)) => {
                    if let Some(each) = rates.visit {
                        let visits = Component::Visits {
                            each,
                            max_per_quarter: most,
                        };
                        if let Some(line) = visits.line(usage, &self.currency)? {
                            if line.monthly != Decimal::ZERO {
                                lines.push(line);
                            }
                        }
                    }
                }
                (None, Some(why)) => {
                    if let Some(rate) = rates.services.iter().find(|r| r.service == service.service)
                    {
                        lines.push(monthly(
                            catalog(&service.name),
                            rate.monthly,
                            Text::new(why),
                        )?);
                    }
                }
                (_, None) => {}
            }
        }

        // A part that costs nothing here is not a line of the quote.
        self.quote_of(&package.id, lines).map(|q| Some(q.charged()))
    }
}
