//! The quote a customer signs (`/quote`): who it is for, by whom, its
//! number and dates; what the plan or package is (hours and zone, targets
//! per severity with their calendars, channels, services); the price line
//! by line with totals; printable to A4 and exported as JSON and CSV.
//!
//! A salesperson arrives with `?plan=…` and the price parts; the view seals
//! the quote into the link (`?q=…`), so the copied link opens the same
//! document anywhere. Everything in it comes from
//! `slacalc_engine::price::QuoteDocument`.

use leptos::prelude::*;
use slacalc_engine::calendar::iso;
use slacalc_engine::price::{
    book_missing, choose_book, severity, PlanDescription, Quote, QuoteDocument, QuoteMeta,
};
use slacalc_i18n::{catalog_text, Text, Value};
use slacalc_state::links::{Frame, PriceLink, QuoteLink};
use slacalc_state::ViewLink;

use crate::books::use_books;
use crate::browser;
use crate::catalog::{self, Plans};
use crate::codec;
use crate::i18n::{msg, tr, use_locale, IntlFormats, Locale};
use crate::nav::use_location;
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
    let (problem, set_problem) = signal(None::<Text>);
    let locale = use_locale();
    // This page prepares the quote when it arrives with a plan, not a
    // sealed document.
    let preparing = StoredValue::new(link.with_untracked(|l| l.document.is_none()));
    // The tab, the history and a PDF printed from it (whose file takes the
    // title's name) say which quote this is; the app leaves this page's
    // title to it (routes::Page::titles_itself).
    // Only while on /quote: the view stays on screen while the next page's
    // code arrives, and must not write over that page's title.
    let location = use_location();
    Effect::new(move |_| {
        if !location.is_at("/quote") {
            return;
        }
        let title = link.with(|l| page_title(l.document.as_ref().map(|d| &d.meta)));
        document().set_title(&locale.text(&title));
    });
    Effect::new(move |_| {
        let current = link.get();
        if current.document.is_some() || current.plan.is_empty() {
            return;
        }
        // A quote is a price promised: never made from another book than
        // the one its link names.
        if books.with(|b| book_missing(b, &current.pricing.book)) {
            let missing =
                Text::new(msg::QUOTE_BOOK_MISSING).with("id", current.pricing.book.as_str());
            set_problem.set(Some(
                Text::new(msg::QUOTE_CANNOT_BE_MADE).with("problem", missing),
            ));
            return;
        }
        let book = books.with(|b| choose_book(b, &current.pricing.book).cloned());
        let Some(book) = book else {
            set_problem.set(Some(Text::new(msg::QUOTE_NO_BOOK)));
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
            Err(e) => set_problem.set(Some(
                Text::new(msg::QUOTE_CANNOT_BE_MADE).with("problem", e.text().clone()),
            )),
        }
    });

    view! {
        <section class="view quote" data-testid="view-quote">
            <LinkNotices notices/>
            {move || problem.get().map(|p| view! { <div class="panel error-panel" role="alert" data-testid="quote-problem">{locale.text(&p)}</div> })}
            {move || link.get().document.map(|document| view! { <QuoteDocumentView document plans edit preparing=preparing.get_value()/> })}
            // A link that is cut short, names no plan or cannot be made
            // into a quote: a way on, not a dead end.
            {move || (link.with(|l| l.document.is_none() && (l.plan.is_empty() || problem.with(Option::is_some)))).then(|| view! {
                <p class="panel" data-testid="quote-way-on">
                    {tr(msg::QUOTE_WAY_ON_BEFORE)}
                    <a href=PriceLink::default().href()>{tr(msg::QUOTE_WAY_ON_LINK)}</a>
                    {tr(msg::QUOTE_WAY_ON_AFTER)}
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
    let locale = use_locale();
    let computed = plans.with_untracked(|p| {
        document
            .quote(p)
            .and_then(|q| Ok((q, document.describe(p)?)))
    });
    let (quote, description) = match computed {
        Ok(done) => done,
        Err(e) => {
            let problem = Text::new(msg::QUOTE_CANNOT_BE_SHOWN).with("problem", e.text().clone());
            return view! { <div class="panel error-panel" role="alert">{move || locale.text(&problem)}</div> }
                .into_any();
        }
    };
    let meta = document.meta.clone();
    // The sealed document is the same in every language; the link adds
    // the reader's, so the customer opens it in the language it was sent in.
    let sealed = QuoteLink {
        document: Some(document.clone()),
        ..QuoteLink::default()
    }
    .href();
    let origin = browser::origin();
    let share_link = Signal::derive(move || {
        let frame = Frame {
            lang: Some(locale.lang()),
            embed: false,
        };
        format!("{origin}{}", frame.apply(&sealed))
    });
    let back = PriceLink {
        book: document.book.id.clone(),
        usage: document.usage.clone(),
        ..PriceLink::default()
    }
    .href();
    let book_name = document.book.name.clone();
    let example_note = document.book.note.clone();
    let currency = quote.currency.clone();
    let note = quote.note.clone();
    let (date, valid_until) = (meta.date, meta.valid_until);
    view! {
        <MetaForm meta=meta.clone() edit preparing/>
        <article class="quote-document" data-testid="quote">
            <header class="quote-head">
                <p class="muted">{tr(msg::QUOTE_HEADING)}</p>
                <h1 data-testid="quote-title">{description.name.clone()}</h1>
                <dl class="quote-meta">
                    <div><dt>{tr(msg::QUOTE_FOR)}</dt><dd data-testid="quote-customer">{or_blank(&meta.customer)}</dd></div>
                    <div><dt>{tr(msg::QUOTE_FIELD_PREPARED_BY)}</dt><dd>{or_blank(&meta.prepared_by)}</dd></div>
                    <div><dt>{tr(msg::QUOTE_FIELD_NUMBER)}</dt><dd data-testid="quote-number">{meta.number.clone()}</dd></div>
                    <div><dt>{tr(msg::QUOTE_FIELD_DATE)}</dt><dd>{move || locale.date(date)}</dd></div>
                    <div><dt>{tr(msg::QUOTE_FIELD_VALID_UNTIL)}</dt><dd data-testid="quote-valid-until">{move || locale.date(valid_until)}</dd></div>
                </dl>
            </header>
            {quote.example.then(|| view! {
                <p class="example-warning" data-testid="quote-example">
                    <strong>{tr(msg::QUOTE_EXAMPLE_RATES)}" "</strong>
                    {move || catalog_text(locale.lang(), &example_note).into_owned()}
                </p>
            })}
            <Description description=description.clone()/>
            <section>
                <h2>{tr(msg::QUOTE_PRICE)}</h2>
                <PriceLines quote=quote.clone()/>
                <p class="muted">{move || locale.text(&Text::new(msg::QUOTE_RATES_FROM).with("book", Value::Catalog(book_name.clone())).with("currency", currency.as_str()))}</p>
                {note.map(|n| view! { <p class="muted" data-testid="quote-note">{move || locale.text(&n)}</p> })}
            </section>
            <section class="signatures">
                <div><span class="line"></span>{tr(msg::QUOTE_SIGN_CUSTOMER)}</div>
                <div><span class="line"></span>{tr(msg::QUOTE_SIGN_PROVIDER)}</div>
            </section>
        </article>
        <ShareBox share_link document plans back/>
    }
    .into_any()
}

/// "Quote Q-7 for Acme — slacalc", as far as the quote names them.
fn page_title(meta: Option<&QuoteMeta>) -> Text {
    let (number, customer) = meta.map_or(("", ""), |m| (m.number.trim(), m.customer.trim()));
    match (number.is_empty(), customer.is_empty()) {
        (true, _) => Text::new(msg::PAGE_TITLE_VIEW).with("view", Text::new(msg::QUOTE_HEADING)),
        (false, true) => Text::new(msg::QUOTE_PAGE_TITLE).with("number", number),
        (false, false) => Text::new(msg::QUOTE_PAGE_TITLE_FOR)
            .with("number", number)
            .with("customer", customer),
    }
}

fn or_blank(text: &str) -> String {
    if text.trim().is_empty() {
        "—".to_owned()
    } else {
        text.to_owned()
    }
}

/// Texts in the reader's language, run together with `separator`.
fn joined(locale: Locale, texts: &[Text], separator: &str) -> String {
    texts
        .iter()
        .map(|t| locale.text(t))
        .collect::<Vec<_>>()
        .join(separator)
}

#[component]
fn Description(description: PlanDescription) -> impl IntoView {
    let locale = use_locale();
    let PlanDescription {
        hours,
        targets,
        commitment,
        channels,
        included,
        optional,
        assumptions,
        ..
    } = description;
    let has_assumptions = !assumptions.is_empty();
    let (has_included, has_optional) = (!included.is_empty(), !optional.is_empty());
    view! {
        <section class="quote-package" data-testid="quote-package">
            <h2>{tr(msg::QUOTE_WHAT_IS_INCLUDED)}</h2>
            <p><strong>{tr(msg::QUOTE_HOURS)}" "</strong>{move || joined(locale, &hours, "; ")}</p>
            <div class="table-scroll">
                <table class="quote-targets" data-testid="quote-targets">
                    <thead><tr><th scope="col">{tr(msg::QUOTE_SEVERITY)}</th><th scope="col">{tr(msg::QUOTE_FIRST_RESPONSE)}</th><th scope="col">{tr(msg::QUOTE_RESOLUTION)}</th></tr></thead>
                    <tbody>
                        {targets.into_iter().map(|row| {
                            let name = severity(row.severity);
                            view! {
                                <tr><th scope="row">{move || locale.text(&name)}</th>
                                    <td>{move || row.first_response.render(locale.lang(), &IntlFormats)}</td>
                                    <td>{move || row.resolution.render(locale.lang(), &IntlFormats)}</td></tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {commitment.map(|c| view! { <p>{move || locale.text(&c)}</p> })}
            {has_assumptions.then(|| view! {
                <p class="assumptions" data-testid="quote-assumptions">
                    <strong>{tr(msg::QUOTE_ASSUMPTIONS)}" "</strong>{move || joined(locale, &assumptions, " ")}
                </p>
            })}
            <p><strong>{tr(msg::QUOTE_CHANNELS)}" "</strong>{move || joined(locale, &channels, ", ")}</p>
            {has_included.then(|| view! {
                <p><strong>{tr(msg::QUOTE_INCLUDED_SERVICES)}" "</strong>{move || joined(locale, &included, "; ")}</p>
            })}
            {has_optional.then(|| view! {
                <p><strong>{tr(msg::QUOTE_OPTIONAL_SERVICES)}" "</strong>{move || joined(locale, &optional, "; ")}</p>
            })}
        </section>
    }
}

#[component]
fn PriceLines(quote: Quote) -> impl IntoView {
    let locale = use_locale();
    // Amounts without the currency: the total's heading names it once.
    let amount = move |d: slacalc_engine::price::Decimal| locale.money(d.to_f64(), "");
    let (monthly, annual, currency) = (quote.monthly, quote.annual, quote.currency.clone());
    view! {
        <div class="table-scroll">
            <table class="quote-lines">
                <thead><tr><th scope="col">{tr(msg::QUOTE_ITEM)}</th><th scope="col">{tr(msg::QUOTE_WORKED_OUT)}</th><th scope="col" class="num">{tr(msg::PRICE_MONTHLY)}</th><th scope="col" class="num">{tr(msg::PRICE_ANNUAL)}</th></tr></thead>
                <tbody>
                    {move || quote.lines.iter().map(|l| view! {
                        <tr data-testid="quote-line"><td>{locale.text(&l.label)}</td><td class="why">{locale.text(&l.reason)}</td>
                            <td class="num">{amount(l.monthly)}</td><td class="num">{amount(l.annual)}</td></tr>
                    }).collect_view()}
                </tbody>
                <tfoot><tr><th scope="row" colspan="2">{move || locale.text(&Text::new(msg::QUOTE_TOTAL).with("currency", currency.as_str()))}</th>
                    <td class="num" data-testid="price-monthly" data-value=monthly.plain()>{move || amount(monthly)}</td>
                    <td class="num" data-testid="price-annual" data-value=annual.plain()>{move || amount(annual)}</td></tr></tfoot>
            </table>
        </div>
    }
}

/// A change to the quote's details, or why it cannot be made.
type MetaChange = Box<dyn FnOnce(&mut QuoteMeta) -> Result<(), Text>>;

/// The salesperson's fields; each change reseals the link. Not printed.
#[component]
fn MetaForm(meta: QuoteMeta, edit: Edit<QuoteLink>, preparing: bool) -> impl IntoView {
    let locale = use_locale();
    let (error, set_error) = signal(None::<Text>);
    let current = StoredValue::new(meta.clone());
    // A change is checked first; only a valid one reseals the link.
    let change = move |apply: MetaChange| {
        let mut next = current.get_value();
        match apply(&mut next).and_then(|()| next.validate().map_err(|e| e.text().clone())) {
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
    let text = move |label: slacalc_i18n::Key,
                     testid: &'static str,
                     value: String,
                     set: fn(&mut QuoteMeta, String)| {
        view! {
            <label class="field">{tr(label)}
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
        <summary>{tr(msg::QUOTE_EDIT_DETAILS)}</summary>
        <form on:submit=|ev| ev.prevent_default() data-testid="quote-form">
            <div class="row">
                {text(msg::QUOTE_FIELD_CUSTOMER, "quote-customer-input", meta.customer.clone(), |m, v| m.customer = v)}
                {text(msg::QUOTE_FIELD_PREPARED_BY, "quote-seller-input", meta.prepared_by.clone(), |m, v| m.prepared_by = v)}
                {text(msg::QUOTE_FIELD_NUMBER, "quote-number-input", meta.number.clone(), |m, v| m.number = v)}
                <label class="field">{tr(msg::QUOTE_FIELD_VALID_UNTIL)}
                    <input type="date" data-testid="quote-valid-input" prop:value=meta.valid_until.to_string()
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            change(Box::new(move |m| {
                                m.valid_until = iso::parse_date(&v)
                                    .ok_or_else(|| Text::new(msg::QUOTE_NOT_A_DATE).with("text", v.as_str()))?;
                                Ok(())
                            }));
                        }/>
                </label>
            </div>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{locale.text(&e)}</p> })}
        </form>
        </details>
    }
}

/// Print, the link to send, the exports (written in the reader's language
/// when they are downloaded).
#[component]
fn ShareBox(
    share_link: Signal<String>,
    document: QuoteDocument,
    plans: Memo<Plans>,
    back: String,
) -> impl IntoView {
    let locale = use_locale();
    // What happened last, said when it happened.
    let (status, set_status) = signal(String::new());
    let say = move |text: Text| set_status.set(locale.text(&text));
    let length = move || share_link.with(|l| l.chars().count());
    let copy = move |_| {
        say(Text::new(msg::QUOTE_COPYING));
        browser::copy(&share_link.get_untracked(), move |copied| {
            say(Text::new(if copied {
                msg::QUOTE_LINK_COPIED
            } else {
                msg::QUOTE_COPY_REFUSED
            }))
        });
    };
    let document = StoredValue::new(document);
    let download = move |csv: bool| {
        leptos::task::spawn_local(async move {
            let name = document.with_value(|d| d.file_name(if csv { "csv" } else { "json" }));
            let lang = locale.lang_untracked();
            // The JSON file is written by the JSON part (src/codec.rs).
            let codec = if csv {
                None
            } else {
                match codec::load().await {
                    Ok(codec) => Some(codec),
                    Err(e) => return set_status.set(locale.text(&e.text())),
                }
            };
            let text = plans.with_untracked(|p| {
                document.with_value(|d| match codec {
                    Some(codec) => (codec.write_quote)(d, p, lang, &IntlFormats),
                    None => d.to_csv(p, lang, &IntlFormats),
                })
            });
            match text.map(|text| browser::download(&name, &text)) {
                Ok(Ok(())) => say(Text::new(msg::PRICE_DOWNLOADED)),
                Ok(Err(e)) => set_status.set(locale.text(&e.text())),
                Err(e) => set_status.set(locale.text(e.text())),
            }
        });
    };
    view! {
        <section class="panel share-quote no-print" data-testid="share-quote">
            <div class="row">
                <button type="button" on:click=|_| { if let Some(w) = web_sys::window() { let _ = w.print(); } } data-testid="print">{tr(msg::QUOTE_PRINT)}</button>
                <button type="button" on:click=copy data-testid="copy-quote-link">{tr(msg::QUOTE_COPY_LINK)}</button>
                <button type="button" class="secondary" data-testid="download-json" on:click=move |_| download(false)>{tr(msg::QUOTE_DOWNLOAD_JSON)}</button>
                <button type="button" class="secondary" data-testid="download-csv" on:click=move |_| download(true)>{tr(msg::QUOTE_DOWNLOAD_CSV)}</button>
                <a href=back>{tr(msg::QUOTE_BACK_TO_PRICES)}</a>
            </div>
            <label class="field">{tr(msg::QUOTE_LINK_LABEL)}
                <input type="text" readonly data-testid="quote-link" prop:value=share_link
                    on:focus=move |ev| { event_target::<web_sys::HtmlInputElement>(&ev).select() }/>
            </label>
            {move || (length() > CHAT_LINK_LIMIT).then(|| view! {
                <p class="warn" data-testid="quote-link-long">
                    {locale.text(&Text::new(msg::QUOTE_LINK_LONG).with("length", Value::Number { value: length() as f64, max_fraction: 0 }))}
                </p>
            })}
            <p class="muted" role="status">{move || status.get()}</p>
        </section>
    }
}
