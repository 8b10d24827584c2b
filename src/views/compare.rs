//! Compare view (`/compare?plans=a,b&crit=30&phone=1&engineer=1&onsite=1`):
//! plans as columns, grouped rows, the best value of each row marked, and a
//! requirements panel that ranks the plans and says why one falls short.
//! Everything shown comes from `slacalc_engine::compare`.

use leptos::prelude::*;
use std::collections::BTreeMap;

use slacalc_engine::catalog::{PlanChoice, ProviderPlans};
use slacalc_engine::compare::{
    add_prices, cheapest_first, compare, rank, Cell, Comparison, PriceFigure, Verdict,
};
use slacalc_engine::links::CompareLink;
use slacalc_engine::links::PriceLink;

use super::price::all_books;
use crate::store::use_store;

use super::parts::{embed_snippet, query_pairs, use_query_writer, Cited, EmbedCode, LinkNotices};
use crate::browser;
use crate::catalog::{self, Plans};

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
        Err(message) => view! { <CatalogMissing message/> }.into_any(),
    }
}

#[component]
pub fn CatalogMissing(message: String) -> impl IntoView {
    view! {
        <section class="panel error-panel" role="alert">
            <h1>"Plans are unavailable"</h1>
            <p>{message}</p>
        </section>
    }
}

#[component]
fn CompareView(catalog: Memo<Plans>) -> impl IntoView {
    let pairs = query_pairs();
    let parsed = Memo::new(move |_| {
        pairs.with(|p| {
            catalog.with(|c| CompareLink::parse(c, p.iter().map(|(k, v)| (k.as_str(), v.as_str()))))
        })
    });
    let link = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    let notices = Signal::derive(move || parsed.with(|p| p.1.clone()));
    // Prices at the size given in the link (the price view's fields), from
    // its price book (default: the example rates).
    let store = use_store();
    let price_link = Memo::new(move |_| {
        pairs.with(|p| PriceLink::parse(p.iter().map(|(k, v)| (k.as_str(), v.as_str()))).0)
    });
    let prices = Memo::new(move |_| {
        let link = price_link.get();
        let books = all_books(store);
        let Some(book) = books
            .iter()
            .find(|b| b.id == link.book)
            .or_else(|| books.first())
            .cloned()
        else {
            return BTreeMap::new();
        };
        let ids = catalog.with(|c| c.plans().map(|p| p.plan.id.clone()).collect::<Vec<_>>());
        ids.into_iter()
            .filter_map(|id| {
                let base = crate::catalog::base_plan(store, &id);
                let quote = book
                    .quote_or_base(&id, base.as_deref(), &link.usage)
                    .ok()
                    .flatten()?;
                Some((
                    id,
                    PriceFigure {
                        monthly: quote.monthly,
                        annual: quote.annual,
                        currency: quote.currency,
                        example: quote.example,
                    },
                ))
            })
            .collect::<BTreeMap<_, _>>()
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

    let write = use_query_writer("/compare");
    let edit = Callback::new(move |change: Box<dyn FnOnce(&mut CompareLink)>| {
        let mut next = link.get_untracked();
        change(&mut next);
        // The pricing inputs ride along unchanged.
        let price_query = price_link.with_untracked(PriceLink::to_query);
        let separator = if price_query.is_empty() { "" } else { "&" };
        write(format!("{}{separator}{price_query}", next.to_query()));
    });

    let snippet = Signal::derive(move || {
        embed_snippet(
            &browser::origin(),
            &format!("/compare?{}", link.with(CompareLink::to_query)),
            "slacalc: compare support plans",
        )
    });

    view! {
        <section class="view compare" data-testid="view-compare">
            <h1>"Compare plans"</h1>
            <LinkNotices notices/>
            <div class="compare-controls">
                <fieldset class="panel plan-picker">
                    <legend>"Plans"</legend>
                    {move || catalog.with(|c| c.plans_by_provider())
                        .into_iter()
                        .map(|ProviderPlans { provider, plans }| {
                            view! {
                                <div class="provider-plans">
                                    <span class="provider-name">{provider}</span>
                                    {plans
                                        .into_iter()
                                        .map(|PlanChoice { id, name }| {
                                            let checked_id = id.clone();
                                            let toggle_id = id.clone();
                                            view! {
                                                <label class="check">
                                                    <input type="checkbox" data-testid=format!("pick-{id}")
                                                        prop:checked=move || link.with(|l| l.plans.contains(&checked_id))
                                                        on:change=move |ev| {
                                                            let on = event_target_checked(&ev);
                                                            let id = toggle_id.clone();
                                                            edit.run(Box::new(move |l| {
                                                                l.plans.retain(|p| *p != id);
                                                                if on { l.plans.push(id.clone()) }
                                                            }));
                                                        }/>
                                                    {name}
                                                </label>
                                            }
                                        })
                                        .collect_view()}
                                </div>
                            }
                        })
                        .collect_view()}
                </fieldset>
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
                Ok(c) => view! { <ComparisonTable comparison=c/> }.into_any(),
                Err(e) => view! { <p class="error" role="alert">{e.to_string()}</p> }.into_any(),
            }}
            <EmbedCode snippet/>
        </section>
    }
}

#[component]
fn Ranking(verdicts: Vec<Verdict>) -> impl IntoView {
    let meeting = verdicts.iter().filter(|v| v.meets()).count();
    let summary = match meeting {
        0 => "No chosen plan meets every requirement; closest first.".to_owned(),
        1 => "One plan meets every requirement.".to_owned(),
        n => {
            format!("{n} plans meet every requirement; cheapest first (prices in the table below).")
        }
    };
    view! {
        <section class="panel ranking" aria-labelledby="ranking-title" data-testid="ranking">
            <h2 id="ranking-title">"Plans against your requirements"</h2>
            <p class="muted">{summary}</p>
            <ol>
                {verdicts
                    .into_iter()
                    .map(|v| {
                        let meets = v.meets();
                        let badge = if meets { "Meets all".to_owned() } else { format!("Misses {}", v.unmet()) };
                        view! {
                            <li class:meets=meets data-testid=format!("verdict-{}", v.plan_id) data-meets=meets.to_string()>
                                <div class="verdict-head">
                                    <strong>{v.plan_name.clone()}</strong>
                                    <span class="badge" class:good=meets class:bad=!meets>{badge}</span>
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
        </section>
    }
}

#[component]
fn ComparisonTable(comparison: Comparison) -> impl IntoView {
    let columns = comparison.plans.len();
    if columns == 0 {
        return view! { <p class="panel">"Choose at least one plan above."</p> }.into_any();
    }
    view! {
        {comparison.headline.map(|h| view! { <p class="headline" data-testid="headline">{h}</p> })}
        <div class="table-scroll" tabindex="0" role="region" aria-label="Plan comparison">
            <table class="comparison" data-testid="comparison">
                <thead>
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
                                    {row.cells.into_iter().map(|cell| view! { <CellView cell/> }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                }).collect_view()}
            </table>
        </div>
        <p class="muted legend">
            <span class="best-sample">"Best"</span>
            " marks the best value of a row where the plans differ. Targets are ranked by their longest wait in an "
            "ordinary week, since a working-hours target waits through nights and weekends. "
            "Hover over or focus a value to see its source."
        </p>
    }
    .into_any()
}

#[component]
fn CellView(cell: Cell) -> impl IntoView {
    let best = cell.best;
    view! {
        <td class:best=best data-best=best.to_string()>
            {if cell.lines.len() == 1 {
                let line = cell.lines[0].clone();
                view! { <Cited text=line.text citation=line.citation/> }.into_any()
            } else {
                view! {
                    <ul class="lines">
                        {cell.lines.into_iter().map(|l| view! { <li><Cited text=l.text citation=l.citation/></li> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {best.then(|| view! { <span class="best-badge">" Best"</span> })}
            {cell.detail.map(|d| view! { <div class="detail">{d}</div> })}
        </td>
    }
}

/// `"First response"` → `"first-response"`, for test ids.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}
