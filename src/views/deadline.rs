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
    provider_alternatives, report, Alternative, Axis, DeadlineReport, MarkKind, Span, TargetReport,
    Timeline,
};
use slacalc_engine::sla::{Event, EventKind};
use slacalc_engine::{words, zones, Incident, Severity, TargetState};
use slacalc_state::links::DeadlineLink;
use slacalc_state::{Field, Notice, ViewLink};

use crate::browser;
use crate::catalog::{self, Plans};
use crate::parts::{
    embed_snippet, plan_options, use_link, use_window_width, CatalogMissing, Edit, EmbedCode,
    LinkNotices,
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
    // The browser's zone, by its listed name where it reports an older one
    // (`Asia/Calcutta` is shown as Kolkata).
    let browser_zone = browser::zone_name()
        .and_then(|name| zones::listed(&name))
        .and_then(|zone| zone.iana.parse::<Tz>().ok())
        .or_else(browser::zone);
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
    let window_px = use_window_width();

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
            <IncidentForm catalog link zone opened edit now browser_zone/>
            {move || match result.get() {
                Ok((report, alternatives)) => view! {
                    <Results report alternatives zone=zone.get() now=now.get()
                        current_plan=link.with(|l| l.plan.clone())
                        live=link.with(|l| l.live)
                        window_px edit/>
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

/// "Amsterdam (Europe/Amsterdam)" for a listed zone, else its IANA name.
fn zone_label(tz: Tz) -> String {
    zones::listed(tz.name()).map_or_else(
        || tz.name().to_owned(),
        |z| format!("{} ({})", z.city, z.iana),
    )
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
    browser_zone: Option<Tz>,
) -> impl IntoView {
    let (zone_query, set_zone_query) = signal(String::new());
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
            <div class="field zone-field">
                <label for="zone-search">"Find a city"</label>
                <input id="zone-search" type="search" data-testid="zone-search" placeholder="e.g. Amsterdam, Tokyo"
                    autocomplete="off" on:input=move |ev| set_zone_query.set(event_target_value(&ev))/>
                <label class="field">
                    "Show times in"
                    <select data-testid="zone" on:change=move |ev| {
                        if let Ok(tz) = event_target_value(&ev).parse::<Tz>() {
                            edit.run(Box::new(move |l| l.tz = Some(tz)));
                        }
                    }>
                        {move || {
                            let current = zone.get();
                            let found = zones::search(&zone_query.get());
                            let option = move |iana: &str, label: String| {
                                let selected = current.name() == iana;
                                view! { <option value=iana.to_owned() selected=selected>{label}</option> }
                            };
                            // The browser's own zone and the one shown are always there.
                            let mine = browser_zone.map(|tz| option(tz.name(), format!("Your zone: {}", zone_label(tz))));
                            let shown = (Some(current) != browser_zone && !found.iter().any(|z| z.iana == current.name()))
                                .then(|| option(current.name(), zone_label(current)));
                            let mut regions: Vec<&str> = Vec::new();
                            for z in &found {
                                if !regions.contains(&z.region) {
                                    regions.push(z.region);
                                }
                            }
                            view! {
                                {mine}
                                {shown}
                                {regions.into_iter().map(|region| view! {
                                    <optgroup label=region>
                                        {found.iter().filter(|z| z.region == region).map(|z| option(z.iana, format!("{} ({})", z.city, z.iana))).collect_view()}
                                    </optgroup>
                                }).collect_view()}
                            }
                        }}
                    </select>
                </label>
            </div>
            <label class="check live">
                <input type="checkbox" data-testid="live"
                    prop:checked=move || link.with(|l| l.live)
                    on:change=move |ev| { let on = event_target_checked(&ev); edit.run(Box::new(move |l| l.live = on)) }/>
                "This is a live incident: show where its clocks stand now"
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
    live: bool,
    window_px: Signal<f64>,
    edit: Edit<DeadlineLink>,
) -> impl IntoView {
    // An opening in the future is a "what if" by nature; a past one is
    // unless the user says the incident is live.
    let what_if = report.now > now || !live;
    view! {
        {what_if.then(|| view! {
            <p class="muted what-if-note" data-testid="what-if">"A what-if: the due times this incident would have. Tick “live incident” above to see where its clocks stand now."</p>
        })}
        <div class="due-cards">
            <DueCard title="First response" verb="answered" testid="response-due" target=report.response.clone() zone now what_if/>
            <DueCard title="Resolution" verb="resolved" testid="resolution-due" target=report.resolution.clone() zone now what_if/>
        </div>
        <TimelinePicture timeline=report.timeline.clone() zone window_px/>
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
    /// "answered", "resolved": what meeting the target takes.
    verb: &'static str,
    testid: &'static str,
    target: TargetReport,
    zone: Tz,
    now: DateTime<Utc>,
    what_if: bool,
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
    let late_stop = status
        .stopped_at
        .zip(status.due)
        .filter(|(stopped, due)| stopped > due);
    let (state, class) = match status.state {
        // A what-if never raises an alarm: it says what would happen.
        TargetState::Breached if what_if && late_stop.is_some() => ("Would be breached", "warn"),
        TargetState::Met => ("Met", "good"),
        TargetState::Paused => ("Paused: waiting for the customer", "warn"),
        _ if what_if => ("What if", ""),
        TargetState::Running => ("On track", "good"),
        TargetState::AtRisk => ("At risk", "warn"),
        TargetState::Breached => ("Breached", "bad"),
        TargetState::NoCommitment => ("No commitment", ""),
    };
    let provider_zone = target.provider_zone.unwrap_or(Tz::UTC);
    // Working time left, to the minute: seconds would only be noise here.
    let remaining = status.remaining_seconds.unwrap_or_default() / 60 * 60;
    let remaining_text = if status.stopped_at.is_some() || what_if {
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
    let until = status.due.map(|due| match (what_if, late_stop) {
        (true, Some((stopped, due))) => format!(
            "by {}: {verb} {} after the due time",
            words::local_time(due, zone),
            words::duration((stopped - due).num_minutes() * 60)
        ),
        (true, None) if status.stopped_at.is_some() => String::new(),
        (true, None) => format!(
            "Would be breached if not {verb} by {}",
            words::local_time(due, zone)
        ),
        (false, _) => {
            // Calendar time to or since the due time, to the minute.
            let seconds = (due - now).num_minutes() * 60;
            if seconds >= 0 {
                format!("in {} of calendar time", words::duration(seconds))
            } else {
                format!("{} ago", words::duration(-seconds))
            }
        }
    });
    view! {
        <article class="panel due-card" data-state=if what_if { "what-if".to_owned() } else { format!("{:?}", status.state).to_lowercase() }>
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
            <p><span class=format!("badge {class}") data-testid=format!("{testid}-state")>{state}</span> " " <span data-testid=format!("{testid}-when")>{until}</span></p>
            <p class="muted">
                {format!("Target: {} on {}", words::target_length(minutes), target.calendar.unwrap_or_default())}
                {remaining_text.map(|t| view! { <br/>{t} })}
            </p>
            // Earlier breaches only matter once the severity has changed.
            {status.breaches.iter().any(|b| Some(b.due) != status.due).then(|| view! {
                <ul class="breaches">
                    {status.breaches.iter().map(|b| view! {
                        <li>{format!("{} under {} at {}", if what_if { "Would be breached" } else { "Breached" }, b.severity, words::local_time(b.due, zone))}</li>
                    }).collect_view()}
                </ul>
            })}
        </article>
    }
    .into_any()
}

/// Roughly how wide a character of the timeline's labels is, in CSS px
/// (13 px system font; on the generous side so estimates never overlap).
const CHAR_PX: f64 = 7.6;

/// The timeline's width in CSS px for a window `window_px` wide: the
/// page's content column (72rem at most) less its padding, the panel's
/// padding and a scroll bar; on the small side, so labels laid out for it
/// never overlap.
fn timeline_px(window_px: f64) -> f64 {
    let (main, panel) = if window_px <= 640.0 {
        (24.0, 34.0)
    } else {
        (32.0, 50.0)
    };
    (window_px.min(1152.0) - main - panel - 16.0).max(200.0)
}

fn percent(x: f64) -> String {
    format!("{:.3}%", (x * 100.0).clamp(0.0, 100.0))
}

#[component]
fn TimelinePicture(timeline: Timeline, zone: Tz, window_px: Signal<f64>) -> impl IntoView {
    let axis = Axis::of(&timeline);
    let span = (timeline.end - timeline.start).num_seconds().max(1);
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
                words::duration(span)
            )
        })
        .collect::<Vec<_>>()
        .join(". ");
    let mut marks = timeline.marks.clone();
    marks.sort_by_key(|m| m.at);
    let axis_for_labels = axis.clone();
    // Day and hour labels with their places, laid out for the width.
    let labels = Memo::new(move |_| {
        let px = timeline_px(window_px.get());
        let placed = |labels: Vec<slacalc_engine::deadline::AxisLabel>| {
            labels
                .into_iter()
                .map(|l| (axis_for_labels.x(l.at), l.text))
                .collect::<Vec<_>>()
        };
        (
            placed(axis_for_labels.day_labels(zone, px, CHAR_PX)),
            placed(axis_for_labels.hour_ticks(zone, px, CHAR_PX)),
        )
    });
    let lane_svg = {
        let axis = axis.clone();
        let marks = marks.clone();
        let paused = timeline.paused.clone();
        move |spans: Vec<Span>| {
            let at = |t: DateTime<Utc>| axis.x(t) * 1000.0;
            view! {
                <svg viewBox="0 0 1000 24" preserveAspectRatio="none" class="tl-lane" aria-hidden="true">
                    <rect x="0" y="0" width="1000" height="24" class="closed"/>
                    {spans.iter().map(|Span { start: a, end: b }| view! {
                        <rect x=at(*a) y="0" width=(at(*b) - at(*a)).max(1.0) height="24" class="open"/>
                    }).collect_view()}
                    {paused.iter().map(|Span { start: a, end: b }| view! {
                        <rect x=at(*a) y="0" width=(at(*b) - at(*a)).max(1.0) height="24" class="paused"/>
                    }).collect_view()}
                    {axis.pieces.iter().filter(|p| p.compressed).map(|p| {
                        let (x0, x1) = (p.x0 * 1000.0, p.x1 * 1000.0);
                        let mid = (x0 + x1) / 2.0;
                        view! {
                            <rect x=x0 y="0" width=(x1 - x0).max(1.0) height="24" class="compressed"/>
                            <polyline points=format!("{},0 {},8 {},16 {},24", mid - 3.0, mid + 3.0, mid - 3.0, mid + 3.0) class="break"/>
                        }
                    }).collect_view()}
                    {marks.iter().map(|m| view! {
                        <line x1=at(m.at) x2=at(m.at) y1="0" y2="24" class=format!("mark-line {}", mark_class(m.kind))/>
                    }).collect_view()}
                </svg>
            }
        }
    };
    view! {
        <figure class="panel timeline" data-testid="timeline">
            <figcaption>
                <h2>"Working and non-working time"</h2>
                <p class="muted">{format!("From opening ({}) to the last due time, in {}. Long closed stretches are drawn short, with a break.", words::local_time(timeline.start, zone), zone.name())}</p>
            </figcaption>
            <div class="tl" role="img" aria-label=summary.clone()>
                <div class="tl-row tl-days" aria-hidden="true">
                    {move || labels.get().0.into_iter().map(|(at, text)| view! {
                        <span class="tl-label" data-testid="timeline-label" style=format!("left: {}", percent(at))>{text}</span>
                    }).collect_view()}
                </div>
                <div class="tl-row tl-hours" aria-hidden="true">
                    {move || {
                        let ticks = labels.get().1;
                        let px = timeline_px(window_px.get());
                        // Centred on its hour, only where the whole label fits.
                        let half = (5.0 * CHAR_PX) / 2.0 / px;
                        ticks.into_iter().filter(|(at, _)| *at >= half && *at <= 1.0 - half).map(|(at, text)| {
                            let style = format!("left: {}", percent(at));
                            view! { <span class="tl-label tl-hour" data-testid="timeline-label" style=style>{text}</span> }
                        }).collect_view()
                    }}
                </div>
                {timeline.lanes.iter().map(|lane| view! {
                    <div class="tl-lane-label">{lane.label.clone()}</div>
                    {lane_svg(lane.spans.clone())}
                }).collect_view()}
                <ol class="tl-marks">
                    {marks.iter().map(|m| {
                        let at = axis.x(m.at);
                        let style = if at <= 0.5 {
                            format!("--x: {}; padding-left: {}", percent(at), percent(at))
                        } else {
                            format!("--x: {}; padding-right: {}; text-align: right", percent(at), percent(1.0 - at))
                        };
                        view! {
                            <li class=format!("tl-mark {}", mark_class(m.kind)) style=style>
                                <span class="tl-label" data-testid="timeline-label">
                                    {format!("{} · {}", m.label, m.at.with_timezone(&zone).format("%a %-d %b, %H:%M"))}
                                </span>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </div>
            <ul class="legend-keys" aria-hidden="true">
                <li><span class="key open"></span>"working time"</li>
                <li><span class="key closed"></span>"outside working hours"</li>
                <li><span class="key compressed"></span>"long closed stretch, drawn short"</li>
                <li><span class="key paused"></span>"paused"</li>
            </ul>
            <p class="sr-only">{summary}</p>
        </figure>
    }
}

fn mark_class(kind: MarkKind) -> &'static str {
    match kind {
        MarkKind::Opened => "opened",
        MarkKind::Event => "event",
        MarkKind::ResponseDue | MarkKind::ResolutionDue => "due",
        MarkKind::Now => "now",
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
