//! Running a simulation: the plans as it sees them, incidents drawn one
//! by one in steps, and each plan's tally turned into a report.

use crate::tz::Tz;
use chrono::{DateTime, Duration, LocalResult, NaiveDate, TimeZone, Utc};
use slacalc_i18n::{msg, Text};

use crate::calendar::{builtin, parse_zone};
use crate::error::{Error, Result};
use crate::sla::Targets;

use super::model::plan_model;
use super::report::{cheapest, Interval, PlanResult, Report};
use super::stats::{
    bucket_edges_hours, histogram_buckets, normal_quantile, BATCHES, HISTOGRAM_MINUTES,
};
use super::{Profile, Rng};

/// A plan as the simulation sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct SimulatedPlan {
    /// The plan's id.
    pub id: String,
    /// The plan's name.
    pub name: String,
    /// Targets per severity (critical, high, medium, low).
    pub targets: [Targets; 4],
    /// Share of incidents the targets are met for; plans that state none
    /// are simulated at [`DEFAULT_SHARE`].
    pub share: Option<f64>,
    /// The plan's monthly price, or `None` where the price book has none.
    pub price_monthly: Option<f64>,
    /// The price's currency (ISO 4217); empty without a price.
    pub currency: String,
    /// True when the price is from example rates, not the provider's own.
    pub example_price: bool,
}

/// The share assumed where a plan states none: its targets are met nine
/// times in ten.
pub const DEFAULT_SHARE: f64 = 0.9;
/// Spread of the work-time distribution (log-normal σ): a tenth of
/// incidents take about 3.6 × the median.
pub const WORK_SPREAD: f64 = 1.0;

/// The calendar time from `opened` until `work_seconds` of working time on
/// `plan`'s resolution calendar for `severity` have passed (24/7 in `tz`
/// where the plan promises no resolution time).
pub fn downtime_seconds(
    targets: &Targets,
    fallback: &crate::calendar::Calendar,
    opened: DateTime<Utc>,
    work_seconds: i64,
) -> Result<i64> {
    let calendar = targets
        .resolution
        .as_ref()
        .map_or(fallback, |t| t.calendar.as_ref());
    let end = calendar
        .due_after_seconds(opened, work_seconds)?
        .ok_or_else(|| Error::out_of_range(Text::new(msg::SIMULATE_NEVER_SUPPLIES)))?;
    Ok((end - opened).num_seconds())
}

#[derive(Debug, Clone)]
struct PlanTally {
    responded_in_time: u64,
    response_counted: u64,
    resolved_in_time: u64,
    resolution_counted: u64,
    breaches: u64,
    downtime_hours: f64,
    downtime_cost: f64,
    batch_cost: [f64; BATCHES],
    histogram: Vec<u32>,
    beyond_histogram: u64,
}

impl PlanTally {
    fn new() -> Self {
        Self {
            responded_in_time: 0,
            response_counted: 0,
            resolved_in_time: 0,
            resolution_counted: 0,
            breaches: 0,
            downtime_hours: 0.0,
            downtime_cost: 0.0,
            batch_cost: [0.0; BATCHES],
            histogram: vec![0; HISTOGRAM_MINUTES],
            beyond_histogram: 0,
        }
    }
}

/// A simulation in progress.
pub struct Simulation {
    profile: Profile,
    plans: Vec<SimulatedPlan>,
    rng: Rng,
    tz: Tz,
    around_the_clock: crate::calendar::Calendar,
    week_start: NaiveDate,
    weeks: u32,
    cumulative_cells: Vec<f64>,
    cumulative_severity: [f64; 4],
    rate_per_month: f64,
    total: u64,
    done: u64,
    tallies: Vec<PlanTally>,
    /// Per plan and severity: (the response median, the resolution
    /// median) in working seconds.
    medians: Vec<[(Option<f64>, f64); 4]>,
    /// Per plan and severity: the resolution calendar supplies every
    /// second of the simulated span, so downtime is the work itself.
    always_open: Vec<[bool; 4]>,
    /// Per simulated week: the UTC offset (seconds) that holds over the
    /// whole week in the customer's zone, `None` where it changes.
    week_offsets: Vec<Option<i64>>,
}

impl Simulation {
    /// A simulation of `incidents` incidents of `profile` against `plans`,
    /// arriving over the weeks from `start` (an instant, never "now").
    pub fn new(
        profile: Profile,
        plans: Vec<SimulatedPlan>,
        seed: u64,
        start: DateTime<Utc>,
        incidents: u64,
    ) -> Result<Self> {
        profile.validate()?;
        if plans.is_empty() {
            return Err(Error::invalid(Text::new(msg::SIMULATE_NO_PLANS)));
        }
        if incidents == 0 || incidents > 10_000_000 {
            return Err(Error::invalid(
                Text::new(msg::SIMULATE_INCIDENTS_OUT_OF_RANGE).with("count", incidents),
            ));
        }
        let tz = parse_zone(&profile.tz)?;
        let weights = profile.arrival.weights()?;
        let total_weight: f64 = weights.iter().sum();
        let mut acc = 0.0;
        let cumulative_cells = weights
            .iter()
            .map(|w| {
                acc += w / total_weight;
                acc
            })
            .collect();
        let rate_per_month: f64 = profile.severities.iter().map(|s| s.per_month).sum();
        let mut acc = 0.0;
        let mut cumulative_severity = [0.0; 4];
        for (i, s) in profile.severities.iter().enumerate() {
            acc += s.per_month / rate_per_month;
            cumulative_severity[i] = acc;
        }
        let months = incidents as f64 / rate_per_month;
        // Spread arrivals over the simulated span, at least a week.
        let weeks = ((months * 365.2425 / 12.0 / 7.0).ceil() as u32).clamp(1, 52 * 50);
        let local_start = start.with_timezone(&tz).date_naive();
        let week_start = local_start
            - Duration::days(i64::from(
                chrono::Datelike::weekday(&local_start).num_days_from_monday(),
            ));
        let medians = plans
            .iter()
            .map(|plan| {
                let z = normal_quantile(plan.share.unwrap_or(DEFAULT_SHARE).clamp(0.01, 0.9999));
                let mut out = [(None, 0.0); 4];
                for (i, targets) in plan.targets.iter().enumerate() {
                    // ln(median) so that P(work ≤ target) = share.
                    let from_target = |minutes: u64| (minutes as f64 * 60.0).ln() - z * WORK_SPREAD;
                    let response = targets
                        .first_response
                        .as_ref()
                        .map(|t| from_target(t.minutes));
                    let resolution = targets.resolution.as_ref().map_or_else(
                        || (profile.severities[i].uncommitted_median_hours * 3600.0).ln(),
                        |t| from_target(t.minutes),
                    );
                    // Kept as medians, not logarithms: the work is then
                    // median × e^(σz), one exponential per incident for
                    // every plan.
                    out[i] = (response.map(f64::exp), resolution.exp());
                }
                out
            })
            .collect();
        // The span incidents can keep running in: the weeks, plus the
        // longest work (400 days).
        let span_start = tz
            .from_local_datetime(&week_start.and_hms_opt(0, 0, 0).unwrap_or_default())
            .earliest()
            .map_or(start, |t| t.with_timezone(&Utc));
        let span_end = span_start + Duration::weeks(i64::from(weeks)) + Duration::days(401);
        let around_the_clock = builtin::around_the_clock(&profile.tz)?;
        let always_open = plans
            .iter()
            .map(|plan| {
                let mut out = [false; 4];
                for (i, targets) in plan.targets.iter().enumerate() {
                    let calendar = targets
                        .resolution
                        .as_ref()
                        .map_or(&around_the_clock, |t| t.calendar.as_ref());
                    out[i] = calendar
                        .working_seconds(span_start, span_end)
                        .is_ok_and(|w| w == (span_end - span_start).num_seconds());
                }
                out
            })
            .collect();
        let week_offsets = (0..i64::from(weeks))
            .map(|w| {
                let monday = week_start + Duration::days(7 * w);
                let offset_at = |date: NaiveDate| {
                    tz.offset_from_local_datetime(&date.and_hms_opt(0, 0, 0)?)
                        .single()
                        .map(|o| i64::from(chrono::Offset::fix(&o).local_minus_utc()))
                };
                let first = offset_at(monday)?;
                // The same offset at every midnight of the week and the
                // next Monday's: no change within the week (changes happen
                // at night, but a zone may change at midnight, so each
                // day is checked).
                (1..=7)
                    .all(|d| offset_at(monday + Duration::days(d)) == Some(first))
                    .then_some(first)
            })
            .collect();
        Ok(Self {
            around_the_clock,
            always_open,
            week_offsets,
            tallies: plans.iter().map(|_| PlanTally::new()).collect(),
            profile,
            plans,
            rng: Rng::new(seed),
            tz,
            week_start,
            weeks,
            cumulative_cells,
            cumulative_severity,
            rate_per_month,
            total: incidents,
            done: 0,
            medians,
        })
    }

    /// Share of the incidents simulated so far, 0 to 1.
    pub fn progress(&self) -> f64 {
        self.done as f64 / self.total as f64
    }

    /// True once every incident asked for has been simulated.
    pub fn is_done(&self) -> bool {
        self.done >= self.total
    }

    /// Simulates up to `count` more incidents; returns the progress.
    pub fn step(&mut self, count: u64) -> Result<f64> {
        let end = (self.done + count).min(self.total);
        while self.done < end {
            self.one()?;
            self.done += 1;
        }
        Ok(self.progress())
    }

    fn one(&mut self) -> Result<()> {
        let u = self.rng.unit();
        let severity = self
            .cumulative_severity
            .iter()
            .position(|c| u <= *c)
            .unwrap_or(3);
        let opened = self.arrival()?;
        // Common random numbers: every plan sees the same incident, the
        // same luck in the work, so differences are the plans' own.
        let z_response = self.rng.normal();
        let z_work = self.rng.normal();
        let spread_response = (WORK_SPREAD * z_response).exp();
        let spread_work = (WORK_SPREAD * z_work).exp();
        let batch = (self.done as usize * BATCHES) / self.total as usize;
        let cost_per_hour = self.profile.severities[severity].cost_per_hour;
        for (p, plan) in self.plans.iter().enumerate() {
            let (response_median, resolution_median) = self.medians[p][severity];
            let targets = &plan.targets[severity];
            let tally = &mut self.tallies[p];
            if let (Some(median), Some(target)) = (response_median, targets.first_response.as_ref())
            {
                let seconds = median * spread_response;
                tally.response_counted += 1;
                if seconds <= target.minutes as f64 * 60.0 {
                    tally.responded_in_time += 1;
                }
            }
            let work = resolution_median * spread_work;
            if let Some(target) = &targets.resolution {
                tally.resolution_counted += 1;
                if work <= target.minutes as f64 * 60.0 {
                    tally.resolved_in_time += 1;
                } else {
                    tally.breaches += 1;
                }
            }
            let work_seconds = (work.ceil() as i64).clamp(1, 400 * 24 * 3600);
            let down = if self.always_open[p][severity] {
                work_seconds
            } else {
                downtime_seconds(targets, &self.around_the_clock, opened, work_seconds)?
            };
            let hours = down as f64 / 3600.0;
            tally.downtime_hours += hours;
            tally.downtime_cost += hours * cost_per_hour;
            tally.batch_cost[batch] += hours * cost_per_hour;
            let minute = (down / 60) as usize;
            match tally.histogram.get_mut(minute) {
                Some(count) => *count += 1,
                None => tally.beyond_histogram += 1,
            }
        }
        Ok(())
    }

    /// An arrival instant: a week, an hour cell by weight, a minute.
    fn arrival(&mut self) -> Result<DateTime<Utc>> {
        let week = (self.rng.next_u64() % u64::from(self.weeks)) as i64;
        let u = self.rng.unit();
        let cell = self.cumulative_cells.partition_point(|c| *c < u).min(167) as i64;
        let minute = (self.rng.next_u64() % 60) as i64;
        let date = self.week_start + Duration::days(week * 7 + cell / 24);
        let local = date
            .and_hms_opt((cell % 24) as u32, minute as u32, 0)
            .ok_or_else(|| Error::invalid(Text::new(msg::SIMULATE_BAD_ARRIVAL_TIME)))?;
        // Almost every week keeps one offset: no zone lookup then.
        if let Some(Some(offset)) = self.week_offsets.get(week as usize) {
            return Ok(Utc.from_utc_datetime(&(local - Duration::seconds(*offset))));
        }
        Ok(match self.tz.from_local_datetime(&local) {
            LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
            // A skipped hour (clocks go forward): the hour after.
            LocalResult::None => self
                .tz
                .from_local_datetime(&(local + Duration::hours(1)))
                .earliest()
                .map(|t| t.with_timezone(&Utc))
                .ok_or_else(|| Error::invalid(Text::new(msg::SIMULATE_BAD_ARRIVAL_TIME)))?,
        })
    }

    /// The figures so far (complete once [`Simulation::is_done`]).
    pub fn report(&self) -> Report {
        let n = self.done.max(1);
        let months = n as f64 / self.rate_per_month;
        let edges = bucket_edges_hours();
        let plans: Vec<PlanResult> = self
            .plans
            .iter()
            .zip(&self.tallies)
            .map(|(plan, t)| {
                let quantile = |q: f64| {
                    let rank = ((n as f64) * q).ceil().max(1.0) as u64;
                    let mut seen = 0;
                    for (minute, count) in t.histogram.iter().enumerate() {
                        seen += u64::from(*count);
                        if seen >= rank {
                            return (minute as f64 + 1.0) / 60.0;
                        }
                    }
                    HISTOGRAM_MINUTES as f64 / 60.0
                };
                let share =
                    |ok: u64, counted: u64| (counted > 0).then(|| ok as f64 / counted as f64);
                let cost = t.downtime_cost / months;
                let batch_months = months / BATCHES as f64;
                let per_batch: Vec<f64> = t.batch_cost.iter().map(|c| c / batch_months).collect();
                let mean = per_batch.iter().sum::<f64>() / BATCHES as f64;
                let sd = (per_batch.iter().map(|c| (c - mean).powi(2)).sum::<f64>()
                    / (BATCHES as f64 - 1.0))
                    .sqrt();
                let half = 1.96 * sd / (BATCHES as f64).sqrt();
                let total = plan.price_monthly.map(|p| p + cost);
                PlanResult {
                    id: plan.id.clone(),
                    name: plan.name.clone(),
                    response_within_target: share(t.responded_in_time, t.response_counted),
                    resolution_within_target: share(t.resolved_in_time, t.resolution_counted),
                    breaches_per_month: (t.resolution_counted > 0)
                        .then(|| t.breaches as f64 / months),
                    downtime_median_hours: quantile(0.5),
                    downtime_p90_hours: quantile(0.9),
                    downtime_p99_hours: quantile(0.99),
                    downtime_hours_per_month: t.downtime_hours / months,
                    downtime_cost_per_month: cost,
                    price_monthly: plan.price_monthly,
                    currency: plan.currency.clone(),
                    example_price: plan.example_price && plan.price_monthly.is_some(),
                    model: plan_model(plan, &self.profile),
                    total_cost_per_month: total,
                    total_cost_interval: total.map(|total| Interval {
                        low: (total - half).max(0.0),
                        high: total + half,
                    }),
                    histogram: histogram_buckets(&t.histogram, t.beyond_histogram, &edges),
                }
            })
            .collect();
        let cheapest = cheapest(&plans);
        Report {
            incidents: self.done,
            months,
            plans,
            bucket_edges_hours: edges,
            cheapest,
        }
    }
}
