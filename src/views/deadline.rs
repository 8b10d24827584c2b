//! Deadline view (`/deadline?plan=…&severity=…&opened=…&tz=…&events=…`):
//! when a provider must answer and resolve an incident, in the user's zone
//! and the provider's, with a timeline of working and non-working time and
//! the same incident under the provider's other plans. The engine's
//! `deadline` module computes everything; this view edits the link.

use std::time::Duration as StdDuration;

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use slacalc_engine::calendar::{iso, local_instant};
use slacalc_engine::deadline::{
    provider_alternatives, report, Alternative, Axis, DeadlineReport, MarkKind, Span, TargetReport,
    Timeline,
};
use slacalc_engine::sla::{Event, EventKind};
use slacalc_engine::tz::Tz;
use slacalc_engine::{zones, Error, ErrorKind, Incident, Severity, TargetState};
use slacalc_i18n::{catalog_text, fixed, Key, Lang, Text, Value};
use slacalc_state::links::{DeadlineLink, Frame};
use slacalc_state::{Field, Notice, ViewLink};

use crate::browser;
use crate::catalog::{self, Plans};
use crate::i18n::{msg, tr, use_locale, Locale};
use crate::parts::{
    coordinate, embed_snippet, plan_options, use_link, use_window_width, CatalogMissing, Edit,
    EmbedCode, LinkNotices,
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
    let browser_zone = browser::listed_zone();
    let zone_notice = match (browser_zone, browser::zone_name()) {
        (None, Some(name)) => Some(Notice::text(
            Field::Zone,
            Text::new(msg::DEADLINE_ZONE_UNKNOWN).with("name", name),
        )),
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
    // copies reproduces this exact view. Deferred to a task of its own,
    // after the view is built: a replace belongs to this page's history
    // entry, which the navigation that brought us here has written.
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
            catalog.with(|c| {
                report(c, &plan, i, now)
                    .and_then(|r| Ok((r, provider_alternatives(c, &plan, i, now)?)))
            })
        })
    });

    let locale = use_locale();
    // The embedded view speaks the language of the page that copied it.
    let snippet = Signal::derive(move || {
        let frame = Frame {
            lang: Some(locale.lang()),
            embed: false,
        };
        embed_snippet(
            &browser::origin(),
            &frame.apply(&link.with(DeadlineLink::href)),
            &locale.t(msg::DEADLINE_EMBED_TITLE),
        )
    });

    view! {
        <section class="view deadline" data-testid="view-deadline">
            <h1>{tr(msg::DEADLINE_TITLE)}</h1>
            <LinkNotices notices/>
            <IncidentForm catalog link zone opened edit now browser_zone/>
            {move || match result.get() {
                Ok((report, alternatives)) => view! {
                    <Results report alternatives zone=zone.get() now=now.get()
                        current_plan=link.with(|l| l.plan.clone())
                        live=link.with(|l| l.live)
                        window_px edit/>
                }.into_any(),
                Err(error) => {
                    // An opening (or event) outside the years computed is not
                    // a bad event: the hint points at the dates.
                    let (title, hint) = if error.kind() == ErrorKind::OutOfRange {
                        (msg::DEADLINE_ERROR_RANGE_TITLE, msg::DEADLINE_ERROR_RANGE_HINT)
                    } else {
                        (msg::DEADLINE_ERROR_TITLE, msg::DEADLINE_ERROR_HINT)
                    };
                    // Its times in the zone the event list shows them in.
                    let said = error.text().shown_in(zone.get().name());
                    view! {
                        <div class="panel error-panel" role="alert" data-testid="deadline-error">
                            <h2>{tr(title)}</h2>
                            <p>{move || locale.text(&said)}</p>
                            <p>{tr(hint)}</p>
                        </div>
                    }.into_any()
                }
            }}
            <EventEditor link zone opened edit/>
            <EmbedCode snippet/>
        </section>
    }
}

/// "Amsterdam (Europe/Amsterdam)" / "Амстердам (Europe/Amsterdam)" for a
/// listed zone, else its IANA name.
fn zone_label(lang: Lang, tz: Tz) -> String {
    zones::listed(tz.name()).map_or_else(|| tz.name().to_owned(), |z| city_label(lang, z))
}

fn city_label(lang: Lang, zone: &zones::Zone) -> String {
    format!("{} ({})", zone.city_in(lang), zone.iana)
}

/// A region of the zone list in the reader's language.
fn region_name(region: &str) -> Key {
    match region {
        "Europe" => msg::DEADLINE_REGION_EUROPE,
        "Asia" => msg::DEADLINE_REGION_ASIA,
        "Americas" => msg::DEADLINE_REGION_AMERICAS,
        "Africa" => msg::DEADLINE_REGION_AFRICA,
        "Oceania" => msg::DEADLINE_REGION_OCEANIA,
        _ => msg::DEADLINE_REGION_UNIVERSAL,
    }
}

fn date_and_time(at: DateTime<Utc>, tz: Tz) -> (String, String) {
    let local = at.with_timezone(&tz);
    (iso::date_text(local), iso::time_text(local))
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
    let locale = use_locale();
    let (opened_error, set_opened_error) = signal(None::<Error>);
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
            Err(e) => set_opened_error.set(Some(e)),
        }
    };
    // The provider's own name for a severity of the chosen plan.
    let own_severity_name = move |plan: &str, severity: Severity| {
        catalog.with(|c| c.severity_name(plan, severity).map(str::to_owned))
    };
    view! {
        <form class="panel incident-form" on:submit=|ev| ev.prevent_default() data-testid="incident-form">
            <label class="field">
                {tr(msg::DEADLINE_PLAN)}
                <select data-testid="plan" on:change=move |ev| {
                    let plan = event_target_value(&ev);
                    edit.run(Box::new(move |l| l.plan = plan));
                }>
                    {move || catalog.with(|c| plan_options(c, Signal::derive(move || link.with(|l| l.plan.clone()))))}
                </select>
            </label>
            <label class="field">
                {tr(msg::DEADLINE_SEVERITY)}
                <select data-testid="severity" on:change=move |ev| {
                    if let Ok(severity) = event_target_value(&ev).parse::<Severity>() {
                        edit.run(Box::new(move |l| l.severity = severity));
                    }
                }>
                    {Severity::ALL.into_iter().map(|severity| {
                        let label = move || {
                            let plan = link.with(|l| l.plan.clone());
                            let text = match own_severity_name(&plan, severity) {
                                Some(own) => Text::new(msg::DEADLINE_SEVERITY_OWN)
                                    .with("severity", severity.title())
                                    .with("own", Value::Catalog(own)),
                                None => severity.title(),
                            };
                            locale.text(&text)
                        };
                        view! {
                            <option value=severity.as_str() selected=move || link.with(|l| l.severity == severity)>{label}</option>
                        }
                    }).collect_view()}
                </select>
            </label>
            <fieldset class="field opened">
                <legend>{move || locale.text(&Text::new(msg::DEADLINE_OPENED).with("zone", zone.get().name()))}</legend>
                <div class="row">
                    <input type="date" node_ref=date_ref aria-label=tr(msg::DEADLINE_OPENED_DATE) data-testid="opened-date"
                        prop:value=move || local.get().0 on:change=move |_| apply_opened()
                        aria-invalid=move || opened_error.with(Option::is_some).to_string()/>
                    <input type="time" node_ref=time_ref aria-label=tr(msg::DEADLINE_OPENED_TIME) data-testid="opened-time"
                        prop:value=move || local.get().1 on:change=move |_| apply_opened()
                        aria-invalid=move || opened_error.with(Option::is_some).to_string()/>
                    <button type="button" class="secondary" data-testid="opened-now" on:click=move |_| {
                        set_opened_error.set(None);
                        let at = now.get_untracked();
                        let tz = zone.get_untracked();
                        edit.run(Box::new(move |l| l.opened = Some(at.with_timezone(&tz).fixed_offset())));
                    }>{tr(msg::DEADLINE_NOW)}</button>
                </div>
                {move || opened_error.get().map(|e| view! { <p class="field-error" role="alert" data-testid="opened-error">{locale.text(e.text())}</p> })}
            </fieldset>
            <div class="field zone-field">
                <label for="zone-search">{tr(msg::DEADLINE_FIND_CITY)}</label>
                <input id="zone-search" type="search" data-testid="zone-search" placeholder=tr(msg::DEADLINE_FIND_CITY_EXAMPLE)
                    autocomplete="off" on:input=move |ev| set_zone_query.set(event_target_value(&ev))/>
                <label class="field">
                    {tr(msg::DEADLINE_SHOW_TIMES_IN)}
                    <select data-testid="zone" on:change=move |ev| {
                        if let Ok(tz) = event_target_value(&ev).parse::<Tz>() {
                            edit.run(Box::new(move |l| l.tz = Some(tz)));
                        }
                    }>
                        {move || {
                            let current = zone.get();
                            let lang = locale.lang();
                            let mut found = zones::search_in(&zone_query.get(), lang);
                            zones::in_reading_order(&mut found, lang);
                            let option = move |iana: &str, label: String| {
                                let selected = current.name() == iana;
                                view! { <option value=iana.to_owned() selected=selected>{label}</option> }
                            };
                            // The browser's own zone and the one shown are always there.
                            let mine = browser_zone.map(|tz| option(tz.name(), locale.text(&Text::new(msg::DEADLINE_YOUR_ZONE).with("zone", zone_label(lang, tz)))));
                            let shown = (Some(current) != browser_zone && !found.iter().any(|z| z.iana == current.name()))
                                .then(|| option(current.name(), zone_label(lang, current)));
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
                                    <optgroup label=locale.t(region_name(region))>
                                        {found.iter().filter(|z| z.region == region).map(|z| option(z.iana, city_label(lang, z))).collect_view()}
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
                {tr(msg::DEADLINE_LIVE)}
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
    let locale = use_locale();
    view! {
        {what_if.then(|| view! {
            <p class="muted what-if-note" data-testid="what-if">{tr(msg::DEADLINE_WHAT_IF_NOTE)}</p>
        })}
        <div class="due-cards">
            <DueCard title=msg::DEADLINE_FIRST_RESPONSE kind="response" testid="response-due" target=report.response.clone() zone now what_if/>
            <DueCard title=msg::DEADLINE_RESOLUTION kind="resolution" testid="resolution-due" target=report.resolution.clone() zone now what_if/>
        </div>
        <TimelinePicture timeline=report.timeline.clone() zone window_px/>
        <section class="panel alternatives" data-testid="alternatives">
            <h2>{tr(msg::DEADLINE_ALTERNATIVES_TITLE)}</h2>
            <div class="table-scroll">
                <table>
                    <thead><tr><th scope="col">{tr(msg::DEADLINE_COL_PLAN)}</th><th scope="col">{tr(msg::DEADLINE_COL_RESPONSE_DUE)}</th><th scope="col">{tr(msg::DEADLINE_COL_RESOLUTION_DUE)}</th></tr></thead>
                    <tbody>
                        {alternatives.into_iter().map(|Alternative { plan_id: id, plan_name: name, response_due: response, resolution_due: resolution }| {
                            let current = id == current_plan;
                            let switch_to = id.clone();
                            // Catalog words: translated where the data files have it.
                            let name = move || catalog_text(locale.lang(), &name).into_owned();
                            view! {
                                <tr class:current=current data-testid=format!("alt-{id}")>
                                    <th scope="row">
                                        {if current {
                                            view! { <span>{name} " " <span class="muted">{tr(msg::DEADLINE_SHOWN)}</span></span> }.into_any()
                                        } else {
                                            view! { <button type="button" class="link" on:click=move |_| {
                                                let plan = switch_to.clone();
                                                edit.run(Box::new(move |l| l.plan = plan));
                                            }>{name}</button> }.into_any()
                                        }}
                                    </th>
                                    <td>{move || due_text(locale, response, zone)}</td>
                                    <td>{move || due_text(locale, resolution, zone)}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn due_text(locale: Locale, due: Option<DateTime<Utc>>, zone: Tz) -> String {
    due.map_or_else(
        || locale.t(msg::DEADLINE_NO_COMMITMENT),
        |d| locale.date_time(d, zone),
    )
}

#[component]
fn DueCard(
    title: Key,
    /// "response" or "resolution": which target, for the words that say
    /// what meeting it takes (answered, resolved).
    kind: &'static str,
    testid: &'static str,
    target: TargetReport,
    zone: Tz,
    now: DateTime<Utc>,
    what_if: bool,
) -> impl IntoView {
    let locale = use_locale();
    let status = target.status;
    let Some(minutes) = status.target_minutes else {
        return view! {
            <article class="panel due-card none">
                <h2>{tr(title)}</h2>
                <p class="due"><time data-testid=testid>{tr(msg::DEADLINE_NO_COMMITMENT)}</time></p>
                <p class="muted">{tr(msg::DEADLINE_NO_TIME_PROMISED)}</p>
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
        TargetState::Breached if what_if && late_stop.is_some() => {
            (msg::DEADLINE_STATE_WOULD_BE_BREACHED, "warn")
        }
        TargetState::Met => (msg::DEADLINE_STATE_MET, "good"),
        TargetState::Paused => (msg::DEADLINE_STATE_PAUSED, "warn"),
        _ if what_if => (msg::DEADLINE_STATE_WHAT_IF, ""),
        TargetState::Running => (msg::DEADLINE_STATE_ON_TRACK, "good"),
        TargetState::AtRisk => (msg::DEADLINE_STATE_AT_RISK, "warn"),
        TargetState::Breached => (msg::DEADLINE_STATE_BREACHED, "bad"),
        TargetState::NoCommitment => (msg::DEADLINE_NO_COMMITMENT, ""),
    };
    let provider_zone = target.provider_zone.unwrap_or(Tz::UTC);
    // Working time left, to the minute: seconds would only be noise here.
    let remaining = status.remaining_seconds.unwrap_or_default() / 60 * 60;
    // Words that hold figures are rendered in the closures below, so they
    // follow the language switch; here is only which words.
    let seconds_text = |key: Key, seconds: i64| (key, seconds);
    let remaining_text = if status.stopped_at.is_some() || what_if {
        None
    } else if remaining >= 0 {
        Some(seconds_text(msg::DEADLINE_TIME_LEFT, remaining))
    } else {
        Some(seconds_text(msg::DEADLINE_OVERDUE, -remaining))
    };
    let remaining_text = move || {
        remaining_text.map(|(key, seconds)| {
            locale.text(&Text::new(key).with("duration", locale.duration(seconds)))
        })
    };
    let stopped = status.stopped_at.is_some();
    let due = status.due;
    let until = move || {
        due.map(|due| match (what_if, late_stop) {
            (true, Some((stopped, due))) => locale.text(
                &Text::new(msg::DEADLINE_LATE_WHAT_IF)
                    .with("due", locale.date_time(due, zone))
                    .with("target", kind)
                    .with("late", locale.duration((stopped - due).num_minutes() * 60)),
            ),
            (true, None) if stopped => String::new(),
            (true, None) => locale.text(
                &Text::new(msg::DEADLINE_WOULD_BREACH)
                    .with("target", kind)
                    .with("due", locale.date_time(due, zone)),
            ),
            (false, _) => {
                // Calendar time to or since the due time, to the minute.
                let seconds = (due - now).num_minutes() * 60;
                let (key, seconds) = if seconds >= 0 {
                    (msg::DEADLINE_IN_CALENDAR_TIME, seconds)
                } else {
                    (msg::DEADLINE_AGO, -seconds)
                };
                locale.text(&Text::new(key).with("duration", locale.duration(seconds)))
            }
        })
    };
    let calendar = target
        .calendar
        .unwrap_or_else(|| Text::new(msg::DEADLINE_NO_COMMITMENT));
    let target_text = move || {
        locale.text(
            &Text::new(msg::DEADLINE_TARGET)
                .with("length", locale.target_length(minutes))
                .with("calendar", calendar.clone()),
        )
    };
    view! {
        <article class="panel due-card" data-state=if what_if { "what-if".to_owned() } else { format!("{:?}", status.state).to_ascii_lowercase() }>
            <h2>{tr(title)}</h2>
            {match status.due {
                Some(due) => view! {
                    <p class="due">
                        <time data-testid=testid datetime=due.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)>
                            {move || locale.date_time(due, zone)}
                        </time>
                    </p>
                    <p class="muted">{move || locale.text(&Text::new(msg::DEADLINE_SHOWN_IN).with("zone", zone.name()))}</p>
                    {(provider_zone != zone).then(|| view! {
                        <p class="provider-time">{move || locale.text(
                            &Text::new(msg::DEADLINE_PROVIDER_TIME)
                                .with("time", locale.date_time(due, provider_zone))
                                .with("zone", provider_zone.name()),
                        )}</p>
                    })}
                }.into_any(),
                None => view! {
                    <p class="due"><time data-testid=testid>{tr(msg::DEADLINE_PAUSED_NOT_DUE)}</time></p>
                }.into_any(),
            }}
            <p><span class=format!("badge {class}") data-testid=format!("{testid}-state")>{tr(state)}</span> " " <span data-testid=format!("{testid}-when")>{until}</span></p>
            <p class="muted">
                {target_text}
                {move || remaining_text().map(|t| view! { <br/>{t} })}
            </p>
            // Earlier breaches only matter once the severity has changed.
            {status.breaches.iter().any(|b| Some(b.due) != status.due).then(|| view! {
                <ul class="breaches">
                    {status.breaches.iter().map(|b| {
                        let key = if what_if { msg::DEADLINE_WOULD_BE_BREACHED_UNDER } else { msg::DEADLINE_BREACHED_UNDER };
                        let (severity, at) = (b.severity, b.due);
                        view! {
                            <li>{move || locale.text(
                                &Text::new(key)
                                    .with("severity", severity.label())
                                    .with("at", locale.date_time(at, zone)),
                            )}</li>
                        }
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
    format!("{}%", fixed((x * 100.0).clamp(0.0, 100.0), 3))
}

#[component]
fn TimelinePicture(timeline: Timeline, zone: Tz, window_px: Signal<f64>) -> impl IntoView {
    let locale = use_locale();
    let axis = Axis::of(&timeline);
    let span = (timeline.end - timeline.start).num_seconds().max(1);
    let lanes_working: Vec<(Text, i64)> = timeline
        .lanes
        .iter()
        .map(|lane| {
            let working: i64 = lane
                .spans
                .iter()
                .map(|Span { start: a, end: b }| (*b - *a).num_seconds())
                .sum();
            (lane.label.clone(), working)
        })
        .collect();
    let summary = Memo::new(move |_| {
        lanes_working
            .iter()
            .map(|(label, working)| {
                locale.text(
                    &Text::new(msg::DEADLINE_LANE_SUMMARY)
                        .with("lane", label.clone())
                        .with("working", locale.duration(*working))
                        .with("shown", locale.duration(span)),
                )
            })
            .collect::<Vec<_>>()
            .join(". ")
    });
    let mut marks = timeline.marks.clone();
    slacalc_engine::order::sort_by_key(&mut marks, |m| m.at);
    let axis_for_labels = axis.clone();
    // Day and hour labels with their places, laid out for the width.
    let labels = Memo::new(move |_| {
        let px = timeline_px(window_px.get());
        // Read here so the labels follow the language switch.
        locale.lang();
        let placed = |labels: Vec<slacalc_engine::deadline::AxisLabel>| {
            labels
                .into_iter()
                .map(|l| (axis_for_labels.x(l.at), l.text))
                .collect::<Vec<_>>()
        };
        (
            placed(axis_for_labels.day_labels_in(zone, px, CHAR_PX, |at| {
                locale.short_instant(at, zone, false)
            })),
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
                        <rect x=coordinate(at(*a)) y="0" width=coordinate((at(*b) - at(*a)).max(1.0)) height="24" class="open"/>
                    }).collect_view()}
                    {paused.iter().map(|Span { start: a, end: b }| view! {
                        <rect x=coordinate(at(*a)) y="0" width=coordinate((at(*b) - at(*a)).max(1.0)) height="24" class="paused"/>
                    }).collect_view()}
                    {axis.pieces.iter().filter(|p| p.compressed).map(|p| {
                        let (x0, x1) = (p.x0 * 1000.0, p.x1 * 1000.0);
                        let mid = (x0 + x1) / 2.0;
                        view! {
                            <rect x=coordinate(x0) y="0" width=coordinate((x1 - x0).max(1.0)) height="24" class="compressed"/>
                            <polyline points=format!("{},0 {},8 {},16 {},24", coordinate(mid - 3.0), coordinate(mid + 3.0), coordinate(mid - 3.0), coordinate(mid + 3.0)) class="break"/>
                        }
                    }).collect_view()}
                    {marks.iter().map(|m| view! {
                        <line x1=coordinate(at(m.at)) x2=coordinate(at(m.at)) y1="0" y2="24" class=format!("mark-line {}", mark_class(m.kind))/>
                    }).collect_view()}
                </svg>
            }
        }
    };
    view! {
        <figure class="panel timeline" data-testid="timeline">
            <figcaption>
                <h2>{tr(msg::DEADLINE_TIMELINE_TITLE)}</h2>
                <p class="muted">{move || locale.text(
                    &Text::new(msg::DEADLINE_TIMELINE_CAPTION)
                        .with("opened", locale.date_time(timeline.start, zone))
                        .with("zone", zone.name()),
                )}</p>
            </figcaption>
            <div class="tl" role="img" aria-label=summary>
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
                    <div class="tl-lane-label">{
                        let label = lane.label.clone();
                        move || locale.text(&label)
                    }</div>
                    {lane_svg(lane.spans.clone())}
                }).collect_view()}
                <ol class="tl-marks">
                    {marks.iter().map(|m| {
                        let at = axis.x(m.at);
                        let (label, when) = (m.label.clone(), m.at);
                        let style = if at <= 0.5 {
                            format!("--x: {}; padding-left: {}", percent(at), percent(at))
                        } else {
                            format!("--x: {}; padding-right: {}; text-align: right", percent(at), percent(1.0 - at))
                        };
                        view! {
                            <li class=format!("tl-mark {}", mark_class(m.kind)) style=style>
                                <span class="tl-label" data-testid="timeline-label">
                                    {move || format!("{} · {}", locale.text(&label), locale.short_instant(when, zone, true))}
                                </span>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </div>
            <ul class="legend-keys" aria-hidden="true">
                <li><span class="key open"></span>{tr(msg::DEADLINE_LEGEND_OPEN)}</li>
                <li><span class="key closed"></span>{tr(msg::DEADLINE_LEGEND_CLOSED)}</li>
                <li><span class="key compressed"></span>{tr(msg::DEADLINE_LEGEND_COMPRESSED)}</li>
                <li><span class="key paused"></span>{tr(msg::DEADLINE_LEGEND_PAUSED)}</li>
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
    let locale = use_locale();
    let (error, set_error) = signal(None::<Error>);
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
            Err(e) => set_error.set(Some(e)),
        }
    };
    view! {
        <section class="panel events" data-testid="events">
            <h2>{tr(msg::DEADLINE_EVENTS_TITLE)}</h2>
            {move || {
                let events = link.with(|l| l.events.clone());
                if events.is_empty() {
                    view! { <p class="muted">{tr(msg::DEADLINE_NO_EVENTS)}</p> }.into_any()
                } else {
                    view! {
                        <ol class="event-list">
                            {events.into_iter().enumerate().map(|(i, event)| view! {
                                <li data-testid="event">
                                    <span>{locale.text(&event.kind.label())} " — " {locale.date_time(event.at, zone.get())}</span>
                                    <button type="button" class="secondary small"
                                        aria-label=locale.text(&Text::new(msg::DEADLINE_REMOVE_EVENT).with("event", event.kind.label()))
                                        on:click=move |_| edit.run(Box::new(move |l| { if i < l.events.len() { l.events.remove(i); } }))>
                                        {tr(msg::DEADLINE_REMOVE)}
                                    </button>
                                </li>
                            }).collect_view()}
                        </ol>
                    }.into_any()
                }
            }}
            <form class="row add-event" on:submit=add>
                <label class="field">{tr(msg::DEADLINE_EVENT)}
                    <select node_ref=kind_ref data-testid="event-kind">
                        {EventKind::choices().into_iter().map(|kind| {
                            let label = match kind {
                                EventKind::Paused => Text::new(msg::DEADLINE_EVENT_PAUSED_CHOICE),
                                other => other.label(),
                            };
                            view! { <option value=kind.to_string()>{move || locale.text(&label)}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">{tr(msg::DEADLINE_DATE)}<input type="date" node_ref=date_ref data-testid="event-date" prop:value=move || initial.get().0/></label>
                <label class="field">{tr(msg::DEADLINE_TIME)}<input type="time" node_ref=time_ref data-testid="event-time" prop:value=move || initial.get().1/></label>
                <button type="submit" data-testid="add-event">{tr(msg::DEADLINE_ADD_EVENT)}</button>
            </form>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{locale.text(e.text())}</p> })}
        </section>
    }
}
