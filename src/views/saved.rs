//! Saved work in the page: the banner that says when saved data could not
//! be read or written (on every view), and the backup panel (export all,
//! import a backup, download unreadable data, start afresh).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::store::{use_store, Problem, Store};

/// Offers `text` as a file download named `name` (JSON or CSV by its
/// extension).
pub fn download(name: &str, text: &str) -> Result<(), String> {
    let fail = |_| "The browser did not allow the download.".to_owned();
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(if name.ends_with(".csv") {
        "text/csv"
    } else {
        "application/json"
    });
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("No document.")?;
    let link: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Downloads all saved work as one file; returns what to tell the user.
fn export_backup(store: Store) -> String {
    let text = store.work.with_untracked(|w| w.to_json());
    download("slacalc-backup.json", &text)
        .err()
        .unwrap_or_else(|| "Backup downloaded.".to_owned())
}

/// Shown above every view while saved work has a problem.
#[component]
pub fn SavedWorkBanner() -> impl IntoView {
    let Some(store) = use_store() else {
        return ().into_any();
    };
    view! {
        {move || store.problem.get().map(|problem| view! { <ProblemNotice store problem/> })}
    }
    .into_any()
}

#[component]
fn ProblemNotice(store: Store, problem: Problem) -> impl IntoView {
    let unreadable = matches!(problem, Problem::Unreadable { .. });
    let (status, set_status) = signal(String::new());
    let download_unreadable = move |_| {
        let result = match store.unreadable_text() {
            Some(text) => download("slacalc-unreadable-saved-work.json", &text),
            None => Err("The unreadable data is no longer in this browser.".to_owned()),
        };
        set_status.set(result.err().unwrap_or_else(|| "Downloaded.".to_owned()));
    };
    let export = move |_| set_status.set(export_backup(store));
    view! {
        <div class="notice saved-problem" role="alert" data-testid="saved-problem">
            <p>{problem.message()}</p>
            <div class="row">
                {unreadable.then(|| view! {
                    <button type="button" class="secondary" on:click=download_unreadable data-testid="download-unreadable">"Download the unreadable data"</button>
                    <button type="button" class="secondary" on:click=move |_| store.reset() data-testid="reset-saved">"Start afresh"</button>
                })}
                {(!unreadable).then(|| view! {
                    <button type="button" class="secondary" on:click=export>"Export a backup"</button>
                })}
                <span class="muted" role="status">{move || status.get()}</span>
            </div>
        </div>
    }
}

/// Export everything, import a backup.
#[component]
pub fn SavedWorkPanel() -> impl IntoView {
    let Some(store) = use_store() else {
        return ().into_any();
    };
    let (status, set_status) = signal(String::new());
    let counts = move || {
        store.work.with(|w| {
            format!(
                "{}, {}, {} saved in this browser.",
                count(w.packages.len(), "package"),
                count(w.price_books.len(), "price book"),
                count(w.scenarios.len(), "scenario")
            )
        })
    };
    let export = move |_| set_status.set(export_backup(store));
    let import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        set_status.set("Reading the file…".to_owned());
        leptos::task::spawn_local(async move {
            let text = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string());
            let message = match text {
                None => "The file could not be read. Nothing was changed.".to_owned(),
                Some(text) => match store.import(&text) {
                    Ok(merged) => format!(
                        "Imported: {} new, {} replaced (same id). Nothing was removed.",
                        merged.added, merged.replaced
                    ),
                    Err(message) => message,
                },
            };
            set_status.set(message);
        });
    };
    view! {
        <section class="panel saved-work" data-testid="saved-work">
            <h2>"Saved work"</h2>
            <p data-testid="saved-counts">{counts}</p>
            <div class="row">
                <button type="button" on:click=export data-testid="export-backup">"Export everything"</button>
                <label class="file-button">
                    "Import a backup"
                    <input type="file" accept="application/json,.json" on:change=import data-testid="import-backup"/>
                </label>
            </div>
            <p class="muted" role="status" data-testid="saved-status">{move || status.get()}</p>
        </section>
    }
    .into_any()
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
