//! Saved work in the page: the banner that says when saved data could not
//! be read or written, or holds items this build cannot use (on every
//! view), and the backup panel (export all, import a backup, download
//! unreadable data, start afresh).

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use slacalc_state::saved::Section;

use crate::browser;
use crate::store::{use_store, Problem, Store};

/// Downloads all saved work as one file; returns what to tell the user.
fn export_backup(store: Store) -> String {
    let text = store.work.with_untracked(|w| w.to_json());
    match browser::download("slacalc-backup.json", &text) {
        Ok(()) => "Backup downloaded.".to_owned(),
        Err(e) => e.to_string(),
    }
}

/// Shown above every view while saved work has a problem.
#[component]
pub fn SavedWorkBanner() -> impl IntoView {
    let Some(store) = use_store() else {
        return ().into_any();
    };
    let kept_aside = move || {
        store
            .work
            .with(|w| w.kept_aside.iter().map(|k| k.message()).collect::<Vec<_>>())
    };
    view! {
        {move || store.problem.get().map(|problem| view! { <ProblemNotice store problem/> })}
        <Show when=move || store.work.with(|w| !w.kept_aside.is_empty())>
            <div class="notice saved-problem" role="status" data-testid="kept-aside">
                <p>"Some saved items cannot be used by this version of slacalc. They stay saved, unchanged; export a backup to keep a copy."</p>
                <ul>{move || kept_aside().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
            </div>
        </Show>
    }
    .into_any()
}

#[component]
fn ProblemNotice(store: Store, problem: Problem) -> impl IntoView {
    let unreadable = matches!(problem, Problem::Unreadable { .. });
    let (status, set_status) = signal(String::new());
    let download_unreadable = move |_| {
        let message = match store.unreadable_text() {
            Some(text) => match browser::download("slacalc-unreadable-saved-work.json", &text) {
                Ok(()) => "Downloaded.".to_owned(),
                Err(e) => e.to_string(),
            },
            None => "The unreadable data is no longer in this browser.".to_owned(),
        };
        set_status.set(message);
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
            let counts: Vec<String> = Section::ALL
                .into_iter()
                .map(|section| count(w.count(section), section.noun()))
                .collect();
            format!("{} saved in this browser.", counts.join(", "))
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
                None => crate::error::AppError::FileUnreadable.to_string(),
                Some(text) => match store.import(&text) {
                    Ok(merged) if merged.kept_aside > 0 => format!(
                        "Imported: {} new, {} replaced (same id); {} cannot be used and are kept aside (listed above). Nothing was removed.",
                        merged.added, merged.replaced, merged.kept_aside
                    ),
                    Ok(merged) => format!(
                        "Imported: {} new, {} replaced (same id). Nothing was removed.",
                        merged.added, merged.replaced
                    ),
                    Err(e) => e.to_string(),
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
