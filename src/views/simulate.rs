//! Simulate view (`/simulate?preset=…&plans=…&rates=…&costs=…&arrival=…&n=…&seed=…&sla=…`):
//! incidents of a profile against the chosen plans, run in steps so the
//! page stays responsive (progress bar, cancel), results as a table and as
//! SVG charts; and the availability calculator. The engine's `simulate`
//! and `availability` modules compute everything.

use leptos::prelude::*;
use slacalc_engine::availability::{parse_duration_ms, Availability, MonthLength, Period};
use slacalc_engine::price::choose_book;
use slacalc_engine::simulate::{
    simulation_start, Arrival, Cheapest, Interval, Profile, Report, SimulatedPlan, Simulation,
};
use slacalc_engine::{Error, Severity};
use slacalc_i18n::{catalog_text, fixed, Formats, Key, Text, Value};
use slacalc_state::links::{
    arrival_grid_text, parse_grid, parse_profile_number, profile_number_text, SimulateLink,
};
use slacalc_state::saved::{Change, Expect, Scenario};
use slacalc_state::Field;
use wasm_bindgen::JsCast;

use crate::books::{self, use_books};
use crate::catalog::{self, Plans};
use crate::i18n::{msg, tr, use_locale, IntlFormats, Locale};
use crate::parts::{
    coordinate, toggle_plan, use_link, CatalogMissing, Edit, LinkNotices, PlanChecklist,
};
use crate::store::{use_store, Outcome};

/// Incidents per step: a few milliseconds of work; steps run back to back
/// until a slice of [`SLICE_MS`] is used, then the page draws and handles
/// input.
const STEP: u64 = 4_000;
/// Work between two chances for the page to draw: short enough that a
/// click is handled within a frame or two, long enough that yielding
/// (the browser holds a timer back 4 ms) costs little.
const SLICE_MS: f64 = 40.0;

#[component]
pub fn Simulate() -> impl IntoView {
    match catalog::use_plans() {
        Ok(plans) => view! { <SimulateView catalog=plans/> }.into_any(),
        Err(error) => view! { <CatalogMissing error/> }.into_any(),
    }
}

/// Lets the browser draw and handle input before the next step.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[derive(Clone, PartialEq)]
enum RunState {
    Idle,
    Running(f64),
    Cancelled,
    Failed(Error),
    Done(Report, f64),
}

#[component]
fn SimulateView(catalog: Memo<Plans>) -> impl IntoView {
    let state = use_link::<SimulateLink>(catalog);
    let (link, notices, edit) = (state.link, state.notices, state.edit);
    let books = use_books();
    let notices = books::with_missing_book(notices, books, move || {
        link.with(|l| l.pricing.book.clone())
    });

    // The plans with their prices, as the simulation takes them.
    let simulated = Memo::new(move |_| {
        link.with(|link| {
            books.with(|books| {
                let book = choose_book(books, &link.pricing.book);
                catalog.with(|c| {
                    link.plans
                        .iter()
                        .filter_map(|id| {
                            SimulatedPlan::from_catalog(c, id, book, &link.pricing.usage)
                        })
                        .collect::<Vec<_>>()
                })
            })
        })
    });

    let (state, set_state) = signal(RunState::Idle);
    let generation = StoredValue::new(0u64);
    let run = move || {
        let mine = generation.with_value(|g| g + 1);
        generation.set_value(mine);
        let link = link.get_untracked();
        let plans = simulated.get_untracked();
        let mut sim = match Simulation::new(
            link.profile.clone(),
            plans,
            link.seed,
            simulation_start(),
            link.incidents,
        ) {
            Ok(sim) => sim,
            Err(e) => {
                set_state.set(RunState::Failed(e));
                return;
            }
        };
        set_state.set(RunState::Running(0.0));
        leptos::task::spawn_local(async move {
            let began = js_sys::Date::now();
            while !sim.is_done() {
                next_frame().await;
                if generation.try_get_value() != Some(mine) {
                    return; // cancelled, replaced by a newer run, or the view is gone
                }
                let slice = js_sys::Date::now();
                while !sim.is_done() && js_sys::Date::now() - slice < SLICE_MS {
                    if let Err(e) = sim.step(STEP) {
                        set_state.set(RunState::Failed(e));
                        return;
                    }
                }
                set_state.set(RunState::Running(sim.progress()));
            }
            set_state.set(RunState::Done(
                sim.report(),
                (js_sys::Date::now() - began) / 1000.0,
            ));
        });
    };
    // Results follow the inputs: a shared link shows its figures at once.
    Effect::new(move |_| {
        link.track();
        simulated.track();
        run();
    });
    let cancel = move |_| {
        generation.update_value(|g| *g += 1);
        set_state.set(RunState::Cancelled);
    };

    let locale = use_locale();
    view! {
        <section class="view simulate" data-testid="view-simulate">
            <h1>{tr(msg::SIMULATE_TITLE)}</h1>
            <p class="lede">{tr(msg::SIMULATE_LEDE)}</p>
            <LinkNotices notices/>
            <ProfileForm link edit catalog/>
            <div class="panel run-status" data-testid="run-status" aria-live="polite">
                {move || match state.get() {
                    RunState::Idle => view! { <span class="muted">{tr(msg::SIMULATE_WAITING)}</span> }.into_any(),
                    RunState::Running(p) => view! {
                        <label class="progress">{move || locale.text(
                            &Text::new(msg::SIMULATE_PROGRESS)
                                .with("count", link.with(|l| l.incidents))
                                .with("percent", (p * 100.0).round() as u64),
                        )}
                            <progress max="1" value=fixed(p, 3) data-testid="progress"></progress></label>
                        <button type="button" class="secondary small" on:click=cancel data-testid="cancel">{tr(msg::SIMULATE_CANCEL)}</button>
                    }.into_any(),
                    RunState::Cancelled => view! {
                        <span>{tr(msg::SIMULATE_CANCELLED)} " "</span>
                        <button type="button" class="small" on:click=move |_| run() data-testid="rerun">{tr(msg::SIMULATE_RUN_AGAIN)}</button>
                    }.into_any(),
                    RunState::Failed(e) => view! { <span class="error" role="alert">{move || locale.text(e.text())}</span> }.into_any(),
                    RunState::Done(report, seconds) => view! {
                        <span data-testid="run-done">{move || locale.text(
                            &Text::new(msg::SIMULATE_DONE)
                                .with("count", report.incidents)
                                .with("months", report.months.round() as u64)
                                .with("seconds", Value::Number { value: seconds, max_fraction: 2 }),
                        )}</span>
                    }.into_any(),
                }}
            </div>
            {move || match state.get() {
                RunState::Done(report, _) => view! { <Results report/> }.into_any(),
                _ => ().into_any(),
            }}
            <Scenarios link/>
            <AvailabilityCalculator link edit/>
        </section>
    }
}

#[component]
fn ProfileForm(
    link: Memo<SimulateLink>,
    edit: Edit<SimulateLink>,
    catalog: Memo<Plans>,
) -> impl IntoView {
    // Which number of a severity a field edits.
    #[derive(Clone, Copy, PartialEq)]
    enum Number {
        Rate,
        Cost,
        Work,
    }
    let locale = use_locale();
    let severity_field = move |i: usize, number: Number| {
        let (what, field, key) = match number {
            Number::Rate => (msg::SIMULATE_SEVERITY_RATE, Field::Rates, "rate"),
            Number::Cost => (msg::SIMULATE_SEVERITY_COST, Field::Costs, "cost"),
            Number::Work => (msg::SIMULATE_SEVERITY_WORK, Field::WorkHours, "work"),
        };
        let label =
            move || locale.text(&Text::new(what).with("severity", Severity::ALL[i].label()));
        let testid = format!("{key}-{}", Severity::ALL[i]);
        let error_id = format!("{testid}-error");
        // What is wrong with what was typed (this view's words or the
        // state layer's), and the number the field held then: the error stands while that number does (an edit
        // elsewhere in the link put the old number back over what was
        // typed, beside its error; a preset's new number replaces both).
        let (refused, set_refused) = signal(None::<(f64, Text)>);
        let value = Memo::new(move |_| {
            link.with(|l| {
                let s = &l.profile.severities[i];
                match number {
                    Number::Rate => s.per_month,
                    Number::Cost => s.cost_per_hour,
                    Number::Work => s.uncommitted_median_hours,
                }
            })
        });
        let error = move || {
            refused.with(|r| match r {
                Some((held, why)) if *held == value.get() => Some(why.clone()),
                _ => None,
            })
        };
        let refuse = move |why: Text| set_refused.set(Some((value.get_untracked(), why)));
        view! {
            <input type="number" min="0" step="any" aria-label=label
                data-testid=testid.clone()
                aria-invalid=move || error().is_some().to_string()
                aria-describedby=error_id.clone()
                prop:value=move || profile_number_text(value.get())
                on:change=move |ev| match parse_profile_number(&event_target_value(&ev), field) {
                    Ok(v) if number == Number::Work && v <= 0.0 => refuse(Text::new(msg::SIMULATE_WORK_ABOVE_ZERO)),
                    Ok(v) => {
                        set_refused.set(None);
                        edit.run(Box::new(move |l| {
                            let s = &mut l.profile.severities[i];
                            match number { Number::Rate => s.per_month = v, Number::Cost => s.cost_per_hour = v, Number::Work => s.uncommitted_median_hours = v }
                        }));
                    }
                    Err(e) => refuse(e.text().clone()),
                }/>
            <span class="field-error" id=error_id role="alert" data-testid=format!("{testid}-error")>{move || error().map(|e| locale.text(&e))}</span>
        }
    };
    view! {
        <form class="panel profile" on:submit=|ev| ev.prevent_default() data-testid="profile">
            <div class="row">
                <label class="field">{tr(msg::SIMULATE_PRESET)}
                    <select data-testid="preset" on:change=move |ev| {
                        let preset = event_target_value(&ev);
                        if let Some(profile) = Profile::preset(&preset) {
                            edit.run(Box::new(move |l| { l.preset = preset; l.profile = profile; }));
                        }
                    }>
                        {Profile::PRESETS.into_iter().map(|p| {
                            let name = preset_name(p);
                            view! { <option value=p selected=move || link.with(|l| l.preset == p)>{name}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">{tr(msg::SIMULATE_ARRIVAL)}
                    <select data-testid="arrival" on:change=move |ev| {
                        let value = event_target_value(&ev);
                        edit.run(Box::new(move |l| l.profile.arrival = match value.as_str() {
                            "business" => Arrival::BusinessHours,
                            "nights" => Arrival::Nights,
                            // Start a custom pattern from the current one.
                            "grid" => Arrival::Grid(l.profile.arrival.weights().unwrap_or_else(|_| vec![1.0; 168])),
                            _ => Arrival::Uniform,
                        }));
                    }>
                        {[("uniform", msg::SIMULATE_ARRIVAL_UNIFORM), ("business", msg::SIMULATE_ARRIVAL_BUSINESS), ("nights", msg::SIMULATE_ARRIVAL_NIGHTS), ("grid", msg::SIMULATE_ARRIVAL_GRID)].into_iter().map(|(k, label)| view! {
                            <option value=k selected=move || link.with(|l| l.arrival_key() == k)>{tr(label)}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">{tr(msg::SIMULATE_INCIDENT_COUNT)}
                    <select data-testid="incidents" on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).parse::<u64>() { edit.run(Box::new(move |l| l.incidents = n)) }
                    }>
                        {move || link.with(SimulateLink::incident_choices).into_iter().map(|n| view! {
                            <option value=n.to_string() selected=move || link.with(|l| l.incidents == n)>{move || locale.number(n as f64, 0)}</option>
                        }).collect_view()}
                    </select>
                </label>
            </div>
            {move || matches!(link.with(|l| l.profile.arrival.clone()), Arrival::Grid(_)).then(|| view! { <GridEditor link edit/> })}
            <div class="table-scroll">
                <table class="severity-grid">
                    <thead><tr><th scope="col">{tr(msg::SIMULATE_COL_SEVERITY)}</th><th scope="col">{tr(msg::SIMULATE_COL_RATE)}</th><th scope="col">{tr(msg::SIMULATE_COL_COST)}</th>
                        <th scope="col">{tr(msg::SIMULATE_COL_WORK)}</th></tr></thead>
                    <tbody>
                        {(0..4).map(|i| view! {
                            <tr><th scope="row">{move || locale.text(&Severity::ALL[i].label())}</th><td>{severity_field(i, Number::Rate)}</td><td>{severity_field(i, Number::Cost)}</td><td>{severity_field(i, Number::Work)}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <PlanChecklist catalog testid="sim-pick"
                selected=Signal::derive(move || link.with(|l| l.plans.clone()))
                on_toggle=Callback::new(move |(id, on): (String, bool)| edit.run(Box::new(move |l| toggle_plan(&mut l.plans, id, on))))/>
            <p class="muted">{tr(msg::SIMULATE_PROFILE_NOTE)}</p>
        </form>
    }
}

/// A plan's name as the catalog has it, translated where the data files
/// translate it (names mostly stay as they are: Premium, eXpress).
fn plan_name(locale: Locale, name: String) -> impl Fn() -> String + Send + Sync + 'static {
    move || catalog_text(locale.lang(), &name).into_owned()
}

/// A preset's name in the reader's language (the engine's profile names
/// are English, for the CLI).
fn preset_name(preset: &str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    tr(match preset {
        "ecommerce" => msg::SIMULATE_PRESET_ECOMMERCE,
        "bank" => msg::SIMULATE_PRESET_BANK,
        _ => msg::SIMULATE_PRESET_SMALL_TEAM,
    })
}

/// `95.5 %`, or "no commitment" where nothing was promised.
fn percent(locale: Locale, x: Option<f64>) -> String {
    x.map_or_else(
        || locale.t(msg::SIMULATE_NO_COMMITMENT),
        |v| {
            locale.text(&Text::new(msg::SIMULATE_PERCENT).with(
                "value",
                Value::Number {
                    value: v * 100.0,
                    max_fraction: 1,
                },
            ))
        },
    )
}

/// The currency the report's costs are in: the priced plans' (one book).
fn report_currency(report: &Report) -> String {
    report
        .plans
        .iter()
        .map(|p| p.currency.clone())
        .find(|c| !c.is_empty())
        .unwrap_or_default()
}

#[component]
fn Results(report: Report) -> impl IntoView {
    let cheapest = report.cheapest.clone();
    let currency = report_currency(&report);
    let max_total = report
        .plans
        .iter()
        .filter_map(|p| p.total_cost_interval.map(|i| i.high))
        .fold(1.0_f64, f64::max);
    let what_if = "2026-01-09T18:00:00%2B03:00";
    let cur = currency.clone();
    let (cost_report, histogram_report) = (report.clone(), report.clone());
    let locale = use_locale();
    // Figures with one fraction digit, in the reader's locale.
    let tenths = move |value: f64| locale.number(value, 1);
    view! {
        {cheapest.map(|Cheapest { plan_id: id, reason, warnings }| view! {
            <div class="verdict" data-testid="sim-verdict">
                <p class="headline" data-testid="sim-cheapest" data-plan=id>{move || locale.text(&Text::new(msg::SIMULATE_LOWEST_TOTAL).with("reason", reason.clone()))}</p>
                {(!warnings.is_empty()).then(|| view! {
                    <ul class="example-warning" data-testid="sim-warnings">
                        {warnings.into_iter().map(|w| view! { <li>{move || locale.text(&w)}</li> }).collect_view()}
                    </ul>
                })}
            </div>
        })}
        <div class="table-scroll" role="region" aria-label=tr(msg::SIMULATE_RESULTS_LABEL) tabindex="0">
            <table class="comparison sim-results" data-testid="sim-results">
                <thead><tr>
                    <th scope="col" class="row-label">{tr(msg::SIMULATE_COL_PLAN)}</th>
                    <th scope="col">{tr(msg::SIMULATE_COL_ANSWERED)}</th>
                    <th scope="col">{tr(msg::SIMULATE_COL_RESOLVED)}</th>
                    <th scope="col">{tr(msg::SIMULATE_COL_BREACHES)}</th>
                    <th scope="col">{tr(msg::SIMULATE_COL_DOWNTIME)} " " <span class="unit">{tr(msg::SIMULATE_COL_DOWNTIME_UNIT)}</span></th>
                    <th scope="col">{tr(msg::SIMULATE_COL_HOURS_DOWN)}</th>
                    <th scope="col">{tr(msg::SIMULATE_COL_COST_MONTH)} " " <span class="unit">{tr(msg::SIMULATE_COL_COST_UNIT)}</span></th>
                </tr></thead>
                <tbody>
                    {report.plans.iter().map(|p| {
                        let c = p.currency.clone();
                        let cur = cur.clone();
                        let p = p.clone();
                        let (response, resolution, breaches) = (p.response_within_target, p.resolution_within_target, p.breaches_per_month);
                        let (median, p90, p99, per_month) = (p.downtime_median_hours, p.downtime_p90_hours, p.downtime_p99_hours, p.downtime_hours_per_month);
                        let (price, downtime) = (p.price_monthly.unwrap_or(0.0), p.downtime_cost_per_month);
                        view! {
                        <tr data-testid=format!("sim-row-{}", p.id)>
                            <th scope="row" class="row-label">{plan_name(locale, p.name.clone())}
                                <a class="quote-link" href=format!("/deadline?plan={}&severity=critical&opened={what_if}", p.id)>{tr(msg::SIMULATE_WHAT_IF_LINK)}</a>
                            </th>
                            <td>{move || percent(locale, response)}</td>
                            <td data-testid=format!("sim-resolved-{}", p.id)>{move || percent(locale, resolution)}</td>
                            // Two decimals always, so the column lines up: a
                            // bare amount's format.
                            <td data-testid=format!("sim-breaches-{}", p.id)>{move || breaches.map_or_else(|| locale.t(msg::SIMULATE_NO_COMMITMENT), |b| locale.money(b, ""))}</td>
                            <td class="num">{move || locale.text(
                                &Text::new(msg::SIMULATE_DOWNTIME_HOURS)
                                    .with("median", tenths(median))
                                    .with("p90", tenths(p90))
                                    .with("p99", tenths(p99)),
                            )}</td>
                            <td class="num">{move || locale.text(&Text::new(msg::SIMULATE_HOURS).with("hours", tenths(per_month)))}</td>
                            <td data-testid=format!("sim-total-{}", p.id) data-value=p.total_cost_per_month.map(|t| fixed(t, 2)).unwrap_or_default()>
                                {match (p.total_cost_per_month, p.total_cost_interval) {
                                    (Some(t), Some(Interval { low: lo, high: hi })) => view! {
                                        <strong class="num">{
                                            let c = c.clone();
                                            move || locale.money(t, &c)
                                        }</strong>
                                        {p.example_price.then(|| view! { <span class="assumption-mark">{tr(msg::SIMULATE_EXAMPLE_PRICE)}</span> })}
                                        <span class="cost-parts">{
                                            let c = c.clone();
                                            move || locale.text(
                                                &Text::new(msg::SIMULATE_COST_PARTS)
                                                    .with("price", locale.money(price, &c))
                                                    .with("downtime", locale.money(downtime, &c)),
                                            )
                                        }</span>
                                        <span class="cost-parts">{move || locale.text(
                                            &Text::new(msg::SIMULATE_INTERVAL)
                                                .with("low", locale.money(lo, ""))
                                                .with("high", locale.money(hi, &c)),
                                        )}</span>
                                    }.into_any(),
                                    _ => view! {
                                        <span>{tr(msg::SIMULATE_NO_PRICE)}</span>
                                        <span class="cost-parts">{move || locale.text(
                                            &Text::new(msg::SIMULATE_DOWNTIME_ONLY).with("downtime", locale.money(downtime, &cur)),
                                        )}</span>
                                    }.into_any(),
                                }}
                            </td>
                        </tr>
                    }}).collect_view()}
                </tbody>
            </table>
        </div>
        <section class="panel model" data-testid="sim-model">
            <h2>{tr(msg::SIMULATE_MODEL_TITLE)}</h2>
            <p class="muted">{tr(msg::SIMULATE_MODEL_INTRO)}</p>
            {report.plans.iter().map(|p| view! {
                <div class="plan-model" data-testid=format!("sim-model-{}", p.id)>
                    <h3>{plan_name(locale, p.name.clone())}</h3>
                    <ul>{p.model.iter().map(|m| {
                        let text = m.text.clone();
                        view! { <li class:assumed=!m.committed>{move || locale.text(&text)}</li> }
                    }).collect_view()}</ul>
                </div>
            }).collect_view()}
        </section>
        <div class="charts">
            <figure class="panel chart" data-testid="cost-chart">
                <figcaption><h2>{tr(msg::SIMULATE_COST_CHART_TITLE)}</h2><p class="muted">{tr(msg::SIMULATE_COST_CHART_NOTE)}</p></figcaption>
                {move || {
                    // Drawn again in the reader's language on a switch.
                    locale.lang();
                    view! { <CostChart report=cost_report.clone() max_total currency=currency.clone()/> }
                }}
            </figure>
            <figure class="panel chart" data-testid="downtime-chart">
                <figcaption><h2>{tr(msg::SIMULATE_DOWNTIME_CHART_TITLE)}</h2><p class="muted">{tr(msg::SIMULATE_DOWNTIME_CHART_NOTE)}</p></figcaption>
                {move || {
                    locale.lang();
                    view! { <Histograms report=histogram_report.clone()/> }
                }}
            </figure>
        </div>
    }
}

/// The round step (1, 2, 2.5 or 5 times a power of ten) at or above `raw`.
fn nice_step(raw: f64) -> f64 {
    if raw <= 0.0 || !raw.is_finite() {
        return 1.0;
    }
    // The power of ten at or below `raw`, by steps: `powf` and `log10`
    // would bring their code into this view for one axis.
    let mut magnitude = 1.0;
    while magnitude * 10.0 <= raw {
        magnitude *= 10.0;
    }
    while magnitude > raw {
        magnitude /= 10.0;
    }
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|step| *step >= raw)
        .unwrap_or(10.0 * magnitude)
}

/// A text in the language the chart is drawn in: charts are drawn again
/// on a language switch (their caller tracks the language), so they read
/// it untracked.
fn say(locale: Locale, text: &Text) -> String {
    text.render(locale.lang_untracked(), &IntlFormats)
}

/// "0", "12.5k", "1.2M" / "12,5 тыс.", "1,2 млн": short axis labels.
fn short_amount(locale: Locale, x: f64) -> String {
    let scaled = |key: Key, value: f64, max_fraction: u8| {
        say(
            locale,
            &Text::new(key).with(
                "value",
                Value::Number {
                    value,
                    max_fraction,
                },
            ),
        )
    };
    if x >= 1e6 {
        scaled(msg::SIMULATE_MILLIONS, x / 1e6, 1)
    } else if x >= 1e4 {
        scaled(msg::SIMULATE_THOUSANDS, (x / 1e3).round(), 0)
    } else if x >= 1e3 {
        scaled(msg::SIMULATE_THOUSANDS, x / 1e3, 1)
    } else {
        IntlFormats.number(locale.lang_untracked(), x.round(), 0)
    }
}

#[component]
fn CostChart(report: Report, max_total: f64, currency: String) -> impl IntoView {
    // The axis runs to four round steps at or above the largest figure.
    let max_total = nice_step(max_total / 4.0) * 4.0;
    let row = 30.0;
    let label_width = 120.0;
    let width = 440.0;
    let plot_right = width - 80.0;
    let bars = row * report.plans.len() as f64;
    let axis_y = 8.0 + bars + 4.0;
    let height = axis_y + 34.0;
    let x =
        move |v: f64| label_width + (v / max_total).clamp(0.0, 1.0) * (plot_right - label_width);
    let locale = use_locale();
    let no_price = say(locale, &Text::new(msg::SIMULATE_NO_PRICE));
    let summary = report
        .plans
        .iter()
        .map(|p| {
            let cost = p.total_cost_per_month.map_or_else(
                || no_price.clone(),
                |t| IntlFormats.money(locale.lang_untracked(), t, &p.currency),
            );
            say(
                locale,
                &Text::new(msg::SIMULATE_PLAN_COST)
                    .with("plan", Value::Catalog(p.name.clone()))
                    .with("cost", cost),
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let step = nice_step(max_total / 4.0);
    let ticks: Vec<f64> = (0..=4).map(|k| step * k as f64).collect();
    let unit = if currency.is_empty() {
        say(locale, &Text::new(msg::SIMULATE_MONEY_UNIT))
    } else {
        currency.clone()
    };
    let label = say(
        locale,
        &Text::new(msg::SIMULATE_COST_CHART_LABEL)
            .with("unit", unit.clone())
            .with("summary", summary),
    );
    let axis_title = say(
        locale,
        &Text::new(msg::SIMULATE_COST_AXIS).with("unit", unit),
    );
    view! {
        <svg viewBox=format!("0 0 {} {}", coordinate(width), coordinate(height)) class="chart-svg" role="img" aria-label=label>
            {report.plans.iter().enumerate().map(|(i, p)| {
                let y = 8.0 + i as f64 * row;
                let total = p.total_cost_per_month.unwrap_or(0.0);
                let price = p.price_monthly.unwrap_or(0.0);
                let Interval { low: lo, high: hi } = p
                    .total_cost_interval
                    .unwrap_or(Interval { low: total, high: total });
                view! {
                    <g>
                        <text x="0" y=coordinate(y + 15.0) class="bar-label">{catalog_text(locale.lang_untracked(), &p.name).chars().take(18).collect::<String>()}</text>
                        <rect x=coordinate(label_width) y=coordinate(y) width=coordinate((x(price) - label_width).max(0.0)) height="20" class="bar price"/>
                        <rect x=coordinate(x(price)) y=coordinate(y) width=coordinate((x(total) - x(price)).max(0.0)) height="20" class="bar downtime"/>
                        <line x1=coordinate(x(lo)) x2=coordinate(x(hi)) y1=coordinate(y + 10.0) y2=coordinate(y + 10.0) class="whisker"/>
                        <line x1=coordinate(x(lo)) x2=coordinate(x(lo)) y1=coordinate(y + 4.0) y2=coordinate(y + 16.0) class="whisker"/>
                        <line x1=coordinate(x(hi)) x2=coordinate(x(hi)) y1=coordinate(y + 4.0) y2=coordinate(y + 16.0) class="whisker"/>
                        <text x=coordinate(x(hi) + 6.0) y=coordinate(y + 15.0) class="bar-value">{p.total_cost_per_month.map_or_else(|| no_price.clone(), |t| IntlFormats.number(locale.lang_untracked(), t, 0))}</text>
                    </g>
                }
            }).collect_view()}
            <line x1=coordinate(label_width) x2=coordinate(plot_right) y1=coordinate(axis_y) y2=coordinate(axis_y) class="axis"/>
            {ticks.into_iter().map(|t| view! {
                <line x1=coordinate(x(t)) x2=coordinate(x(t)) y1=coordinate(axis_y) y2=coordinate(axis_y + 4.0) class="axis"/>
                <text x=coordinate(x(t)) y=coordinate(axis_y + 14.0) text-anchor="middle" class="tick-label">{short_amount(locale, t)}</text>
            }).collect_view()}
            <text x=coordinate((label_width + plot_right) / 2.0) y=coordinate(axis_y + 30.0) text-anchor="middle" class="axis-title">{axis_title}</text>
        </svg>
        <ul class="legend-keys" aria-hidden="true">
            <li><span class="key price"></span>{say(locale, &Text::new(msg::SIMULATE_LEGEND_PRICE))}</li>
            <li><span class="key downtime"></span>{say(locale, &Text::new(msg::SIMULATE_LEGEND_DOWNTIME))}</li>
        </ul>
    }
}

#[component]
fn Histograms(report: Report) -> impl IntoView {
    let edges = report.bucket_edges_hours.clone();
    let buckets = edges.len() - 1;
    let width = 460.0;
    let plot_left = 42.0;
    let band = (width - plot_left) / buckets as f64;
    let plans = report.plans.len().max(1);
    let bar = (band - 6.0) / plans as f64;
    let top = 8.0;
    let height = 150.0;
    let max_share = report
        .plans
        .iter()
        .flat_map(|p| {
            let total: u64 = p.histogram.iter().sum();
            p.histogram
                .iter()
                .map(move |c| *c as f64 / total.max(1) as f64)
        })
        .fold(0.01, f64::max);
    // The y axis in whole tens of percent where they fit.
    let y_max = ((max_share * 10.0).ceil() / 10.0).min(1.0);
    let y = move |share: f64| height - share / y_max * (height - top);
    let locale = use_locale();
    let number = move |value: f64, max_fraction: u8| Value::Number {
        value,
        max_fraction,
    };
    let label = |i: usize| {
        let (a, b) = (edges[i], edges[i + 1]);
        let fmt = |h: f64| {
            let text = if h >= 48.0 {
                Text::new(msg::SIMULATE_BUCKET_DAYS).with("value", number(h / 24.0, 2))
            } else {
                Text::new(msg::SIMULATE_BUCKET_HOURS).with("value", number(h, 2))
            };
            say(locale, &text)
        };
        format!("{}–{}", fmt(a), fmt(b))
    };
    let percent_of = move |share: f64, max_fraction: u8| {
        say(
            locale,
            &Text::new(msg::SIMULATE_PERCENT).with("value", number(share * 100.0, max_fraction)),
        )
    };
    let labels: Vec<String> = (0..buckets).map(label).collect();
    // Ticks every 10 % (every 20 % on a tall axis).
    let y_step = if y_max > 0.5 { 0.2 } else { 0.1 };
    let y_ticks: Vec<f64> = (0..=10)
        .map(|k| y_step * k as f64)
        .take_while(|t| *t <= y_max + 1e-9)
        .collect();
    view! {
        <svg viewBox=format!("0 0 {} {}", coordinate(width), coordinate(height + 48.0)) class="chart-svg" role="img"
            aria-label=say(locale, &Text::new(msg::SIMULATE_HISTOGRAM_LABEL))>
            <line x1=coordinate(plot_left) x2=coordinate(width) y1=coordinate(height) y2=coordinate(height) class="axis"/>
            <line x1=coordinate(plot_left) x2=coordinate(plot_left) y1=coordinate(top) y2=coordinate(height) class="axis"/>
            {y_ticks.into_iter().map(|t| view! {
                <line x1=coordinate(plot_left - 4.0) x2=coordinate(plot_left) y1=coordinate(y(t)) y2=coordinate(y(t)) class="axis"/>
                <text x=coordinate(plot_left - 6.0) y=coordinate(y(t) + 3.0) text-anchor="end" class="tick-label">{percent_of(t, 0)}</text>
            }).collect_view()}
            <text transform=format!("translate(9 {}) rotate(-90)", coordinate((top + height) / 2.0)) text-anchor="middle" class="axis-title">{say(locale, &Text::new(msg::SIMULATE_SHARE_AXIS))}</text>
            {report.plans.iter().enumerate().map(|(k, p)| {
                let total: u64 = p.histogram.iter().sum();
                p.histogram.iter().enumerate().map(|(i, count)| {
                    let share = *count as f64 / total.max(1) as f64;
                    let h = height - y(share);
                    view! {
                        <rect x=coordinate(plot_left + i as f64 * band + 3.0 + k as f64 * bar) y=coordinate(height - h) width=coordinate(bar.max(1.0)) height=coordinate(h)
                            class=format!("bar series-{}", k % 4)>
                            <title>{say(locale, &Text::new(msg::SIMULATE_BAR_TITLE)
                                .with("plan", Value::Catalog(p.name.clone()))
                                .with("share", number(share * 100.0, 1))
                                .with("range", labels[i].clone()))}</title>
                        </rect>
                    }
                }).collect_view()
            }).collect_view()}
            {labels.iter().enumerate().map(|(i, l)| view! {
                <text x=coordinate(plot_left + i as f64 * band + band / 2.0) y=coordinate(height + 14.0) text-anchor="middle" class="tick-label">{l.clone()}</text>
            }).collect_view()}
            <text x=coordinate((plot_left + width) / 2.0) y=coordinate(height + 40.0) text-anchor="middle" class="axis-title">{say(locale, &Text::new(msg::SIMULATE_DOWNTIME_AXIS))}</text>
        </svg>
        <ul class="legend-keys">
            {report.plans.iter().enumerate().map(|(k, p)| view! {
                <li><span class=format!("key series-{}", k % 4)></span>{catalog_text(locale.lang_untracked(), &p.name).into_owned()}</li>
            }).collect_view()}
        </ul>
    }
}

#[component]
fn AvailabilityCalculator(link: Memo<SimulateLink>, edit: Edit<SimulateLink>) -> impl IntoView {
    let month = move || {
        if link.with(|l| l.month_days_30) {
            MonthLength::Days30
        } else {
            MonthLength::Gregorian
        }
    };
    let locale = use_locale();
    let parsed = Memo::new(move |_| link.with(|l| Availability::parse(&l.sla)));
    // A month's downtime at 99.9 % until the visitor types one, written
    // in the reader's language (the field reads either language's units).
    let (down_typed, set_down_typed) = signal(None::<String>);
    let down_text = move || {
        down_typed
            .get()
            .unwrap_or_else(|| locale.duration(43 * 60 + 12))
    };
    let (down_period, set_down_period) = signal(Period::Month);
    // Read where it is shown: reading it is cheaper than a memo's code.
    let reversed = move || {
        parse_duration_ms(&down_text())
            .and_then(|ms| Availability::from_downtime(ms, down_period.get(), month()))
    };
    let reverse = move || {
        reversed().ok().map(|a| {
            let percent = a.percent_value();
            locale.text(&Text::new(msg::SIMULATE_AVAILABILITY_RESULT).with(
                "percent",
                Value::Number {
                    value: percent,
                    max_fraction: 6,
                },
            ))
        })
    };
    let unreadable = move || reversed().err().map(|e| locale.text(e.text()));
    view! {
        <section class="panel availability" data-testid="availability">
            <h2>{tr(msg::SIMULATE_AVAILABILITY_TITLE)}</h2>
            <div class="row">
                <label class="field">{tr(msg::SIMULATE_SLA)}
                    <input type="text" inputmode="decimal" data-testid="sla" prop:value=move || link.with(|l| l.sla.clone())
                        aria-invalid=move || parsed.with(Result::is_err).to_string()
                        on:change=move |ev| { let v = event_target_value(&ev); edit.run(Box::new(move |l| l.sla = v.trim().to_owned())) }/>
                </label>
                <label class="field">{tr(msg::SIMULATE_MONTH_IS)}
                    <select data-testid="month" on:change=move |ev| { let d30 = event_target_value(&ev) == "30"; edit.run(Box::new(move |l| l.month_days_30 = d30)) }>
                        <option value="gregorian" selected=move || !link.with(|l| l.month_days_30)>{tr(msg::SIMULATE_MONTH_GREGORIAN)}</option>
                        <option value="30" selected=move || link.with(|l| l.month_days_30)>{tr(msg::SIMULATE_MONTH_30)}</option>
                    </select>
                </label>
            </div>
            {move || match parsed.get() {
                Err(e) => view! { <p class="field-error" role="alert" data-testid="sla-error">{locale.text(e.text())}</p> }.into_any(),
                Ok(a) => view! {
                    <table class="allowed">
                        <thead><tr><th scope="col">{tr(msg::SIMULATE_PER)}</th><th scope="col">{tr(msg::SIMULATE_ALLOWED_DOWNTIME)}</th></tr></thead>
                        <tbody>
                            {Period::ALL.into_iter().map(|p| view! {
                                <tr><th scope="row">{locale.text(&p.label())}</th>
                                    <td data-testid=format!("allowed-{}", p.name())>{
                                        slacalc_i18n::duration_ms(locale.lang(), &IntlFormats, a.allowed_downtime_ms(p, month()))
                                    }</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any(),
            }}
            <p class="muted">{tr(msg::SIMULATE_YEAR_NOTE)}</p>
            <div class="row reverse">
                <label class="field">{tr(msg::SIMULATE_DOWNTIME)}
                    <input type="text" data-testid="downtime" prop:value=down_text
                        aria-invalid=move || reversed().is_err().to_string() aria-describedby="downtime-error"
                        on:change=move |ev| set_down_typed.set(Some(event_target_value(&ev)))/>
                    // Said as the percentage's error is; the alert is there
                    // before its words, so a screen reader says them.
                    <span class="field-error" id="downtime-error" role="alert" data-testid="downtime-error">{unreadable}</span>
                </label>
                <label class="field">{tr(msg::SIMULATE_PER_LOWER)}
                    <select on:change=move |ev| {
                        let p = Period::ALL.into_iter().find(|p| p.name() == event_target_value(&ev)).unwrap_or(Period::Month);
                        set_down_period.set(p);
                    }>
                        {Period::ALL.into_iter().map(|p| view! { <option value=p.name() selected=p == Period::Month>{move || locale.text(&p.label())}</option> }).collect_view()}
                    </select>
                </label>
                <p data-testid="availability-result">{reverse}</p>
            </div>
        </section>
    }
}

/// Saved scenarios: a name and the simulate link's inputs, kept in local
/// storage with the rest of the saved work.
#[component]
fn Scenarios(link: Memo<SimulateLink>) -> impl IntoView {
    let Some(store) = use_store() else {
        return ().into_any();
    };
    let locale = use_locale();
    let name_ref = NodeRef::<leptos::html::Input>::new();
    let (status, set_status) = signal(String::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(input) = name_ref.get() else { return };
        let scenario =
            link.with_untracked(|l| Scenario::new(&input.value(), l, js_sys::Date::now() as u64));
        match scenario {
            Ok(scenario) => {
                set_status.set(locale.t(msg::SIMULATE_SAVING));
                store.save(Change::save(scenario), Expect::New, move |outcome| {
                    // The name stays until it is saved: a refused save
                    // (offline, storage full) loses nothing typed.
                    if matches!(outcome, Outcome::Saved(_)) {
                        input.set_value("");
                    }
                    set_status
                        .set(locale.text(&outcome.status_text(Text::new(msg::SIMULATE_SAVED))))
                });
            }
            Err(e) => set_status.set(locale.text(e.text())),
        }
    };
    let saved = move || store.work.with(|w| w.scenarios.clone());
    view! {
        <section class="panel scenarios" data-testid="scenarios">
            <h2>{tr(msg::SIMULATE_SCENARIOS_TITLE)}</h2>
            <form class="row" on:submit=save>
                <label class="field">{tr(msg::SIMULATE_SCENARIO_NAME)}
                    <input type="text" maxlength="80" node_ref=name_ref placeholder=tr(msg::SIMULATE_SCENARIO_EXAMPLE) data-testid="scenario-name"/>
                </label>
                <button type="submit" data-testid="save-scenario">{tr(msg::SIMULATE_SAVE_SCENARIO)}</button>
                <span role="status" class="muted">{move || status.get()}</span>
            </form>
            <ul class="package-list">
                {move || saved().into_iter().map(|scenario| {
                    let removed = scenario.clone();
                    view! {
                        <li data-testid=format!("scenario-{}", scenario.id)>
                            <a href=scenario.href()>{scenario.name.clone()}</a>
                            " "
                            <button type="button" class="secondary small" on:click=move |_| {
                                store.save(Change::delete(&removed), Expect::Any, |_| {});
                            }>{tr(msg::SIMULATE_DELETE)}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

/// The weekly arrival pattern as text: one line per day, 24 weights.
#[component]
fn GridEditor(link: Memo<SimulateLink>, edit: Edit<SimulateLink>) -> impl IntoView {
    let (error, set_error) = signal(None::<String>);
    let text = move || link.with(|l| arrival_grid_text(&l.profile.arrival));
    view! {
        <label class="field grid-editor">
            {tr(msg::SIMULATE_GRID_LABEL)}
            <textarea rows="7" spellcheck="false" data-testid="arrival-grid" prop:value=text
                aria-invalid=move || error.with(Option::is_some).to_string()
                on:change=move |ev| match parse_grid(&event_target_value(&ev)) {
                    Ok(grid) => {
                        set_error.set(None);
                        edit.run(Box::new(move |l| l.profile.arrival = grid));
                    }
                    Err(e) => set_error.set(Some(e.to_string())),
                }></textarea>
            {move || error.get().map(|e| view! { <span class="field-error" role="alert">{e}</span> })}
        </label>
    }
}
