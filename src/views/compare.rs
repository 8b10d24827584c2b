//! Compare view (`/compare?plans=a,b&crit=30&phone=1&engineer=1&onsite=1`):
//! plans as columns, grouped rows, the best value of each row marked, and a
//! requirements panel that ranks the plans and says why one falls short.
//! Everything shown comes from `slacalc_engine::compare`.

use leptos::prelude::*;

use slacalc_engine::compare::{
    add_prices, cheapest_first, compare, plan_prices, rank, ranking_summary, Cell, Comparison,
    Verdict,
};
use slacalc_engine::price::choose_book;
use slacalc_state::links::CompareLink;
use slacalc_state::ViewLink;

use crate::books::use_books;
use crate::browser;
use crate::catalog::{self, Plans};
use crate::parts::{
    embed_snippet, slug, toggle_plan, use_link, use_narrow, CatalogMissing, Cited, EmbedCode,
    LinkNotices, PlanChecklist,
};

/// At or below this width each plan is a card of its own.
const CARDS_BELOW_PX: f64 = 700.0;

/// Choices offered for "critical response at any hour within …".
const CRITICAL_CHOICES: [(u32, &str); 6] = [
    (15, "15 minutes"),
    (30, "30 minutes"),
    (60, "1 hour"),
    (120, "2 hours"),
    (240, "4 hours"),
    (480, "8 hours"),
];

#[component]
pub fn Compare() -> impl IntoView {
    match catalog::use_plans() {
        Ok(catalog) => view! { <CompareView catalog/> }.into_any(),
        Err(error) => view! { <CatalogMissing error/> }.into_any(),
    }
}

#[component]
fn CompareView(catalog: Memo<Plans>) -> impl IntoView {
    let state = use_link::<CompareLink>(catalog);
    // A package sent in the link is a plan here, saved or not.
    let catalog = {
        let link = state.link;
        Memo::new(move |_| {
            let plans = catalog.get();
            link.with(|l| l.package.as_ref().map(|p| plans.with_package(p)))
                .unwrap_or(plans)
        })
    };
    let (link, notices, edit) = (state.link, state.notices, state.edit);
    // Prices at the size given in the link, from its price book (default:
    // the example rates).
    let books = use_books();
    let prices = Memo::new(move |_| {
        link.with(|l| {
            books.with(|books| {
                choose_book(books, &l.pricing.book)
                    .map(|book| {
                        catalog.with(|c| {
                            plan_prices(book, c, &l.plans, &l.pricing.usage, l.pricing.packages)
                        })
                    })
                    .unwrap_or_default()
            })
        })
    });
    let comparison = Memo::new(move |_| {
        link.with(|l| catalog.with(|c| compare(c, &l.plans)))
            .map(|mut comparison| {
                prices.with(|p| add_prices(&mut comparison, p));
                comparison
            })
    });
    let verdicts = Memo::new(move |_| {
        link.with(|l| {
            if l.requirements.is_empty() {
                Ok(Vec::new())
            } else {
                catalog
                    .with(|c| rank(c, &l.plans, &l.requirements))
                    .map(|mut verdicts| {
                        prices.with(|p| cheapest_first(&mut verdicts, p));
                        verdicts
                    })
            }
        })
    });

    let narrow = use_narrow(CARDS_BELOW_PX);
    let snippet = Signal::derive(move || {
        embed_snippet(
            &browser::origin(),
            &link.with(CompareLink::href),
            "slacalc: compare support plans",
        )
    });

    view! {
        <section class="view compare" data-testid="view-compare">
            <h1>"Compare plans"</h1>
            <LinkNotices notices/>
            <div class="compare-controls">
                <PlanChecklist catalog testid="pick"
                    selected=Signal::derive(move || link.with(|l| l.plans.clone()))
                    on_toggle=Callback::new(move |(id, on): (String, bool)| edit.run(Box::new(move |l| toggle_plan(&mut l.plans, id, on))))/>
                <fieldset class="panel requirements" data-testid="requirements">
                    <legend>"What you need"</legend>
                    <label class="field">
                        "Critical incidents answered at any hour, nights and weekends included, within"
                        <select data-testid="req-critical"
                            on:change=move |ev| {
                                let value = event_target_value(&ev).parse::<u32>().ok();
                                edit.run(Box::new(move |l| l.requirements.critical_response_minutes = value));
                            }>
                            <option value="" selected=move || link.with(|l| l.requirements.critical_response_minutes.is_none())>"no requirement"</option>
                            {CRITICAL_CHOICES
                                .into_iter()
                                .map(|(minutes, label)| view! {
                                    <option value=minutes.to_string()
                                        selected=move || link.with(|l| l.requirements.critical_response_minutes == Some(minutes))>
                                        {label}
                                    </option>
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <label class="check">
                        <input type="checkbox" data-testid="req-phone"
                            prop:checked=move || link.with(|l| l.requirements.phone)
                            on:change=move |ev| { let on = event_target_checked(&ev); edit.run(Box::new(move |l| l.requirements.phone = on)) }/>
                        "Phone support"
                    </label>
                    <label class="check">
                        <input type="checkbox" data-testid="req-engineer"
                            prop:checked=move || link.with(|l| l.requirements.dedicated_engineer)
                            on:change=move |ev| { let on = event_target_checked(&ev); edit.run(Box::new(move |l| l.requirements.dedicated_engineer = on)) }/>
                        "A dedicated engineer or account manager"
                    </label>
                    <label class="check">
                        <input type="checkbox" data-testid="req-onsite"
                            prop:checked=move || link.with(|l| l.requirements.onsite_visits)
                            on:change=move |ev| { let on = event_target_checked(&ev); edit.run(Box::new(move |l| l.requirements.onsite_visits = on)) }/>
                        "On-site visits"
                    </label>
                </fieldset>
            </div>
            {move || match verdicts.get() {
                Ok(v) if v.is_empty() => ().into_any(),
                Ok(v) => view! { <Ranking verdicts=v/> }.into_any(),
                Err(e) => view! { <p class="error" role="alert">{e.to_string()}</p> }.into_any(),
            }}
            {move || match comparison.get() {
                Ok(c) => view! { <ComparisonTable comparison=c narrow/> }.into_any(),
                Err(e) => view! { <p class="error" role="alert">{e.to_string()}</p> }.into_any(),
            }}
            <EmbedCode snippet/>
        </section>
    }
}

#[component]
fn Ranking(verdicts: Vec<Verdict>) -> impl IntoView {
    let summary = ranking_summary(&verdicts);
    view! {
        <section class="panel ranking" aria-labelledby="ranking-title" data-testid="ranking">
            <h2 id="ranking-title">"Plans against your requirements"</h2>
            <p class="muted" data-testid="ranking-summary">{summary}</p>
            <ol>
                {verdicts
                    .into_iter()
                    .map(|v| {
                        let meets = v.meets();
                        let badge = if meets { "Meets all".to_owned() } else { format!("Misses {}", v.unmet()) };
                        let price = v.price.clone();
                        view! {
                            <li class:meets=meets data-testid=format!("verdict-{}", v.plan_id) data-meets=meets.to_string()>
                                <div class="verdict-head">
                                    <strong>{v.plan_name.clone()}</strong>
                                    <span class="badge" class:good=meets class:bad=!meets>{badge}</span>
                                    <span class="verdict-price" data-testid=format!("verdict-price-{}", v.plan_id)>
                                        {match price {
                                            Some(p) => view! {
                                                <strong class="amount">{p.monthly_text()}</strong>
                                                {(!p.counts()).then(|| view! { <span class="assumption-mark">"example"</span> })}
                                                <span class="muted price-origin">{format!(" — {}", p.origin())}</span>
                                            }.into_any(),
                                            None => view! { <span class="muted">"No price in the chosen price book"</span> }.into_any(),
                                        }}
                                    </span>
                                </div>
                                <ul class="checks">
                                    {v.checks
                                        .into_iter()
                                        .map(|c| view! {
                                            <li class:met=c.met class:unmet=!c.met>
                                                <span class="mark" aria-hidden="true">{if c.met { "✓" } else { "✗" }}</span>
                                                <span class="sr-only">{if c.met { "Met: " } else { "Not met: " }}</span>
                                                {c.requirement} " — " <span class="muted">{c.reason}</span>
                                            </li>
                                        })
                                        .collect_view()}
                                </ul>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="muted small">"Prices: see " <a href="/price">"Price"</a> " to set your size or use your own price book."</p>
        </section>
    }
}

#[component]
fn ComparisonTable(comparison: Comparison, narrow: Signal<bool>) -> impl IntoView {
    let columns = comparison.plans.len();
    if columns == 0 {
        return view! { <p class="panel">"Choose at least one plan above."</p> }.into_any();
    }
    let (sources, set_sources) = signal(false);
    let headline = comparison.headline.clone();
    view! {
        {headline.map(|h| view! { <p class="headline" data-testid="headline">{h}</p> })}
        <div class="table-tools">
            <button type="button" class="secondary small" data-testid="show-sources"
                aria-pressed=move || sources.get().to_string()
                on:click=move |_| set_sources.update(|s| *s = !*s)>
                {move || if sources.get() { "Hide sources" } else { "Show every value's source" }}
            </button>
            <span class="muted small">"Or hover over a dotted value."</span>
        </div>
        <div class="compare-body" class:sources-shown=move || sources.get()>
            {move || if narrow.get() {
                view! { <PlanCards comparison=comparison.clone()/> }.into_any()
            } else {
                view! { <WideTable comparison=comparison.clone()/> }.into_any()
            }}
        </div>
        <p class="muted legend">
            <span class="best-sample">"Best"</span>
            " marks the best value of a row where the plans differ; a price from example rates is never marked. "
            "Targets are ranked by their longest wait in an ordinary week, since a working-hours target waits through nights and weekends."
        </p>
    }
    .into_any()
}

/// Plans as columns, the plan names staying on screen as the page scrolls.
#[component]
fn WideTable(comparison: Comparison) -> impl IntoView {
    let columns = comparison.plans.len();
    view! {
        <div class="table-wide" role="region" aria-label="Plan comparison">
            <table class="comparison" data-testid="comparison" style=format!("--plans: {columns}")>
                <thead data-testid="comparison-head">
                    <tr>
                        <th scope="col" class="row-label">"Plan"</th>
                        {comparison.plans.iter().map(|p| view! {
                            <th scope="col" data-plan=p.id.clone()>
                                <span class="provider-name">{p.provider.clone()}</span>
                                {p.name.clone()}
                            </th>
                        }).collect_view()}
                    </tr>
                </thead>
                {comparison.groups.into_iter().map(|group| view! {
                    <tbody>
                        <tr class="group"><th scope="colgroup" colspan=(columns + 1).to_string()>{group.title.clone()}</th></tr>
                        {group.rows.into_iter().map(|row| {
                            let testid = format!("row-{}-{}", slug(&group.title), slug(&row.label));
                            view! {
                                <tr class:differs=row.differs data-testid=testid>
                                    <th scope="row" class="row-label">{row.label}</th>
                                    {row.cells.into_iter().map(|cell| { let best = cell.best; view! { <td class:best=best data-best=best.to_string()><CellView cell/></td> } }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                }).collect_view()}
            </table>
        </div>
    }
}

/// One card per plan on a phone: the plan's name heads its card and stays
/// on screen while its card scrolls by; the first groups are open.
#[component]
fn PlanCards(comparison: Comparison) -> impl IntoView {
    view! {
        <div class="plan-cards" data-testid="plan-cards">
            {comparison.plans.iter().enumerate().map(|(j, plan)| view! {
                <article class="plan-card panel" data-testid=format!("card-{}", plan.id) data-plan=plan.id.clone()>
                    <h3 class="plan-card-head" data-testid="card-head">
                        <span class="provider-name">{plan.provider.clone()}</span>
                        {plan.name.clone()}
                    </h3>
                    {comparison.groups.iter().enumerate().map(|(g, group)| view! {
                        <details open=g < 3>
                            <summary>{group.title.clone()}</summary>
                            <dl>
                                {group.rows.iter().filter_map(|row| row.cells.get(j).map(|cell| (row, cell.best, cell.clone()))).map(|(row, best, cell)| view! {
                                    <div class="card-row" class:best=best
                                        data-testid=format!("cardrow-{}-{}", slug(&group.title), slug(&row.label))>
                                        <dt>{row.label.clone()}</dt>
                                        <dd><CellView cell/></dd>
                                    </div>
                                }).collect_view()}
                            </dl>
                        </details>
                    }).collect_view()}
                </article>
            }).collect_view()}
        </div>
    }
}

/// A cell's value: its lines, each with its source (not a tab stop: the
/// table's one "show sources" control reveals them), the best mark and
/// the detail.
#[component]
fn CellView(cell: Cell) -> impl IntoView {
    let best = cell.best;
    view! {
        {if cell.lines.len() == 1 {
            let line = cell.lines[0].clone();
            view! { <Cited text=line.text citation=line.citation focusable=false/> }.into_any()
        } else {
            view! {
                <ul class="lines">
                    {cell.lines.into_iter().map(|l| view! { <li><Cited text=l.text citation=l.citation focusable=false/></li> }).collect_view()}
                </ul>
            }.into_any()
        }}
        {best.then(|| view! { <span class="best-badge">" Best"</span> })}
        {cell.detail.map(|d| view! { <div class="detail">{d}</div> })}
    }
}
