//! The comparison table: plans as columns, rows grouped by topic, each
//! cell with its citation and the best value of a row marked.

use crate::catalog::{
    Catalog, Channel, ChannelKind, Commitment, Inclusion, Plan, ProviderFile, Quantity,
    ServiceOffer, Source,
};
use crate::error::Result;
use crate::sla::{Severity, TargetKind};
use crate::words;

use super::LongestWait;

/// Where a cell's figure comes from, ready to show on hover or focus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// The document's title; `None` for an assumption.
    pub document: Option<String>,
    /// The sentence or table row, verbatim; or the assumption's reason.
    pub text: String,
    /// The reason for the assumption the figure rests on, to show as
    /// `assumption: <reason>`: the whole figure's (then `document` is
    /// `None` and `text` is the same reason), or a part the quote does not
    /// give, such as the hours a quoted response time is counted on.
    pub assumption: Option<String>,
}

impl Citation {
    /// The citation of `source`, with the document's title from `provider`.
    pub fn of(provider: &ProviderFile, source: &Source) -> Self {
        match source {
            Source::Quote { doc, quote } => Self {
                document: Some(provider.document_title(doc).unwrap_or(doc).to_owned()),
                text: quote.clone(),
                assumption: None,
            },
            Source::Assumption { assumption } => Self {
                document: None,
                text: assumption.clone(),
                assumption: Some(assumption.clone()),
            },
        }
    }

    /// This citation with the assumption of `also` added, when `also` is
    /// one (a quoted figure on an assumed calendar); a quote adds nothing.
    pub fn resting_on(mut self, also: Option<&Source>) -> Self {
        if let Some(Source::Assumption { assumption }) = also {
            self.assumption = Some(match self.assumption.take() {
                Some(own) if own != *assumption => format!("{own} {assumption}"),
                _ => assumption.clone(),
            });
        }
        self
    }

    /// True when the figure is, or rests on, an assumption rather than
    /// only a quote from a document.
    pub fn is_assumption(&self) -> bool {
        self.assumption.is_some()
    }
}

/// One line of a cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The line's words.
    pub text: String,
    /// Where it comes from; `None` for the engine's own words.
    pub citation: Option<Citation>,
}

/// One plan's value in a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// The value, one line per item (a list cell has several).
    pub lines: Vec<Line>,
    /// A further explanation (e.g. the longest wait), shown under the value.
    pub detail: Option<String>,
    /// Lower is better; `None` where the value cannot be ranked.
    score: Option<i64>,
    /// The best value of its row, where the row's values differ.
    pub best: bool,
}

impl Cell {
    pub(super) fn new(text: impl Into<String>, citation: Option<Citation>) -> Self {
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

    pub(super) fn scored(mut self, score: i64) -> Self {
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

/// One row of the table: a label and one cell per plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// What the row shows, e.g. "Critical".
    pub label: String,
    /// One cell per plan, in column order.
    pub cells: Vec<Cell>,
    /// True when not every plan shows the same value.
    pub differs: bool,
}

/// Rows under one heading, e.g. "First response".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowGroup {
    /// The group's heading.
    pub title: String,
    /// The group's rows.
    pub rows: Vec<Row>,
}

/// A column's heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanColumn {
    /// The plan's id.
    pub id: String,
    /// The plan's name.
    pub name: String,
    /// The provider's name.
    pub provider: String,
}

/// Plans side by side: the columns, the grouped rows, and a headline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// One column per plan, in the order asked for.
    pub plans: Vec<PlanColumn>,
    /// The rows, grouped by topic.
    pub groups: Vec<RowGroup>,
    /// The answer to "who answers a critical incident fastest, nights and
    /// weekends included?", in one sentence.
    pub headline: Option<String>,
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

    let headline = fastest_critical_response(catalog, &plans)?;
    Ok(Comparison {
        plans: columns,
        groups,
        headline,
    })
}

/// "Fastest first response to a critical incident at any hour": the plans
/// with the shortest longest wait, computed from their targets (not read
/// from the table, whose rows other code may reorder).
fn fastest_critical_response(
    catalog: &Catalog,
    plans: &[(&ProviderFile, &Plan)],
) -> Result<Option<String>> {
    let mut waits = Vec::new();
    for (_, plan) in plans {
        let target = catalog.targets(plan, Severity::Critical).first_response;
        if let Some(wait) = target.as_ref().map(LongestWait::of).transpose()?.flatten() {
            waits.push((plan.name.as_str(), wait.seconds));
        }
    }
    let Some(fastest) = waits.iter().map(|(_, s)| *s).min() else {
        return Ok(None);
    };
    let names: Vec<&str> = waits
        .iter()
        .filter(|(_, s)| *s == fastest)
        .map(|(name, _)| *name)
        .collect();
    let names = match names.as_slice() {
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        [] => return Ok(None),
    };
    Ok(Some(format!(
        "Fastest first response to a critical incident at any hour, nights and weekends included: {names}, within {}.",
        words::duration(fastest)
    )))
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
            calendar_source,
            ..
        } => {
            let text = format!(
                "{}, {}",
                words::target_length(*minutes),
                short_calendar(catalog, calendar)
            );
            let citation = Citation::of(provider, source).resting_on(calendar_source.as_ref());
            let cell = Cell::new(text, Some(citation));
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
    let text = match offer.availability {
        Inclusion::Included => "Included",
        Inclusion::Optional => "Optional, paid",
        Inclusion::NotOffered => "Not offered",
    };
    let score = i64::from(offer.availability.rank());
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
pub(super) fn row(label: String, mut cells: Vec<Cell>) -> Row {
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

/// The plan's first phone channel, by its kind (never by its name).
pub(super) fn phone_channel(plan: &Plan) -> Option<&Channel> {
    plan.channels.iter().find(|c| c.kind == ChannelKind::Phone)
}
