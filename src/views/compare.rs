//! Compare view (`/compare?plans=a,b&crit=30&phone=1&engineer=1&onsite=1`):
//! plans as columns, grouped rows, the best value of each row marked, and a
//! requirements panel that ranks the plans and says why one falls short.
//! Everything shown comes from `slacalc_engine::compare`, whose words are
//! texts this view renders in the reader's language (`compare.ftl`); the
//! ranking and the table are drawn again when the language changes.

use leptos::prelude::*;

use slacalc_engine::compare::{
    add_prices, cheapest_first, compare, plan_prices, rank, ranking_summary, Cell, Comparison,
    Verdict,
};
use slacalc_engine::price::choose_book;
use slacalc_i18n::{Lang, Text};
use slacalc_state::links::{CompareLink, Frame};
use slacalc_state::ViewLink;

use crate::books::{self, use_books};
use crate::browser;
use crate::catalog::{self, Plans};
use crate::i18n::{msg, tr, use_locale, IntlFormats};
use crate::parts::{
    embed_snippet, slug, toggle_plan, use_link, use_narrow, CatalogMissing, Cited, EmbedCode,
    LinkNotices, PlanChecklist,
};

/// At or below this width each plan is a card of its own.
const CARDS_BELOW_PX: f64 = 700.0;

/// Minutes offered for "critical response at any hour within …".
const CRITICAL_CHOICES: [u32; 6] = [15, 30, 60, 120, 240, 480];

/// A choice of the list: whole hours as hours, else minutes.
fn critical_choice(minutes: u32) -> Text {
    if minutes.is_multiple_of(60) {
        Text::new(msg::COMPARE_CHOICE_HOURS).with("count", minutes / 60)
    } else {
        Text::new(msg::COMPARE_CHOICE_MINUTES).with("count", minutes)
    }
}

/// An engine text in `lang`, its figures formatted by the browser. The
/// ranking and the table take the language as a value and are drawn again
/// when it changes (the engine's texts are many and nested; one redraw is
/// simpler than a closure per cell).
fn say(lang: Lang, text: &Text) -> String {
    text.render(lang, &IntlFormats)
}

/// A test id from an engine label: from its English words, so test ids do
/// not change with the language.
fn test_slug(text: &Text) -> String {
    slug(&text.english())
}

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
    let notices = books::with_missing_book(notices, books, move || {
        link.with(|l| l.pricing.book.clone())
    });
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
    let locale = use_locale();
    // The frame opens in the language of the page it was copied from.
    let snippet = Signal::derive(move || {
        let lang = locale.lang();
        let href = Frame {
            lang: Some(lang),
            embed: false,
        }
        .apply(&link.with(CompareLink::href));
        embed_snippet(
            &browser::origin(),
            &href,
            &locale.t(msg::COMPARE_EMBED_TITLE),
        )
    });

    view! {
        <section class="view compare" data-testid="view-compare">
            <h1>{tr(msg::COMPARE_TITLE)}</h1>
            <LinkNotices notices/>
            <div class="compare-controls">
                <PlanChecklist catalog testid="pick"
                    selected=Signal::derive(move || link.with(|l| l.plans.clone()))
                    on_toggle=Callback::new(move |(id, on): (String, bool)| edit.run(Box::new(move |l| toggle_plan(&mut l.plans, id, on))))/>
                <fieldset class="panel requirements" data-testid="requirements">
                    <legend>{tr(msg::COMPARE_NEEDS)}</legend>
                    <label class="field">
                        {tr(msg::COMPARE_NEEDS_CRITICAL)}
                        <select data-testid="req-critical"
                            on:change=move |ev| {
                                let value = event_target_value(&ev).parse::<u32>().ok();
                                edit.run(Box::new(move |l| l.requirements.critical_response_minutes = value));
                            }>
                            <option value="" selected=move || link.with(|l| l.requirements.critical_response_minutes.is_none())>{tr(msg::COMPARE_NO_REQUIREMENT)}</option>
                            {CRITICAL_CHOICES
                                .into_iter()
                                .map(|minutes| view! {
                                    <option value=minutes.to_string()
                                        selected=move || link.with(|l| l.requirements.critical_response_minutes == Some(minutes))>
                                        {move || locale.text(&critical_choice(minutes))}
                                    </option>
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <label class="check">
                        <input type="checkbox" data-testid="req-phone"
                            prop:checked=move || link.with(|l| l.requirements.phone)
                            on:change=move |ev| { let on = event_target_checked(&ev); edit.run(Box::new(move |l| l.requirements.phone = on)) }/>
                        {tr(msg::COMPARE_NEEDS_PHONE)}
                    </label>
                    <label class="check">
                        <input type="checkbox" data-testid="req-engineer"
                            prop:checked=move || link.with(|l| l.requirements.dedicated_engineer)
                            on:change=move |ev| { let on = event_target_checked(&ev); edit.run(Box::new(move |l| l.requirements.dedicated_engineer = on)) }/>
                        {tr(msg::COMPARE_NEEDS_ENGINEER)}
                    </label>
                    <label class="check">
                        <input type="checkbox" data-testid="req-onsite"
                            prop:checked=move || link.with(|l| l.requirements.onsite_visits)
                            on:change=move |ev| { let on = event_target_checked(&ev); edit.run(Box::new(move |l| l.requirements.onsite_visits = on)) }/>
                        {tr(msg::COMPARE_NEEDS_ONSITE)}
                    </label>
                </fieldset>
            </div>
            {move || match verdicts.get() {
                Ok(v) if v.is_empty() => ().into_any(),
                Ok(v) => {
                    let lang = locale.lang();
                    view! { <Ranking verdicts=v lang/> }.into_any()
                }
                Err(e) => view! { <p class="error" role="alert">{locale.text(e.text())}</p> }.into_any(),
            }}
            {move || match comparison.get() {
                Ok(c) => view! { <ComparisonTable comparison=c narrow/> }.into_any(),
                Err(e) => view! { <p class="error" role="alert">{locale.text(e.text())}</p> }.into_any(),
            }}
            <EmbedCode snippet/>
        </section>
    }
}

/// The plans against the requirements, in `lang`.
#[component]
fn Ranking(verdicts: Vec<Verdict>, lang: Lang) -> impl IntoView {
    let t = move |key| say(lang, &Text::new(key));
    let summary = say(lang, &ranking_summary(&verdicts));
    view! {
        <section class="panel ranking" aria-labelledby="ranking-title" data-testid="ranking">
            <h2 id="ranking-title">{t(msg::COMPARE_RANKING_TITLE)}</h2>
            <p class="muted" data-testid="ranking-summary">{summary}</p>
            <ol>
                {verdicts
                    .into_iter()
                    .map(|v| {
                        let meets = v.meets();
                        let badge = if meets {
                            t(msg::COMPARE_MEETS_ALL)
                        } else {
                            say(lang, &Text::new(msg::COMPARE_MISSES).with("count", v.unmet()))
                        };
                        let price = v.price.clone();
                        view! {
                            <li class:meets=meets data-testid=format!("verdict-{}", v.plan_id) data-meets=meets.to_string()>
                                <div class="verdict-head">
                                    <strong>{slacalc_i18n::catalog_text(lang, &v.plan_name).into_owned()}</strong>
                                    <span class="badge" class:good=meets class:bad=!meets>{badge}</span>
                                    <span class="verdict-price" data-testid=format!("verdict-price-{}", v.plan_id)>
                                        {match price {
                                            Some(p) => view! {
                                                <strong class="amount">{say(lang, &p.monthly_text())}</strong>
                                                {(!p.counts()).then(|| view! { <span class="assumption-mark">{t(msg::COMPARE_EXAMPLE_MARK)}</span> })}
                                                <span class="muted price-origin">{format!(" — {}", say(lang, &p.origin()))}</span>
                                            }.into_any(),
                                            None => view! { <span class="muted">{t(msg::COMPARE_NO_PRICE)}</span> }.into_any(),
                                        }}
                                    </span>
                                </div>
                                <ul class="checks">
                                    {v.checks
                                        .into_iter()
                                        .map(|c| view! {
                                            <li class:met=c.met class:unmet=!c.met>
                                                <span class="mark" aria-hidden="true">{if c.met { "✓" } else { "✗" }}</span>
                                                <span class="sr-only">{format!("{} ", t(if c.met { msg::COMPARE_MET } else { msg::COMPARE_NOT_MET }))}</span>
                                                {say(lang, &c.requirement)} " — " <span class="muted">{say(lang, &c.reason)}</span>
                                            </li>
                                        })
                                        .collect_view()}
                                </ul>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="muted small">
                {t(msg::COMPARE_PRICES_BEFORE)} " " <a href="/price">{t(msg::COMPARE_PRICES_LINK)}</a> " " {t(msg::COMPARE_PRICES_AFTER)}
            </p>
        </section>
    }
}

#[component]
fn ComparisonTable(comparison: Comparison, narrow: Signal<bool>) -> impl IntoView {
    let columns = comparison.plans.len();
    if columns == 0 {
        return view! { <p class="panel">{tr(msg::COMPARE_CHOOSE_PLAN)}</p> }.into_any();
    }
    let locale = use_locale();
    let (sources, set_sources) = signal(false);
    let headline = comparison.headline.clone();
    view! {
        {headline.map(|h| view! { <p class="headline" data-testid="headline">{move || locale.text(&h)}</p> })}
        <div class="table-tools">
            <button type="button" class="secondary small" data-testid="show-sources"
                aria-pressed=move || sources.get().to_string()
                on:click=move |_| set_sources.update(|s| *s = !*s)>
                {move || locale.t(if sources.get() { msg::COMPARE_HIDE_SOURCES } else { msg::COMPARE_SHOW_SOURCES })}
            </button>
            <span class="muted small">{tr(msg::COMPARE_OR_HOVER)}</span>
        </div>
        // Drawn again when the language or the layout changes; whether the
        // sources are shown stays, as it lives out here.
        <div class="compare-body" class:sources-shown=move || sources.get()>
            {move || {
                let lang = locale.lang();
                if narrow.get() {
                    view! { <PlanCards comparison=comparison.clone() lang/> }.into_any()
                } else {
                    view! { <WideTable comparison=comparison.clone() lang/> }.into_any()
                }
            }}
        </div>
        <p class="muted legend">
            <span class="best-sample">{tr(msg::COMPARE_BEST)}</span>
            " " {tr(msg::COMPARE_LEGEND_BEST)} " " {tr(msg::COMPARE_LEGEND_TARGETS)}
        </p>
    }
    .into_any()
}

/// Plans as columns, the plan names staying on screen as the page scrolls.
#[component]
fn WideTable(comparison: Comparison, lang: Lang) -> impl IntoView {
    let columns = comparison.plans.len();
    let t = move |key| say(lang, &Text::new(key));
    view! {
        <div class="table-wide" role="region" aria-label=t(msg::COMPARE_TABLE_LABEL)>
            <table class="comparison" data-testid="comparison" style=format!("--plans: {columns}")>
                <thead data-testid="comparison-head">
                    <tr>
                        <th scope="col" class="row-label">{t(msg::COMPARE_PLAN_COLUMN)}</th>
                        {comparison.plans.iter().map(|p| view! {
                            <th scope="col" data-plan=p.id.clone()>
                                <span class="provider-name">{slacalc_i18n::catalog_text(lang, &p.provider).into_owned()}</span>
                                {slacalc_i18n::catalog_text(lang, &p.name).into_owned()}
                            </th>
                        }).collect_view()}
                    </tr>
                </thead>
                {comparison.groups.into_iter().map(|group| view! {
                    <tbody>
                        <tr class="group"><th scope="colgroup" colspan=(columns + 1).to_string()>{say(lang, &group.title)}</th></tr>
                        {group.rows.into_iter().map(|row| {
                            let testid = format!("row-{}-{}", test_slug(&group.title), test_slug(&row.label));
                            view! {
                                <tr class:differs=row.differs data-testid=testid>
                                    <th scope="row" class="row-label">{say(lang, &row.label)}</th>
                                    {row.cells.into_iter().map(|cell| { let best = cell.best; view! { <td class:best=best data-best=best.to_string()><CellView cell lang/></td> } }).collect_view()}
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
fn PlanCards(comparison: Comparison, lang: Lang) -> impl IntoView {
    view! {
        <div class="plan-cards" data-testid="plan-cards">
            {comparison.plans.iter().enumerate().map(|(j, plan)| view! {
                <article class="plan-card panel" data-testid=format!("card-{}", plan.id) data-plan=plan.id.clone()>
                    <h3 class="plan-card-head" data-testid="card-head">
                        <span class="provider-name">{slacalc_i18n::catalog_text(lang, &plan.provider).into_owned()}</span>
                        {slacalc_i18n::catalog_text(lang, &plan.name).into_owned()}
                    </h3>
                    {comparison.groups.iter().enumerate().map(|(g, group)| view! {
                        <details open=g < 3>
                            <summary>{say(lang, &group.title)}</summary>
                            <dl>
                                {group.rows.iter().filter_map(|row| row.cells.get(j).map(|cell| (row, cell.best, cell.clone()))).map(|(row, best, cell)| view! {
                                    <div class="card-row" class:best=best
                                        data-testid=format!("cardrow-{}-{}", test_slug(&group.title), test_slug(&row.label))>
                                        <dt>{say(lang, &row.label)}</dt>
                                        <dd><CellView cell lang/></dd>
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

/// A cell's value in `lang`: its lines, each with its source (not a tab
/// stop: the table's one "show sources" control reveals them), the best
/// mark and the detail.
#[component]
fn CellView(cell: Cell, lang: Lang) -> impl IntoView {
    let best = cell.best;
    view! {
        {if cell.lines.len() == 1 {
            let line = cell.lines[0].clone();
            view! { <Cited text=say(lang, &line.text) citation=line.citation focusable=false/> }.into_any()
        } else {
            view! {
                <ul class="lines">
                    {cell.lines.into_iter().map(|l| view! { <li><Cited text=say(lang, &l.text) citation=l.citation focusable=false/></li> }).collect_view()}
                </ul>
            }.into_any()
        }}
        {best.then(|| view! { <span class="best-badge">{format!(" {}", say(lang, &Text::new(msg::COMPARE_BEST)))}</span> })}
        {cell.detail.map(|d| view! { <div class="detail">{say(lang, &d)}</div> })}
    }
}
