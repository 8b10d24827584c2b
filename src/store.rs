//! The one place that reads and writes local storage. Saved work (see
//! `slacalc_state::saved`) is one document under [`KEY`]; it is written
//! by a single effect whenever the work changes, and re-read when another
//! tab changes it.
//!
//! Nothing unreadable is ever overwritten: damaged, foreign or newer data
//! is copied aside under [`ASIDE_PREFIX`] before the app starts afresh, and
//! if it cannot be copied the store stays read-only. A full quota is
//! reported, not swallowed.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use slacalc_state::saved::{Merged, SavedWork, Unreadable};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::error::AppError;

/// Where the saved work lives.
pub const KEY: &str = "slacalc.saved-work";
/// Unreadable documents are kept under this prefix plus the time they
/// were found, untouched.
pub const ASIDE_PREFIX: &str = "slacalc.unreadable.";

/// Something the user should know about their saved work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// What was saved could not be read; it is kept under `aside` (or, if
    /// that failed, still under [`KEY`], and nothing is written).
    Unreadable {
        message: String,
        aside: Option<String>,
    },
    /// The browser refused to save (full quota, storage disabled).
    NotSaved { message: String },
    /// Local storage cannot be used at all (private mode, blocked).
    Unavailable,
}

impl Problem {
    pub fn message(&self) -> String {
        match self {
            Problem::Unreadable { message, aside: Some(aside) } => format!(
                "Your saved work could not be read: {message}. It is kept unchanged (as {aside}); download it below, then start afresh."
            ),
            Problem::Unreadable { message, aside: None } => format!(
                "Your saved work could not be read: {message}. It is left untouched and nothing new is saved until you download it and reset."
            ),
            Problem::NotSaved { message } => format!(
                "Your latest change is not saved: {message}. Export a backup, then remove saved items you no longer need."
            ),
            Problem::Unavailable => "This browser does not let slacalc save anything (local storage is blocked); your work lasts until you close the tab. Export a backup to keep it.".to_owned(),
        }
    }
}

/// Reads the saved work. Unreadable text is copied aside first.
pub fn load(now_millis: i64) -> (SavedWork, Option<Problem>, bool) {
    let Some(storage) = storage() else {
        return (SavedWork::default(), Some(Problem::Unavailable), false);
    };
    let text = match storage.get_item(KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return (SavedWork::default(), None, true),
        Err(_) => return (SavedWork::default(), Some(Problem::Unavailable), false),
    };
    match SavedWork::parse(&text) {
        Ok(work) => (work, None, true),
        Err(unreadable) => {
            let aside = format!("{ASIDE_PREFIX}{now_millis}");
            let kept = storage.set_item(&aside, &text).is_ok();
            let problem = Problem::Unreadable {
                message: describe(&unreadable),
                aside: kept.then_some(aside),
            };
            // Writable only once the text is safe elsewhere.
            (SavedWork::default(), Some(problem), kept)
        }
    }
}

/// Writes the saved work; a refusal (full quota) comes back as a problem.
pub fn save(work: &SavedWork) -> Result<(), Problem> {
    let storage = storage().ok_or(Problem::Unavailable)?;
    storage.set_item(KEY, &work.to_json()).map_err(|error| {
        let name = error
            .dyn_ref::<web_sys::DomException>()
            .map(|e| e.name())
            .unwrap_or_default();
        let message = if name == "QuotaExceededError" {
            "the browser's storage for this site is full".to_owned()
        } else {
            format!("the browser refused to save ({name})")
        };
        Problem::NotSaved { message }
    })
}

fn describe(unreadable: &Unreadable) -> String {
    unreadable.to_string()
}

/// Local storage, if the browser lets this page use it: blocked storage
/// (private modes, third-party frames) throws on access, which must not
/// take the app down. (gloo-storage's accessor panics there, so this reads
/// it through web-sys directly.)
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Saved work shared by every view, and what went wrong with it.
#[derive(Clone, Copy)]
pub struct Store {
    pub work: RwSignal<SavedWork>,
    pub problem: RwSignal<Option<Problem>>,
    writable: RwSignal<bool>,
}

impl Store {
    /// Merges an imported backup into the saved work, by id.
    pub fn import(&self, text: &str) -> Result<Merged, AppError> {
        let imported = SavedWork::parse(text).map_err(AppError::ImportRefused)?;
        let mut merged = Merged::default();
        self.work.update(|w| merged = w.merge(imported));
        Ok(merged)
    }

    /// Starts afresh after an unreadable document was kept aside (or was
    /// downloaded by the user): the next change is written again.
    pub fn reset(&self) {
        self.writable.set(true);
        self.problem.set(None);
        self.work.set(SavedWork::default());
    }

    /// The text under [`KEY`] or kept aside, for download.
    pub fn unreadable_text(&self) -> Option<String> {
        let key = match self.problem.get_untracked()? {
            Problem::Unreadable {
                aside: Some(aside), ..
            } => aside,
            Problem::Unreadable { aside: None, .. } => KEY.to_owned(),
            _ => return None,
        };
        storage()?.get_item(&key).ok().flatten()
    }
}

/// Loads the saved work into the context, writes it back on every change
/// (the one writer), and follows changes made in other tabs.
pub fn provide_store() -> Store {
    let (work, problem, writable) = load(js_sys::Date::now() as i64);
    let store = Store {
        work: RwSignal::new(work),
        problem: RwSignal::new(problem),
        writable: RwSignal::new(writable),
    };
    // A change read from another tab is already stored: do not write it
    // back (that would echo between tabs).
    let from_other_tab = Rc::new(Cell::new(false));
    let skip = Rc::clone(&from_other_tab);
    Effect::new(move |first: Option<()>| {
        let work = store.work.get();
        if first.is_none() || skip.replace(false) || !store.writable.get_untracked() {
            return;
        }
        match save(&work) {
            Ok(()) => {
                if matches!(
                    store.problem.get_untracked(),
                    Some(Problem::NotSaved { .. })
                ) {
                    store.problem.set(None);
                }
            }
            Err(problem) => store.problem.set(Some(problem)),
        }
    });
    let listener =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            if event.key().as_deref() != Some(KEY) {
                return;
            }
            let Some(text) = event.new_value() else {
                return;
            };
            match SavedWork::parse(&text) {
                Ok(work) => {
                    from_other_tab.set(true);
                    store.work.set(work);
                }
                Err(e) => {
                    // Another tab wrote something this one cannot read: stop
                    // writing, so it stays as it is.
                    store.writable.set(false);
                    store.problem.set(Some(Problem::Unreadable {
                        message: describe(&e),
                        aside: None,
                    }));
                }
            }
        });
    if let Some(window) = web_sys::window() {
        let _ =
            window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    }
    // The store lives as long as the page.
    listener.forget();
    provide_context(store);
    store
}

pub fn use_store() -> Option<Store> {
    use_context::<Store>()
}
