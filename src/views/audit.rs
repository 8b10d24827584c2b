//! Ticket audit view (`/audit?plan=…&tz=…`): a support manager puts in a
//! helpdesk's export of tickets (a file or pasted text), chooses the plan,
//! and sees which targets were met, the verdict on the plan's promised
//! share, the breached targets and every line that is not a ticket. The
//! reading and the measuring are `slacalc_engine::audit`'s; the tickets
//! stay in this tab (src/store.rs), never in the link.

use std::sync::Arc;

use leptos::prelude::*;
use slacalc_engine::audit::{self, AuditReport, SeverityTally, EXAMPLE_EXPORT};
use slacalc_engine::tz::Tz;
use slacalc_engine::{zones, TargetKind};
use slacalc_i18n::{Text, Value};
use slacalc_state::links::AuditLink;

use crate::browser;
use crate::catalog::{self, Plans};
use crate::i18n::{msg, tr, use_locale, Locale};
use crate::parts::{plan_options, use_link, CatalogMissing, LinkNotices};
use crate::store::{self, AuditTickets};

/// Breached targets listed on the page; the rest are in the download.
const LISTED_BREACHES: usize = 50;
/// Lines that are not tickets listed on the page (a file in the wrong
/// date format has one a ticket: the first ones say what to correct).
const LISTED_PROBLEMS: usize = 50;

#[component]
pub fn Audit() -> impl IntoView {
    match catalog::use_plans() {
        Ok(catalog) => view! { <AuditView catalog/> }.into_any(),
        Err(error) => view! { <CatalogMissing error/> }.into_any(),
    }
}

#[component]
fn AuditView(catalog: Memo<Plans>) -> impl IntoView {
    let state = use_link::<AuditLink>(catalog);
    let (link, notices, edit) = (state.link, state.notices, state.edit);
    let locale = use_locale();
    let browser_zone = browser::listed_zone();
    let zone = Memo::new(move |_| link.with(|l| l.tz).or(browser_zone).unwrap_or(Tz::UTC));

    // The export as last put in, kept for a reload of this tab.
    let (tickets, set_tickets) = signal(store::audit_tickets().unwrap_or_default());
    let (status, set_status) = signal(None::<Text>);
    // Each choice counts: a file still being read when something newer is
    // put in (a paste, the example, another file) must not replace it when
    // it arrives.
    let puts = StoredValue::new(0_u32);
    let put_in = move |put: AuditTickets| {
        puts.update_value(|n| *n = n.wrapping_add(1));
        let empty = put.text.is_empty();
        let kept = store::keep_audit_tickets(Some(&put));
        set_status.set((!kept && !empty).then(|| Text::new(msg::AUDIT_NOT_KEPT)));
        // The zone the times were read in goes into the link: shared with
        // the file, the link must read it the same way in another zone.
        if !empty && link.with_untracked(|l| l.tz.is_none()) {
            let tz = zone.get_untracked();
            edit.run(Box::new(move |l| l.tz = Some(tz)));
        }
        set_tickets.set(put);
    };
    let paste = move |text: String| put_in(AuditTickets { text, file: None });
    let read_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let name = file.name();
        // A large export takes a moment to read and measure: say so.
        set_status.set(Some(
            Text::new(msg::AUDIT_READING).with("file", name.clone()),
        ));
        puts.update_value(|n| *n = n.wrapping_add(1));
        let asked = puts.get_value();
        leptos::task::spawn_local(async move {
            // Bytes, not the browser's text: a spreadsheet saved on a
            // Russian Windows is Windows-1251 (audit::decode knows which).
            let read = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
            if puts.try_get_value() != Some(asked) {
                return;
            }
            match read {
                Ok(bytes) => put_in(AuditTickets {
                    text: audit::decode(&js_sys::Uint8Array::new(&bytes).to_vec()).0,
                    file: Some(name),
                }),
                Err(_) => set_status.set(Some(Text::new(msg::AUDIT_FILE_UNREADABLE))),
            }
        });
    };

    // Shared, not cloned: a report holds every ticket of the file.
    let report = Memo::new(move |_| {
        tickets.with(|t| {
            if t.text.trim().is_empty() {
                return None;
            }
            let read = audit::read_tickets(&t.text, zone.get());
            let plan = link.with(|l| l.plan.clone());
            Some(
                catalog
                    .with(|c| audit::audit(c, &plan, &read, browser::now()))
                    .map(Arc::new),
            )
        })
    });
    // A file's text is named, not shown: laying out megabytes in a text
    // box took the browser seconds.
    let from_file = move || {
        tickets.with(|t| {
            let name = t.file.clone()?;
            let bytes = t.text.len() as f64;
            let (unit, scale) = if bytes < 1e6 {
                (msg::AUDIT_SIZE_KB, 1e3)
            } else {
                (msg::AUDIT_SIZE_MB, 1e6)
            };
            let size = Text::new(unit).with(
                "size",
                Value::Number {
                    value: bytes / scale,
                    max_fraction: 1,
                },
            );
            Some(
                locale.text(
                    &Text::new(msg::AUDIT_FROM_FILE)
                        .with("file", name)
                        .with("size", size),
                ),
            )
        })
    };
    let selected_plan = Signal::derive(move || link.with(|l| l.plan.clone()));

    view! {
        <section class="view audit" data-testid="view-audit">
            <h1>{tr(msg::AUDIT_TITLE)}</h1>
            <p class="lede">{tr(msg::AUDIT_LEAD)}</p>
            <LinkNotices notices/>
            <div class="panel audit-input">
                <div class="row">
                    <label class="field">{tr(msg::AUDIT_PLAN)}
                        <select data-testid="audit-plan"
                            on:change=move |ev| { let id = event_target_value(&ev); edit.run(Box::new(move |l| l.plan = id)) }>
                            {move || catalog.with(|c| plan_options(c, selected_plan).into_any())}
                        </select>
                    </label>
                    <label class="field">{tr(msg::AUDIT_ZONE)}
                        <select data-testid="audit-zone"
                            on:change=move |ev| {
                                let tz = event_target_value(&ev).parse::<Tz>().ok();
                                edit.run(Box::new(move |l| l.tz = tz))
                            }>
                            {move || {
                                let lang = locale.lang();
                                let current = zone.get();
                                let mut listed = zones::search_in("", lang);
                                zones::in_reading_order(&mut listed, lang);
                                // A zone from the link that the list lacks is offered too.
                                let unlisted = zones::listed(current.name()).is_none().then(|| {
                                    view! { <option value=current.name() selected=true>{current.name()}</option> }
                                });
                                let options = listed.into_iter().map(|z| {
                                    let label = format!("{} ({})", z.city_in(lang), z.iana);
                                    view! { <option value=z.iana selected=current.name() == z.iana>{label}</option> }
                                }).collect_view();
                                view! { {unlisted}{options} }
                            }}
                        </select>
                    </label>
                </div>
                <div class="row">
                    <label class="file-button">{tr(msg::AUDIT_FILE)}
                        <input type="file" accept=".csv,text/csv,text/plain" data-testid="audit-file" on:change=read_file/>
                    </label>
                    <button type="button" class="secondary" data-testid="audit-example"
                        on:click=move |_| paste(EXAMPLE_EXPORT.to_owned())>{tr(msg::AUDIT_EXAMPLE)}</button>
                    <button type="button" class="secondary" data-testid="audit-clear"
                        on:click=move |_| paste(String::new())>{tr(msg::AUDIT_CLEAR)}</button>
                    <span role="status" class="muted" data-testid="audit-status">{move || status.get().map(|t| locale.text(&t))}</span>
                </div>
                {move || from_file().map(|said| view! { <p data-testid="audit-from-file">{said}</p> })}
                <label class="field">{tr(msg::AUDIT_PASTE)}
                    <textarea rows="8" spellcheck="false" data-testid="audit-text" aria-describedby="audit-columns"
                        placeholder="id,severity,opened,responded,resolved"
                        prop:value=move || tickets.with(|t| if t.file.is_none() { t.text.clone() } else { String::new() })
                        on:change=move |ev| paste(event_target_value(&ev))></textarea>
                </label>
                <p class="muted" id="audit-columns">
                    {tr(msg::AUDIT_COLUMNS)}" "<code>"id,severity,opened,responded,resolved"</code>". "
                    {tr(msg::AUDIT_SEVERITIES)}" "<code>"critical, high, medium, low (P1–P4, 1–4)"</code>
                </p>
            </div>
            // The verdict, said once to a screen reader whenever it changes.
            <p class="sr-only" role="status" data-testid="audit-announce">{move || report.with(|r| match r {
                Some(Ok(r)) => locale.text(&r.verdict()),
                _ => String::new(),
            })}</p>
            {move || match report.get() {
                None => view! { <p class="muted" data-testid="audit-empty">{tr(msg::AUDIT_EMPTY)}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="error" role="alert">{locale.text(e.text())}</p> }.into_any(),
                Some(Ok(report)) => results(report, zone.get(), locale, set_status).into_any(),
            }}
        </section>
    }
}

/// The report: verdict, severities, breaches, the lines that are not tickets.
fn results(
    report: Arc<AuditReport>,
    zone: Tz,
    locale: Locale,
    say: WriteSignal<Option<Text>>,
) -> impl IntoView {
    // Written when asked for: most who read the verdict do not download.
    let download = {
        let report = Arc::clone(&report);
        move |_| {
            if let Err(e) = browser::download("slacalc-audit.csv", &report.to_csv()) {
                say.set(Some(e.text()));
            }
        }
    };
    let breaches: Vec<_> = report
        .breaches()
        .map(|b| {
            (
                b.ticket.id.clone(),
                b.ticket.severity,
                b.kind,
                b.due,
                b.answered,
            )
        })
        .collect();
    let more = breaches.len().saturating_sub(LISTED_BREACHES);
    view! {
        <div class="audit-results" data-testid="audit-results">
            <div class="panel verdict" data-testid="audit-verdict" data-kept=report.promise_kept().map(|k| k.to_string())>
                <p><strong>{locale.text(&report.verdict())}</strong></p>
                <p class="muted" data-testid="audit-as-of">{locale.text(&Text::new(msg::AUDIT_AS_OF).with("at", locale.date_time(report.as_of, zone)))}</p>
                {report.not_measured.iter().map(|kind| view! {
                    <p data-testid="audit-not-measured">{tr(match kind {
                        TargetKind::FirstResponse => msg::AUDIT_NOT_MEASURED_RESPONSE,
                        TargetKind::Resolution => msg::AUDIT_NOT_MEASURED_RESOLUTION,
                    })}</p>
                }).collect_view()}
                {(report.pending > 0).then(|| view! { <p>{locale.text(&Text::new(msg::AUDIT_PENDING).with("count", report.pending))}</p> })}
                {(report.not_promised > 0).then(|| view! {
                    <p>{locale.text(&Text::new(msg::AUDIT_NOT_PROMISED).with("count", report.not_promised).with("plan", Value::Catalog(report.plan_name.clone())))}</p>
                })}
                <button type="button" class="secondary" data-testid="audit-export" on:click=download>{tr(msg::AUDIT_EXPORT)}</button>
            </div>
            {(!report.by_severity.is_empty()).then(|| view! {
                <h2>{tr(msg::AUDIT_BY_SEVERITY)}</h2>
                <div class="table-scroll">
                    <table class="audit-severities stack" data-testid="audit-severities">
                        <thead><tr>
                            <th scope="col">{tr(msg::AUDIT_COL_SEVERITY)}</th>
                            <th scope="col">{tr(msg::AUDIT_COL_TICKETS)}</th>
                            <th scope="col">{tr(msg::AUDIT_COL_RESPONSE)}</th>
                            <th scope="col">{tr(msg::AUDIT_COL_RESOLUTION)}</th>
                        </tr></thead>
                        <tbody>{report.by_severity.iter().map(|s| severity_row(s, locale)).collect_view()}</tbody>
                    </table>
                </div>
            })}
            {(!breaches.is_empty()).then(|| view! {
                <h2>{tr(msg::AUDIT_BREACHES)}</h2>
                <div class="table-scroll">
                    <table class="audit-breaches stack" data-testid="audit-breaches">
                        <thead><tr>
                            <th scope="col">{tr(msg::AUDIT_COL_ID)}</th>
                            <th scope="col">{tr(msg::AUDIT_COL_SEVERITY)}</th>
                            <th scope="col">{tr(msg::AUDIT_COL_TARGET)}</th>
                            <th scope="col">{tr(msg::AUDIT_COL_DUE)}</th>
                            <th scope="col">{tr(msg::AUDIT_COL_ANSWERED)}</th>
                        </tr></thead>
                        <tbody>
                            {breaches.into_iter().take(LISTED_BREACHES).map(|(id, severity, kind, due, answered)| {
                                let target = match kind {
                                    TargetKind::FirstResponse => msg::AUDIT_TARGET_RESPONSE,
                                    TargetKind::Resolution => msg::AUDIT_TARGET_RESOLUTION,
                                };
                                let at = move |t: Option<chrono::DateTime<chrono::Utc>>| t.map(|t| locale.date_time(t, zone));
                                let row = id.clone();
                                view! {
                                    <tr data-ticket=row>
                                        <th scope="row">{id}</th>
                                        <td data-label=tr(msg::AUDIT_COL_SEVERITY)>{locale.text(&severity.title())}</td>
                                        <td data-label=tr(msg::AUDIT_COL_TARGET)>{tr(target)}</td>
                                        <td data-label=tr(msg::AUDIT_COL_DUE)>{at(due)}</td>
                                        <td data-label=tr(msg::AUDIT_COL_ANSWERED)>{at(answered).unwrap_or_else(|| locale.t(msg::AUDIT_NOT_ANSWERED))}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                {(more > 0).then(|| view! { <p class="muted">{locale.text(&Text::new(msg::AUDIT_MORE).with("count", more))}</p> })}
            })}
            {(!report.problems.is_empty()).then(|| view! {
                <div class="panel notice" data-testid="audit-problems">
                    <strong>{locale.text(&Text::new(msg::AUDIT_PROBLEMS).with("count", report.problems.len()))}</strong>
                    <ul>{report.problems.iter().take(LISTED_PROBLEMS).map(|p| view! { <li data-line=p.line.to_string()>{locale.text(&p.text())}</li> }).collect_view()}</ul>
                    {(report.problems.len() > LISTED_PROBLEMS).then(|| view! {
                        <p class="muted">{locale.text(&Text::new(msg::AUDIT_PROBLEMS_MORE).with("count", report.problems.len() - LISTED_PROBLEMS))}</p>
                    })}
                </div>
            })}
        </div>
    }
}

fn severity_row(s: &SeverityTally, locale: Locale) -> impl IntoView {
    view! {
        <tr data-severity=s.severity.as_str()>
            <th scope="row">{locale.text(&s.severity.title())}</th>
            <td data-label=tr(msg::AUDIT_COL_TICKETS)>{s.tickets}</td>
            <td data-label=tr(msg::AUDIT_COL_RESPONSE) data-testid=format!("audit-response-{}", s.severity.as_str())>{locale.text(&s.describe(TargetKind::FirstResponse))}</td>
            <td data-label=tr(msg::AUDIT_COL_RESOLUTION) data-testid=format!("audit-resolution-{}", s.severity.as_str())>{locale.text(&s.describe(TargetKind::Resolution))}</td>
        </tr>
    }
}
