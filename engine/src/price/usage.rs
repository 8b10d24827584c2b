//! What a customer needs priced: users, servers, cloud spend, admin hours,
//! visits and add-ons, each checked against sensible bounds.

use serde::{Deserialize, Serialize};

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
    /// The field in words, as messages name it.
    pub fn name(self) -> &'static str {
        match self {
            UsageField::Users => "users",
            UsageField::Servers => "servers",
            UsageField::VisitsPerQuarter => "visits per quarter",
            UsageField::MonthlySpend => "monthly spend",
            UsageField::AdminHours => "admin hours",
            UsageField::AdminHoursOff => "admin hours outside working hours",
        }
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
        let mut report = |field: UsageField, message: String| {
            problems.push(UsageProblem {
                field,
                error: Error::invalid(format!("{}: {message}", field.name())),
            })
        };
        for (field, count) in [
            (UsageField::Users, self.users),
            (UsageField::Servers, self.servers),
        ] {
            if count > MAX_COUNT {
                report(field, format!("{count} is more than {MAX_COUNT}"));
            }
        }
        if self.monthly_spend.is_negative() {
            report(UsageField::MonthlySpend, "cannot be negative".to_owned());
        } else if self.monthly_spend > Decimal::from_int(MAX_SPEND) {
            report(
                UsageField::MonthlySpend,
                "is beyond a trillion a month; check the number".to_owned(),
            );
        }
        for (field, hours) in [
            (UsageField::AdminHours, self.admin_hours),
            (UsageField::AdminHoursOff, self.admin_hours_off),
        ] {
            if hours.is_negative() || hours > Decimal::from_int(MAX_HOURS_PER_MONTH) {
                report(
                    field,
                    format!("{hours} is outside 0 to {MAX_HOURS_PER_MONTH} hours a month"),
                );
            }
        }
        if self.visits_per_quarter > MAX_COUNT {
            report(
                UsageField::VisitsPerQuarter,
                format!("{} is more than {MAX_COUNT}", self.visits_per_quarter),
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
