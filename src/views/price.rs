//! Price view (`/price?book=…&users=…&servers=…&spend=…&hours=…&offhours=…&visits=…&addons=…`)
//! and the printable quote (`/quote?plan=…&…`): every plan's monthly and
//! annual price from a price book, line by line; the book editor (edit,
//! import, export). Prices come from `slacalc_engine::price`.

use leptos::prelude::*;
use slacalc_engine::price::{
    add_on_choices, choose_book, lowest_monthly, own_copy, quote_plans, unknown_add_ons, PlanQuote,
    PriceBook,
};
use slacalc_state::links::{PriceLink, QuoteLink};
use slacalc_state::query::Query;
use slacalc_state::saved::{Change, Expect};
use slacalc_state::{Field, ViewLink};

use slacalc_i18n::{catalog_text, Text};

use crate::books::{self, use_books};
use crate::browser;
use crate::catalog::{self, Plans};
use crate::codec;
use crate::error::AppError;
use crate::i18n::{msg, tr, use_locale};
use crate::parts::{use_raw_query, CatalogMissing};
use crate::store::{self, use_store, Outcome, Store};

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
    let locale = use_locale();
    let field_error = move |field: Field| {
        parsed.with(|p| {
            p.1.iter()
                .find(|n| n.field == field)
                .map(|n| locale.text(&n.message))
        })
    };
    let books = use_books();
    let book = Memo::new(move |_| link.with(|l| books.with(|b| choose_book(b, &l.book).cloned())));
    // A link's book this browser does not have: said under the chooser,
    // which shows the book used instead.
    let missing_book = move || {
        link.with(|l| {
            books
                .with(|b| books::missing_book_text(b, &l.book))
                .map(|t| locale.text(&t))
        })
    };
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

    let number_field = move |field: Field, label: slacalc_i18n::Key, step: &'static str| {
        let key = field.key();
        let error_id = format!("{key}-error");
        view! {
            <label class="field">
                {tr(label)}
                <input type="text" inputmode="decimal" data-testid=format!("input-{key}") data-step=step
                    prop:value=move || raw(field).unwrap_or_else(|| "0".to_owned())
                    aria-invalid=move || field_error(field).is_some().to_string()
                    aria-describedby=error_id.clone()
                    on:change=move |ev| set_field(field, slacalc_i18n::plain_number(locale.lang(), &event_target_value(&ev)))/>
                <span class="field-error" id=error_id role="alert" data-testid=format!("error-{key}")>
                    {move || field_error(field)}
                </span>
            </label>
        }
    };
    let add_ons =
        Memo::new(move |_| book.with(|b| b.as_ref().map(add_on_choices).unwrap_or_default()));
    // Add-ons the link asks for that this book does not offer: named, not
    // dropped in silence.
    let unknown = move || {
        let ids = book.with(|b| {
            b.as_ref()
                .map(|b| link.with(|l| unknown_add_ons(b, &l.usage)))
                .unwrap_or_default()
        });
        (!ids.is_empty()).then(|| {
            locale.text(&Text::new(msg::PRICE_ADD_ONS_UNKNOWN).with("ids", ids.join(", ")))
        })
    };

    view! {
        <section class="view price" data-testid="view-price">
            <h1>{tr(msg::PRICE_TITLE)}</h1>
            <div class="panel price-book">
                <label class="field">{tr(msg::PRICE_BOOK)}
                    <select data-testid="book" aria-describedby="book-error" on:change=move |ev| set_field(Field::Book, event_target_value(&ev))>
                        {move || books.get().into_iter().map(|b| {
                            let id = b.id.clone();
                            let selected = book.with(|x| x.as_ref().map(|x| x.id == id).unwrap_or(false));
                            view! { <option value=b.id.clone() selected=selected>{format!("{} ({})", catalog_text(locale.lang(), &b.name), b.currency)}</option> }
                        }).collect_view()}
                    </select>
                    <span class="field-error" id="book-error" role="alert" data-testid="error-book">{missing_book}</span>
                </label>
                {move || book.get().map(|b| view! {
                    <div class="book-note" class:example=b.example data-testid="book-note">
                        {b.example.then(|| view! { <span class="badge warn" data-testid="example-badge">{tr(msg::PRICE_EXAMPLE_BADGE)}</span> })}
                        <p class="muted">{move || catalog_text(locale.lang(), &b.note).into_owned()}</p>
                    </div>
                })}
            </div>
            <form class="panel usage" on:submit=|ev| ev.prevent_default() data-testid="usage">
                <h2>{tr(msg::PRICE_YOUR_SIZE)}</h2>
                <div class="usage-grid">
                    {number_field(Field::Users, msg::PRICE_FIELD_USERS, "1")}
                    {number_field(Field::Servers, msg::PRICE_FIELD_SERVERS, "1")}
                    {number_field(Field::Spend, msg::PRICE_FIELD_SPEND, "100")}
                    {number_field(Field::Hours, msg::PRICE_FIELD_HOURS, "1")}
                    {number_field(Field::OffHours, msg::PRICE_FIELD_OFF_HOURS, "1")}
                    {number_field(Field::Visits, msg::PRICE_FIELD_VISITS, "1")}
                </div>
                // A book with no add-ons (AWS's) has nothing to choose here.
                <fieldset class="add-ons" hidden=move || add_ons.with(Vec::is_empty)>
                    <legend>{tr(msg::PRICE_ADD_ONS)}</legend>
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
                                {move || catalog_text(locale.lang(), &label).into_owned()}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <p class="field-error" role="alert" data-testid="error-addons">{unknown}</p>
            </form>
            <PriceTable quotes link/>
            <BookEditor book store/>
        </section>
    }
}

#[component]
fn PriceTable(quotes: Memo<Vec<PlanQuote>>, link: Memo<PriceLink>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="table-scroll" role="region" aria-label=tr(msg::PRICE_TABLE_LABEL) tabindex="0">
            <table class="comparison prices" data-testid="prices">
                <thead><tr>
                    <th scope="col" class="row-label">{tr(msg::PRICE_PLAN)}</th>
                    <th scope="col">{tr(msg::PRICE_MONTHLY)}</th>
                    <th scope="col">{tr(msg::PRICE_ANNUAL)}</th>
                    <th scope="col">{tr(msg::PRICE_BREAKDOWN)}</th>
                </tr></thead>
                <tbody>
                    {move || {
                        let quotes = quotes.get();
                        let cheapest = lowest_monthly(&quotes);
                        quotes.into_iter().map(|PlanQuote { plan_name: name, quote, quotable, .. }| match quote {
                            Err(message) => view! {
                                <tr><th scope="row" class="row-label">{locale.text(&name)}</th><td colspan="3" class="error">{locale.text(&message)}</td></tr>
                            }.into_any(),
                            Ok(q) => {
                                let best = Some(q.monthly) == cheapest;
                                let quote_href = link.with_untracked(|pricing| QuoteLink::to_quote(&q.plan, pricing));
                                view! {
                                    <tr data-plan=q.plan.clone()>
                                        <th scope="row" class="row-label">{locale.text(&name)}
                                            // A quote describes the plan's targets: the catalog's plans only.
                                            {quotable.then(|| view! { <a class="quote-link" href=quote_href>{locale.t(msg::PRICE_QUOTE)}</a> })}
                                        </th>
                                        <td class:best=best>
                                            <span data-testid="price-monthly" data-plan=q.plan.clone() data-value=q.monthly.plain()>
                                                {locale.money(q.monthly.to_f64(), &q.currency)}
                                            </span>
                                            {best.then(|| view! { <span class="best-badge">" "{locale.t(msg::PRICE_LOWEST)}</span> })}
                                        </td>
                                        <td>
                                            <span data-testid="price-annual" data-plan=q.plan.clone() data-value=q.annual.plain()>
                                                {locale.money(q.annual.to_f64(), &q.currency)}
                                            </span>
                                        </td>
                                        <td>
                                            <ul class="lines">
                                                {q.lines.iter().map(|l| view! {
                                                    <li><strong>{locale.text(&l.label)}</strong>{": "}{locale.text(&Text::new(msg::PRICE_A_MONTH).with("amount", slacalc_i18n::Value::Money { amount: l.monthly.to_f64(), currency: String::new() }))}
                                                        <div class="detail">{locale.text(&l.reason)}</div></li>
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
    let locale = use_locale();
    let (text, set_text) = signal(String::new());
    // What happened last, said when it happened (in the language of that moment).
    let (status, set_status) = signal(String::new());
    let say = move |text: Text| set_status.set(locale.text(&text));
    // The text is the book as its file, written when the editor is open:
    // only then is the JSON part fetched (src/codec.rs).
    // Written once per book shown, so closing and reopening the editor
    // keeps what was typed or imported; an unsaved edit is kept in the tab
    // too (store::keep_book_draft), so a reload does not lose it: the
    // editor then opens with it.
    let has_draft = book.with_untracked(|b| {
        b.as_ref()
            .is_some_and(|b| store::book_draft(&b.id).is_some())
    });
    let (open, set_open) = signal(has_draft);
    // The book in the editor and its file as written, to tell an edit
    // from the book itself.
    let written = StoredValue::new(None::<(PriceBook, String)>);
    let shown_id = move || written.with_value(|w| w.as_ref().map(|(b, _)| b.id.clone()));
    let edited = move |text: String| {
        written.with_value(|w| {
            if let Some((book, file)) = w {
                store::keep_book_draft(&book.id, (*file != text).then_some(text.as_str()));
            }
        });
        set_text.set(text);
    };
    Effect::new(move |_| {
        if !open.get() {
            return;
        }
        let shown = book.get();
        if written.with_value(|w| w.as_ref().map(|(b, _)| b) == shown.as_ref()) {
            return;
        }
        let Some(shown) = shown else {
            written.set_value(None);
            return set_text.set(String::new());
        };
        leptos::task::spawn_local(async move {
            match codec::load().await {
                Ok(codec) => {
                    let file = (codec.write_book)(&shown);
                    match store::book_draft(&shown.id).filter(|d| *d != file) {
                        Some(draft) => {
                            set_text.set(draft);
                            say(Text::new(msg::PRICE_DRAFT_RESTORED));
                        }
                        None => set_text.set(file.clone()),
                    }
                    written.set_value(Some((shown, file)));
                }
                Err(e) => say(e.text()),
            }
        });
    });
    let toggle = move |ev: leptos::ev::Event| {
        set_open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"));
    };
    let save = move |_| {
        let Some(store) = store else { return };
        let text = text.get_untracked();
        let draft_of = shown_id();
        leptos::task::spawn_local(async move {
            let read = codec::read_book(&text).await;
            match read {
                Ok(edited) => {
                    let edited = own_copy(edited, &books::shipped());
                    let saved = Text::new(msg::PRICE_BOOK_SAVED).with("name", edited.name.as_str());
                    say(Text::new(msg::PRICE_SAVING));
                    store.save(Change::save(edited), Expect::Any, move |outcome| {
                        if let (Outcome::Saved(_), Some(id)) = (&outcome, &draft_of) {
                            store::keep_book_draft(id, None);
                        }
                        set_status.set(locale.text(&outcome.status_text(saved)))
                    });
                }
                Err(problem) => say(Text::new(msg::PRICE_BOOK_NOT_SAVED).with("problem", problem)),
            }
        });
    };
    let export = move |_| {
        let text = text.get_untracked();
        // Empty only when the book's JSON could not be written (the JSON
        // part did not download): no empty file.
        if text.is_empty() {
            return say(AppError::PartNotLoaded.text());
        }
        match browser::download("slacalc-price-book.json", &text) {
            Ok(()) => say(Text::new(msg::PRICE_DOWNLOADED)),
            Err(e) => say(e.text()),
        }
    };
    let import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move {
            let Some(t) = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string())
            else {
                return say(Text::new(msg::PRICE_FILE_UNREADABLE));
            };
            let read = codec::read_book(&t).await;
            match read {
                Ok(_) => {
                    edited(t);
                    say(Text::new(msg::PRICE_BOOK_READ));
                }
                Err(problem) => {
                    say(Text::new(msg::PRICE_BOOK_NOT_IMPORTED).with("problem", problem))
                }
            }
        });
    };
    view! {
        <details class="panel book-editor" data-testid="book-editor" open=has_draft on:toggle=toggle>
            <summary>{tr(msg::PRICE_EDIT_RATES)}</summary>
            <p class="muted">
                {tr(msg::PRICE_EDIT_RATES_COMPONENTS)}" "
                <code>"flat, per_user, per_server, spend_share (minimum, tiers), add_on, visits, hours"</code>
                ". "{tr(msg::PRICE_EDIT_RATES_AMOUNTS)}
            </p>
            <textarea rows="16" spellcheck="false" aria-label=tr(msg::PRICE_BOOK_JSON) data-testid="book-json"
                prop:value=move || text.get() on:input=move |ev| edited(event_target_value(&ev))></textarea>
            <div class="row">
                <button type="button" on:click=save data-testid="save-book">{tr(msg::PRICE_SAVE_BOOK)}</button>
                <button type="button" class="secondary" on:click=export>{tr(msg::PRICE_EXPORT)}</button>
                <label class="file-button">{tr(msg::PRICE_IMPORT)}<input type="file" accept="application/json,.json" on:change=import/></label>
                <span role="status" class="muted" data-testid="book-status">{move || status.get()}</span>
            </div>
        </details>
    }
}
