//! Price view (`/price?book=…&users=…&servers=…&spend=…&hours=…&offhours=…&visits=…&addons=…`)
//! and the printable quote (`/quote?plan=…&…`): every plan's monthly and
//! annual price from a price book, line by line; the book editor (edit,
//! import, export). Prices come from `slacalc_engine::price`.

use leptos::prelude::*;
use slacalc_engine::price::{
    add_on_choices, choose_book, lowest_monthly, own_copy, quote_plans, PlanQuote, PriceBook,
};
use slacalc_state::links::{PriceLink, QuoteLink};
use slacalc_state::query::Query;
use slacalc_state::saved::{Change, Expect};
use slacalc_state::{Field, ViewLink};

use crate::books::{self, use_books};
use crate::browser;
use crate::catalog::{self, Plans};
use crate::parts::{use_raw_query, CatalogMissing};
use crate::store::{use_store, Store};

#[component]
pub fn Price() -> impl IntoView {
    match catalog::use_plans() {
        Ok(plans) => view! { <PriceView plans/> }.into_any(),
        Err(error) => view! { <CatalogMissing error/> }.into_any(),
    }
}

#[component]
fn PriceView(plans: Memo<Plans>) -> impl IntoView {
    let store = use_store();
    // The form keeps what the user typed, even when it is wrong, so the
    // field can say what is wrong with it: it edits the raw query.
    let (query, edit) = use_raw_query(PriceLink::PATH);
    let parsed = Memo::new(move |_| query.with(PriceLink::read));
    let link = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    let locale = crate::i18n::use_locale();
    let field_error = move |field: Field| {
        parsed.with(|p| {
            p.1.iter()
                .find(|n| n.field == field)
                .map(|n| locale.text(&n.message))
        })
    };
    let books = use_books();
    let book = Memo::new(move |_| link.with(|l| books.with(|b| choose_book(b, &l.book).cloned())));
    let quotes = Memo::new(move |_| {
        let (usage, packages) = link.with(|l| (l.usage.clone(), l.packages));
        book.with(|book| match book {
            Some(book) => plans.with(|p| quote_plans(book, p, &usage, packages)),
            None => Vec::new(),
        })
    });
    let set_field = move |field: Field, value: String| {
        edit.run(Box::new(move |query: &mut Query| {
            query.set(field.key(), &value);
        }))
    };
    let raw = move |field: Field| query.with(|q| q.get(field.key()));

    let number_field = move |field: Field, label: &'static str, step: &'static str| {
        let key = field.key();
        let error_id = format!("{key}-error");
        view! {
            <label class="field">
                {label}
                <input type="text" inputmode="decimal" data-testid=format!("input-{key}") data-step=step
                    prop:value=move || raw(field).unwrap_or_else(|| "0".to_owned())
                    aria-invalid=move || field_error(field).is_some().to_string()
                    aria-describedby=error_id.clone()
                    on:change=move |ev| set_field(field, event_target_value(&ev).trim().to_owned())/>
                <span class="field-error" id=error_id role="alert" data-testid=format!("error-{key}")>
                    {move || field_error(field)}
                </span>
            </label>
        }
    };
    let add_ons =
        Memo::new(move |_| book.with(|b| b.as_ref().map(add_on_choices).unwrap_or_default()));

    view! {
        <section class="view price" data-testid="view-price">
            <h1>"Price plans"</h1>
            <div class="panel price-book">
                <label class="field">"Price book"
                    <select data-testid="book" on:change=move |ev| set_field(Field::Book, event_target_value(&ev))>
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
                    {number_field(Field::Users, "Users", "1")}
                    {number_field(Field::Servers, "Servers", "1")}
                    {number_field(Field::Spend, "Monthly cloud spend", "100")}
                    {number_field(Field::Hours, "Admin hours a month (working hours)", "1")}
                    {number_field(Field::OffHours, "Admin hours a month (outside working hours)", "1")}
                    {number_field(Field::Visits, "On-site visits a quarter", "1")}
                </div>
                <fieldset class="add-ons">
                    <legend>"Add-ons"</legend>
                    {move || add_ons.get().into_iter().map(|choice| {
                        let (service, label) = (choice.service, choice.label);
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
                                        edit.run(Box::new(move |query: &mut Query| {
                                                                            query.set_list(Field::AddOns.key(), &list);
                                        }));
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
fn PriceTable(quotes: Memo<Vec<PlanQuote>>, link: Memo<PriceLink>) -> impl IntoView {
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
                        let cheapest = lowest_monthly(&quotes);
                        quotes.into_iter().map(|PlanQuote { plan_name: name, quote, .. }| match quote {
                            Err(message) => view! {
                                <tr><th scope="row" class="row-label">{name}</th><td colspan="3" class="error">{message}</td></tr>
                            }.into_any(),
                            Ok(q) => {
                                let best = Some(q.monthly) == cheapest;
                                let quote_href = QuoteLink { plan: q.plan.clone(), pricing: link.get_untracked(), document: None }.href();
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
            Ok(edited) => {
                let edited = own_copy(edited, &books::shipped().unwrap_or_default());
                let name = edited.name.clone();
                set_status.set("Saving…".to_owned());
                store.save(Change::save(edited), Expect::Any, move |outcome| {
                    set_status.set(outcome.status(&format!("Saved as “{name}”. Choose it above.")))
                });
            }
            Err(e) => set_status.set(format!("Not saved: {e}")),
        }
    };
    let export = move |_| {
        let result = browser::download("slacalc-price-book.json", &text.get_untracked());
        set_status.set(match result {
            Ok(()) => "Downloaded.".to_owned(),
            Err(e) => e.to_string(),
        });
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
