//! What a simulation assumes about each plan, in words: the commitment
//! share it draws work to, where that share comes from, and how the rest
//! of the work spreads; or, where a plan promises no resolution time, the
//! typical work the user assumed. The view shows these beside the figures
//! so the visitor sees what decides them.

use chrono::NaiveDate;
use slacalc_i18n::{msg, Text, Value};

use crate::calendar::Calendar;
use crate::sla::{Severity, Target};
use crate::words;

use super::stats::normal_quantile;
use super::{Profile, SimulatedPlan, DEFAULT_SHARE, WORK_SPREAD};

/// How one plan's work is modelled for one severity, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeverityModel {
    /// The severity.
    pub severity: Severity,
    /// True when the plan commits to a resolution time for it.
    pub committed: bool,
    /// The model in a sentence: "90 % resolved within 5 working hours
    /// (the plan's commitment); the rest spread to about 14 h …".
    pub text: Text,
}

/// True when `calendar` counts every hour of an ordinary week.
fn around_the_clock(calendar: &Calendar) -> bool {
    let monday = NaiveDate::from_ymd_opt(2026, 11, 16).unwrap_or_default();
    monday.iter_days().take(7).all(|date| {
        calendar
            .intervals_on(date)
            .iter()
            .map(|i| i.wall_minutes())
            .sum::<u32>()
            >= 24 * 60
    })
}

fn hours_of(target: &Target) -> Text {
    let key = if around_the_clock(&target.calendar) {
        msg::SIMULATE_WITHIN_AROUND_THE_CLOCK
    } else {
        msg::SIMULATE_WITHIN_WORKING_TIME
    };
    Text::new(key).with("length", words::target_length_text(target.minutes))
}

/// Hours as "14 h", "2 d 4 h": rounded to the hour above 10 hours.
fn rough_hours(seconds: f64) -> Value {
    let seconds = if seconds >= 36_000.0 {
        (seconds / 3600.0).round() * 3600.0
    } else {
        (seconds / 60.0).round() * 60.0
    };
    Value::Duration {
        ms: seconds as i128 * 1000,
    }
}

/// How `plan`'s work is modelled for each severity of `profile` that has
/// incidents, critical first.
pub fn plan_model(plan: &SimulatedPlan, profile: &Profile) -> Vec<SeverityModel> {
    let share = plan.share.unwrap_or(DEFAULT_SHARE).clamp(0.01, 0.9999);
    let z_share = normal_quantile(share);
    let z99 = normal_quantile(0.99);
    let z90 = normal_quantile(0.9);
    let share_source = if plan.share.is_some() {
        msg::SIMULATE_SHARE_COMMITTED
    } else {
        msg::SIMULATE_SHARE_ASSUMED
    };
    Severity::ALL
        .iter()
        .zip(&plan.targets)
        .zip(&profile.severities)
        .filter(|(_, s)| s.per_month > 0.0)
        .map(|((severity, targets), s)| match &targets.resolution {
            Some(target) => {
                let median = target.minutes as f64 * 60.0 / (z_share * WORK_SPREAD).exp();
                let p99 = median * (z99 * WORK_SPREAD).exp();
                SeverityModel {
                    severity: *severity,
                    committed: true,
                    text: Text::new(msg::SIMULATE_MODEL_COMMITTED)
                        .with("severity", severity.title())
                        .with(
                            "share",
                            Value::Number {
                                value: (share * 100.0).round(),
                                max_fraction: 0,
                            },
                        )
                        .with("within", hours_of(target))
                        .with("source", Text::new(share_source))
                        .with("p99", rough_hours(p99)),
                }
            }
            None => {
                let median = s.uncommitted_median_hours * 3600.0;
                let p90 = median * (z90 * WORK_SPREAD).exp();
                SeverityModel {
                    severity: *severity,
                    committed: false,
                    text: Text::new(msg::SIMULATE_MODEL_UNCOMMITTED)
                        .with("severity", severity.title())
                        .with("median", rough_hours(median))
                        .with("p90", rough_hours(p90)),
                }
            }
        })
        .collect()
}
