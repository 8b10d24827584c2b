//! A package as the catalog sees it: its calendars and a plan whose every
//! figure cites the package builder.

use crate::calendar::{CalendarSpec, WallInterval, WeekSpec};
use crate::catalog::{
    CalendarDefinition, CalendarEntry, Channel, ChannelKind, Commitment, Coverage, Fact, Plan,
    ServiceOffer, SeverityTargets, Share, Source,
};

use slacalc_i18n::{msg, Text};

use super::{Package, PackageTarget, TargetClock, WorkingDays, ENTERED, HOURS_ACTIVITY};

impl Package {
    /// The id of the package's calendar for `clock`.
    pub(crate) fn calendar_id(&self, clock: TargetClock) -> String {
        match clock {
            TargetClock::WorkingHours => format!("{}-hours", self.id),
            TargetClock::AroundTheClock => format!("{}-24x7", self.id),
        }
    }

    /// The package's two calendars (its working hours and around the
    /// clock in its zone), as catalog entries.
    pub(crate) fn calendars(&self) -> Vec<CalendarEntry> {
        let hours = match self.hours.days {
            WorkingDays::RussianProductionCalendar => CalendarDefinition::MoscowWorkingDays {
                hours: (
                    self.hours.start.clone().into(),
                    self.hours.end.clone().into(),
                ),
            },
            WorkingDays::MondayToFriday => {
                let day = WallInterval::parse(&self.hours.start, &self.hours.end)
                    .map(|i| vec![i])
                    .unwrap_or_default();
                CalendarDefinition::Custom(Box::new(CalendarSpec {
                    tz: self.hours.tz.clone(),
                    week: WeekSpec {
                        mon: day.clone(),
                        tue: day.clone(),
                        wed: day.clone(),
                        thu: day.clone(),
                        fri: day,
                        ..WeekSpec::default()
                    },
                    ..CalendarSpec::default()
                }))
            }
        };
        let days = match self.hours.days {
            WorkingDays::RussianProductionCalendar => "Working days (Russian production calendar)",
            WorkingDays::MondayToFriday => "Monday to Friday",
        };
        vec![
            CalendarEntry {
                id: self.calendar_id(TargetClock::WorkingHours).into(),
                name: format!(
                    "{days} {}–{} {}",
                    self.hours.start, self.hours.end, self.hours.tz
                )
                .into(),
                definition: hours,
                source: entered(),
                note: None,
                words: Some(self.calendar_words(TargetClock::WorkingHours)),
            },
            CalendarEntry {
                id: self.calendar_id(TargetClock::AroundTheClock).into(),
                name: format!("Around the clock ({})", self.hours.tz).into(),
                definition: CalendarDefinition::AroundTheClock {
                    tz: self.hours.tz.clone().into(),
                },
                source: entered(),
                note: None,
                words: Some(self.calendar_words(TargetClock::AroundTheClock)),
            },
        ]
    }

    /// One of the package's calendars in words, from its days, hours and
    /// zone, so every view says it in the reader's language.
    pub fn calendar_words(&self, clock: TargetClock) -> Text {
        let hours = &self.hours;
        match clock {
            TargetClock::WorkingHours => Text::new(msg::PACKAGE_CALENDAR_WORKING_HOURS)
                .with(
                    "days",
                    match hours.days {
                        WorkingDays::MondayToFriday => "weekdays",
                        WorkingDays::RussianProductionCalendar => "russian",
                    },
                )
                .with("start", hours.start.as_str())
                .with("end", hours.end.as_str())
                .with("zone", hours.tz.as_str()),
            TargetClock::AroundTheClock => {
                Text::new(msg::PACKAGE_CALENDAR_AROUND_THE_CLOCK).with("zone", hours.tz.as_str())
            }
        }
    }

    /// The package as a catalog plan, every figure sourced to the builder.
    pub(crate) fn plan(&self) -> Plan {
        let commitment = |target: &Option<PackageTarget>| match target {
            Some(t) => Commitment::Target {
                minutes: t.minutes,
                calendar: self.calendar_id(t.clock).into(),
                figure: crate::words::target_length(t.minutes).into(),
                source: entered(),
                note: None,
                calendar_source: None,
            },
            None => Commitment::None {
                none: "The package sets no target here.".into(),
                source: entered(),
            },
        };
        Plan {
            id: self.id.clone().into(),
            name: self.name.trim().to_owned().into(),
            summary: Fact {
                text: format!("A custom package based on {}.", self.based_on).into(),
                source: entered(),
            },
            commitment_share: self.commitment_share.map(|percent| Share {
                percent,
                source: entered(),
            }),
            targets: self
                .targets
                .iter()
                .map(|t| SeverityTargets {
                    severity: t.severity,
                    first_response: commitment(&t.first_response),
                    resolution: commitment(&t.resolution),
                })
                .collect(),
            coverage: vec![Coverage {
                activity: HOURS_ACTIVITY.into(),
                calendar: self.calendar_id(TargetClock::WorkingHours).into(),
                source: entered(),
            }]
            .into(),
            channels: self
                .channels
                .iter()
                .map(|name| Channel {
                    name: name.clone().into(),
                    kind: ChannelKind::from_name(name),
                    hours: None,
                    source: entered(),
                    detail: None,
                })
                .collect(),
            staff: Vec::new().into(),
            services: self
                .services
                .iter()
                .map(|s| ServiceOffer {
                    service: s.service.clone().into(),
                    name: s.name.clone().into(),
                    availability: s.availability,
                    quantity: s.quantity,
                    source: entered(),
                    note: None,
                    terms: Vec::new().into(),
                })
                .collect(),
            notes: Vec::new().into(),
            free_of_charge: None,
            base_plan: self.base_plan.clone().map(Into::into),
        }
    }
}

/// The source of every figure of a package: the person who built it.
pub(crate) fn entered() -> Source {
    Source::Assumption {
        assumption: ENTERED.into(),
    }
}
