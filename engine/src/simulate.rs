//! Incident simulation: what a plan's promises mean in calendar time and
//! money. Incidents arrive by severity and time of week; the provider's
//! work on each takes a random number of *working* minutes, drawn so that
//! the plan's commitment share is met (90 % of critical incidents within
//! the target, say); the calendar turns that into downtime. Seeded and
//! reproducible: the same seed gives the same figures natively and in
//! wasm (the random numbers are integer arithmetic; see docs/DESIGN.md,
//! "Incident simulation").
//!
//! Work runs in steps ([`Simulation::step`]) so a browser can show
//! progress and cancel between them.

use chrono::{DateTime, Duration, LocalResult, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

use crate::calendar::{builtin, parse_zone};
use crate::error::{Error, Result};
use crate::sla::{Severity, Targets};

/// SplitMix64: tiny, fast, and the same on every platform.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in (0, 1): never exactly 0, so its logarithm is finite.
    pub fn unit(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }

    /// Standard normal (Box–Muller, one value per call).
    pub fn normal(&mut self) -> f64 {
        let (u, v) = (self.unit(), self.unit());
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }
}

/// When incidents arrive, as weights of the 168 hours of a week (Monday
/// 00:00 first) in the customer's zone.
#[derive(Debug, Clone, PartialEq)]
pub enum Arrival {
    Uniform,
    /// Four times as likely on weekdays 09:00–18:00.
    BusinessHours,
    /// Four times as likely 20:00–08:00 and at weekends.
    Nights,
    /// Any 7 × 24 grid of non-negative weights.
    Grid(Vec<f64>),
}

impl Arrival {
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
            return Err(Error::invalid(format!(
                "the arrival grid needs 7 × 24 = 168 weights, it has {}",
                weights.len()
            )));
        }
        if weights.iter().any(|w| !w.is_finite() || *w < 0.0) {
            return Err(Error::invalid(
                "arrival weights must be numbers of 0 or more",
            ));
        }
        if weights.iter().sum::<f64>() <= 0.0 {
            return Err(Error::invalid(
                "every arrival weight is 0: incidents could never arrive",
            ));
        }
        Ok(weights)
    }
}

/// One severity's incidents in a profile.
#[derive(Debug, Clone, PartialEq)]
pub struct SeverityProfile {
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
    pub name: String,
    /// Critical, high, medium, low.
    pub severities: [SeverityProfile; 4],
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

    pub const PRESETS: [&'static str; 3] = ["small-team", "ecommerce", "bank"];

    fn validate(&self) -> Result<()> {
        for (severity, s) in Severity::ALL.iter().zip(&self.severities) {
            let field = |what: &str, v: f64| {
                if (0.0..=1e9).contains(&v) {
                    Ok(())
                } else {
                    Err(Error::invalid(format!(
                        "{severity} {what}: {v} must be a number from 0 to 1,000,000,000"
                    )))
                }
            };
            field("incidents a month", s.per_month)?;
            field("cost per hour", s.cost_per_hour)?;
            field("typical work hours", s.uncommitted_median_hours)?;
            if s.uncommitted_median_hours <= 0.0 {
                return Err(Error::invalid(format!(
                    "{severity} typical work hours must be above 0"
                )));
            }
        }
        if self.severities.iter().map(|s| s.per_month).sum::<f64>() <= 0.0 {
            return Err(Error::invalid(
                "the profile has no incidents: give at least one severity incidents a month",
            ));
        }
        parse_zone(&self.tz)?;
        self.arrival.weights()?;
        Ok(())
    }
}

/// A plan as the simulation sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct SimulatedPlan {
    pub id: String,
    pub name: String,
    /// Targets per severity (critical, high, medium, low).
    pub targets: [Targets; 4],
    /// Share of incidents the targets are met for; plans that state none
    /// are simulated at [`DEFAULT_SHARE`].
    pub share: Option<f64>,
    /// The plan's monthly price, or `None` where the price book has none.
    pub price_monthly: Option<f64>,
}

/// The share assumed where a plan states none: its targets are met nine
/// times in ten.
pub const DEFAULT_SHARE: f64 = 0.9;
/// Spread of the work-time distribution (log-normal σ): a tenth of
/// incidents take about 3.6 × the median.
pub const WORK_SPREAD: f64 = 1.0;
/// Downtime histogram: one bucket per minute up to 60 days.
const HISTOGRAM_MINUTES: usize = 60 * 24 * 60;
/// Batches for the confidence interval (batch means).
const BATCHES: usize = 20;

/// The inverse of the standard normal distribution (Acklam's rational
/// approximation, relative error below 1.2e-9).
fn normal_quantile(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969683028665376e1,
        2.209460984245205e2,
        -2.759285104469687e2,
        1.38357751867269e2,
        -3.066479806614716e1,
        2.506628277459239,
    ];
    const B: [f64; 5] = [
        -5.447609879822406e1,
        1.615858368580409e2,
        -1.556989798598866e2,
        6.680131188771972e1,
        -1.328068155288572e1,
    ];
    const C: [f64; 6] = [
        -7.784894002430293e-3,
        -3.223964580411365e-1,
        -2.400758277161838,
        -2.549732539343734,
        4.374664141464968,
        2.938163982698783,
    ];
    const D: [f64; 4] = [
        7.784695709041462e-3,
        3.224671290700398e-1,
        2.445134137142996,
        3.754408661907416,
    ];
    let low = 0.02425;
    if p < low {
        let q = (-2.0 * p.ln()).sqrt();
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    } else if p <= 1.0 - low {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    } else {
        -normal_quantile(1.0 - p)
    }
}

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
        .ok_or_else(|| Error::out_of_range("the calendar never supplies the working time"))?;
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
    /// Per plan and severity: (log of the response median, log of the
    /// resolution median) in working seconds.
    medians: Vec<[(Option<f64>, f64); 4]>,
}

/// Figures for one plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanResult {
    pub id: String,
    pub name: String,
    /// Share of incidents with a response target answered within it.
    pub response_within_target: Option<f64>,
    pub resolution_within_target: Option<f64>,
    pub breaches_per_month: f64,
    /// Calendar-time downtime per incident, in hours.
    pub downtime_median_hours: f64,
    pub downtime_p90_hours: f64,
    pub downtime_p99_hours: f64,
    pub downtime_hours_per_month: f64,
    pub downtime_cost_per_month: f64,
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

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub incidents: u64,
    /// How many months of incidents were simulated.
    pub months: f64,
    pub plans: Vec<PlanResult>,
    pub bucket_edges_hours: Vec<f64>,
    /// The plan with the lowest total cost, and why, in words.
    pub cheapest: Option<Cheapest>,
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
            return Err(Error::invalid("choose at least one plan to simulate"));
        }
        if incidents == 0 || incidents > 10_000_000 {
            return Err(Error::invalid(format!(
                "{incidents} incidents: choose from 1 to 10,000,000"
            )));
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
                    out[i] = (response, resolution);
                }
                out
            })
            .collect();
        Ok(Self {
            around_the_clock: builtin::around_the_clock(&profile.tz)?,
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
        let batch = (self.done as usize * BATCHES) / self.total as usize;
        let cost_per_hour = self.profile.severities[severity].cost_per_hour;
        for (p, plan) in self.plans.iter().enumerate() {
            let (response_mu, resolution_mu) = self.medians[p][severity];
            let targets = &plan.targets[severity];
            let tally = &mut self.tallies[p];
            if let (Some(mu), Some(target)) = (response_mu, targets.first_response.as_ref()) {
                let seconds = (mu + WORK_SPREAD * z_response).exp();
                tally.response_counted += 1;
                if seconds <= target.minutes as f64 * 60.0 {
                    tally.responded_in_time += 1;
                }
            }
            let work = (resolution_mu + WORK_SPREAD * z_work).exp();
            if let Some(target) = &targets.resolution {
                tally.resolution_counted += 1;
                if work <= target.minutes as f64 * 60.0 {
                    tally.resolved_in_time += 1;
                } else {
                    tally.breaches += 1;
                }
            }
            let work_seconds = (work.ceil() as i64).clamp(1, 400 * 24 * 3600);
            let down = downtime_seconds(targets, &self.around_the_clock, opened, work_seconds)?;
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
            .ok_or_else(|| Error::invalid("bad arrival time"))?;
        Ok(match self.tz.from_local_datetime(&local) {
            LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
            // A skipped hour (clocks go forward): the hour after.
            LocalResult::None => self
                .tz
                .from_local_datetime(&(local + Duration::hours(1)))
                .earliest()
                .map(|t| t.with_timezone(&Utc))
                .ok_or_else(|| Error::invalid("bad arrival time"))?,
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
                    breaches_per_month: t.breaches as f64 / months,
                    downtime_median_hours: quantile(0.5),
                    downtime_p90_hours: quantile(0.9),
                    downtime_p99_hours: quantile(0.99),
                    downtime_hours_per_month: t.downtime_hours / months,
                    downtime_cost_per_month: cost,
                    price_monthly: plan.price_monthly,
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

/// Histogram buckets for charts, in hours: finer where most incidents are.
fn bucket_edges_hours() -> Vec<f64> {
    vec![
        0.0, 1.0, 2.0, 4.0, 8.0, 16.0, 24.0, 48.0, 72.0, 120.0, 168.0, 336.0, 1440.0,
    ]
}

fn histogram_buckets(minutes: &[u32], beyond: u64, edges: &[f64]) -> Vec<u64> {
    let mut out = vec![0u64; edges.len() - 1];
    for (minute, count) in minutes.iter().enumerate() {
        if *count == 0 {
            continue;
        }
        let hours = minute as f64 / 60.0;
        let bucket = edges.partition_point(|e| *e <= hours).saturating_sub(1);
        let last = out.len() - 1;
        out[bucket.min(last)] += u64::from(*count);
    }
    if let Some(last) = out.last_mut() {
        *last += beyond;
    }
    out
}

fn cheapest(plans: &[PlanResult]) -> Option<Cheapest> {
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
