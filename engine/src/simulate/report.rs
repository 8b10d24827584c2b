//! What a simulation reports: per-plan figures, what each plan's figures
//! rest on, and the plan with the lowest total cost with the reason in
//! words and warnings where the reason rests on examples or assumptions.

use slacalc_i18n::{msg, Text, Value};

use crate::order::TotalOrder;

use super::SeverityModel;

/// Figures for one plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanResult {
    /// The plan's id.
    pub id: String,
    /// The plan's name.
    pub name: String,
    /// Share of incidents with a response target answered within it.
    pub response_within_target: Option<f64>,
    /// Share of incidents with a resolution target resolved within it.
    pub resolution_within_target: Option<f64>,
    /// Resolution targets missed a month, on average; `None` where the
    /// plan commits to no resolution time for any simulated incident (no
    /// target, so nothing to breach).
    pub breaches_per_month: Option<f64>,
    /// Calendar-time downtime per incident, in hours.
    pub downtime_median_hours: f64,
    /// Downtime per incident that nine in ten stay within, in hours.
    pub downtime_p90_hours: f64,
    /// Downtime per incident that 99 in 100 stay within, in hours.
    pub downtime_p99_hours: f64,
    /// Downtime a month, on average, in hours.
    pub downtime_hours_per_month: f64,
    /// What that downtime costs the customer a month.
    pub downtime_cost_per_month: f64,
    /// The plan's price a month, where the price book has one.
    pub price_monthly: Option<f64>,
    /// The price's currency (ISO 4217); empty without a price.
    pub currency: String,
    /// True when the price is from example rates, not the provider's own.
    pub example_price: bool,
    /// How the plan's work is modelled, per severity, in words.
    pub model: Vec<SeverityModel>,
    /// Price plus expected downtime cost, a month; `None` without a price.
    pub total_cost_per_month: Option<f64>,
    /// 95 % confidence interval of the total (batch means).
    pub total_cost_interval: Option<Interval>,
    /// Incidents per downtime bucket, for a histogram: bucket edges in
    /// hours are [`Report::bucket_edges_hours`].
    pub histogram: Vec<u64>,
}

/// A range of values, both ends included: a confidence interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    /// The lower end.
    pub low: f64,
    /// The upper end.
    pub high: f64,
}

/// The plan with the lowest total cost of a simulation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cheapest {
    /// The plan's id.
    pub plan_id: String,
    /// Why, in words: its price and downtime cost, and the gap to the next.
    pub reason: Text,
    /// What the verdict rests on that is not the providers' word: example
    /// prices, work times the user assumed. Empty when nothing.
    pub warnings: Vec<Text>,
}

/// A simulation's figures, for every plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// How many incidents were simulated.
    pub incidents: u64,
    /// How many months of incidents were simulated.
    pub months: f64,
    /// One result per plan, in the order given.
    pub plans: Vec<PlanResult>,
    /// The histogram's bucket edges, in hours of downtime.
    pub bucket_edges_hours: Vec<f64>,
    /// The plan with the lowest total cost, and why, in words.
    pub cheapest: Option<Cheapest>,
}

pub(super) fn cheapest(plans: &[PlanResult]) -> Option<Cheapest> {
    let mut priced: Vec<&PlanResult> = plans
        .iter()
        .filter(|p| p.total_cost_per_month.is_some())
        .collect();
    crate::order::sort_by_key(&mut priced, |p| p.total_cost_per_month.map(TotalOrder));
    let best = priced.first()?;
    let total = best.total_cost_per_month?;
    let money = |amount: f64| Value::Money {
        amount,
        currency: best.currency.clone(),
    };
    let mut reason = Text::new(msg::SIMULATE_REASON)
        .with("plan", Value::Catalog(best.name.clone()))
        .with("price", money(best.price_monthly.unwrap_or(0.0)))
        .with("downtime", money(best.downtime_cost_per_month))
        .with("total", money(total));
    let mut warnings = Vec::new();
    if let Some(next) = priced.get(1) {
        let gap = next.total_cost_per_month.unwrap_or(total) - total;
        let overlap = match (best.total_cost_interval, next.total_cost_interval) {
            (Some(best), Some(next)) => next.low <= best.high,
            _ => false,
        };
        // What decides it: the price or the downtime.
        let price_gap = next.price_monthly.unwrap_or(0.0) - best.price_monthly.unwrap_or(0.0);
        let downtime_gap = next.downtime_cost_per_month - best.downtime_cost_per_month;
        let decides = if downtime_gap.abs() >= price_gap.abs() {
            "downtime"
        } else {
            "price"
        };
        reason = Text::new(msg::SIMULATE_REASON_NEXT)
            .with("reason", reason)
            .with("next", Value::Catalog(next.name.clone()))
            .with("gap", money(gap))
            .with("close", if overlap { "yes" } else { "no" })
            .with("decides", decides);
    }
    let mut compared: Vec<&PlanResult> = vec![best];
    compared.extend(priced.get(1));
    if compared.iter().any(|p| p.example_price) {
        warnings.push(Text::new(msg::SIMULATE_WARNING_EXAMPLE_PRICES));
    }
    let assumed: Vec<Value> = compared
        .iter()
        .filter(|p| p.model.iter().any(|m| !m.committed))
        .map(|p| Value::Catalog(p.name.clone()))
        .collect();
    // At most the two plans compared: one name, or both joined by "and".
    let plans = match <[Value; 2]>::try_from(assumed) {
        Ok([first, second]) => Some(Value::from(
            Text::new(msg::SIMULATE_TWO_PLANS)
                .with("first", first)
                .with("second", second),
        )),
        Err(one) => one.into_iter().next(),
    };
    if let Some(plans) = plans {
        warnings.push(Text::new(msg::SIMULATE_WARNING_ASSUMED).with("plans", plans));
    }
    Some(Cheapest {
        plan_id: best.id.clone(),
        reason,
        warnings,
    })
}
