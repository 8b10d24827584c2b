//! Price view (`/price?book=…&users=…&servers=…&spend=…&hours=…&offhours=…&visits=…&addons=…`)
//! and the printable quote (`/quote?plan=…&…`): every plan's monthly and
//! annual price from a price book, line by line; the book editor (edit,
//! import, export). Prices come from `slacalc_engine::price`.

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;
use slacalc_engine::links::PriceLink;
use slacalc_engine::price::{shipped_books, Component, PriceBook, Quote};

use super::compare::CatalogMissing;
use super::parts::{query_pairs, use_query_writer};
use super::saved::download;
use crate::catalog::{self, Plans};
use crate::store::{use_store, Store};

/// A change to the query's `(key, value)` pairs, as typed.
type QueryChange = Box<dyn FnOnce(&mut Vec<(String, String)>)>;

static SHIPPED: OnceLock<Result<Vec<PriceBook>, String>> = OnceLock::new();

fn shipped() -> Result<Vec<PriceBook>, String> {
    SHIPPED
        .get_or_init(|| shipped_books().map_err(|e| e.to_string()))
        .clone()
}

/// The shipped books and the user's own, shipped first.
pub fn all_books(store: Option<Store>) -> Vec<PriceBook> {
    let mut books = shipped().unwrap_or_default();
    if let Some(store) = store {
        store.work.with(|w| {
            for value in &w.price_books {
                if let Ok(book) = PriceBook::from_json(&value.to_string()) {
                    books.push(book);
                }
            }
        });
    }
    books
}

fn book_for(books: &[PriceBook], id: &str) -> Option<PriceBook> {
    books
        .iter()
        .find(|b| b.id == id)
        .or_else(|| books.first())
        .cloned()
}

/// The plan's name in the catalog, or its id for plans outside it (AWS).
fn plan_name(plans: &Plans, id: &str) -> String {
    plans
        .plan(id)
        .map(|p| format!("{} · {}", p.provider.provider.name, p.plan.name))
        .unwrap_or_else(|| id.to_owned())
}

#[component]
pub fn Price() -> impl IntoView {
    match catalog::use_plans() {
        Ok(plans) => view! { <PriceView plans/> }.into_any(),
        Err(message) => view! { <CatalogMissing message/> }.into_any(),
    }
}

#[component]
fn PriceView(plans: Memo<Plans>) -> impl IntoView {
    let store = use_store();
    let pairs = query_pairs();
    let parsed = Memo::new(move |_| {
        pairs.with(|p| PriceLink::parse(p.iter().map(|(k, v)| (k.as_str(), v.as_str()))))
    });
    let link = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    let field_error = move |field: &'static str| {
        parsed.with(|p| {
            p.1.iter()
                .find(|(f, _)| *f == field)
                .map(|(_, m)| m.clone())
        })
    };
    let books = Memo::new(move |_| all_books(store));
    let book = Memo::new(move |_| link.with(|l| books.with(|b| book_for(b, &l.book))));
    let quotes = Memo::new(move |_| {
        let Some(book) = book.get() else {
            return Vec::new();
        };
        let usage = link.with(|l| l.usage.clone());
        // Catalog plans first, in catalog order; then the book's others.
        let mut ids: Vec<String> = plans.with(|p| {
            p.plans()
                .map(|p| p.plan.id.clone())
                .filter(|id| {
                    book.plans.contains_key(id)
                        || catalog::base_plan(store, id)
                            .is_some_and(|b| book.plans.contains_key(&b))
                })
                .collect()
        });
        for id in book.plans.keys() {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
        ids.into_iter()
            .filter_map(|id| {
                match book.quote_or_base(&id, catalog::base_plan(store, &id).as_deref(), &usage) {
                    Ok(Some(q)) => Some((plans.with(|p| plan_name(p, &id)), Ok(q))),
                    Ok(None) => None,
                    Err(e) => Some((id, Err(e.to_string()))),
                }
            })
            .collect::<Vec<_>>()
    });

    let write = use_query_writer("/price");
    let write = StoredValue::new(write);
    let edit = Callback::new(move |change: QueryChange| {
        // Edits keep the user's text as typed (even if it is wrong), so the
        // field can show what is wrong with it.
        let mut current = pairs.get_untracked();
        current.retain(|(k, _)| k != "embed");
        change(&mut current);
        let query = current
            .iter()
            .map(|(k, v)| format!("{k}={}", String::from(js_sys::encode_uri_component(v))))
            .collect::<Vec<_>>()
            .join("&");
        write.with_value(|w| w(query));
    });
    let set_field = move |key: &'static str, value: String| {
        edit.run(Box::new(move |pairs| {
            pairs.retain(|(k, _)| k != key);
            pairs.push((key.to_owned(), value));
        }));
    };
    let raw = move |key: &'static str| {
        pairs.with(|p| p.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()))
    };

    let number_field = move |key: &'static str, label: &'static str, step: &'static str| {
        let error_id = format!("{key}-error");
        view! {
            <label class="field">
                {label}
                <input type="text" inputmode="decimal" data-testid=format!("input-{key}") data-step=step
                    prop:value=move || raw(key).unwrap_or_else(|| "0".to_owned())
                    aria-invalid=move || field_error(key).is_some().to_string()
                    aria-describedby=error_id.clone()
                    on:change=move |ev| set_field(key, event_target_value(&ev).trim().to_owned())/>
                <span class="field-error" id=error_id role="alert" data-testid=format!("error-{key}")>
                    {move || field_error(key)}
                </span>
            </label>
        }
    };
    let add_ons = Memo::new(move |_| {
        let mut list: Vec<(String, String)> = Vec::new();
        if let Some(book) = book.get() {
            for price in book.plans.values() {
                for c in &price.components {
                    if let Component::AddOn { service, label, .. } = c {
                        if !list.iter().any(|(s, _)| s == service) {
                            list.push((service.clone(), label.clone()));
                        }
                    }
                }
            }
        }
        list
    });

    view! {
        <section class="view price" data-testid="view-price">
            <h1>"Price plans"</h1>
            <div class="panel price-book">
                <label class="field">"Price book"
                    <select data-testid="book" on:change=move |ev| set_field("book", event_target_value(&ev))>
                        {move || books.get().into_iter().map(|b| {
                            let id = b.id.clone();
                            let selected = book.with(|x| x.as_ref().map(|x| x.id == id).unwrap_or(false));
                            view! { <option value=b.id.clone() selected=selected>{format!("{} ({})", b.name, b.currency)}</option> }
                        }).collect_view()}
                    </select>
                </label>
                {move || book.get().map(|b| view! {
                    <div class="book-note" class:example=b.example data-testid="book-note">
                        {b.example.then(|| view! { <span class="badge warn" data-testid="example-badge">"Example rates — not a provider's price"</span> })}
                        <p class="muted">{b.note.clone()}</p>
                    </div>
                })}
            </div>
            <form class="panel usage" on:submit=|ev| ev.prevent_default() data-testid="usage">
                <h2>"Your size"</h2>
                <div class="usage-grid">
                    {number_field("users", "Users", "1")}
                    {number_field("servers", "Servers", "1")}
                    {number_field("spend", "Monthly cloud spend", "100")}
                    {number_field("hours", "Admin hours a month (working hours)", "1")}
                    {number_field("offhours", "Admin hours a month (outside working hours)", "1")}
                    {number_field("visits", "On-site visits a quarter", "1")}
                </div>
                <fieldset class="add-ons">
                    <legend>"Add-ons"</legend>
                    {move || add_ons.get().into_iter().map(|(service, label)| {
                        let checked_service = service.clone();
                        view! {
                            <label class="check">
                                <input type="checkbox" data-testid=format!("addon-{service}")
                                    prop:checked=move || link.with(|l| l.usage.add_ons.contains(&checked_service))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        let service = service.clone();
                                        let mut list = link.get_untracked().usage.add_ons;
                                        list.retain(|s| *s != service);
                                        if on { list.push(service) }
                                        set_field("addons", list.join(","));
                                    }/>
                                {label}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
            </form>
            <PriceTable quotes link/>
            <BookEditor book store/>
        </section>
    }
}

#[component]
fn PriceTable(
    quotes: Memo<Vec<(String, Result<Quote, String>)>>,
    link: Memo<PriceLink>,
) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" aria-label="Prices" tabindex="0">
            <table class="comparison prices" data-testid="prices">
                <thead><tr>
                    <th scope="col" class="row-label">"Plan"</th>
                    <th scope="col">"Monthly"</th>
                    <th scope="col">"Annual"</th>
                    <th scope="col">"Breakdown"</th>
                </tr></thead>
                <tbody>
                    {move || {
                        let quotes = quotes.get();
                        let cheapest = quotes.iter().filter_map(|(_, q)| q.as_ref().ok()).map(|q| q.monthly).min();
                        quotes.into_iter().map(|(name, quote)| match quote {
                            Err(message) => view! {
                                <tr><th scope="row" class="row-label">{name}</th><td colspan="3" class="error">{message}</td></tr>
                            }.into_any(),
                            Ok(q) => {
                                let best = Some(q.monthly) == cheapest;
                                let quote_href = format!("/quote?plan={}&{}", q.plan, link.with_untracked(PriceLink::to_query));
                                view! {
                                    <tr data-plan=q.plan.clone()>
                                        <th scope="row" class="row-label">{name}
                                            <a class="quote-link" href=quote_href>"Quote"</a>
                                        </th>
                                        <td class:best=best>
                                            <span data-testid="price-monthly" data-plan=q.plan.clone() data-value=q.monthly.plain()>
                                                {format!("{} {}", q.monthly.grouped(), q.currency)}
                                            </span>
                                            {best.then(|| view! { <span class="best-badge">" Lowest"</span> })}
                                        </td>
                                        <td>
                                            <span data-testid="price-annual" data-plan=q.plan.clone() data-value=q.annual.plain()>
                                                {format!("{} {}", q.annual.grouped(), q.currency)}
                                            </span>
                                        </td>
                                        <td>
                                            <ul class="lines">
                                                {q.lines.iter().map(|l| view! {
                                                    <li><strong>{l.label.clone()}</strong>{format!(": {} a month", l.monthly.grouped())}
                                                        <div class="detail">{l.reason.clone()}</div></li>
                                                }).collect_view()}
                                            </ul>
                                        </td>
                                    </tr>
                                }.into_any()
                            }
                        }).collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn BookEditor(book: Memo<Option<PriceBook>>, store: Option<Store>) -> impl IntoView {
    let (text, set_text) = signal(String::new());
    let (status, set_status) = signal(String::new());
    Effect::new(move |_| set_text.set(book.get().map(|b| b.to_json()).unwrap_or_default()));
    let save = move |_| {
        let Some(store) = store else { return };
        match PriceBook::from_json(&text.get_untracked()) {
            Ok(mut edited) => {
                if shipped()
                    .unwrap_or_default()
                    .iter()
                    .any(|b| b.id == edited.id)
                {
                    // Never shadow a shipped book: the copy is the user's.
                    edited.id = format!("{}-mine", edited.id);
                    edited.name = format!("{} (yours)", edited.name);
                }
                let value = serde_json::from_str::<serde_json::Value>(&edited.to_json())
                    .unwrap_or_default();
                let id = edited.id.clone();
                store.work.update(|w| {
                    w.price_books
                        .retain(|b| b.get("id").and_then(|i| i.as_str()) != Some(&id));
                    w.price_books.push(value);
                });
                set_status.set(format!("Saved as “{}”. Choose it above.", edited.name));
            }
            Err(e) => set_status.set(format!("Not saved: {e}")),
        }
    };
    let export = move |_| {
        let result = download("slacalc-price-book.json", &text.get_untracked());
        set_status.set(result.err().unwrap_or_else(|| "Downloaded.".to_owned()));
    };
    let import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string())
            {
                Some(t) => match PriceBook::from_json(&t) {
                    Ok(_) => {
                        set_text.set(t);
                        set_status.set("Read. Check it, then save it.".to_owned());
                    }
                    Err(e) => set_status.set(format!(
                        "This file cannot be imported: {e}. Nothing was changed."
                    )),
                },
                None => set_status.set("The file could not be read.".to_owned()),
            }
        });
    };
    view! {
        <details class="panel book-editor" data-testid="book-editor">
            <summary>"Edit rates (price book as JSON)"</summary>
            <p class="muted">"Components per plan: flat, per_user, per_server, spend_share (minimum and tiers), add_on, visits, hours. Amounts are decimal strings; the currency is one per book."</p>
            <textarea rows="16" spellcheck="false" aria-label="Price book JSON" data-testid="book-json"
                prop:value=move || text.get() on:input=move |ev| set_text.set(event_target_value(&ev))></textarea>
            <div class="row">
                <button type="button" on:click=save data-testid="save-book">"Save as my price book"</button>
                <button type="button" class="secondary" on:click=export>"Export"</button>
                <label class="file-button">"Import"<input type="file" accept="application/json,.json" on:change=import/></label>
                <span role="status" class="muted" data-testid="book-status">{move || status.get()}</span>
            </div>
        </details>
    }
}

/// A quote as a document: for printing (to PDF) and export.
#[component]
pub fn QuotePage() -> impl IntoView {
    let Ok(plans) = catalog::use_plans() else {
        return view! { <CatalogMissing message="Plans are unavailable.".to_owned()/> }.into_any();
    };
    let store = use_store();
    let pairs = query_pairs();
    let plan_id = Memo::new(move |_| {
        pairs.with(|p| {
            p.iter()
                .find(|(k, _)| k == "plan")
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        })
    });
    let parsed = Memo::new(move |_| {
        pairs.with(|p| PriceLink::parse(p.iter().map(|(k, v)| (k.as_str(), v.as_str()))))
    });
    let books = all_books(store);
    let result = Memo::new(move |_| {
        let (link, errors) = parsed.get();
        if let Some((field, message)) = errors.first() {
            return Err(format!(
                "The quote's inputs are not valid ({field}: {message})."
            ));
        }
        let book = book_for(&books, &link.book).ok_or("No price book is available.")?;
        let id = plan_id.get();
        match book.quote_or_base(&id, catalog::base_plan(store, &id).as_deref(), &link.usage) {
            Ok(Some(q)) => Ok((Arc::new(q), book.name.clone(), book.note.clone(), link)),
            Ok(None) => Err(format!(
                "The price book “{}” has no price for the plan `{id}`.",
                book.name
            )),
            Err(e) => Err(e.to_string()),
        }
    });
    let today = chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64)
        .map(|d| d.format("%-d %B %Y").to_string())
        .unwrap_or_default();
    view! {
        <article class="quote-document" data-testid="quote">
            {move || match result.get() {
                Err(message) => view! { <div class="panel error-panel" role="alert">{message}</div> }.into_any(),
                Ok((quote, book_name, note, link)) => {
                    let name = plans.with(|p| plan_name(p, &quote.plan));
                    let json = serde_json::to_string_pretty(&*quote).unwrap_or_default();
                    let csv = quote.to_csv();
                    let u = link.usage.clone();
                    view! {
                        <header class="quote-head">
                            <p class="muted">"slacalc · support quote"</p>
                            <h1>{name}</h1>
                            <p>{format!("Prepared {today} · price book “{book_name}” · {}", quote.currency)}</p>
                        </header>
                        {quote.example.then(|| view! {
                            <p class="example-warning" data-testid="quote-example">"Example rates: these are illustrative, not the provider's price. " {note.clone()}</p>
                        })}
                        <section>
                            <h2>"For"</h2>
                            <p>{format!("{} users, {} servers, monthly cloud spend {}, {} admin hours a month in working hours and {} outside, {} on-site visits a quarter{}.",
                                u.users, u.servers, u.monthly_spend.grouped(), u.admin_hours, u.admin_hours_off, u.visits_per_quarter,
                                if u.add_ons.is_empty() { String::new() } else { format!("; add-ons: {}", u.add_ons.join(", ")) })}</p>
                        </section>
                        <div class="table-scroll"><table class="quote-lines">
                            <thead><tr><th scope="col">"Item"</th><th scope="col">"Why"</th><th scope="col" class="num">"Monthly"</th><th scope="col" class="num">"Annual"</th></tr></thead>
                            <tbody>
                                {quote.lines.iter().map(|l| view! {
                                    <tr><td>{l.label.clone()}</td><td class="why">{l.reason.clone()}</td>
                                        <td class="num">{l.monthly.grouped()}</td><td class="num">{l.annual.grouped()}</td></tr>
                                }).collect_view()}
                            </tbody>
                            <tfoot><tr><th scope="row" colspan="2">{format!("Total ({})", quote.currency)}</th>
                                <td class="num" data-testid="price-monthly" data-value=quote.monthly.plain()>{quote.monthly.grouped()}</td>
                                <td class="num" data-testid="price-annual" data-value=quote.annual.plain()>{quote.annual.grouped()}</td></tr></tfoot>
                        </table></div>
                        <div class="row no-print">
                            <button type="button" on:click=|_| { if let Some(w) = web_sys::window() { let _ = w.print(); } } data-testid="print">"Print or save as PDF"</button>
                            <button type="button" class="secondary" on:click=move |_| { let _ = download("slacalc-quote.json", &json); }>"Download JSON"</button>
                            <button type="button" class="secondary" on:click=move |_| { let _ = download("slacalc-quote.csv", &csv); }>"Download CSV"</button>
                            <a href=format!("/price?{}", link.to_query())>"Back to prices"</a>
                        </div>
                    }.into_any()
                }
            }}
        </article>
    }
    .into_any()
}
