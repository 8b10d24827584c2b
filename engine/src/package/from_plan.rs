//! A package that starts as a copy of a catalog plan: its hours, targets,
//! channels and services carried over.

use crate::catalog::{CalendarDefinition, Catalog, Commitment, PlanRef};
use crate::error::{Error, Result};
use crate::sla::Severity;

use super::{
    Package, PackageService, PackageTarget, PackageTargets, TargetClock, WorkingDays, WorkingHours,
};

impl Package {
    /// A package that starts as a copy of catalog plan `plan_id`.
    pub fn from_plan(catalog: &Catalog, plan_id: &str, id: &str, name: &str) -> Result<Self> {
        let PlanRef { provider, plan } = catalog.plan(plan_id).ok_or_else(|| {
            Error::invalid(
                slacalc_i18n::Text::new(slacalc_i18n::msg::QUOTE_UNKNOWN_PLAN)
                    .with("plan", plan_id),
            )
        })?;
        // The working-hours calendar of the plan, if it has one.
        let mut hours = WorkingHours {
            tz: "UTC".to_owned(),
            start: "09:00".to_owned(),
            end: "18:00".to_owned(),
            days: WorkingDays::MondayToFriday,
        };
        for entry in provider.calendars.iter() {
            match &entry.definition {
                CalendarDefinition::MoscowWorkingDays {
                    hours: (start, end),
                } => {
                    hours = WorkingHours {
                        tz: "Europe/Moscow".to_owned(),
                        start: start.to_string(),
                        end: end.to_string(),
                        days: WorkingDays::RussianProductionCalendar,
                    };
                    break;
                }
                CalendarDefinition::AroundTheClock { tz } => hours.tz = tz.to_string(),
                CalendarDefinition::Custom(spec) => hours.tz = spec.tz.clone(),
            }
        }
        let target = |commitment: &Commitment| match commitment {
            Commitment::Target {
                minutes, calendar, ..
            } => Some(PackageTarget {
                minutes: *minutes,
                clock: match catalog.calendar_entry(calendar).map(|c| &c.definition) {
                    Some(CalendarDefinition::AroundTheClock { .. }) => TargetClock::AroundTheClock,
                    _ => TargetClock::WorkingHours,
                },
            }),
            Commitment::None { .. } => None,
        };
        let package = Self {
            id: id.to_owned(),
            name: name.to_owned(),
            based_on: plan.name.to_string(),
            base_plan: Some(plan.id.to_string()),
            hours,
            targets: Severity::ALL
                .into_iter()
                .map(|severity| {
                    let t = plan.targets_for(severity);
                    PackageTargets {
                        severity,
                        first_response: target(&t.first_response),
                        resolution: target(&t.resolution),
                    }
                })
                .collect(),
            channels: plan.channels.iter().map(|c| c.name.to_string()).collect(),
            services: plan
                .services
                .iter()
                .map(|s| PackageService {
                    service: s.service.to_string(),
                    name: s.name.to_string(),
                    availability: s.availability,
                    quantity: s.quantity,
                })
                .collect(),
            commitment_share: plan.commitment_share.as_ref().map(|s| s.percent),
        };
        package.validate()?;
        Ok(package)
    }
}
