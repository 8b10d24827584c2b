//! The quote a customer signs (`/quote`): who it is for, by whom, its
//! number and dates; what the plan or package is (hours and zone, targets
//! per severity with their calendars, channels, services); the price line
//! by line with totals; printable to A4 and exported as JSON and CSV.
//!
//! A salesperson arrives with `?plan=…` and the price parts; the view seals
//! the quote into the link (`?q=…`), so the copied link opens the same
//! document anywhere. Everything in it comes from
//! `slacalc_engine::price::QuoteDocument`.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use slacalc_engine::price::{choose_book, PlanDescription, Quote, QuoteDocument, QuoteMeta};
use slacalc_state::links::{PriceLink, QuoteLink};
use slacalc_state::ViewLink;

use crate::books::use_books;
use crate::browser;
use crate::catalog::{self, Plans};
use crate::parts::{use_link, CatalogMissing, Edit, LinkNotices};

/// Beyond this many characters some chat apps cut a link short.
const CHAT_LINK_LIMIT: usize = 2_000;

#[component]
pub fn QuotePage() -> impl IntoView {
    match catalog::use_plans() {
        Ok(plans) => view! { <QuoteView plans/> }.into_any(),
        Err(error) => view! { <CatalogMissing error/> }.into_any(),
    }
}

#[component]
fn QuoteView(plans: Memo<Plans>) -> impl IntoView {
    let state = use_link::<QuoteLink>(plans);
    let (link, notices, edit) = (state.link, state.notices, state.edit);
    let books = use_books();

    // A quote prepared here from a plan and the price parts: sealed into
    // the link once, so every later view of it (and the copied link) is
    // the document itself.
    let (problem, set_problem) = signal(None::<String>);
    // This page prepares the quote when it arrives with a plan, not a
    // sealed document.
    let preparing = StoredValue::new(link.with_untracked(|l| l.document.is_none()));
    Effect::new(move |_| {
        let current = link.get();
        if current.document.is_some() || current.plan.is_empty() {
            return;
        }
        let book = books.with(|b| choose_book(b, &current.pricing.book).cloned());
        let Some(book) = book else {
            set_problem.set(Some("No price book is available.".to_owned()));
            return;
        };
        let today = browser::today();
        let meta = QuoteMeta::issued(today, browser::now().timestamp_subsec_millis().into());
        let made = plans.with(|p| {
            QuoteDocument::new(
                &book,
                p,
                &current.plan,
                &current.pricing.usage,
                current.pricing.packages,
                meta,
            )
        });
        match made {
            Ok(document) => edit.run(Box::new(move |l| l.document = Some(document))),
            Err(e) => set_problem.set(Some(format!("This quote cannot be made: {e}."))),
        }
    });

    view! {
        <section class="view quote" data-testid="view-quote">
            <LinkNotices notices/>
            {move || problem.get().map(|p| view! { <div class="panel error-panel" role="alert" data-testid="quote-problem">{p}</div> })}
            {move || link.get().document.map(|document| view! { <QuoteDocumentView document plans edit preparing=preparing.get_value()/> })}
            // A link that is cut short or names no plan: a way on, not a blank page.
            {move || (link.with(|l| l.document.is_none() && l.plan.is_empty())).then(|| view! {
                <p class="panel" data-testid="quote-way-on">
                    "Ask the sender for the link again, or "
                    <a href=PriceLink::default().href()>"open the prices"</a>
                    " and make a quote there."
                </p>
            })}
        </section>
    }
}

#[component]
fn QuoteDocumentView(
    document: QuoteDocument,
    plans: Memo<Plans>,
    edit: Edit<QuoteLink>,
    /// True when this page made the quote (from a plan and the price parts).
    preparing: bool,
) -> impl IntoView {
    let computed = plans.with_untracked(|p| {
        document
            .quote(p)
            .and_then(|q| Ok((q, document.describe(p)?)))
    });
    let (quote, description) = match computed {
        Ok(done) => done,
        Err(e) => {
            return view! { <div class="panel error-panel" role="alert">{format!("This quote cannot be shown: {e}.")}</div> }
                .into_any()
        }
    };
    let meta = document.meta.clone();
    let share_link = format!(
        "{}{}",
        browser::origin(),
        QuoteLink {
            document: Some(document.clone()),
            ..QuoteLink::default()
        }
        .href()
    );
    let json = serde_json::to_string_pretty(
        &serde_json::json!({ "document": &document, "quote": &quote }),
    )
    .unwrap_or_default();
    let csv = plans
        .with_untracked(|p| document.to_csv(p))
        .unwrap_or_default();
    let back = PriceLink {
        book: document.book.id.clone(),
        usage: document.usage.clone(),
        ..PriceLink::default()
    }
    .href();
    let book_name = document.book.name.clone();
    let example_note = document.book.note.clone();
    view! {
        <MetaForm meta=meta.clone() edit preparing/>
        <article class="quote-document" data-testid="quote">
            <header class="quote-head">
                <p class="muted">"Support quote"</p>
                <h1 data-testid="quote-title">{description.name.clone()}</h1>
                <dl class="quote-meta">
                    <div><dt>"For"</dt><dd data-testid="quote-customer">{or_blank(&meta.customer)}</dd></div>
                    <div><dt>"Prepared by"</dt><dd>{or_blank(&meta.prepared_by)}</dd></div>
                    <div><dt>"Quote number"</dt><dd data-testid="quote-number">{meta.number.clone()}</dd></div>
                    <div><dt>"Date"</dt><dd>{long_date(meta.date)}</dd></div>
                    <div><dt>"Valid until"</dt><dd data-testid="quote-valid-until">{long_date(meta.valid_until)}</dd></div>
                </dl>
            </header>
            {quote.example.then(|| view! {
                <p class="example-warning" data-testid="quote-example">
                    <strong>"Example rates, not a provider's price. "</strong>{example_note.clone()}
                </p>
            })}
            <Description description=description.clone()/>
            <section>
                <h2>"Price"</h2>
                <PriceLines quote=quote.clone()/>
                <p class="muted">{format!("Rates from the price book “{book_name}”, in {}.", quote.currency)}</p>
                {quote.note.clone().map(|n| view! { <p class="muted" data-testid="quote-note">{n}</p> })}
            </section>
            <section class="signatures">
                <div><span class="line"></span>"For the customer: name, signature, date"</div>
                <div><span class="line"></span>"For the provider: name, signature, date"</div>
            </section>
        </article>
        <ShareBox share_link json csv back/>
    }
    .into_any()
}

fn or_blank(text: &str) -> String {
    if text.trim().is_empty() {
        "—".to_owned()
    } else {
        text.to_owned()
    }
}

/// `25 November 2026`.
fn long_date(date: NaiveDate) -> String {
    format!("{} {} {}", date.day(), date.format("%B"), date.year())
}

#[component]
fn Description(description: PlanDescription) -> impl IntoView {
    view! {
        <section class="quote-package" data-testid="quote-package">
            <h2>"What is included"</h2>
            <p><strong>"Hours: "</strong>{description.hours.join("; ")}</p>
            <div class="table-scroll">
                <table class="quote-targets" data-testid="quote-targets">
                    <thead><tr><th scope="col">"Severity"</th><th scope="col">"First response"</th><th scope="col">"Resolution"</th></tr></thead>
                    <tbody>
                        {description.targets.into_iter().map(|row| view! {
                            <tr><th scope="row">{slacalc_engine::words::capitalised(row.severity.as_str())}</th><td>{row.first_response}</td><td>{row.resolution}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {description.commitment.map(|c| view! { <p>{c}</p> })}
            {(!description.assumptions.is_empty()).then(|| view! {
                <p class="assumptions" data-testid="quote-assumptions">
                    <strong>"Marked “assumption”: "</strong>{description.assumptions.join(" ")}
                </p>
            })}
            <p><strong>"Channels: "</strong>{description.channels.join(", ")}</p>
            {(!description.included.is_empty()).then(|| view! {
                <p><strong>"Included services: "</strong>{description.included.join("; ")}</p>
            })}
            {(!description.optional.is_empty()).then(|| view! {
                <p><strong>"Available at extra cost: "</strong>{description.optional.join("; ")}</p>
            })}
        </section>
    }
}

#[component]
fn PriceLines(quote: Quote) -> impl IntoView {
    let lines = quote.lines.clone();
    view! {
        <div class="table-scroll">
            <table class="quote-lines">
                <thead><tr><th scope="col">"Item"</th><th scope="col">"How it is worked out"</th><th scope="col" class="num">"Monthly"</th><th scope="col" class="num">"Annual"</th></tr></thead>
                <tbody>
                    {lines.into_iter().map(|l| view! {
                        <tr data-testid="quote-line"><td>{l.label}</td><td class="why">{l.reason}</td>
                            <td class="num">{l.monthly.grouped()}</td><td class="num">{l.annual.grouped()}</td></tr>
                    }).collect_view()}
                </tbody>
                <tfoot><tr><th scope="row" colspan="2">{format!("Total ({})", quote.currency)}</th>
                    <td class="num" data-testid="price-monthly" data-value=quote.monthly.plain()>{quote.monthly.grouped()}</td>
                    <td class="num" data-testid="price-annual" data-value=quote.annual.plain()>{quote.annual.grouped()}</td></tr></tfoot>
            </table>
        </div>
    }
}

/// A change to the quote's details, or why it cannot be made.
type MetaChange = Box<dyn FnOnce(&mut QuoteMeta) -> Result<(), String>>;

/// The salesperson's fields; each change reseals the link. Not printed.
#[component]
fn MetaForm(meta: QuoteMeta, edit: Edit<QuoteLink>, preparing: bool) -> impl IntoView {
    let (error, set_error) = signal(None::<String>);
    let current = StoredValue::new(meta.clone());
    // A change is checked first; only a valid one reseals the link.
    let change = move |apply: MetaChange| {
        let mut next = current.get_value();
        match apply(&mut next).and_then(|()| next.validate().map_err(|e| e.to_string())) {
            Ok(()) => {
                set_error.set(None);
                current.set_value(next.clone());
                edit.run(Box::new(move |l| {
                    if let Some(document) = &mut l.document {
                        document.meta = next;
                    }
                }));
            }
            Err(e) => set_error.set(Some(e)),
        }
    };
    let text = move |label: &'static str,
                     testid: &'static str,
                     value: String,
                     set: fn(&mut QuoteMeta, String)| {
        view! {
            <label class="field">{label}
                <input type="text" maxlength="120" data-testid=testid prop:value=value
                    on:change=move |ev| {
                        let v = event_target_value(&ev).trim().to_owned();
                        change(Box::new(move |m| { set(m, v); Ok(()) }));
                    }/>
            </label>
        }
    };
    view! {
        // Open for whoever prepares the quote in this page; folded for
        // whoever receives it, who reads the document first.
        <details class="panel quote-meta-form no-print" open=preparing>
        <summary>"Edit the quote's details (customer, prepared by, number, validity)"</summary>
        <form on:submit=|ev| ev.prevent_default() data-testid="quote-form">
            <div class="row">
                {text("Customer", "quote-customer-input", meta.customer.clone(), |m, v| m.customer = v)}
                {text("Prepared by", "quote-seller-input", meta.prepared_by.clone(), |m, v| m.prepared_by = v)}
                {text("Quote number", "quote-number-input", meta.number.clone(), |m, v| m.number = v)}
                <label class="field">"Valid until"
                    <input type="date" data-testid="quote-valid-input" prop:value=meta.valid_until.to_string()
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            change(Box::new(move |m| {
                                m.valid_until = NaiveDate::parse_from_str(&v, "%Y-%m-%d")
                                    .map_err(|_| format!("valid until: `{v}` is not a date"))?;
                                Ok(())
                            }));
                        }/>
                </label>
            </div>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
        </form>
        </details>
    }
}

/// Print, the link to send, the exports.
#[component]
fn ShareBox(share_link: String, json: String, csv: String, back: String) -> impl IntoView {
    let (status, set_status) = signal(String::new());
    let long = share_link.chars().count() > CHAT_LINK_LIMIT;
    let length = share_link.chars().count();
    let link_for_copy = share_link.clone();
    let copy = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let promise = window.navigator().clipboard().write_text(&link_for_copy);
        set_status.set("Copying…".to_owned());
        leptos::task::spawn_local(async move {
            let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            set_status.set(if copied {
                "Link copied: it opens this quote as it is, in any browser.".to_owned()
            } else {
                "The browser did not allow copying; select the link and copy it.".to_owned()
            });
        });
    };
    let download = move |name: &'static str, text: String| {
        set_status.set(match browser::download(name, &text) {
            Ok(()) => "Downloaded.".to_owned(),
            Err(e) => e.to_string(),
        })
    };
    let json_file = json.clone();
    view! {
        <section class="panel share-quote no-print" data-testid="share-quote">
            <div class="row">
                <button type="button" on:click=|_| { if let Some(w) = web_sys::window() { let _ = w.print(); } } data-testid="print">"Print or save as PDF"</button>
                <button type="button" on:click=copy data-testid="copy-quote-link">"Copy link"</button>
                <button type="button" class="secondary" on:click=move |_| download("slacalc-quote.json", json_file.clone())>"Download JSON"</button>
                <button type="button" class="secondary" on:click=move |_| download("slacalc-quote.csv", csv.clone())>"Download CSV"</button>
                <a href=back>"Back to prices"</a>
            </div>
            <label class="field">"Link to this quote"
                <input type="text" readonly data-testid="quote-link" prop:value=share_link
                    on:focus=move |ev| { event_target::<web_sys::HtmlInputElement>(&ev).select() }/>
            </label>
            {long.then(|| view! {
                <p class="warn" data-testid="quote-link-long">
                    {format!("This link is {length} characters long; some chat apps cut links that long. Send the JSON file instead, or by e-mail.")}
                </p>
            })}
            <p class="muted" role="status">{move || status.get()}</p>
        </section>
    }
}
