//! Saved work in the page: the banner on every view that says when saved
//! data could not be read or written, holds items this build cannot use,
//! or was changed in another tab (both versions, and a choice); and the
//! backup panel (export all, import a backup).
//!
//! The banner is shown by each route's view (src/routes.rs), not by the
//! shell, which home also loads; saved work itself is read before a
//! route's view is built (`Store::open`), through the JSON part
//! (src/codec.rs).

use leptos::prelude::*;
use slacalc_i18n::Text;
use slacalc_state::saved::Section;
use wasm_bindgen_futures::JsFuture;

use crate::browser;
use crate::codec;
use crate::error::AppError;
use crate::i18n::{msg, tr, use_locale, Locale};
use crate::store::{self, use_store, Clash, Problem, Store};

/// Downloads all saved work as one file, then says so with `say`.
fn export_backup(store: Store, say: WriteSignal<Option<Text>>) {
    leptos::task::spawn_local(async move {
        let message = match codec::load().await {
            Ok(codec) => {
                // Saved work the part was missing for is read first, so
                // the backup holds it.
                store.open();
                let text = store.work.with_untracked(|w| (codec.write_saved)(w));
                match browser::download("slacalc-backup.json", &text) {
                    Ok(()) => Text::new(msg::SAVED_BACKUP_DOWNLOADED),
                    Err(e) => e.text(),
                }
            }
            Err(e) => e.text(),
        };
        say.set(Some(message));
    });
}

/// A status line beside buttons: a message kept as a [`Text`] and
/// rendered where it is shown, so it follows the language switch.
fn status_line(locale: Locale) -> (impl Fn() -> String + Copy, WriteSignal<Option<Text>>) {
    let (status, set_status) = signal(None::<Text>);
    let shown = move || status.with(|s| s.as_ref().map(|t| locale.text(t)).unwrap_or_default());
    (shown, set_status)
}

/// [`status_line`] over a message kept by the caller, so that it outlives
/// the notice showing it.
fn kept_status_line(
    locale: Locale,
    said: RwSignal<Option<Text>>,
) -> (impl Fn() -> String + Copy, WriteSignal<Option<Text>>) {
    // `try_with`: the banner that keeps `said` can be gone (its page left)
    // while a notice of it still runs once (the JSON part arriving as the
    // next route loads): that reads nothing rather than panic.
    let shown = move || {
        said.try_with(|s| s.as_ref().map(|t| locale.text(t)))
            .flatten()
            .unwrap_or_default()
    };
    (shown, said.write_only())
}

/// Shown above every view while saved work has something to say. What
/// can be said before the JSON part is here (storage is blocked, the part
/// could not be downloaded) is said here; everything else (unreadable
/// data, a refused save, another tab's change, items kept aside) comes
/// from saved work the part read, so those notices travel with the part
/// ([`notices`], reached through `Codec::notices`) and a visitor with
/// nothing saved does not download them.
#[component]
pub fn SavedWorkBanner() -> impl IntoView {
    let Some(store) = use_store() else {
        return ().into_any();
    };
    // What the problem notice's buttons said: kept here, because exporting
    // from the early notice fetches the part, which replaces that notice.
    let said = RwSignal::new(None::<Text>);
    (move || match codec::ready() {
        // The JSON part can arrive as this page is being left for the
        // next route (src/routes.rs fetches it before the route's view):
        // this may then run once more after the page's signals are gone,
        // `said` among them; it draws nothing then (regression test:
        // e2e/json-part.test.mjs, "saved work whose reader cannot be
        // downloaded…").
        _ if said.is_disposed() => ().into_any(),
        Some(codec) => (codec.notices)(store, said),
        None => store
            .problem
            .get()
            .map(|problem| view! { <EarlyProblemNotice store problem said/> })
            .into_any(),
    })
    .into_any()
}

/// The saved-work notices once the JSON part is here; `said` is what the
/// problem notice's buttons said.
pub fn notices(store: Store, said: RwSignal<Option<Text>>) -> AnyView {
    let locale = use_locale();
    let notes = move || {
        store.work.with(|w| {
            w.kept_aside
                .iter()
                .map(|k| locale.text(&k.message()))
                .chain(w.renamed.iter().map(|r| locale.text(&r.message())))
                .collect::<Vec<_>>()
        })
    };
    view! {
        {move || store.problem.get().map(|problem| view! { <ProblemNotice store problem said/> })}
        {move || store.conflicts.get().into_iter().enumerate().map(|(index, clash)| view! {
            <ConflictNotice store index clash/>
        }).collect_view()}
        <Show when=move || !notes().is_empty()>
            <div class="notice saved-problem" role="status" data-testid="kept-aside">
                <p>{tr(msg::SAVED_ATTENTION)}</p>
                <ul>{move || notes().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
            </div>
        </Show>
    }
    .into_any()
}

/// A problem notice's way out when saved work is not unreadable: reload
/// when the JSON part could not be downloaded (a backup needs it too),
/// else export a backup.
fn export_or_reload(store: Store, not_loaded: bool, say: WriteSignal<Option<Text>>) -> AnyView {
    if not_loaded {
        view! {
            <button type="button" class="secondary" data-testid="reload-page" on:click=|_| {
                if let Some(w) = web_sys::window() { let _ = w.location().reload(); }
            }>{tr(msg::SAVED_RELOAD_PAGE)}</button>
        }
        .into_any()
    } else {
        view! {
            <button type="button" class="secondary" on:click=move |_| export_backup(store, say)>{tr(msg::SAVED_EXPORT_BACKUP)}</button>
        }
        .into_any()
    }
}

/// A problem said before the JSON part is here: storage is blocked (a
/// backup keeps the work: exporting fetches the part), or the part could
/// not be downloaded (reloading helps). The same markup as
/// [`ProblemNotice`], without the buttons only unreadable data needs.
#[component]
fn EarlyProblemNotice(
    store: Store,
    problem: Problem,
    said: RwSignal<Option<Text>>,
) -> impl IntoView {
    let not_loaded = problem == Problem::NotLoaded;
    let locale = use_locale();
    let (status, set_status) = kept_status_line(locale, said);
    let message = problem.message();
    view! {
        <div class="notice saved-problem" role="alert" data-testid="saved-problem">
            <p>{move || locale.text(&message)}</p>
            <div class="row">
                {export_or_reload(store, not_loaded, set_status)}
                <span class="muted" role="status">{status}</span>
            </div>
        </div>
    }
}

#[component]
fn ProblemNotice(store: Store, problem: Problem, said: RwSignal<Option<Text>>) -> impl IntoView {
    let unreadable = matches!(problem, Problem::Unreadable { .. });
    let not_loaded = problem == Problem::NotLoaded;
    let locale = use_locale();
    let (status, set_status) = kept_status_line(locale, said);
    let (confirming, set_confirming) = signal(false);
    let download_unreadable = move |_| {
        let message = match store.unreadable_text() {
            Some(text) => match browser::download("slacalc-unreadable-saved-work.json", &text) {
                Ok(()) => {
                    store.mark_downloaded();
                    Text::new(msg::SAVED_DOWNLOADED_ESCAPED)
                }
                Err(e) => e.text(),
            },
            None => Text::new(msg::SAVED_UNREADABLE_GONE),
        };
        set_status.set(Some(message));
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
    let message = problem.message();
    view! {
        <div class="notice saved-problem" role="alert" data-testid="saved-problem">
            <p>{move || locale.text(&message)}</p>
            <Show when=move || confirming.get()>
                <p class="warn" data-testid="confirm-discard">
                    {tr(msg::SAVED_CONFIRM_DISCARD)}
                </p>
            </Show>
            <div class="row">
                {unreadable.then(|| view! {
                    <button type="button" class="secondary" on:click=download_unreadable data-testid="download-unreadable">{tr(msg::SAVED_DOWNLOAD_UNREADABLE)}</button>
                    <button type="button" class="secondary" on:click=start_afresh data-testid="reset-saved">
                        {move || locale.t(if confirming.get() { msg::SAVED_DISCARD } else { msg::SAVED_START_AFRESH })}
                    </button>
                })}
                {(!unreadable).then(|| export_or_reload(store, not_loaded, set_status))}
                <span class="muted" role="status">{status}</span>
            </div>
        </div>
    }
}

/// A change refused because another tab changed the item first: both
/// versions, and the choice.
#[component]
fn ConflictNotice(store: Store, index: usize, clash: Clash) -> impl IntoView {
    let locale = use_locale();
    let (status, set_status) = status_line(locale);
    // A version is its JSON as stored (field names are the format's, not
    // words); a deletion is said in words.
    let version = |json: Option<String>| {
        move || {
            json.clone()
                .unwrap_or_else(|| locale.t(msg::SAVED_DELETED_VERSION))
        }
    };
    let mine = version(clash.mine);
    let theirs = version(clash.theirs);
    let keep = move |keep_mine: bool| {
        store.resolve(index, keep_mine, move |outcome| {
            set_status.set(Some(outcome.status_text(Text::new(msg::SAVED_KEPT_MINE))))
        })
    };
    let message = clash.conflict.message();
    view! {
        <div class="notice saved-problem conflict" role="alert" data-testid="saved-conflict">
            <p>{move || locale.text(&message)}</p>
            <div class="conflict-versions">
                <details open>
                    <summary>{tr(msg::SAVED_YOUR_VERSION)}</summary>
                    <pre data-testid="conflict-mine">{mine}</pre>
                </details>
                <details>
                    <summary>{tr(msg::SAVED_THEIR_VERSION)}</summary>
                    <pre data-testid="conflict-theirs">{theirs}</pre>
                </details>
            </div>
            <div class="row">
                <button type="button" on:click=move |_| keep(true) data-testid="keep-mine">{tr(msg::SAVED_KEEP_MINE)}</button>
                <button type="button" class="secondary" on:click=move |_| keep(false) data-testid="keep-theirs">{tr(msg::SAVED_KEEP_THEIRS)}</button>
                <span class="muted" role="status">{status}</span>
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
    let locale = use_locale();
    let (status, set_status) = status_line(locale);
    let counts = move || {
        let amount = |section: Section| store.work.with(|w| section.amount(w.count(section)));
        locale.text(
            &Text::new(msg::SAVED_COUNTS)
                .with("packages", amount(Section::Packages))
                .with("books", amount(Section::PriceBooks))
                .with("scenarios", amount(Section::Scenarios)),
        )
    };
    let export = move |_| export_backup(store, set_status);
    let import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        set_status.set(Some(Text::new(msg::SAVED_READING_FILE)));
        leptos::task::spawn_local(async move {
            let text = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string());
            let Some(text) = text else {
                set_status.set(Some(AppError::FileUnreadable.text()));
                return;
            };
            store.import(text, move |result| {
                set_status.set(Some(match result {
                    Ok(merged) if merged.kept_aside > 0 => {
                        Text::new(msg::SAVED_IMPORTED_KEPT_ASIDE)
                            .with("added", merged.added)
                            .with("replaced", merged.replaced)
                            .with("kept", merged.kept_aside)
                    }
                    Ok(merged) => Text::new(msg::SAVED_IMPORTED)
                        .with("added", merged.added)
                        .with("replaced", merged.replaced),
                    Err(e) => e.text(),
                }))
            });
        });
    };
    view! {
        <section class="panel saved-work" data-testid="saved-work">
            <h2>{tr(msg::SAVED_TITLE)}</h2>
            <p data-testid="saved-counts">{counts}</p>
            <div class="row">
                <button type="button" on:click=export data-testid="export-backup">{tr(msg::SAVED_EXPORT_EVERYTHING)}</button>
                <label class="file-button">
                    {tr(msg::SAVED_IMPORT_BACKUP)}
                    <input type="file" accept="application/json,.json" on:change=import data-testid="import-backup"/>
                </label>
            </div>
            <p class="muted" role="status" data-testid="saved-status">{status}</p>
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
    let locale = use_locale();
    let (status, set_status) = status_line(locale);
    view! {
        <Show when=move || !keys.with(Vec::is_empty)>
            <div class="kept-copies" data-testid="kept-copies">
                <h3>{tr(msg::SAVED_ASIDE_TITLE)}</h3>
                <p class="muted">{tr(msg::SAVED_ASIDE_LEDE)}</p>
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
                                <span>{move || locale.text(&Text::new(msg::SAVED_ASIDE_SIZE).with("kb", size.div_ceil(1024)))}</span>
                                <button type="button" class="secondary small" on:click=move |_| {
                                    let text = store::aside_text(&for_download).unwrap_or_default();
                                    set_status.set(Some(match browser::download("slacalc-unreadable-saved-work.json", &text) {
                                        Ok(()) => Text::new(msg::SAVED_DOWNLOADED),
                                        Err(e) => e.text(),
                                    }));
                                }>{tr(msg::SAVED_DOWNLOAD)}</button>
                                <button type="button" class="secondary small" on:click=move |_| {
                                    if confirming() {
                                        store::discard_aside(&for_delete);
                                        set_armed.set(None);
                                        set_keys.set(store::aside_keys());
                                        set_status.set(Some(Text::new(msg::SAVED_DELETED)));
                                    } else {
                                        set_armed.set(Some(for_delete.clone()));
                                    }
                                }>{move || locale.t(if confirming_label() { msg::SAVED_DELETE_FOR_GOOD } else { msg::SAVED_DELETE })}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <p class="muted" role="status">{status}</p>
            </div>
        </Show>
    }
}
