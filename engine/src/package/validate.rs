//! The checks every package passes before it is used or saved: each
//! error names the field and what is allowed.

use slacalc_i18n::{msg, Text};

use crate::calendar::{parse_zone, WallInterval};
use crate::error::{Error, Result};
use crate::sla::Severity;

use super::model::MAX_TARGET_MINUTES;
use super::{Package, WorkingDays, ID_PREFIX};

impl Package {
    /// Checks every field; the error names the field and what is allowed.
    pub fn validate(&self) -> Result<()> {
        let field = |name: &str, problem: Text| {
            Error::invalid(problem).context(Text::new(msg::BUILD_FIELD).with("field", name))
        };
        let slug = self.id.strip_prefix(ID_PREFIX).unwrap_or("");
        if slug.is_empty()
            || slug.len() > 60
            || !slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(field(
                "id",
                Text::new(msg::BUILD_BAD_ID)
                    .with("id", self.id.as_str())
                    .with("prefix", ID_PREFIX),
            ));
        }
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > 80 {
            return Err(field("name", Text::new(msg::BUILD_BAD_NAME)));
        }
        let in_hours = || Text::new(msg::BUILD_FIELD).with("field", "hours");
        parse_zone(&self.hours.tz).map_err(|e| e.context(in_hours()))?;
        WallInterval::parse(&self.hours.start, &self.hours.end)
            .map_err(|e| e.context(in_hours()))?;
        if self.hours.days == WorkingDays::RussianProductionCalendar
            && self.hours.tz != "Europe/Moscow"
        {
            return Err(field("days", Text::new(msg::BUILD_CALENDAR_NEEDS_MOSCOW)));
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
                    Text::new(msg::BUILD_TARGET_ROWS)
                        .with("severity", severity.as_str())
                        .with("count", count),
                ));
            }
        }
        for targets in &self.targets {
            for (kind, target) in [
                ("first", &targets.first_response),
                ("resolution", &targets.resolution),
            ] {
                if let Some(t) = target {
                    if let Err(e) = check_target_minutes(t.minutes) {
                        return Err(e.context(
                            Text::new(msg::BUILD_TARGET_FIELD)
                                .with("severity", targets.severity.as_str())
                                .with("kind", kind),
                        ));
                    }
                }
            }
        }
        if let Some(share) = self.commitment_share {
            if !(1..=100).contains(&share) {
                return Err(field(
                    "share",
                    Text::new(msg::BUILD_SHARE_RANGE).with("share", share),
                ));
            }
        }
        for service in &self.services {
            if service.service.trim().is_empty() || service.name.trim().is_empty() {
                return Err(field("services", Text::new(msg::BUILD_SERVICE_NEEDS_NAME)));
            }
        }
        if self.channels.iter().any(|c| c.trim().is_empty()) {
            return Err(field("channels", Text::new(msg::BUILD_CHANNEL_NEEDS_NAME)));
        }
        Ok(())
    }
}

/// Whether a target of `minutes` can be promised: 1 minute to a year. The
/// builder's target field asks before the package is changed, so the
/// message stands at the field.
pub fn check_target_minutes(minutes: u64) -> Result<()> {
    if (1..=MAX_TARGET_MINUTES).contains(&minutes) {
        return Ok(());
    }
    Err(Error::invalid(
        Text::new(msg::BUILD_TARGET_RANGE)
            .with("minutes", minutes)
            .with("most", MAX_TARGET_MINUTES),
    ))
}
