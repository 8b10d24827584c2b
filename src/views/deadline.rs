//! Deadline view (`/deadline?plan=…&severity=…&opened=…&tz=…&events=…`):
//! when a provider must answer and resolve an incident, in the user's zone
//! and the provider's, with a timeline of working and non-working time and
//! the same incident under the provider's other plans. The engine's
//! `deadline` module computes everything; this view edits the link.

use std::time::Duration as StdDuration;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use leptos::prelude::*;
use slacalc_engine::calendar::local_instant;
use slacalc_engine::deadline::{
    provider_alternatives, report, Alternative, DeadlineReport, MarkKind, Span, TargetReport,
    Timeline,
};
use slacalc_engine::sla::{Event, EventKind};
use slacalc_engine::{words, Incident, Severity, TargetState};
use slacalc_state::links::DeadlineLink;
use slacalc_state::{Field, Notice, ViewLink};

use crate::browser;
use crate::catalog::{self, Plans};
use crate::parts::{
    embed_snippet, plan_options, use_link, CatalogMissing, Edit, EmbedCode, LinkNotices,
};

#[component]
pub fn Deadline() -> impl IntoView {
    match catalog::use_plans() {
        Ok(catalog) => view! { <DeadlineView catalog/> }.into_any(),
        Err(error) => view! { <CatalogMissing error/> }.into_any(),
    }
}

#[component]
fn DeadlineView(catalog: Memo<Plans>) -> impl IntoView {
    let state = use_link::<DeadlineLink>(catalog);
    let (link, link_notices, edit) = (state.link, state.notices, state.edit);
    let browser_zone = browser::zone();
    let zone_notice = match (browser_zone, browser::zone_name()) {
        (None, Some(name)) => Some(Notice::new(Field::Zone, format!(
            "Your browser's time zone, {name}, is not among the zones slacalc ships; times are shown in UTC. Choose a zone below."
        ))),
        _ => None,
    };
    let notices = Signal::derive(move || {
        let mut all = link_notices.get();
        if link.with(|l| l.tz.is_none()) {
            all.extend(zone_notice.clone());
        }
        all
    });
    let zone = Memo::new(move |_| link.with(|l| l.tz).or(browser_zone).unwrap_or(Tz::UTC));

    // The clocks are read at the current time, refreshed every 30 seconds.
    let (now, set_now) = signal(browser::now());
    if let Ok(handle) = set_interval_with_handle(
        move || set_now.set(browser::now()),
        StdDuration::from_secs(30),
    ) {
        on_cleanup(move || handle.clear());
    }

    // A link without `opened` means "now": pin it, so the address a user
    // copies reproduces this exact view. Deferred to a task of its own so
    // the router has recorded the navigation that brought us here; a
    // replace before that would overwrite the previous page's entry.
    Effect::new(move |_| {
        if link.with(|l| l.opened.is_none()) {
            set_timeout(
                move || {
                    // The view may be gone by now: then there is nothing to pin.
                    if link.try_with_untracked(|l| l.opened.is_none()) == Some(true) {
                        let opened = now.get_untracked().fixed_offset();
                        edit.run(Box::new(move |l| l.opened = Some(opened)));
                    }
                },
                StdDuration::ZERO,
            );
        }
    });

    let opened = Memo::new(move |_| {
        link.with(|l| l.opened.map(|o| o.with_timezone(&Utc)))
            .unwrap_or_else(|| now.get_untracked())
    });
    let incident = Memo::new(move |_| {
        link.with(|l| Incident {
            opened: opened.get(),
            severity: l.severity,
            events: l.events.clone(),
        })
    });
    let result = Memo::new(move |_| {
        let plan = link.with(|l| l.plan.clone());
        incident.with(|i| {
            let now = now.get();
            catalog
                .with(|c| {
                    report(c, &plan, i, now)
                        .and_then(|r| Ok((r, provider_alternatives(c, &plan, i, now)?)))
                })
                .map_err(|e| e.to_string())
        })
    });

    let snippet = Signal::derive(move || {
        embed_snippet(
            &browser::origin(),
            &link.with(DeadlineLink::href),
            "slacalc: SLA deadline",
        )
    });

    view! {
        <section class="view deadline" data-testid="view-deadline">
            <h1>"Deadline calculator"</h1>
            <LinkNotices notices/>
            <IncidentForm catalog link zone opened edit now/>
            {move || match result.get() {
                Ok((report, alternatives)) => view! {
                    <Results report alternatives zone=zone.get() now=now.get()
                        current_plan=link.with(|l| l.plan.clone())
                        edit/>
                }.into_any(),
                Err(message) => view! {
                    <div class="panel error-panel" role="alert" data-testid="deadline-error">
                        <h2>"These events do not describe an incident"</h2>
                        <p>{message}</p>
                        <p>"Remove or change the event named above."</p>
                    </div>
                }.into_any(),
            }}
            <EventEditor link zone opened edit/>
            <EmbedCode snippet/>
        </section>
    }
}

fn date_and_time(at: DateTime<Utc>, tz: Tz) -> (String, String) {
    let local = at.with_timezone(&tz);
    (
        local.format("%Y-%m-%d").to_string(),
        local.format("%H:%M").to_string(),
    )
}

#[component]
fn IncidentForm(
    catalog: Memo<Plans>,
    link: Memo<DeadlineLink>,
    zone: Memo<Tz>,
    opened: Memo<DateTime<Utc>>,
    edit: Edit<DeadlineLink>,
    now: ReadSignal<DateTime<Utc>>,
) -> impl IntoView {
    let date_ref = NodeRef::<leptos::html::Input>::new();
    let time_ref = NodeRef::<leptos::html::Input>::new();
    let (opened_error, set_opened_error) = signal(None::<String>);
    let local = Memo::new(move |_| date_and_time(opened.get(), zone.get()));
    let apply_opened = move || {
        let (Some(date), Some(time)) = (date_ref.get(), time_ref.get()) else {
            return;
        };
        match local_instant(&date.value(), &time.value(), zone.get_untracked()) {
            Ok(at) => {
                set_opened_error.set(None);
                let tz = zone.get_untracked();
                edit.run(Box::new(move |l| {
                    l.opened = Some(at.with_timezone(&tz).fixed_offset())
                }));
            }
            Err(e) => set_opened_error.set(Some(e.to_string())),
        }
    };
    // The provider's own name for a severity of the chosen plan.
    let own_severity_name = move |plan: &str, severity: Severity| {
        catalog.with(|c| c.severity_name(plan, severity).map(str::to_owned))
    };
    view! {
        <form class="panel incident-form" on:submit=|ev| ev.prevent_default() data-testid="incident-form">
            <label class="field">
                "Plan"
                <select data-testid="plan" on:change=move |ev| {
                    let plan = event_target_value(&ev);
                    edit.run(Box::new(move |l| l.plan = plan));
                }>
                    {move || catalog.with(|c| plan_options(c, Signal::derive(move || link.with(|l| l.plan.clone()))))}
                </select>
            </label>
            <label class="field">
                "Severity"
                <select data-testid="severity" on:change=move |ev| {
                    if let Ok(severity) = event_target_value(&ev).parse::<Severity>() {
                        edit.run(Box::new(move |l| l.severity = severity));
                    }
                }>
                    {Severity::ALL.into_iter().map(|severity| {
                        let label = move || {
                            let plan = link.with(|l| l.plan.clone());
                            let own = own_severity_name(&plan, severity)
                                .map(|name| format!(" — {name}"))
                                .unwrap_or_default();
                            format!("{}{own}", words::capitalised(severity.as_str()))
                        };
                        view! {
                            <option value=severity.as_str() selected=move || link.with(|l| l.severity == severity)>{label}</option>
                        }
                    }).collect_view()}
                </select>
            </label>
            <fieldset class="field opened">
                <legend>"Opened (" {move || zone.get().name()} ")"</legend>
                <div class="row">
                    <input type="date" node_ref=date_ref aria-label="Date opened" data-testid="opened-date"
                        prop:value=move || local.get().0 on:change=move |_| apply_opened()
                        aria-invalid=move || opened_error.with(Option::is_some).to_string()/>
                    <input type="time" node_ref=time_ref aria-label="Time opened" data-testid="opened-time"
                        prop:value=move || local.get().1 on:change=move |_| apply_opened()
                        aria-invalid=move || opened_error.with(Option::is_some).to_string()/>
                    <button type="button" class="secondary" data-testid="opened-now" on:click=move |_| {
                        set_opened_error.set(None);
                        let at = now.get_untracked();
                        let tz = zone.get_untracked();
                        edit.run(Box::new(move |l| l.opened = Some(at.with_timezone(&tz).fixed_offset())));
                    }>"Now"</button>
                </div>
                {move || opened_error.get().map(|e| view! { <p class="field-error" role="alert" data-testid="opened-error">{e}</p> })}
            </fieldset>
            <label class="field">
                "Show times in"
                <select data-testid="zone" on:change=move |ev| {
                    if let Ok(tz) = event_target_value(&ev).parse::<Tz>() {
                        edit.run(Box::new(move |l| l.tz = Some(tz)));
                    }
                }>
                    {chrono_tz::TZ_VARIANTS.iter().map(|tz| {
                        let tz = *tz;
                        view! { <option value=tz.name() selected=move || zone.get() == tz>{tz.name()}</option> }
                    }).collect_view()}
                </select>
            </label>
        </form>
    }
}

#[component]
fn Results(
    report: DeadlineReport,
    alternatives: Vec<Alternative>,
    zone: Tz,
    now: DateTime<Utc>,
    current_plan: String,
    edit: Edit<DeadlineLink>,
) -> impl IntoView {
    let future = report.now > now;
    view! {
        <div class="due-cards">
            <DueCard title="First response" testid="response-due" target=report.response.clone() zone now future/>
            <DueCard title="Resolution" testid="resolution-due" target=report.resolution.clone() zone now future/>
        </div>
        <TimelinePicture timeline=report.timeline.clone() zone/>
        <section class="panel alternatives" data-testid="alternatives">
            <h2>"The same incident under every plan of this provider"</h2>
            <div class="table-scroll">
                <table>
                    <thead><tr><th scope="col">"Plan"</th><th scope="col">"Response due"</th><th scope="col">"Resolution due"</th></tr></thead>
                    <tbody>
                        {alternatives.into_iter().map(|Alternative { plan_id: id, plan_name: name, response_due: response, resolution_due: resolution }| {
                            let current = id == current_plan;
                            let switch_to = id.clone();
                            view! {
                                <tr class:current=current data-testid=format!("alt-{id}")>
                                    <th scope="row">
                                        {if current {
                                            view! { <span>{name} <span class="muted">" (shown)"</span></span> }.into_any()
                                        } else {
                                            view! { <button type="button" class="link" on:click=move |_| {
                                                let plan = switch_to.clone();
                                                edit.run(Box::new(move |l| l.plan = plan));
                                            }>{name}</button> }.into_any()
                                        }}
                                    </th>
                                    <td>{due_text(response, zone)}</td>
                                    <td>{due_text(resolution, zone)}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn due_text(due: Option<DateTime<Utc>>, zone: Tz) -> String {
    due.map_or_else(
        || "No commitment".to_owned(),
        |d| words::local_time(d, zone),
    )
}

#[component]
fn DueCard(
    title: &'static str,
    testid: &'static str,
    target: TargetReport,
    zone: Tz,
    now: DateTime<Utc>,
    future: bool,
) -> impl IntoView {
    let status = target.status;
    let Some(minutes) = status.target_minutes else {
        return view! {
            <article class="panel due-card none">
                <h2>{title}</h2>
                <p class="due"><time data-testid=testid>"No commitment"</time></p>
                <p class="muted">"The plan promises no time for this severity."</p>
            </article>
        }
        .into_any();
    };
    let (state, class) = match status.state {
        TargetState::Running => ("On track", "good"),
        TargetState::AtRisk => ("At risk", "warn"),
        TargetState::Paused => ("Paused: waiting for the customer", "warn"),
        TargetState::Met => ("Met", "good"),
        TargetState::Breached => ("Breached", "bad"),
        TargetState::NoCommitment => ("No commitment", ""),
    };
    let provider_zone = target.provider_zone.unwrap_or(Tz::UTC);
    // Working time left, to the minute: seconds would only be noise here.
    let remaining = status.remaining_seconds.unwrap_or_default() / 60 * 60;
    let remaining_text = if status.stopped_at.is_some() {
        None
    } else if remaining >= 0 {
        Some(format!(
            "{} of working time left",
            words::duration(remaining)
        ))
    } else {
        Some(format!(
            "Overdue by {} of working time",
            words::duration(-remaining)
        ))
    };
    let until = status.due.filter(|_| !future).map(|due| {
        // Calendar time to or since the due time, to the minute.
        let seconds = (due - now).num_minutes() * 60;
        if seconds >= 0 {
            format!("in {} of calendar time", words::duration(seconds))
        } else {
            format!("{} ago", words::duration(-seconds))
        }
    });
    view! {
        <article class="panel due-card" data-state=format!("{:?}", status.state).to_lowercase()>
            <h2>{title}</h2>
            {match status.due {
                Some(due) => view! {
                    <p class="due">
                        <time data-testid=testid datetime=due.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)>
                            {words::local_time(due, zone)}
                        </time>
                    </p>
                    <p class="muted">{format!("Shown in {}", zone.name())}</p>
                    {(provider_zone != zone).then(|| view! {
                        <p class="provider-time">"Provider's time: " {words::local_time(due, provider_zone)} " (" {provider_zone.name()} ")"</p>
                    })}
                }.into_any(),
                None => view! {
                    <p class="due"><time data-testid=testid>"Not yet due: the clock is paused"</time></p>
                }.into_any(),
            }}
            <p><span class=format!("badge {class}")>{state}</span> " " {until}</p>
            <p class="muted">
                {format!("Target: {} on {}", words::target_length(minutes), target.calendar.unwrap_or_default())}
                {remaining_text.map(|t| view! { <br/>{t} })}
            </p>
            // Earlier breaches only matter once the severity has changed.
            {status.breaches.iter().any(|b| Some(b.due) != status.due).then(|| view! {
                <ul class="breaches">
                    {status.breaches.iter().map(|b| view! {
                        <li>{format!("Breached under {} at {}", b.severity, words::local_time(b.due, zone))}</li>
                    }).collect_view()}
                </ul>
            })}
        </article>
    }
    .into_any()
}

const WIDTH: f64 = 1000.0;

#[component]
fn TimelinePicture(timeline: Timeline, zone: Tz) -> impl IntoView {
    let span = (timeline.end - timeline.start).num_seconds().max(1) as f64;
    let x = move |t: DateTime<Utc>| {
        ((t - timeline.start).num_seconds() as f64 / span * WIDTH).clamp(0.0, WIDTH)
    };
    let lane_height = 28.0;
    let top = 26.0;
    // Mark labels go into rows under the lanes: each label takes the first
    // row where it does not run into the previous one (about 7.5 units a
    // character at this font size).
    let mut rows_end: Vec<f64> = Vec::new();
    let mut order: Vec<usize> = (0..timeline.marks.len()).collect();
    order.sort_by_key(|&i| timeline.marks[i].at);
    let mut placed = vec![(0usize, false); timeline.marks.len()];
    for i in order {
        let mx = x(timeline.marks[i].at);
        let width = timeline.marks[i].label.chars().count() as f64 * 7.5;
        let to_left = mx + width > WIDTH;
        let (from, to) = if to_left {
            (mx - width, mx)
        } else {
            (mx, mx + width)
        };
        let row = rows_end
            .iter()
            .position(|&end| end + 8.0 <= from)
            .unwrap_or(rows_end.len());
        if row == rows_end.len() {
            rows_end.push(to);
        } else {
            rows_end[row] = to;
        }
        placed[i] = (row, to_left);
    }
    let label_rows = placed;
    let lanes_bottom = top + timeline.lanes.len() as f64 * (lane_height + 22.0);
    let height = lanes_bottom + 8.0 + rows_end.len() as f64 * 16.0;
    // Day boundaries in the shown zone, thinned so labels do not collide.
    let days = (span / 86_400.0).ceil() as i64;
    let step = (days / 8).max(1);
    let mut ticks = Vec::new();
    let start_local = timeline.start.with_timezone(&zone).date_naive();
    for d in (1..=days + 1).step_by(step as usize) {
        let Some(date) = start_local.checked_add_days(chrono::Days::new(d as u64)) else {
            break;
        };
        let Some(midnight) = date
            .and_hms_opt(0, 0, 0)
            .and_then(|m| m.and_local_timezone(zone).earliest())
        else {
            continue;
        };
        let midnight = midnight.with_timezone(&Utc);
        if midnight > timeline.end {
            break;
        }
        ticks.push((x(midnight), date.format("%a %-d %b").to_string()));
    }
    let summary = timeline
        .lanes
        .iter()
        .map(|lane| {
            let working: i64 = lane
                .spans
                .iter()
                .map(|Span { start: a, end: b }| (*b - *a).num_seconds())
                .sum();
            format!(
                "{}: {} working of {} shown",
                lane.label,
                words::duration(working),
                words::duration(span as i64)
            )
        })
        .collect::<Vec<_>>()
        .join(". ");
    view! {
        <figure class="panel timeline" data-testid="timeline">
            <figcaption>
                <h2>"Working and non-working time"</h2>
                <p class="muted">{format!("From opening ({}) to the last due time, in {}.", words::local_time(timeline.start, zone), zone.name())}</p>
            </figcaption>
            <div class="timeline-scroll" tabindex="0" role="region" aria-label="Timeline, scrolls sideways on small screens">
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=summary.clone() preserveAspectRatio="none" class="timeline-svg">
                {ticks.into_iter().map(|(tx, label)| view! {
                    <g class="tick">
                        <line x1=tx x2=tx y1="14" y2=lanes_bottom/>
                        <text x=tx + 4.0 y="12">{label}</text>
                    </g>
                }).collect_view()}
                {timeline.lanes.iter().enumerate().map(|(i, lane)| {
                    let y = top + i as f64 * (lane_height + 22.0);
                    view! {
                        <g class="lane">
                            <text x="6" y=y + 12.0 class="lane-label">{lane.label.clone()}</text>
                            <rect x="0" y=y + 16.0 width=WIDTH height=lane_height class="closed"/>
                            {lane.spans.iter().map(|Span { start: a, end: b }| view! {
                                <rect x=x(*a) y=y + 16.0 width=(x(*b) - x(*a)).max(1.0) height=lane_height class="open"/>
                            }).collect_view()}
                            {timeline.paused.iter().map(|Span { start: a, end: b }| view! {
                                <rect x=x(*a) y=y + 16.0 width=(x(*b) - x(*a)).max(1.0) height=lane_height class="paused"/>
                            }).collect_view()}
                        </g>
                    }
                }).collect_view()}
                {timeline.marks.iter().enumerate().map(|(i, mark)| {
                    let mx = x(mark.at);
                    let class = match mark.kind {
                        MarkKind::Opened => "mark opened",
                        MarkKind::Event => "mark event",
                        MarkKind::ResponseDue | MarkKind::ResolutionDue => "mark due",
                        MarkKind::Now => "mark now",
                    };
                    let (row, to_left) = label_rows[i];
                    let anchor = if to_left { "end" } else { "start" };
                    let label_y = lanes_bottom + 18.0 + row as f64 * 16.0;
                    view! {
                        <g class=class>
                            <line x1=mx x2=mx y1="16" y2=label_y - 12.0/>
                            <text x=mx y=label_y text-anchor=anchor>{mark.label.clone()}</text>
                        </g>
                    }
                }).collect_view()}
            </svg>
            </div>
            <ul class="legend-keys" aria-hidden="true">
                <li><span class="key open"></span>"working time"</li>
                <li><span class="key closed"></span>"outside working hours"</li>
                <li><span class="key paused"></span>"paused"</li>
            </ul>
            <p class="sr-only">{summary}</p>
        </figure>
    }
}

#[component]
fn EventEditor(
    link: Memo<DeadlineLink>,
    zone: Memo<Tz>,
    opened: Memo<DateTime<Utc>>,
    edit: Edit<DeadlineLink>,
) -> impl IntoView {
    let kind_ref = NodeRef::<leptos::html::Select>::new();
    let date_ref = NodeRef::<leptos::html::Input>::new();
    let time_ref = NodeRef::<leptos::html::Input>::new();
    let (error, set_error) = signal(None::<String>);
    let initial =
        Memo::new(move |_| date_and_time(opened.get() + chrono::Duration::hours(1), zone.get()));
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(kind), Some(date), Some(time)) = (kind_ref.get(), date_ref.get(), time_ref.get())
        else {
            return;
        };
        let Ok(kind) = kind.value().parse::<EventKind>() else {
            return;
        };
        let added =
            local_instant(&date.value(), &time.value(), zone.get_untracked()).and_then(|at| {
                let mut incident = Incident::opened(opened.get_untracked(), Severity::Critical);
                incident.events = link.with_untracked(|l| l.events.clone());
                incident.add(Event { at, kind })?;
                Ok(incident.events)
            });
        match added {
            Ok(events) => {
                set_error.set(None);
                edit.run(Box::new(move |l| l.events = events));
            }
            Err(e) => set_error.set(Some(e.to_string())),
        }
    };
    view! {
        <section class="panel events" data-testid="events">
            <h2>"What happened since"</h2>
            {move || {
                let events = link.with(|l| l.events.clone());
                if events.is_empty() {
                    view! { <p class="muted">"No events: the clocks run from the opening."</p> }.into_any()
                } else {
                    view! {
                        <ol class="event-list">
                            {events.into_iter().enumerate().map(|(i, event)| view! {
                                <li data-testid="event">
                                    <span>{event.kind.label()} " — " {words::local_time(event.at, zone.get())}</span>
                                    <button type="button" class="secondary small" aria-label=format!("Remove {}", event.kind.label())
                                        on:click=move |_| edit.run(Box::new(move |l| { if i < l.events.len() { l.events.remove(i); } }))>
                                        "Remove"
                                    </button>
                                </li>
                            }).collect_view()}
                        </ol>
                    }.into_any()
                }
            }}
            <form class="row add-event" on:submit=add>
                <label class="field">"Event"
                    <select node_ref=kind_ref data-testid="event-kind">
                        {EventKind::choices().into_iter().map(|kind| {
                            let label = match kind {
                                EventKind::Paused => "Paused (waiting for the customer)".to_owned(),
                                other => other.label(),
                            };
                            view! { <option value=kind.to_string()>{label}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">"Date"<input type="date" node_ref=date_ref data-testid="event-date" prop:value=move || initial.get().0/></label>
                <label class="field">"Time"<input type="time" node_ref=time_ref data-testid="event-time" prop:value=move || initial.get().1/></label>
                <button type="submit" data-testid="add-event">"Add event"</button>
            </form>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
        </section>
    }
}
