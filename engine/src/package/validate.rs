//! The checks every package passes before it is used or saved: each
//! error names the field and what is allowed.

use crate::calendar::{parse_zone, WallInterval};
use crate::error::{Error, Result};
use crate::sla::Severity;

use super::model::MAX_TARGET_MINUTES;
use super::{Package, WorkingDays, ID_PREFIX};

impl Package {
    /// Checks every field; the error names the field and what is allowed.
    pub fn validate(&self) -> Result<()> {
        let field = |name: &str, problem: String| Error::invalid(format!("{name}: {problem}"));
        let slug = self.id.strip_prefix(ID_PREFIX).unwrap_or("");
        if slug.is_empty()
            || slug.len() > 60
            || !slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(field(
                "id",
                format!(
                    "`{}` must be `{ID_PREFIX}` followed by up to 60 lowercase letters, digits or dashes",
                    self.id
                ),
            ));
        }
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > 80 {
            return Err(field(
                "name",
                "give the package a name of 1 to 80 characters".to_owned(),
            ));
        }
        parse_zone(&self.hours.tz).map_err(|e| e.context("working hours"))?;
        WallInterval::parse(&self.hours.start, &self.hours.end)
            .map_err(|e| e.context("working hours"))?;
        if self.hours.days == WorkingDays::RussianProductionCalendar
            && self.hours.tz != "Europe/Moscow"
        {
            return Err(field(
                "working days",
                "the Russian production calendar is for Moscow time; choose Europe/Moscow or Monday to Friday".to_owned(),
            ));
        }
        for severity in Severity::ALL {
            let count = self
                .targets
                .iter()
                .filter(|t| t.severity == severity)
                .count();
            if count != 1 {
                return Err(field(
                    "targets",
                    format!("{severity} must have exactly one row of targets, found {count}"),
                ));
            }
        }
        for targets in &self.targets {
            for (kind, target) in [
                ("first response", &targets.first_response),
                ("resolution", &targets.resolution),
            ] {
                if let Some(t) = target {
                    if !(1..=MAX_TARGET_MINUTES).contains(&t.minutes) {
                        return Err(field(
                            &format!("{} {kind}", targets.severity),
                            format!(
                                "{} minutes is outside 1 to {MAX_TARGET_MINUTES} (a year)",
                                t.minutes
                            ),
                        ));
                    }
                }
            }
        }
        if let Some(share) = self.commitment_share {
            if !(1..=100).contains(&share) {
                return Err(field(
                    "commitment share",
                    format!("{share} % is outside 1 to 100"),
                ));
            }
        }
        for service in &self.services {
            if service.service.trim().is_empty() || service.name.trim().is_empty() {
                return Err(field(
                    "services",
                    "every service needs an id and a name".to_owned(),
                ));
            }
        }
        if self.channels.iter().any(|c| c.trim().is_empty()) {
            return Err(field("channels", "a channel needs a name".to_owned()));
        }
        Ok(())
    }
}
