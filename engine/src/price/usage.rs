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
