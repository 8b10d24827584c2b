//! Saved work in the page: the banner on every view that says when saved
//! data could not be read or written, holds items this build cannot use,
//! or was changed in another tab (both versions, and a choice); and the
//! backup panel (export all, import a backup).

use leptos::prelude::*;
use slacalc_state::saved::{Change, Conflict, Section};
use wasm_bindgen_futures::JsFuture;

use crate::browser;
use crate::error::AppError;
use crate::store::{self, use_store, Problem, Store};

/// Downloads all saved work as one file; returns what to tell the user.
fn export_backup(store: Store) -> String {
    let text = store.work.with_untracked(|w| w.to_json());
    match browser::download("slacalc-backup.json", &text) {
        Ok(()) => "Backup downloaded.".to_owned(),
        Err(e) => e.to_string(),
    }
}

/// Shown above every view while saved work has something to say.
#[component]
pub fn SavedWorkBanner() -> impl IntoView {
    let Some(store) = use_store() else {
        return ().into_any();
    };
    let notes = move || {
        store.work.with(|w| {
            w.kept_aside
                .iter()
                .map(|k| k.message())
                .chain(w.renamed.iter().map(|r| r.message()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        {move || store.problem.get().map(|problem| view! { <ProblemNotice store problem/> })}
        {move || store.conflicts.get().into_iter().enumerate().map(|(index, conflict)| view! {
            <ConflictNotice store index conflict/>
        }).collect_view()}
        <Show when=move || !notes().is_empty()>
            <div class="notice saved-problem" role="status" data-testid="kept-aside">
                <p>"Some saved items need your attention. Nothing was deleted; export a backup to keep a copy."</p>
                <ul>{move || notes().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
            </div>
        </Show>
    }
    .into_any()
}

#[component]
fn ProblemNotice(store: Store, problem: Problem) -> impl IntoView {
    let unreadable = matches!(problem, Problem::Unreadable { .. });
    let (status, set_status) = signal(String::new());
    let (confirming, set_confirming) = signal(false);
    let download_unreadable = move |_| {
        let message = match store.unreadable_text() {
            Some(text) => match browser::download("slacalc-unreadable-saved-work.json", &text) {
                Ok(()) => {
                    store.mark_downloaded();
                    "Downloaded (as a JSON string, every character kept).".to_owned()
                }
                Err(e) => e.to_string(),
            },
            None => "The unreadable data is no longer in this browser.".to_owned(),
        };
        set_status.set(message);
    };
    // Starting afresh writes over the unreadable data when no copy of it
    // exists: that is said, and confirmed, first.
    let start_afresh = move |_| {
        if store.reset_loses_data() && !confirming.get_untracked() {
            set_confirming.set(true);
        } else {
            store.reset();
        }
    };
    let export = move |_| set_status.set(export_backup(store));
    view! {
        <div class="notice saved-problem" role="alert" data-testid="saved-problem">
            <p>{problem.message()}</p>
            <Show when=move || confirming.get()>
                <p class="warn" data-testid="confirm-discard">
                    "The unreadable data has not been copied or downloaded. Starting afresh deletes it for good when you next save. Download it first, or press “Discard it” to go on."
                </p>
            </Show>
            <div class="row">
                {unreadable.then(|| view! {
                    <button type="button" class="secondary" on:click=download_unreadable data-testid="download-unreadable">"Download the unreadable data"</button>
                    <button type="button" class="secondary" on:click=start_afresh data-testid="reset-saved">
                        {move || if confirming.get() { "Discard it" } else { "Start afresh" }}
                    </button>
                })}
                {(!unreadable).then(|| view! {
                    <button type="button" class="secondary" on:click=export>"Export a backup"</button>
                })}
                <span class="muted" role="status">{move || status.get()}</span>
            </div>
        </div>
    }
}

/// A change refused because another tab changed the item first: both
/// versions, and the choice.
#[component]
fn ConflictNotice(store: Store, index: usize, conflict: Conflict) -> impl IntoView {
    let (status, set_status) = signal(String::new());
    let mine = match &conflict.mine {
        Change::Save(item) => item.to_json(),
        Change::Delete { .. } => "(deleted)".to_owned(),
    };
    let theirs = conflict
        .theirs
        .as_ref()
        .map(|item| item.to_json())
        .unwrap_or_else(|| "(deleted)".to_owned());
    let keep = move |keep_mine: bool| {
        store.resolve(index, keep_mine, move |outcome| {
            set_status.set(outcome.status("Saved your version."))
        })
    };
    view! {
        <div class="notice saved-problem conflict" role="alert" data-testid="saved-conflict">
            <p>{conflict.message()}</p>
            <div class="conflict-versions">
                <details open>
                    <summary>"Your version"</summary>
                    <pre data-testid="conflict-mine">{mine}</pre>
                </details>
                <details>
                    <summary>"The other tab's version"</summary>
                    <pre data-testid="conflict-theirs">{theirs}</pre>
                </details>
            </div>
            <div class="row">
                <button type="button" on:click=move |_| keep(true) data-testid="keep-mine">"Keep mine"</button>
                <button type="button" class="secondary" on:click=move |_| keep(false) data-testid="keep-theirs">"Keep theirs"</button>
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
            let Some(text) = text else {
                set_status.set(AppError::FileUnreadable.to_string());
                return;
            };
            store.import(&text, move |result| {
                set_status.set(match result {
                    Ok(merged) if merged.kept_aside > 0 => format!(
                        "Imported: {} new, {} replaced (same id); {} cannot be used and are kept aside (listed above). Nothing was removed.",
                        merged.added, merged.replaced, merged.kept_aside
                    ),
                    Ok(merged) => format!(
                        "Imported: {} new, {} replaced (same id). Nothing was removed.",
                        merged.added, merged.replaced
                    ),
                    Err(e) => e.to_string(),
                })
            });
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
            <KeptCopies/>
        </section>
    }
    .into_any()
}

/// Unreadable saved data kept aside in earlier visits: download each, or
/// delete it after a second click that says what is lost.
#[component]
fn KeptCopies() -> impl IntoView {
    let (keys, set_keys) = signal(store::aside_keys());
    let (armed, set_armed) = signal(None::<String>);
    let (status, set_status) = signal(String::new());
    view! {
        <Show when=move || !keys.with(Vec::is_empty)>
            <div class="kept-copies" data-testid="kept-copies">
                <h3>"Unreadable data kept aside"</h3>
                <p class="muted">"Copies of saved data this slacalc could not read, kept so nothing is lost. Download them before deleting."</p>
                <ul>
                    {move || keys.get().into_iter().map(|key| {
                        let size = store::aside_text(&key).map(|t| t.len()).unwrap_or(0);
                        let (for_download, for_delete) = (key.clone(), key.clone());
                        let confirming = {
                            let key = key.clone();
                            move || armed.with(|a| a.as_deref() == Some(key.as_str()))
                        };
                        let confirming_label = confirming.clone();
                        view! {
                            <li class="row">
                                <span>{format!("{} KB", size.div_ceil(1024))}</span>
                                <button type="button" class="secondary small" on:click=move |_| {
                                    let text = store::aside_text(&for_download).unwrap_or_default();
                                    set_status.set(match browser::download("slacalc-unreadable-saved-work.json", &text) {
                                        Ok(()) => "Downloaded.".to_owned(),
                                        Err(e) => e.to_string(),
                                    });
                                }>"Download"</button>
                                <button type="button" class="secondary small" on:click=move |_| {
                                    if confirming() {
                                        store::discard_aside(&for_delete);
                                        set_armed.set(None);
                                        set_keys.set(store::aside_keys());
                                        set_status.set("Deleted.".to_owned());
                                    } else {
                                        set_armed.set(Some(for_delete.clone()));
                                    }
                                }>{move || if confirming_label() { "Delete for good — click again" } else { "Delete" }}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <p class="muted" role="status">{move || status.get()}</p>
            </div>
        </Show>
    }
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
