//! The comparison table: plans as columns, rows grouped by topic, each
//! cell with its citation and the best value of a row marked.

use slacalc_i18n::{msg, Text};

use crate::catalog::{
    CalendarDefinition, Catalog, Channel, ChannelKind, Commitment, Inclusion, Plan, ProviderFile,
    Quantity, ServiceOffer, Source,
};
use crate::error::Result;
use crate::sla::{Severity, TargetKind};

use super::{catalog_words, duration, name_list, target_length, LongestWait};

/// Where a cell's figure comes from, ready to show on hover or focus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// The document's title (catalog words), or the price book the figure
    /// comes from; `None` for an assumption.
    pub document: Option<Text>,
    /// The sentence or table row, verbatim, in the document's own language
    /// (a quote is never reworded; a translation goes beside it); or the
    /// assumption's reason as the catalog has it.
    pub text: String,
    /// The reason for the assumption the figure rests on, to show as
    /// `assumption: <reason>`: the whole figure's (then `document` is
    /// `None` and `text` is the same reason), or a part the quote does not
    /// give, such as the hours a quoted response time is counted on.
    pub assumption: Option<Text>,
}

impl Citation {
    /// The citation of `source`, with the document's title from `provider`.
    pub fn of(provider: &ProviderFile, source: &Source) -> Self {
        match source {
            Source::Quote { doc, quote } => Self {
                document: Some(catalog_words(provider.document_title(doc).unwrap_or(doc))),
                text: quote.to_string(),
                assumption: None,
            },
            Source::Assumption { assumption } => Self {
                document: None,
                text: assumption.to_string(),
                assumption: Some(catalog_words(assumption)),
            },
        }
    }

    /// This citation with the assumption of `also` added, when `also` is
    /// one (a quoted figure on an assumed calendar); a quote adds nothing.
    pub fn resting_on(mut self, also: Option<&Source>) -> Self {
        if let Some(Source::Assumption { assumption }) = also {
            let also = catalog_words(assumption);
            self.assumption = Some(match self.assumption.take() {
                Some(own) if own != also => Text::new(msg::COMPARE_ASSUMPTIONS_BOTH)
                    .with("first", own)
                    .with("second", also),
                _ => also,
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
    pub text: Text,
    /// Where it comes from; `None` for the engine's own words.
    pub citation: Option<Citation>,
}

/// One plan's value in a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// The value, one line per item (a list cell has several).
    pub lines: Vec<Line>,
    /// A further explanation (e.g. the longest wait), shown under the value.
    pub detail: Option<Text>,
    /// Lower is better; `None` where the value cannot be ranked.
    score: Option<i64>,
    /// The best value of its row, where the row's values differ.
    pub best: bool,
}

impl Cell {
    pub(super) fn new(text: impl Into<Text>, citation: Option<Citation>) -> Self {
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

    /// The cell as one string in English (for tests and plain-text export).
    pub fn text(&self) -> String {
        self.lines
            .iter()
            .map(|l| l.text.english())
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// One row of the table: a label and one cell per plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// What the row shows, e.g. "Critical".
    pub label: Text,
    /// One cell per plan, in column order.
    pub cells: Vec<Cell>,
    /// True when not every plan shows the same value.
    pub differs: bool,
}

/// Rows under one heading, e.g. "First response".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowGroup {
    /// The group's heading.
    pub title: Text,
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
    pub headline: Option<Text>,
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
            id: plan.id.to_string(),
            name: plan.name.to_string(),
            provider: provider.provider.name.to_string(),
        })
        .collect();

    let mut groups = Vec::new();
    for (kind, title) in [
        (TargetKind::FirstResponse, msg::COMPARE_GROUP_FIRST_RESPONSE),
        (TargetKind::Resolution, msg::COMPARE_GROUP_RESOLUTION),
    ] {
        let mut rows = Vec::new();
        for severity in Severity::ALL {
            let cells = plans
                .iter()
                .map(|(provider, plan)| target_cell(catalog, provider, plan, severity, kind))
                .collect::<Result<Vec<_>>>()?;
            rows.push(row(severity_label(severity), cells));
        }
        if kind == TargetKind::Resolution {
            rows.push(row(
                Text::new(msg::COMPARE_ROW_SHARE),
                plans
                    .iter()
                    .map(|(provider, plan)| match &plan.commitment_share {
                        Some(share) => Cell::new(
                            Text::new(msg::COMPARE_PERCENT).with("percent", share.percent),
                            Some(Citation::of(provider, &share.source)),
                        )
                        .scored(-i64::from(share.percent)),
                        None => Cell::new(msg::COMPARE_NOT_STATED, None),
                    })
                    .collect(),
            ));
        }
        groups.push(RowGroup {
            title: Text::new(title),
            rows,
        });
    }

    groups.push(RowGroup {
        title: Text::new(msg::COMPARE_GROUP_SEVERITY_LEVELS),
        rows: Severity::ALL
            .into_iter()
            .map(|severity| {
                let cells = plans
                    .iter()
                    .map(|(provider, _)| {
                        match provider.severities.iter().find(|s| s.level == severity) {
                            Some(level) => Cell::new(
                                catalog_words(&level.name),
                                Some(Citation::of(provider, &level.source)),
                            ),
                            None => Cell::new(msg::COMPARE_NO_LEVEL, None),
                        }
                    })
                    .collect();
                row(severity_label(severity), cells)
            })
            .collect(),
    });

    groups.push(RowGroup {
        title: Text::new(msg::COMPARE_GROUP_COVERAGE),
        rows: vec![
            row(
                Text::new(msg::COMPARE_ROW_COVERAGE),
                plans
                    .iter()
                    .map(|(provider, plan)| {
                        if plan.coverage.is_empty() {
                            return Cell::new(msg::COMPARE_NOT_STATED, None);
                        }
                        Cell::list(
                            plan.coverage
                                .iter()
                                .map(|c| Line {
                                    text: Text::new(msg::COMPARE_COVERAGE_LINE)
                                        .with("activity", catalog_words(&c.activity))
                                        .with("calendar", calendar_name(catalog, &c.calendar)),
                                    citation: Some(Citation::of(provider, &c.source)),
                                })
                                .collect(),
                        )
                    })
                    .collect(),
            ),
            row(
                Text::new(msg::COMPARE_ROW_CHANNELS),
                plans
                    .iter()
                    .map(|(provider, plan)| {
                        Cell::list(
                            plan.channels
                                .iter()
                                .map(|c| Line {
                                    text: match &c.hours {
                                        Some(hours) => Text::new(msg::COMPARE_CHANNEL_HOURS)
                                            .with("channel", catalog_words(&c.name))
                                            .with("hours", short_calendar(catalog, hours)),
                                        None => catalog_words(&c.name),
                                    },
                                    citation: Some(Citation::of(provider, &c.source)),
                                })
                                .collect(),
                        )
                    })
                    .collect(),
            ),
            row(
                Text::new(msg::COMPARE_ROW_PHONE),
                plans
                    .iter()
                    .map(|(provider, plan)| match phone_channel(plan) {
                        Some(c) => {
                            Cell::new(msg::COMPARE_YES, Some(Citation::of(provider, &c.source)))
                                .scored(0)
                        }
                        None => Cell::new(msg::COMPARE_NO, None).scored(1),
                    })
                    .collect(),
            ),
            row(
                Text::new(msg::COMPARE_ROW_STAFF),
                plans
                    .iter()
                    .map(|(provider, plan)| {
                        if plan.staff.is_empty() {
                            return Cell::new(msg::COMPARE_NOT_STATED, None);
                        }
                        Cell::list(
                            plan.staff
                                .iter()
                                .map(|f| Line {
                                    text: catalog_words(&f.text),
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
        for offer in plan.services.iter() {
            if !services.iter().any(|(id, _)| *id == offer.service) {
                services.push((&offer.service, &offer.name));
            }
        }
    }
    groups.push(RowGroup {
        title: Text::new(msg::COMPARE_GROUP_SERVICES),
        rows: services
            .into_iter()
            .map(|(id, name)| {
                let cells = plans
                    .iter()
                    .map(
                        |(provider, plan)| match plan.services.iter().find(|s| s.service == id) {
                            Some(offer) => service_cell(provider, offer),
                            // Unmentioned ranks with "not offered": nothing is promised.
                            None => Cell::new(msg::COMPARE_NOT_MENTIONED, None).scored(2),
                        },
                    )
                    .collect();
                row(catalog_words(name), cells)
            })
            .collect(),
    });

    groups.push(RowGroup {
        title: Text::new(msg::COMPARE_GROUP_RULES),
        rows: vec![row(
            Text::new(msg::COMPARE_ROW_RULES),
            plans
                .iter()
                .map(|(provider, plan)| {
                    let lines: Vec<Line> = provider
                        .rules
                        .iter()
                        .chain(provider.restrictions.iter())
                        .chain(plan.notes.iter())
                        .map(|f| Line {
                            text: catalog_words(&f.text),
                            citation: Some(Citation::of(provider, &f.source)),
                        })
                        .collect();
                    if lines.is_empty() {
                        Cell::new(msg::COMPARE_NONE_STATED, None)
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
) -> Result<Option<Text>> {
    let mut waits = Vec::new();
    for (_, plan) in plans {
        let target = catalog.targets(plan, Severity::Critical).first_response;
        if let Some(wait) = target.as_ref().map(LongestWait::of).transpose()?.flatten() {
            waits.push((&*plan.name, wait.seconds));
        }
    }
    let Some(fastest) = waits.iter().map(|(_, s)| *s).min() else {
        return Ok(None);
    };
    let names = waits
        .iter()
        .filter(|(_, s)| *s == fastest)
        .map(|(name, _)| *name);
    Ok(name_list(names).map(|plans| {
        Text::new(msg::COMPARE_HEADLINE)
            .with("plans", plans)
            .with("wait", duration(fastest))
    }))
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
            detail: Some(catalog_words(none)),
            ..Cell::new(
                msg::COMPARE_NO_COMMITMENT,
                Some(Citation::of(provider, source)),
            )
        }),
        Commitment::Target {
            minutes,
            calendar,
            source,
            calendar_source,
            ..
        } => {
            let text = Text::new(msg::COMPARE_TARGET)
                .with("length", target_length(*minutes))
                .with("hours", short_calendar(catalog, calendar));
            let citation = Citation::of(provider, source).resting_on(calendar_source.as_ref());
            let cell = Cell::new(text, Some(citation));
            let Some(target) = catalog.targets(plan, severity).get(kind).cloned() else {
                return Ok(cell);
            };
            Ok(match LongestWait::of(&target)? {
                Some(wait) => Cell {
                    detail: Some(
                        Text::new(msg::COMPARE_LONGEST_WAIT).with("wait", wait.describe(&target)),
                    ),
                    ..cell.scored(wait.seconds)
                },
                None => cell,
            })
        }
    }
}

fn service_cell(provider: &ProviderFile, offer: &ServiceOffer) -> Cell {
    let quantity = offer.quantity.map(|q| match q {
        Quantity::HoursPerYear(h) => Text::new(msg::COMPARE_HOURS_A_YEAR).with("count", h),
        Quantity::AtMostPerQuarter(n) => {
            Text::new(msg::COMPARE_AT_MOST_PER_QUARTER).with("count", n)
        }
    });
    let text = Text::new(match offer.availability {
        Inclusion::Included => msg::COMPARE_INCLUDED,
        Inclusion::Optional => msg::COMPARE_OPTIONAL,
        Inclusion::NotOffered => msg::COMPARE_NOT_OFFERED,
    });
    let score = i64::from(offer.availability.rank());
    let text = match quantity {
        Some(q) => Text::new(msg::COMPARE_SERVICE_QUANTITY)
            .with("inclusion", text)
            .with("quantity", q),
        None => text,
    };
    Cell {
        detail: offer.note.as_deref().map(catalog_words),
        ..Cell::new(text, Some(Citation::of(provider, &offer.source))).scored(score)
    }
}

/// A row with `differs` and `best` filled in: best is the lowest score,
/// marked only where the scores differ.
pub(super) fn row(label: Text, mut cells: Vec<Cell>) -> Row {
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

/// A severity's row label: "Critical".
fn severity_label(severity: Severity) -> Text {
    Text::new(msg::COMPARE_SEVERITY).with("level", severity.as_str())
}

fn calendar_name(catalog: &Catalog, id: &str) -> Text {
    catalog
        .calendar_entry(id)
        .map_or_else(|| catalog_words(id), |c| c.words())
}

/// A calendar in a cell's few words: "24/7" or "working hours" (by its
/// kind, as [`CalendarEntry::short_label`](crate::catalog::CalendarEntry::short_label)
/// says it in English).
fn short_calendar(catalog: &Catalog, id: &str) -> Text {
    Text::new(match catalog.calendar_entry(id).map(|c| &c.definition) {
        Some(CalendarDefinition::AroundTheClock { .. }) => msg::COMPARE_HOURS_AROUND_THE_CLOCK,
        Some(_) => msg::COMPARE_HOURS_WORKING,
        None => msg::COMPARE_HOURS_OWN,
    })
}

/// The plan's first phone channel, by its kind (never by its name).
pub(super) fn phone_channel(plan: &Plan) -> Option<&Channel> {
    plan.channels.iter().find(|c| c.kind == ChannelKind::Phone)
}
