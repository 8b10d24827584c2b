//! Plans side by side, and the requirements a customer checks them
//! against. The compare view shows a [`Comparison`] as it is; every cell
//! carries the citation it was read from, and "best" is decided here, not
//! in the view.
//!
//! Targets on different calendars are not comparable by their length ("1
//! working hour" can mean 64 hours of waiting from a Friday evening), so
//! targets are ranked by their [`LongestWait`]: the longest calendar time
//! from opening to due over an ordinary week.

use chrono::{DateTime, Duration, TimeZone, Utc};

use crate::catalog::{
    Catalog, Commitment, Inclusion, Plan, ProviderFile, Quantity, ServiceOffer, Source,
};
use std::collections::BTreeMap;

use crate::error::Result;
use crate::price::Decimal;
use crate::sla::{Severity, Target, TargetKind};
use crate::words;

/// Where a cell's figure comes from, ready to show on hover or focus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// The document's title; `None` for an assumption.
    pub document: Option<String>,
    /// The sentence or table row, verbatim; or the assumption's reason.
    pub text: String,
}

impl Citation {
    pub fn of(provider: &ProviderFile, source: &Source) -> Self {
        match source {
            Source::Quote { doc, quote } => Self {
                document: Some(provider.document_title(doc).unwrap_or(doc).to_owned()),
                text: quote.clone(),
            },
            Source::Assumption { assumption } => Self {
                document: None,
                text: assumption.clone(),
            },
        }
    }

    pub fn is_assumption(&self) -> bool {
        self.document.is_none()
    }
}

/// One line of a cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    pub citation: Option<Citation>,
}

/// One plan's value in a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub lines: Vec<Line>,
    /// A further explanation (e.g. the longest wait), shown under the value.
    pub detail: Option<String>,
    /// Lower is better; `None` where the value cannot be ranked.
    score: Option<i64>,
    /// The best value of its row, where the row's values differ.
    pub best: bool,
}

impl Cell {
    fn new(text: impl Into<String>, citation: Option<Citation>) -> Self {
        Self {
            lines: vec![Line {
                text: text.into(),
                citation,
            }],
            detail: None,
            score: None,
            best: false,
        }
    }

    fn list(lines: Vec<Line>) -> Self {
        Self {
            lines,
            detail: None,
            score: None,
            best: false,
        }
    }

    fn scored(mut self, score: i64) -> Self {
        self.score = Some(score);
        self
    }

    /// The cell as one string (for tests and plain-text export).
    pub fn text(&self) -> String {
        self.lines
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub label: String,
    pub cells: Vec<Cell>,
    /// True when not every plan shows the same value.
    pub differs: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowGroup {
    pub title: String,
    pub rows: Vec<Row>,
}

/// A column's heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanColumn {
    pub id: String,
    pub name: String,
    pub provider: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub plans: Vec<PlanColumn>,
    pub groups: Vec<RowGroup>,
    /// The answer to "who answers a critical incident fastest, nights and
    /// weekends included?", in one sentence.
    pub headline: Option<String>,
}

/// The longest calendar time a target can take from opening to due, over
/// incidents opened every 15 minutes and at every closing time of an
/// ordinary week (16–22 November 2026: no holiday in any catalog calendar).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LongestWait {
    pub seconds: i64,
    pub opened: DateTime<Utc>,
    pub due: DateTime<Utc>,
}

impl LongestWait {
    pub fn of(target: &Target) -> Result<Option<Self>> {
        let week_start = Utc.with_ymd_and_hms(2026, 11, 16, 0, 0, 0).unwrap();
        let week_end = week_start + Duration::days(7);
        let mut starts: Vec<DateTime<Utc>> = (0..7 * 96)
            .map(|i| week_start + Duration::minutes(15 * i))
            .collect();
        // A wait is longest from the moment the provider closes.
        for (_, closing) in target.calendar.working_spans(week_start, week_end, 64)? {
            starts.push(closing);
        }
        let mut longest: Option<Self> = None;
        for opened in starts {
            let Some(due) = target.calendar.due(opened, target.minutes)? else {
                return Ok(None);
            };
            let seconds = (due - opened).num_seconds();
            if longest.is_none_or(|l| seconds > l.seconds) {
                longest = Some(Self {
                    seconds,
                    opened,
                    due,
                });
            }
        }
        Ok(longest)
    }

    /// "2 d 16 h (opened Fri 19:00, due Mon 11:00)" in the target's zone;
    /// "1 h at any hour" where the wait never exceeds the target.
    pub fn describe(&self, target: &Target) -> String {
        if self.seconds <= target.minutes as i64 * 60 {
            return format!("{} at any hour", words::duration(self.seconds));
        }
        let tz = target.calendar.tz();
        format!(
            "{} (opened {}, due {})",
            words::duration(self.seconds),
            words::weekday_time(self.opened, tz),
            words::weekday_time(self.due, tz)
        )
    }
}

/// The plans `ids` side by side. Unknown ids are left out (the caller has
/// already told the user about them).
pub fn compare(catalog: &Catalog, ids: &[String]) -> Result<Comparison> {
    let plans: Vec<(&ProviderFile, &Plan)> = ids
        .iter()
        .filter_map(|id| catalog.plan(id))
        .map(|p| (p.provider, p.plan))
        .collect();
    let columns: Vec<PlanColumn> = plans
        .iter()
        .map(|(provider, plan)| PlanColumn {
            id: plan.id.clone(),
            name: plan.name.clone(),
            provider: provider.provider.name.clone(),
        })
        .collect();

    let mut groups = Vec::new();
    for (kind, title) in [
        (TargetKind::FirstResponse, "First response"),
        (TargetKind::Resolution, "Resolution"),
    ] {
        let mut rows = Vec::new();
        for severity in Severity::ALL {
            let cells = plans
                .iter()
                .map(|(provider, plan)| target_cell(catalog, provider, plan, severity, kind))
                .collect::<Result<Vec<_>>>()?;
            rows.push(row(words::capitalised(severity.as_str()), cells));
        }
        if kind == TargetKind::Resolution {
            rows.push(row(
                "Share of requests the targets promise".to_owned(),
                plans
                    .iter()
                    .map(|(provider, plan)| match &plan.commitment_share {
                        Some(share) => Cell::new(
                            format!("{} %", share.percent),
                            Some(Citation::of(provider, &share.source)),
                        )
                        .scored(-i64::from(share.percent)),
                        None => Cell::new("Not stated", None),
                    })
                    .collect(),
            ));
        }
        groups.push(RowGroup {
            title: title.to_owned(),
            rows,
        });
    }

    groups.push(RowGroup {
        title: "Severity levels".to_owned(),
        rows: Severity::ALL
            .into_iter()
            .map(|severity| {
                let cells = plans
                    .iter()
                    .map(|(provider, _)| {
                        match provider.severities.iter().find(|s| s.level == severity) {
                            Some(level) => Cell::new(
                                level.name.clone(),
                                Some(Citation::of(provider, &level.source)),
                            ),
                            None => Cell::new("—", None),
                        }
                    })
                    .collect();
                row(words::capitalised(severity.as_str()), cells)
            })
            .collect(),
    });

    groups.push(RowGroup {
        title: "Coverage and channels".to_owned(),
        rows: vec![
            row(
                "When work is done".to_owned(),
                plans
                    .iter()
                    .map(|(provider, plan)| {
                        if plan.coverage.is_empty() {
                            return Cell::new("Not stated", None);
                        }
                        Cell::list(
                            plan.coverage
                                .iter()
                                .map(|c| Line {
                                    text: format!(
                                        "{}: {}",
                                        c.activity,
                                        calendar_name(catalog, &c.calendar)
                                    ),
                                    citation: Some(Citation::of(provider, &c.source)),
                                })
                                .collect(),
                        )
                    })
                    .collect(),
            ),
            row(
                "Channels".to_owned(),
                plans
                    .iter()
                    .map(|(provider, plan)| {
                        Cell::list(
                            plan.channels
                                .iter()
                                .map(|c| Line {
                                    text: match &c.hours {
                                        Some(hours) => format!(
                                            "{} ({})",
                                            c.name,
                                            short_calendar(catalog, hours)
                                        ),
                                        None => c.name.clone(),
                                    },
                                    citation: Some(Citation::of(provider, &c.source)),
                                })
                                .collect(),
                        )
                    })
                    .collect(),
            ),
            row(
                "Phone".to_owned(),
                plans
                    .iter()
                    .map(|(provider, plan)| match phone_channel(plan) {
                        Some(c) => {
                            Cell::new("Yes", Some(Citation::of(provider, &c.source))).scored(0)
                        }
                        None => Cell::new("No", None).scored(1),
                    })
                    .collect(),
            ),
            row(
                "Who handles requests".to_owned(),
                plans
                    .iter()
                    .map(|(provider, plan)| {
                        if plan.staff.is_empty() {
                            return Cell::new("Not stated", None);
                        }
                        Cell::list(
                            plan.staff
                                .iter()
                                .map(|f| Line {
                                    text: f.text.clone(),
                                    citation: Some(Citation::of(provider, &f.source)),
                                })
                                .collect(),
                        )
                    })
                    .collect(),
            ),
        ],
    });

    // Services: one row per service any chosen plan mentions, in the order
    // they first appear.
    let mut services: Vec<(&str, &str)> = Vec::new();
    for (_, plan) in &plans {
        for offer in &plan.services {
            if !services.iter().any(|(id, _)| *id == offer.service) {
                services.push((&offer.service, &offer.name));
            }
        }
    }
    groups.push(RowGroup {
        title: "Services".to_owned(),
        rows: services
            .into_iter()
            .map(|(id, name)| {
                let cells = plans
                    .iter()
                    .map(
                        |(provider, plan)| match plan.services.iter().find(|s| s.service == id) {
                            Some(offer) => service_cell(provider, offer),
                            // Unmentioned ranks with "not offered": nothing is promised.
                            None => Cell::new("Not mentioned", None).scored(2),
                        },
                    )
                    .collect();
                row(name.to_owned(), cells)
            })
            .collect(),
    });

    groups.push(RowGroup {
        title: "Rules and restrictions".to_owned(),
        rows: vec![row(
            "Rules".to_owned(),
            plans
                .iter()
                .map(|(provider, plan)| {
                    let lines: Vec<Line> = provider
                        .rules
                        .iter()
                        .chain(&provider.restrictions)
                        .chain(&plan.notes)
                        .map(|f| Line {
                            text: f.text.clone(),
                            citation: Some(Citation::of(provider, &f.source)),
                        })
                        .collect();
                    if lines.is_empty() {
                        Cell::new("None stated", None)
                    } else {
                        Cell::list(lines)
                    }
                })
                .collect(),
        )],
    });

    let headline = fastest_critical_response(&columns, &groups);
    Ok(Comparison {
        plans: columns,
        groups,
        headline,
    })
}

fn fastest_critical_response(columns: &[PlanColumn], groups: &[RowGroup]) -> Option<String> {
    let critical = groups.first()?.rows.first()?;
    let fastest = critical.cells.iter().filter_map(|c| c.score).min()?;
    let names: Vec<&str> = columns
        .iter()
        .zip(&critical.cells)
        .filter(|(_, c)| c.score == Some(fastest))
        .map(|(p, _)| p.name.as_str())
        .collect();
    let names = match names.as_slice() {
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        [] => return None,
    };
    Some(format!(
        "Fastest first response to a critical incident at any hour, nights and weekends included: {names}, within {}.",
        words::duration(fastest)
    ))
}

fn target_cell(
    catalog: &Catalog,
    provider: &ProviderFile,
    plan: &Plan,
    severity: Severity,
    kind: TargetKind,
) -> Result<Cell> {
    let targets = plan.targets_for(severity);
    let commitment = match kind {
        TargetKind::FirstResponse => &targets.first_response,
        TargetKind::Resolution => &targets.resolution,
    };
    match commitment {
        Commitment::None { none, source } => Ok(Cell {
            detail: Some(none.clone()),
            ..Cell::new("No commitment", Some(Citation::of(provider, source)))
        }),
        Commitment::Target {
            minutes,
            calendar,
            source,
            ..
        } => {
            let text = format!(
                "{}, {}",
                words::target_length(*minutes),
                short_calendar(catalog, calendar)
            );
            let cell = Cell::new(text, Some(Citation::of(provider, source)));
            let Some(target) = catalog.targets(plan, severity).get(kind).cloned() else {
                return Ok(cell);
            };
            Ok(match LongestWait::of(&target)? {
                Some(wait) => Cell {
                    detail: Some(format!("Longest wait: {}", wait.describe(&target))),
                    ..cell.scored(wait.seconds)
                },
                None => cell,
            })
        }
    }
}

fn service_cell(provider: &ProviderFile, offer: &ServiceOffer) -> Cell {
    let quantity = offer.quantity.map(|q| match q {
        Quantity::HoursPerYear(h) => format!("{h} h a year"),
        Quantity::AtMostPerQuarter(n) => format!("up to {n} a quarter"),
    });
    let (text, score) = match offer.availability {
        Inclusion::Included => ("Included", 0),
        Inclusion::Optional => ("Optional, paid", 1),
        Inclusion::NotOffered => ("Not offered", 2),
    };
    let text = match quantity {
        Some(q) => format!("{text} ({q})"),
        None => text.to_owned(),
    };
    Cell {
        detail: offer.note.clone(),
        ..Cell::new(text, Some(Citation::of(provider, &offer.source))).scored(score)
    }
}

/// A row with `differs` and `best` filled in: best is the lowest score,
/// marked only where the scores differ.
fn row(label: String, mut cells: Vec<Cell>) -> Row {
    let differs = cells
        .windows(2)
        .any(|w| w[0].lines != w[1].lines || w[0].score != w[1].score);
    let scores: Vec<Option<i64>> = cells.iter().map(|c| c.score).collect();
    let best = scores.iter().flatten().min().copied();
    let all_same = scores.windows(2).all(|w| w[0] == w[1]);
    if let Some(best) = best.filter(|_| !all_same) {
        for cell in &mut cells {
            cell.best = cell.score == Some(best);
        }
    }
    Row {
        label,
        cells,
        differs,
    }
}

fn calendar_name(catalog: &Catalog, id: &str) -> String {
    catalog
        .calendar_entry(id)
        .map_or_else(|| id.to_owned(), |c| c.name.clone())
}

fn short_calendar(catalog: &Catalog, id: &str) -> &'static str {
    catalog
        .calendar_entry(id)
        .map_or("own hours", |c| c.short_label())
}

fn phone_channel(plan: &Plan) -> Option<&crate::catalog::Channel> {
    plan.channels
        .iter()
        .find(|c| c.name.to_lowercase().contains("phone"))
}

/// What a customer needs; a plan meets it or says why not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Requirements {
    /// A critical incident answered within this many minutes at any hour,
    /// nights and weekends included.
    pub critical_response_minutes: Option<u32>,
    pub phone: bool,
    pub dedicated_engineer: bool,
    pub onsite_visits: bool,
}

impl Requirements {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// One requirement checked against one plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub requirement: String,
    pub met: bool,
    /// Why, in words: the figure that meets or misses it.
    pub reason: String,
}

/// A plan against the requirements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub plan_id: String,
    pub plan_name: String,
    pub checks: Vec<Check>,
    /// The critical response's longest wait, for ranking plans that meet.
    longest_critical_wait: Option<i64>,
}

impl Verdict {
    pub fn meets(&self) -> bool {
        self.checks.iter().all(|c| c.met)
    }

    pub fn unmet(&self) -> usize {
        self.checks.iter().filter(|c| !c.met).count()
    }
}

/// The plans `ids` checked against `requirements`, best first: plans that
/// meet everything, then by fewer unmet requirements, then by the
/// shortest critical response; ties keep the given order.
pub fn rank(
    catalog: &Catalog,
    ids: &[String],
    requirements: &Requirements,
) -> Result<Vec<Verdict>> {
    let mut verdicts = Vec::new();
    for found in ids.iter().filter_map(|id| catalog.plan(id)) {
        verdicts.push(verdict(catalog, found.plan, requirements)?);
    }
    verdicts.sort_by_key(|v| (v.unmet(), v.longest_critical_wait.unwrap_or(i64::MAX)));
    Ok(verdicts)
}

/// A plan's price as the comparison shows it: the monthly and annual
/// totals of a quote from a price book.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PriceFigure {
    pub monthly: Decimal,
    pub annual: Decimal,
    pub currency: String,
    pub example: bool,
}

/// Adds the price rows (monthly, annual) to a comparison, the lowest
/// marked best; plans the book has no price for say so.
pub fn add_prices(comparison: &mut Comparison, prices: &BTreeMap<String, PriceFigure>) {
    let cell = |id: &str, annual: bool| match prices.get(id) {
        Some(p) => {
            let amount = if annual { p.annual } else { p.monthly };
            let example = if p.example { " (example rates)" } else { "" };
            Cell::new(
                format!("{} {}{example}", amount.grouped(), p.currency),
                None,
            )
            .scored(amount.cents())
        }
        None => Cell::new("Not in the price book", None),
    };
    let ids: Vec<String> = comparison.plans.iter().map(|p| p.id.clone()).collect();
    comparison.groups.insert(
        0,
        RowGroup {
            title: "Price".to_owned(),
            rows: vec![
                row(
                    "Monthly".to_owned(),
                    ids.iter().map(|id| cell(id, false)).collect(),
                ),
                row(
                    "Annual".to_owned(),
                    ids.iter().map(|id| cell(id, true)).collect(),
                ),
            ],
        },
    );
}

/// The verdicts reordered so that, among plans with as many unmet
/// requirements, the cheaper comes first: "the cheapest plan that meets
/// my needs" heads the list. Plans without a price keep their place
/// after the priced ones.
pub fn cheapest_first(verdicts: &mut [Verdict], prices: &BTreeMap<String, PriceFigure>) {
    verdicts.sort_by_key(|v| {
        (
            v.unmet(),
            prices
                .get(&v.plan_id)
                .map_or(i64::MAX, |p| p.monthly.cents()),
            v.longest_critical_wait.unwrap_or(i64::MAX),
        )
    });
}

fn verdict(catalog: &Catalog, plan: &Plan, requirements: &Requirements) -> Result<Verdict> {
    let mut checks = Vec::new();
    let critical = catalog
        .targets(plan, Severity::Critical)
        .first_response
        .clone();
    let wait = match &critical {
        Some(target) => LongestWait::of(target)?.map(|w| (w, target)),
        None => None,
    };
    if let Some(limit) = requirements.critical_response_minutes {
        let requirement = format!(
            "Critical response within {} at any hour",
            words::target_length(u64::from(limit))
        );
        checks.push(match &wait {
            Some((wait, target)) => Check {
                requirement,
                met: wait.seconds <= i64::from(limit) * 60,
                reason: format!("Longest wait {}", wait.describe(target)),
            },
            None => Check {
                requirement,
                met: false,
                reason: "No response time is promised for critical incidents".to_owned(),
            },
        });
    }
    if requirements.phone {
        checks.push(Check {
            requirement: "Phone support".to_owned(),
            met: phone_channel(plan).is_some(),
            reason: match phone_channel(plan) {
                Some(c) => format!("Channel: {}", c.name),
                None => format!(
                    "Channels are {}",
                    plan.channels
                        .iter()
                        .map(|c| c.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            },
        });
    }
    let mut service_check = |requirement: &str, ids: &[&str], what: &str| {
        let offer = plan
            .services
            .iter()
            .filter(|s| ids.contains(&s.service.as_str()))
            .min_by_key(|s| s.availability as u8);
        checks.push(match offer {
            Some(offer) if offer.availability != Inclusion::NotOffered => Check {
                requirement: requirement.to_owned(),
                met: true,
                reason: match offer.availability {
                    Inclusion::Included => format!("{} is included", offer.name),
                    _ => format!("{} is a paid option", offer.name),
                },
            },
            Some(offer) => Check {
                requirement: requirement.to_owned(),
                met: false,
                reason: format!("{} is not offered in this plan", offer.name),
            },
            None => Check {
                requirement: requirement.to_owned(),
                met: false,
                reason: format!("The plan's source mentions no {what}"),
            },
        });
    };
    if requirements.dedicated_engineer {
        service_check(
            "Dedicated engineer",
            &["dedicated_engineer", "technical_account_manager"],
            "dedicated engineer or account manager",
        );
    }
    if requirements.onsite_visits {
        service_check("On-site visits", &["onsite_visit"], "on-site visits");
    }
    Ok(Verdict {
        plan_id: plan.id.clone(),
        plan_name: plan.name.clone(),
        checks,
        longest_critical_wait: wait.map(|(w, _)| w.seconds),
    })
}
