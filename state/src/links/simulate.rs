//! The simulate view's link:
//! `?preset=ecommerce&plans=a,b&rates=1,3,8,15&costs=5000,800,50,0&work=4,8,16,24&arrival=nights&n=100000&seed=1&sla=99.95&month=30`
//! plus the price parts (the plans' prices come from a price book).

use slacalc_engine::catalog::Catalog;
use slacalc_engine::simulate::{Arrival, Profile, SeverityProfile};

use slacalc_i18n::{msg, Text};

use super::{known_plans, Field, Notice, PriceLink, ViewLink};
use crate::query::{Query, QueryWriter};

/// Plans simulated when a link names none.
pub const DEFAULT_SIMULATE_PLANS: [&str; 3] = ["express-8x5", "express-24x7", "express-premium"];
const DEFAULT_PRESET: &str = "ecommerce";
const DEFAULT_INCIDENTS: u64 = 100_000;
/// How many incidents a run may simulate.
const INCIDENTS: std::ops::RangeInclusive<u64> = 1_000..=2_000_000;

/// A customer's incident profile against some plans, the run's size and
/// seed, and the availability calculator's figure. Unusable values fall
/// back to the preset's with a notice.
#[derive(Debug, Clone, PartialEq)]
pub struct SimulateLink {
    /// The preset the profile started from.
    pub preset: String,
    /// Plan ids, in order.
    pub plans: Vec<String>,
    /// Incidents a month, costs and the arrival pattern.
    pub profile: Profile,
    /// Incidents to simulate.
    pub incidents: u64,
    /// The random seed: the same link gives the same figures.
    pub seed: u64,
    /// Availability calculator: the SLA percentage as typed.
    pub sla: String,
    /// Availability calculator: a month is 30 days (else a twelfth of a year).
    pub month_days_30: bool,
    /// The price book and the customer's size, for the plans' prices.
    pub pricing: PriceLink,
}

/// The run sizes the simulate view offers.
const INCIDENT_CHOICES: [u64; 3] = [10_000, 100_000, 1_000_000];

impl SimulateLink {
    /// The run sizes to offer, smallest first: the usual three, and this
    /// link's own when it is another (a link may ask for any size in
    /// range), so the picker always shows the size the run uses.
    pub fn incident_choices(&self) -> Vec<u64> {
        let mut choices = INCIDENT_CHOICES.to_vec();
        if !choices.contains(&self.incidents) {
            let at = choices.partition_point(|n| *n < self.incidents);
            choices.insert(at, self.incidents);
        }
        choices
    }

    /// `uniform`, `business`, `nights` or `grid`: the arrival pattern's kind.
    pub fn arrival_key(&self) -> &'static str {
        match self.profile.arrival {
            Arrival::Uniform => "uniform",
            Arrival::BusinessHours => "business",
            Arrival::Nights => "nights",
            Arrival::Grid(_) => "grid",
        }
    }

    fn arrival_value(&self) -> String {
        match &self.profile.arrival {
            Arrival::Grid(weights) => format!(
                "grid:{}",
                weights
                    .iter()
                    .map(|w| profile_number_text(*w))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            _ => self.arrival_key().to_owned(),
        }
    }
}

fn preset(name: &str) -> Profile {
    // The shipped presets are tested to exist; the fallback keeps a
    // renamed preset from taking the view down.
    Profile::preset(name)
        .unwrap_or_else(|| Profile::preset(DEFAULT_PRESET).expect("the default preset is shipped"))
}

/// The largest rate or cost a profile takes: beyond it, a typing mistake.
pub const MAX_PROFILE_NUMBER: f64 = 1e9;

/// A severity's incidents a month or cost of an hour down, as typed: a
/// number from 0 to [`MAX_PROFILE_NUMBER`].
pub fn parse_profile_number(text: &str, field: Field) -> Result<f64, crate::Error> {
    if text.trim().is_empty() {
        return Err(crate::Error::at(
            field,
            Text::new(msg::LINK_PROFILE_NUMBER_MISSING),
        ));
    }
    match slacalc_i18n::read_decimal(text.trim(), PROFILE_DECIMALS) {
        // `+ 0.0`: a tiny negative number reads as -0, written as `-0`.
        Some(v) if (0.0..=MAX_PROFILE_NUMBER).contains(&v) => Ok(v + 0.0),
        _ => Err(crate::Error::at(
            field,
            Text::new(msg::LINK_PROFILE_NUMBER).with("text", text.trim()),
        )),
    }
}

/// Decimals a profile's numbers keep: a millionth of an incident, an hour
/// or a unit of money is below anything the simulation can show.
pub const PROFILE_DECIMALS: u8 = 6;

/// A profile's number as a link and a field write it, with at most
/// [`PROFILE_DECIMALS`] decimals (`2.5`, `0.125`, `1000`): the numbers
/// are read rounded to those decimals, so this reads back as the same
/// number. Written and read without `core`'s float formatting and
/// parsing, which would ride in the app's download
/// (slacalc_i18n::decimal says why).
pub fn profile_number_text(value: f64) -> String {
    slacalc_i18n::decimal(value, PROFILE_DECIMALS)
}

/// Four numbers, one per severity (critical first), each from 0 to 10⁹.
fn four(text: &str, field: Field, notices: &mut Vec<Notice>) -> Option<[f64; 4]> {
    let numbers: Vec<f64> = text
        .split(',')
        .filter_map(|v| parse_profile_number(v, field).ok())
        .collect();
    match numbers.as_slice() {
        [a, b, c, d] => Some([*a, *b, *c, *d]),
        _ => {
            notices.push(Notice::text(
                field,
                Text::new(msg::NOTICE_FOUR_NUMBERS)
                    .with("field", field.key())
                    .with("text", text),
            ));
            None
        }
    }
}

impl ViewLink for SimulateLink {
    const PATH: &'static str = "/simulate";

    fn parse(catalog: &Catalog, query: &Query) -> (Self, Vec<Notice>) {
        let (pricing, mut notices) = PriceLink::read(query);
        let named = query.get("preset");
        let name = match named.as_deref().map(str::trim) {
            Some(name) if Profile::preset(name).is_some() => name.to_owned(),
            Some(name) => {
                notices.push(Notice::text(
                    Field::Preset,
                    Text::new(msg::NOTICE_PRESET_UNKNOWN).with("name", name),
                ));
                DEFAULT_PRESET.to_owned()
            }
            None => DEFAULT_PRESET.to_owned(),
        };
        let mut link = Self {
            profile: preset(&name),
            preset: name,
            plans: DEFAULT_SIMULATE_PLANS.map(str::to_owned).to_vec(),
            incidents: DEFAULT_INCIDENTS,
            seed: 1,
            sla: "99.9".to_owned(),
            month_days_30: false,
            pricing,
        };
        for (key, value) in query.pairs() {
            let text = value.text();
            let trimmed = text.trim();
            match key {
                "plans" => {
                    let plans = known_plans(catalog, Field::Plans, value.list(), &mut notices);
                    if !plans.is_empty() {
                        link.plans = plans;
                    }
                }
                "rates" => {
                    if let Some(rates) = four(&text, Field::Rates, &mut notices) {
                        if rates.iter().sum::<f64>() <= 0.0 {
                            notices.push(Notice::text(
                                Field::Rates,
                                Text::new(msg::NOTICE_RATES_ZERO),
                            ));
                        } else {
                            for (s, r) in link.profile.severities.iter_mut().zip(rates) {
                                s.per_month = r;
                            }
                        }
                    }
                }
                "costs" => {
                    if let Some(costs) = four(&text, Field::Costs, &mut notices) {
                        for (s, c) in link.profile.severities.iter_mut().zip(costs) {
                            s.cost_per_hour = c;
                        }
                    }
                }
                "work" => {
                    if let Some(hours) = four(&text, Field::WorkHours, &mut notices) {
                        if hours.iter().any(|h| *h <= 0.0) {
                            notices.push(Notice::text(
                                Field::WorkHours,
                                Text::new(msg::NOTICE_WORK_HOURS).with("text", text.as_str()),
                            ));
                        } else {
                            for (s, h) in link.profile.severities.iter_mut().zip(hours) {
                                s.uncommitted_median_hours = h;
                            }
                        }
                    }
                }
                "arrival" => match trimmed {
                    "uniform" => link.profile.arrival = Arrival::Uniform,
                    "business" => link.profile.arrival = Arrival::BusinessHours,
                    "nights" => link.profile.arrival = Arrival::Nights,
                    _ => match trimmed.strip_prefix("grid:").map(parse_grid) {
                        Some(Ok(grid)) => link.profile.arrival = grid,
                        Some(Err(e)) => notices.push(Notice::text(
                            Field::Arrival,
                            Text::new(msg::NOTICE_ARRIVAL_GRID).with("reason", e.text().clone()),
                        )),
                        None => notices.push(Notice::text(
                            Field::Arrival,
                            Text::new(msg::NOTICE_ARRIVAL_UNKNOWN).with("text", trimmed),
                        )),
                    },
                },
                "n" => match trimmed.parse::<u64>() {
                    Ok(n) if INCIDENTS.contains(&n) => link.incidents = n,
                    _ => notices.push(Notice::text(
                        Field::Incidents,
                        Text::new(msg::NOTICE_INCIDENTS).with("text", trimmed),
                    )),
                },
                "seed" => match trimmed.parse::<u64>() {
                    Ok(seed) => link.seed = seed,
                    Err(_) => notices.push(Notice::text(
                        Field::Seed,
                        Text::new(msg::NOTICE_SEED).with("text", trimmed),
                    )),
                },
                "sla" => link.sla = text,
                "month" => link.month_days_30 = trimmed == "30",
                _ => {}
            }
        }
        (link, notices)
    }

    fn write(&self, query: &mut QueryWriter) {
        let list = |f: fn(&SeverityProfile) -> f64| {
            self.profile
                .severities
                .iter()
                .map(|s| profile_number_text(f(s)))
                .collect::<Vec<_>>()
                .join(",")
        };
        query
            .pair("preset", &self.preset)
            .list("plans", &self.plans)
            .pair("rates", list(|s| s.per_month))
            .pair("costs", list(|s| s.cost_per_hour))
            .pair("work", list(|s| s.uncommitted_median_hours))
            .pair("arrival", self.arrival_value())
            .pair("n", self.incidents.to_string())
            .pair("seed", self.seed.to_string())
            .pair("sla", &self.sla);
        if self.month_days_30 {
            query.pair("month", "30");
        }
        self.pricing.write(query);
    }
}

/// A weekly arrival pattern as typed: 168 weights (Monday 00:00 first),
/// separated by commas, semicolons or line breaks, each at most
/// [`MAX_PROFILE_NUMBER`] and read to [`PROFILE_DECIMALS`] decimals;
/// checked as the simulation checks it.
pub fn parse_grid(text: &str) -> Result<Arrival, crate::Error> {
    let weights = text
        .split([',', '\n', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|w| {
            match slacalc_i18n::read_decimal(w, PROFILE_DECIMALS) {
                Some(v) if v > MAX_PROFILE_NUMBER => Err(crate::Error::at(
                    Field::Arrival,
                    Text::new(msg::LINK_PROFILE_NUMBER).with("text", w),
                )),
                // Negative weights are the engine's to refuse, below;
                // `+ 0.0` turns a tiny negative one's -0 into 0.
                Some(v) => Ok(v + 0.0),
                None => Err(crate::Error::at(
                    Field::Arrival,
                    Text::new(msg::LINK_NOT_A_NUMBER).with("text", w),
                )),
            }
        })
        .collect::<Result<Vec<f64>, _>>()?;
    let grid = Arrival::Grid(weights);
    grid.weights()
        .map_err(|e| crate::Error::at(Field::Arrival, e.text().clone()))?;
    Ok(grid)
}

/// The pattern's weights as [`parse_grid`] reads them: a line per day,
/// Monday first, 24 weights each.
pub fn arrival_grid_text(arrival: &Arrival) -> String {
    arrival
        .weights()
        .unwrap_or_default()
        .chunks(24)
        .map(|day| {
            day.iter()
                .map(|w| profile_number_text(*w))
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect::<Vec<_>>()
        .join("\n")
}
