//! The inputs of the compare and deadline views as URL query parameters,
//! both ways. A link is shared, bookmarked and edited by hand, so reading
//! one never fails: what cannot be used falls back to a default and is
//! reported as a [`Notice`] the view shows.

use chrono::{DateTime, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::calendar::parse_zone;
use crate::catalog::Catalog;
use crate::compare::Requirements;
use crate::error::{Error, Result};
use crate::sla::{Event, EventKind, Severity};

/// Something in a link that could not be used, in words.
pub type Notice = String;

/// Plans shown when a link names none.
pub const DEFAULT_COMPARE_PLANS: [&str; 4] =
    ["express-8x5", "express-24x7", "tencent-business", "vkcloud"];
pub const DEFAULT_DEADLINE_PLAN: &str = "express-8x5";
/// Longest critical-response requirement a link may ask for: a week.
const MAX_REQUIRED_MINUTES: u32 = 7 * 24 * 60;

/// The compare view's inputs: `?plans=a,b&crit=30&phone=1&engineer=1&onsite=1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareLink {
    pub plans: Vec<String>,
    pub requirements: Requirements,
}

impl Default for CompareLink {
    fn default() -> Self {
        Self {
            plans: DEFAULT_COMPARE_PLANS.map(str::to_owned).to_vec(),
            requirements: Requirements::default(),
        }
    }
}

impl CompareLink {
    pub fn parse<'a>(
        catalog: &Catalog,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Self, Vec<Notice>) {
        let mut link = Self::default();
        let mut notices = Vec::new();
        for (key, value) in pairs {
            match key {
                "plans" => {
                    let plans = known_plans(catalog, value, &mut notices);
                    if plans.is_empty() {
                        notices.push("No plan in the link could be shown; showing the default plans.".to_owned());
                    } else {
                        link.plans = plans;
                    }
                }
                "crit" => match value.trim().parse::<u32>() {
                    Ok(m) if (1..=MAX_REQUIRED_MINUTES).contains(&m) => {
                        link.requirements.critical_response_minutes = Some(m)
                    }
                    _ => notices.push(format!(
                        "The critical response requirement `{value}` is not a number of minutes from 1 to {MAX_REQUIRED_MINUTES}; it is ignored."
                    )),
                },
                "phone" => link.requirements.phone = flag(value, key, &mut notices),
                "engineer" => link.requirements.dedicated_engineer = flag(value, key, &mut notices),
                "onsite" => link.requirements.onsite_visits = flag(value, key, &mut notices),
                _ => {}
            }
        }
        (link, notices)
    }

    /// The query string (without `?`) that reproduces this view.
    pub fn to_query(&self) -> String {
        let mut parts = vec![format!("plans={}", self.plans.join(","))];
        let r = &self.requirements;
        if let Some(m) = r.critical_response_minutes {
            parts.push(format!("crit={m}"));
        }
        for (on, key) in [
            (r.phone, "phone"),
            (r.dedicated_engineer, "engineer"),
            (r.onsite_visits, "onsite"),
        ] {
            if on {
                parts.push(format!("{key}=1"));
            }
        }
        parts.join("&")
    }
}

/// A weekly arrival pattern: 168 weights (Monday 00:00 first), separated
/// by commas or line breaks; checked as the simulation checks it.
pub fn parse_grid(text: &str) -> Result<crate::simulate::Arrival> {
    let weights = text
        .split([',', '\n', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|w| {
            w.parse::<f64>()
                .map_err(|_| Error::invalid(format!("`{w}` is not a number")))
        })
        .collect::<Result<Vec<f64>>>()?;
    let grid = crate::simulate::Arrival::Grid(weights);
    grid.weights()?;
    Ok(grid)
}

/// The plan ids of a comma-separated list that the catalog knows, each
/// once, in order; the others are named in a notice.
fn known_plans(catalog: &Catalog, list: &str, notices: &mut Vec<Notice>) -> Vec<String> {
    let mut plans: Vec<String> = Vec::new();
    for id in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        if catalog.plan(id).is_none() {
            notices.push(format!(
                "The link names a plan slacalc does not know, `{id}`; it is left out."
            ));
        } else if !plans.iter().any(|p| p == id) {
            plans.push(id.to_owned());
        }
    }
    plans
}

fn flag(value: &str, key: &str, notices: &mut Vec<Notice>) -> bool {
    match value {
        "1" | "true" | "yes" => true,
        "0" | "false" | "no" | "" => false,
        _ => {
            notices.push(format!(
                "`{key}={value}` is neither 1 nor 0; the requirement is off."
            ));
            false
        }
    }
}

/// The deadline view's inputs:
/// `?plan=express-8x5&severity=critical&opened=2026-11-20T18:00:00%2B03:00&tz=Europe/Berlin&events=paused@…,resumed@…`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineLink {
    pub plan: String,
    pub severity: Severity,
    /// `None`: now. Kept with the offset it was given in.
    pub opened: Option<DateTime<chrono::FixedOffset>>,
    /// The zone to show times in; `None`: the user's own.
    pub tz: Option<Tz>,
    pub events: Vec<Event>,
}

impl Default for DeadlineLink {
    fn default() -> Self {
        Self {
            plan: DEFAULT_DEADLINE_PLAN.to_owned(),
            severity: Severity::Critical,
            opened: None,
            tz: None,
            events: Vec::new(),
        }
    }
}

impl DeadlineLink {
    pub fn parse<'a>(
        catalog: &Catalog,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Self, Vec<Notice>) {
        let mut link = Self::default();
        let mut notices = Vec::new();
        for (key, value) in pairs {
            match key {
                "plan" => {
                    if catalog.plan(value).is_some() {
                        link.plan = value.to_owned();
                    } else {
                        notices.push(format!(
                            "The link names a plan slacalc does not know, `{value}`; showing {DEFAULT_DEADLINE_PLAN} instead."
                        ));
                    }
                }
                "severity" => match value.parse() {
                    Ok(s) => link.severity = s,
                    Err(e) => notices.push(format!("{e}; showing critical.")),
                },
                "opened" => match parse_instant(value) {
                    Ok(at) => link.opened = Some(at),
                    Err(e) => notices.push(format!(
                        "The opening time in the link cannot be used: {e}. Showing the current time instead."
                    )),
                },
                "tz" => match parse_zone(value) {
                    Ok(tz) => link.tz = Some(tz),
                    Err(e) => notices.push(format!("{e}. Times are shown in your own zone.")),
                },
                "events" => {
                    for item in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                        match parse_event(item) {
                            Ok(event) => link.events.push(event),
                            Err(e) => notices.push(format!("The event `{item}` is left out: {e}.")),
                        }
                    }
                }
                _ => {}
            }
        }
        link.events.sort_by_key(|e| e.at);
        (link, notices)
    }

    pub fn to_query(&self) -> String {
        let mut parts = vec![
            format!("plan={}", self.plan),
            format!("severity={}", self.severity),
        ];
        if let Some(opened) = self.opened {
            parts.push(format!(
                "opened={}",
                opened.to_rfc3339().replace('+', "%2B")
            ));
        }
        if let Some(tz) = self.tz {
            parts.push(format!("tz={}", tz.name()));
        }
        if !self.events.is_empty() {
            let events: Vec<String> = self.events.iter().map(event_to_link).collect();
            parts.push(format!("events={}", events.join(",")));
        }
        parts.join("&")
    }
}

/// An RFC 3339 instant with its offset. A `+` that a link turned into a
/// space (form encoding) is taken back.
pub fn parse_instant(text: &str) -> Result<DateTime<chrono::FixedOffset>> {
    let text = text.trim();
    DateTime::parse_from_rfc3339(text)
        .or_else(|_| DateTime::parse_from_rfc3339(&text.replace(' ', "+")))
        .map_err(|_| {
            Error::invalid(format!(
                "`{text}` is not a date and time with its offset, such as 2026-11-20T18:00:00+03:00"
            ))
        })
}

fn parse_event(item: &str) -> Result<Event> {
    let (kind, at) = item.split_once('@').ok_or_else(|| {
        Error::invalid("an event is written kind@time, e.g. paused@2026-11-20T19:00:00Z")
    })?;
    let kind = match kind {
        "paused" => EventKind::Paused,
        "resumed" => EventKind::Resumed,
        "responded" => EventKind::Responded,
        "resolved" => EventKind::Resolved,
        other => match other.strip_prefix("severity-") {
            Some(level) => EventKind::SeverityChanged { to: level.parse()? },
            None => {
                return Err(Error::invalid(format!(
                    "unknown event `{other}`; use paused, resumed, responded, resolved or severity-<level>"
                )))
            }
        },
    };
    Ok(Event {
        at: parse_instant(at)?.with_timezone(&Utc),
        kind,
    })
}

fn event_to_link(event: &Event) -> String {
    let kind = match event.kind {
        EventKind::Paused => "paused".to_owned(),
        EventKind::Resumed => "resumed".to_owned(),
        EventKind::Responded => "responded".to_owned(),
        EventKind::Resolved => "resolved".to_owned(),
        EventKind::SeverityChanged { to } => format!("severity-{to}"),
    };
    format!(
        "{kind}@{}",
        event.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    )
}

/// A date and a wall-clock time typed by the user in `tz`. A time the
/// clocks skip is an error that says so; a time they repeat is the first.
pub fn local_instant(date: &str, time: &str, tz: Tz) -> Result<DateTime<Utc>> {
    let date = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").map_err(|_| {
        Error::invalid(format!(
            "`{date}` is not a date; use YYYY-MM-DD, e.g. 2026-11-20"
        ))
    })?;
    let time = NaiveTime::parse_from_str(time.trim(), "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(time.trim(), "%H:%M:%S"))
        .map_err(|_| Error::invalid(format!("`{time}` is not a time; use HH:MM, e.g. 18:00")))?;
    match tz.from_local_datetime(&date.and_time(time)) {
        LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => Ok(at.with_timezone(&Utc)),
        LocalResult::None => Err(Error::invalid(format!(
            "{date} {time} does not exist in {}: the clocks skip it when daylight saving starts; choose a time an hour later",
            tz.name()
        ))),
    }
}

/// The price view's inputs:
/// `?book=examples&users=50&servers=10&spend=85000&hours=10&offhours=2&visits=1&addons=a,b`.
/// A value that cannot be used is reported against its field (the view
/// shows it there) and counts as zero.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PriceLink {
    /// The price book's id; empty: the example book.
    pub book: String,
    pub usage: crate::price::Usage,
}

/// A field of a link and what is wrong with its value.
pub type FieldError = (&'static str, String);

impl PriceLink {
    pub const FIELDS: [&'static str; 6] =
        ["users", "servers", "spend", "hours", "offhours", "visits"];

    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Self, Vec<FieldError>) {
        use crate::price::Decimal;
        let mut link = Self::default();
        let mut errors = Vec::new();
        for (key, value) in pairs {
            let Some(field) = Self::FIELDS.iter().copied().find(|f| *f == key) else {
                match key {
                    "book" => link.book = value.to_owned(),
                    "addons" => {
                        link.usage.add_ons = value
                            .split(',')
                            .map(str::trim)
                            .filter(|s| !s.is_empty())
                            .map(str::to_owned)
                            .collect()
                    }
                    _ => {}
                }
                continue;
            };
            let count = |v: &str| -> Result<u32, String> {
                v.trim()
                    .parse::<u32>()
                    .map_err(|_| format!("`{v}` is not a whole number of 0 or more"))
            };
            let amount = |v: &str| Decimal::parse(v).map_err(|e| e.to_string());
            let result = match field {
                "users" => count(value).map(|n| link.usage.users = n),
                "servers" => count(value).map(|n| link.usage.servers = n),
                "visits" => count(value).map(|n| link.usage.visits_per_quarter = n),
                "spend" => amount(value).map(|d| link.usage.monthly_spend = d),
                "hours" => amount(value).map(|d| link.usage.admin_hours = d),
                _ => amount(value).map(|d| link.usage.admin_hours_off = d),
            };
            if let Err(message) = result {
                errors.push((field, message));
            }
        }
        // Range checks, reported against the field and then cleared so the
        // rest of the quote can still be shown.
        let (link, out_of_range) = Self::parse_checked(link);
        errors.extend(out_of_range);
        (link, errors)
    }

    fn parse_checked(mut link: Self) -> (Self, Vec<FieldError>) {
        let mut errors = Vec::new();
        for _ in 0..Self::FIELDS.len() {
            let Err(e) = link.usage.validate() else { break };
            let message = e.to_string();
            let defaults = crate::price::Usage::default();
            let field = if message.starts_with("users") {
                link.usage.users = defaults.users;
                "users"
            } else if message.starts_with("servers") {
                link.usage.servers = defaults.servers;
                "servers"
            } else if message.starts_with("visits") {
                link.usage.visits_per_quarter = defaults.visits_per_quarter;
                "visits"
            } else if message.starts_with("monthly spend") {
                link.usage.monthly_spend = defaults.monthly_spend;
                "spend"
            } else if message.starts_with("admin hours outside") {
                link.usage.admin_hours_off = defaults.admin_hours_off;
                "offhours"
            } else {
                link.usage.admin_hours = defaults.admin_hours;
                "hours"
            };
            errors.push((field, message));
        }
        (link, errors)
    }

    pub fn to_query(&self) -> String {
        let u = &self.usage;
        let mut parts = Vec::new();
        if !self.book.is_empty() {
            parts.push(format!("book={}", self.book));
        }
        // Zero is the default: left out, so links stay short.
        let zero = crate::price::Decimal::ZERO;
        for (key, value, is_zero) in [
            ("users", u.users.to_string(), u.users == 0),
            ("servers", u.servers.to_string(), u.servers == 0),
            (
                "spend",
                u.monthly_spend.to_string(),
                u.monthly_spend == zero,
            ),
            ("hours", u.admin_hours.to_string(), u.admin_hours == zero),
            (
                "offhours",
                u.admin_hours_off.to_string(),
                u.admin_hours_off == zero,
            ),
            (
                "visits",
                u.visits_per_quarter.to_string(),
                u.visits_per_quarter == 0,
            ),
        ] {
            if !is_zero {
                parts.push(format!("{key}={value}"));
            }
        }
        if !u.add_ons.is_empty() {
            parts.push(format!("addons={}", u.add_ons.join(",")));
        }
        parts.join("&")
    }
}

/// The simulate view's inputs:
/// `?preset=ecommerce&plans=a,b&rates=1,3,8,15&costs=5000,800,50,0&arrival=nights&n=100000&seed=1&sla=99.95&month=30`
/// (plus the price view's fields for plan prices). Unusable values fall
/// back to the preset's with a notice.
#[derive(Debug, Clone, PartialEq)]
pub struct SimulateLink {
    pub preset: String,
    pub plans: Vec<String>,
    pub profile: crate::simulate::Profile,
    pub incidents: u64,
    pub seed: u64,
    /// Availability calculator: the SLA percentage as typed.
    pub sla: String,
    pub month_days_30: bool,
}

pub const DEFAULT_SIMULATE_PLANS: [&str; 3] = ["express-8x5", "express-24x7", "express-premium"];

impl SimulateLink {
    pub fn parse<'a>(
        catalog: &Catalog,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)> + Clone,
    ) -> (Self, Vec<Notice>) {
        use crate::simulate::{Arrival, Profile};
        let mut notices = Vec::new();
        let preset = pairs
            .clone()
            .into_iter()
            .find(|(k, _)| *k == "preset")
            .map(|(_, v)| v)
            .unwrap_or("ecommerce");
        let (preset, profile) = match Profile::preset(preset) {
            Some(p) => (preset.to_owned(), p),
            None => {
                notices.push(format!("There is no preset `{preset}`; showing e-commerce. Presets: small-team, ecommerce, bank."));
                (
                    "ecommerce".to_owned(),
                    Profile::preset("ecommerce").expect("shipped preset"),
                )
            }
        };
        let mut link = Self {
            preset,
            plans: DEFAULT_SIMULATE_PLANS.map(str::to_owned).to_vec(),
            profile,
            incidents: 100_000,
            seed: 1,
            sla: "99.9".to_owned(),
            month_days_30: false,
        };
        let four = |value: &str, what: &str, notices: &mut Vec<Notice>| -> Option<[f64; 4]> {
            let numbers: Vec<f64> = value
                .split(',')
                .filter_map(|v| v.trim().parse::<f64>().ok())
                .filter(|v| v.is_finite() && (0.0..=1e9).contains(v))
                .collect();
            match numbers.as_slice() {
                [a, b, c, d] => Some([*a, *b, *c, *d]),
                _ => {
                    notices.push(format!("`{what}={value}` needs four numbers of 0 or more (critical, high, medium, low); the preset's are used."));
                    None
                }
            }
        };
        for (key, value) in pairs {
            match key {
                "plans" => {
                    let plans = known_plans(catalog, value, &mut notices);
                    if !plans.is_empty() {
                        link.plans = plans;
                    }
                }
                "rates" => {
                    if let Some(rates) = four(value, key, &mut notices) {
                        for (s, r) in link.profile.severities.iter_mut().zip(rates) {
                            s.per_month = r;
                        }
                        if rates.iter().sum::<f64>() <= 0.0 {
                            notices.push("Every rate is 0: no incidents to simulate; the preset's rates are used.".to_owned());
                            let preset = Profile::preset(&link.preset).expect("validated preset");
                            link.profile.severities = preset.severities;
                        }
                    }
                }
                "costs" => {
                    if let Some(costs) = four(value, key, &mut notices) {
                        for (s, c) in link.profile.severities.iter_mut().zip(costs) {
                            s.cost_per_hour = c;
                        }
                    }
                }
                "arrival" => match value {
                    "uniform" => link.profile.arrival = Arrival::Uniform,
                    "business" => link.profile.arrival = Arrival::BusinessHours,
                    "nights" => link.profile.arrival = Arrival::Nights,
                    _ => match value.strip_prefix("grid:").map(parse_grid) {
                        Some(Ok(grid)) => link.profile.arrival = grid,
                        Some(Err(e)) => notices.push(format!("The weekly pattern in the link cannot be used: {e}.")),
                        None => notices.push(format!(
                            "Unknown arrival pattern `{value}`; use uniform, business, nights or grid:<168 weights>."
                        )),
                    },
                },
                "n" => match value.trim().parse::<u64>() {
                    Ok(n) if (1_000..=2_000_000).contains(&n) => link.incidents = n,
                    _ => notices.push(format!(
                        "`n={value}`: simulate from 1,000 to 2,000,000 incidents; using 100,000."
                    )),
                },
                "seed" => match value.trim().parse::<u64>() {
                    Ok(seed) => link.seed = seed,
                    Err(_) => {
                        notices.push(format!("`seed={value}` is not a whole number; using 1."))
                    }
                },
                "sla" => link.sla = value.to_owned(),
                "month" => link.month_days_30 = value == "30",
                _ => {}
            }
        }
        (link, notices)
    }

    /// `uniform`, `business`, `nights` or `grid`.
    pub fn arrival_key(&self) -> &'static str {
        use crate::simulate::Arrival;
        match self.profile.arrival {
            Arrival::Uniform => "uniform",
            Arrival::BusinessHours => "business",
            Arrival::Nights => "nights",
            Arrival::Grid(_) => "grid",
        }
    }

    fn arrival_value(&self) -> String {
        match &self.profile.arrival {
            crate::simulate::Arrival::Grid(weights) => format!(
                "grid:{}",
                weights
                    .iter()
                    .map(f64::to_string)
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            _ => self.arrival_key().to_owned(),
        }
    }

    pub fn to_query(&self) -> String {
        let list = |f: &dyn Fn(&crate::simulate::SeverityProfile) -> f64| {
            self.profile
                .severities
                .iter()
                .map(|s| f(s).to_string())
                .collect::<Vec<_>>()
                .join(",")
        };
        let mut query = format!(
            "preset={}&plans={}&rates={}&costs={}&arrival={}&n={}&seed={}&sla={}",
            self.preset,
            self.plans.join(","),
            list(&|s| s.per_month),
            list(&|s| s.cost_per_hour),
            self.arrival_value(),
            self.incidents,
            self.seed,
            self.sla
        );
        if self.month_days_30 {
            query.push_str("&month=30");
        }
        query
    }
}
