//! What a customer needs priced: users, servers, cloud spend, admin hours,
//! visits and add-ons, each checked against sensible bounds.

use serde::{Deserialize, Serialize};

use slacalc_i18n::{msg, Text};

use crate::error::{Error, Result};

use super::Decimal;

/// Counts beyond these are typing mistakes, not customers.
pub const MAX_COUNT: u32 = 1_000_000;
/// Hours in the longest month.
pub const MAX_HOURS_PER_MONTH: i64 = 744;
/// A trillion a month: beyond any cloud bill.
pub const MAX_SPEND: i64 = 1_000_000_000_000;

/// What the customer needs, per month unless said otherwise.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Usage {
    /// How many users.
    pub users: u32,
    /// How many servers.
    pub servers: u32,
    /// The monthly cloud spend a share is taken of.
    pub monthly_spend: Decimal,
    /// Admin hours a month within working hours.
    pub admin_hours: Decimal,
    /// Admin hours a month outside working hours.
    pub admin_hours_off: Decimal,
    /// On-site visits wanted a quarter.
    pub visits_per_quarter: u32,
    /// Service ids of the add-ons wanted.
    pub add_ons: Vec<String>,
}

/// A field of [`Usage`] a person types, named in a [`UsageProblem`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UsageField {
    /// [`Usage::users`].
    Users,
    /// [`Usage::servers`].
    Servers,
    /// [`Usage::visits_per_quarter`].
    VisitsPerQuarter,
    /// [`Usage::monthly_spend`].
    MonthlySpend,
    /// [`Usage::admin_hours`].
    AdminHours,
    /// [`Usage::admin_hours_off`].
    AdminHoursOff,
}

impl UsageField {
    /// The field's word for messages' selects (`visits`, `offhours`).
    fn word(self) -> &'static str {
        match self {
            UsageField::Users => "users",
            UsageField::Servers => "servers",
            UsageField::VisitsPerQuarter => "visits",
            UsageField::MonthlySpend => "spend",
            UsageField::AdminHours => "hours",
            UsageField::AdminHoursOff => "offhours",
        }
    }

    /// The field in words, as messages name it (`visits per quarter`).
    pub fn name(self) -> Text {
        Text::new(msg::PRICE_USAGE_FIELD).with("field", self.word())
    }
}

/// A value of [`Usage`] outside what can be priced, and which field it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageProblem {
    /// The field that is wrong.
    pub field: UsageField,
    /// What is wrong and what is allowed.
    pub error: Error,
}

impl Usage {
    /// Every field outside what can be priced, in the order of the form.
    pub fn problems(&self) -> Vec<UsageProblem> {
        let mut problems = Vec::new();
        let mut report = |field: UsageField, message: Text| {
            problems.push(UsageProblem {
                field,
                error: Error::invalid(message).context(field.name()),
            })
        };
        let more_than = |count: u32| {
            Text::new(msg::PRICE_USAGE_MORE_THAN)
                .with("count", count)
                .with("most", MAX_COUNT)
        };
        for (field, count) in [
            (UsageField::Users, self.users),
            (UsageField::Servers, self.servers),
        ] {
            if count > MAX_COUNT {
                report(field, more_than(count));
            }
        }
        if self.monthly_spend.is_negative() {
            report(
                UsageField::MonthlySpend,
                Text::new(msg::PRICE_USAGE_NEGATIVE),
            );
        } else if self.monthly_spend > Decimal::from_int(MAX_SPEND) {
            report(
                UsageField::MonthlySpend,
                Text::new(msg::PRICE_USAGE_SPEND_TOO_LARGE),
            );
        }
        for (field, hours) in [
            (UsageField::AdminHours, self.admin_hours),
            (UsageField::AdminHoursOff, self.admin_hours_off),
        ] {
            if hours.is_negative() || hours > Decimal::from_int(MAX_HOURS_PER_MONTH) {
                report(
                    field,
                    Text::new(msg::PRICE_USAGE_HOURS_RANGE)
                        .with("hours", super::words::number(hours))
                        .with("most", MAX_HOURS_PER_MONTH),
                );
            }
        }
        if self.visits_per_quarter > MAX_COUNT {
            report(
                UsageField::VisitsPerQuarter,
                more_than(self.visits_per_quarter),
            );
        }
        problems
    }

    /// Sets one field back to its default (zero), e.g. after it was
    /// reported as out of range, so the rest can still be priced.
    pub fn reset(&mut self, field: UsageField) {
        match field {
            UsageField::Users => self.users = 0,
            UsageField::Servers => self.servers = 0,
            UsageField::VisitsPerQuarter => self.visits_per_quarter = 0,
            UsageField::MonthlySpend => self.monthly_spend = Decimal::ZERO,
            UsageField::AdminHours => self.admin_hours = Decimal::ZERO,
            UsageField::AdminHoursOff => self.admin_hours_off = Decimal::ZERO,
        }
    }

    /// Checks the inputs; the error names the first field that is wrong
    /// and what is allowed ([`Usage::problems`] lists them all).
    pub fn validate(&self) -> Result<()> {
        match self.problems().into_iter().next() {
            Some(problem) => Err(problem.error),
            None => Ok(()),
        }
    }
}
