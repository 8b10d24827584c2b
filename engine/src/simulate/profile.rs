//! A customer's incidents: how many of each severity, what an hour of
//! downtime costs, and when in the week they arrive.

use slacalc_i18n::{msg, Text, Value};

use crate::calendar::parse_zone;
use crate::error::{Error, Result};
use crate::sla::Severity;

/// When incidents arrive, as weights of the 168 hours of a week (Monday
/// 00:00 first) in the customer's zone.
#[derive(Debug, Clone, PartialEq)]
pub enum Arrival {
    /// Equally likely at any hour.
    Uniform,
    /// Four times as likely on weekdays 09:00–18:00.
    BusinessHours,
    /// Four times as likely 20:00–08:00 and at weekends.
    Nights,
    /// Any 7 × 24 grid of non-negative weights.
    Grid(Vec<f64>),
}

impl Arrival {
    /// The 168 hourly weights, Monday 00:00 first; an error if a custom
    /// grid has the wrong size, a negative weight, or no weight at all.
    pub fn weights(&self) -> Result<Vec<f64>> {
        let hour_weight = |day: usize, hour: usize, busy: fn(usize, usize) -> bool| {
            if busy(day, hour) {
                4.0
            } else {
                1.0
            }
        };
        let weights: Vec<f64> = match self {
            Arrival::Uniform => vec![1.0; 168],
            Arrival::BusinessHours => (0..168)
                .map(|i| hour_weight(i / 24, i % 24, |d, h| d < 5 && (9..18).contains(&h)))
                .collect(),
            Arrival::Nights => (0..168)
                .map(|i| hour_weight(i / 24, i % 24, |d, h| d >= 5 || !(8..20).contains(&h)))
                .collect(),
            Arrival::Grid(grid) => grid.clone(),
        };
        if weights.len() != 168 {
            return Err(Error::invalid(
                Text::new(msg::SIMULATE_GRID_SIZE).with("count", weights.len()),
            ));
        }
        if weights.iter().any(|w| !w.is_finite() || *w < 0.0) {
            return Err(Error::invalid(Text::new(msg::SIMULATE_GRID_NEGATIVE)));
        }
        if weights.iter().sum::<f64>() <= 0.0 {
            return Err(Error::invalid(Text::new(msg::SIMULATE_GRID_ZERO)));
        }
        Ok(weights)
    }
}

/// One severity's incidents in a profile.
#[derive(Debug, Clone, PartialEq)]
pub struct SeverityProfile {
    /// Incidents of this severity a month, on average.
    pub per_month: f64,
    /// What an hour of downtime costs the customer.
    pub cost_per_hour: f64,
    /// The typical (median) work in working hours where a plan promises
    /// no resolution time.
    pub uncommitted_median_hours: f64,
}

/// What a customer's incidents look like.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// The profile's name as shown.
    pub name: String,
    /// Critical, high, medium, low.
    pub severities: [SeverityProfile; 4],
    /// When in the week incidents arrive.
    pub arrival: Arrival,
    /// The customer's zone, for the arrival pattern.
    pub tz: String,
}

impl Profile {
    /// Illustrative presets: the figures are plausible, not measured.
    pub fn preset(name: &str) -> Option<Self> {
        let s = |per_month, cost_per_hour, uncommitted_median_hours| SeverityProfile {
            per_month,
            cost_per_hour,
            uncommitted_median_hours,
        };
        Some(match name {
            "small-team" => Profile {
                name: "Small team".to_owned(),
                severities: [
                    s(0.2, 200.0, 4.0),
                    s(1.0, 50.0, 8.0),
                    s(3.0, 10.0, 16.0),
                    s(6.0, 0.0, 24.0),
                ],
                arrival: Arrival::BusinessHours,
                tz: "Europe/Moscow".to_owned(),
            },
            "ecommerce" => Profile {
                name: "E-commerce".to_owned(),
                severities: [
                    s(1.0, 5_000.0, 4.0),
                    s(3.0, 800.0, 8.0),
                    s(8.0, 50.0, 16.0),
                    s(15.0, 0.0, 24.0),
                ],
                arrival: Arrival::Nights,
                tz: "Europe/Moscow".to_owned(),
            },
            "bank" => Profile {
                name: "Bank".to_owned(),
                severities: [
                    s(0.5, 50_000.0, 4.0),
                    s(2.0, 5_000.0, 8.0),
                    s(10.0, 200.0, 16.0),
                    s(30.0, 0.0, 24.0),
                ],
                arrival: Arrival::Uniform,
                tz: "Europe/Moscow".to_owned(),
            },
            _ => return None,
        })
    }

    /// The names [`Profile::preset`] knows.
    pub const PRESETS: [&'static str; 3] = ["small-team", "ecommerce", "bank"];

    pub(super) fn validate(&self) -> Result<()> {
        for (severity, s) in Severity::ALL.iter().zip(&self.severities) {
            // `what` names the field for the message: rate, cost or work.
            let field = |what: &'static str, v: f64| {
                if (0.0..=1e9).contains(&v) {
                    Ok(())
                } else {
                    Err(Error::invalid(
                        Text::new(msg::SIMULATE_FIELD_OUT_OF_RANGE)
                            .with("severity", severity.label())
                            .with("field", what)
                            .with(
                                "value",
                                Value::Number {
                                    value: v,
                                    max_fraction: 6,
                                },
                            ),
                    ))
                }
            };
            field("rate", s.per_month)?;
            field("cost", s.cost_per_hour)?;
            field("work", s.uncommitted_median_hours)?;
            if s.uncommitted_median_hours <= 0.0 {
                return Err(Error::invalid(
                    Text::new(msg::SIMULATE_WORK_NOT_POSITIVE).with("severity", severity.label()),
                ));
            }
        }
        if self.severities.iter().map(|s| s.per_month).sum::<f64>() <= 0.0 {
            return Err(Error::invalid(Text::new(msg::SIMULATE_NO_INCIDENTS)));
        }
        parse_zone(&self.tz)?;
        self.arrival.weights()?;
        Ok(())
    }
}
