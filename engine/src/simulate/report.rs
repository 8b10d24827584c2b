//! What a simulation reports: per-plan figures, and the plan with the
//! lowest total cost with the reason in words.

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
    /// Resolution targets missed a month, on average.
    pub breaches_per_month: f64,
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
    pub reason: String,
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
    priced.sort_by(|a, b| {
        a.total_cost_per_month
            .partial_cmp(&b.total_cost_per_month)
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let best = priced.first()?;
    let total = best.total_cost_per_month?;
    let mut reason = format!(
        "{}: price {:.2} + expected downtime cost {:.2} = {:.2} a month",
        best.name,
        best.price_monthly.unwrap_or(0.0),
        best.downtime_cost_per_month,
        total
    );
    if let Some(next) = priced.get(1) {
        let gap = next.total_cost_per_month.unwrap_or(total) - total;
        reason.push_str(&format!("; {} costs {:.2} more", next.name, gap));
        let overlap = match (best.total_cost_interval, next.total_cost_interval) {
            (Some(best), Some(next)) => next.low <= best.high,
            _ => false,
        };
        if overlap {
            reason.push_str(
                ", within the simulation's uncertainty: simulate more incidents to tell them apart",
            );
        }
    }
    Some(Cheapest {
        plan_id: best.id.clone(),
        reason,
    })
}
