//! What a simulation assumes about each plan, in words: the commitment
//! share it draws work to, where that share comes from, and how the rest
//! of the work spreads; or, where a plan promises no resolution time, the
//! typical work the user assumed. The view shows these beside the figures
//! so the visitor sees what decides them.

use chrono::NaiveDate;

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
    pub text: String,
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

fn hours_of(target: &Target) -> String {
    let length = words::target_length(target.minutes);
    if around_the_clock(&target.calendar) {
        format!("{length} (around the clock)")
    } else {
        format!("{length} of working time")
    }
}

/// Hours as "14 h", "2 d 4 h": rounded to the hour above 10 hours.
fn rough_hours(seconds: f64) -> String {
    let seconds = if seconds >= 36_000.0 {
        (seconds / 3600.0).round() * 3600.0
    } else {
        (seconds / 60.0).round() * 60.0
    };
    words::duration(seconds as i64)
}

/// How `plan`'s work is modelled for each severity of `profile` that has
/// incidents, critical first.
pub fn plan_model(plan: &SimulatedPlan, profile: &Profile) -> Vec<SeverityModel> {
    let share = plan.share.unwrap_or(DEFAULT_SHARE).clamp(0.01, 0.9999);
    let z_share = normal_quantile(share);
    let z99 = normal_quantile(0.99);
    let z90 = normal_quantile(0.9);
    let share_source = if plan.share.is_some() {
        "the plan's commitment"
    } else {
        "the plan states no share: 90 % assumed"
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
                    text: format!(
                        "{}: {:.0} % resolved within {} ({share_source}); the rest spread to about {} (1 in 100 takes longer).",
                        words::capitalised(severity.as_str()),
                        share * 100.0,
                        hours_of(target),
                        rough_hours(p99),
                    ),
                }
            }
            None => {
                let median = s.uncommitted_median_hours * 3600.0;
                let p90 = median * (z90 * WORK_SPREAD).exp();
                SeverityModel {
                    severity: *severity,
                    committed: false,
                    text: format!(
                        "{}: no resolution commitment, so no breaches are counted. Work assumed to take typically {} around the clock (your assumption, set above); 1 in 10 over {}.",
                        words::capitalised(severity.as_str()),
                        rough_hours(median),
                        rough_hours(p90),
                    ),
                }
            }
        })
        .collect()
}
