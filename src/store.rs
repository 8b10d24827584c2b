//! The one place that reads and writes local storage. Saved work (see
//! `slacalc_state::saved`) is one document under [`KEY`].
//!
//! A tab never writes its own copy of the whole document: each save is one
//! item's change, applied under a cross-tab lock (the Web Locks API, where
//! the browser has it) to the document as stored *now*, joined with what
//! this tab knows (revisions per item decide), so simultaneous saves in two
//! tabs keep both even when a browser delivers the other tab's write late. A change made from a revision that moved on
//! in another tab comes back as a conflict for the user to settle. What a
//! view tells the user ("Saved.") is the outcome of the write, never
//! assumed.
//!
//! Saved work is JSON, read and written through the app's JSON part
//! (src/codec.rs), which a release build fetches on demand: a browser with
//! nothing saved fetches it only when something is saved, imported,
//! exported or opened as a file.
//!
//! Nothing unreadable is overwritten unasked: damaged, foreign or newer
//! data is copied aside once per distinct content (named by its hash,
//! stored JSON-escaped so even lone surrogates survive byte for byte, at
//! most [`MAX_ASIDE_COPIES`] copies of at most [`MAX_ASIDE_CHARS`]). If it
//! cannot be copied, the store stays read-only until the user downloads it
//! or explicitly discards it.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use slacalc_i18n::{msg, Text};
use slacalc_state::saved::{Applied, Change, Conflict, Expect, Merged, SavedWork, Unreadable};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::codec::{self, Codec};
use crate::error::AppError;

/// Where the saved work lives.
pub const KEY: &str = "slacalc.saved-work";
/// Unreadable documents are kept under this prefix plus the hash of their
/// content, untouched.
pub const ASIDE_PREFIX: &str = "slacalc.unreadable.";
/// At most this many distinct unreadable documents are kept aside.
pub const MAX_ASIDE_COPIES: usize = 3;
/// A document longer than this (in characters, escaped) is not copied
/// aside: it stays where it is and nothing is saved until the user decides.
pub const MAX_ASIDE_CHARS: usize = 2 << 20;
/// The cross-tab lock every save holds while it reads, merges and writes.
const LOCK: &str = "slacalc.saved-work";

/// Something the user should know about their saved work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// What was saved could not be read; it is kept under `aside` (or, if
    /// that failed, still under [`KEY`], and nothing is written).
    Unreadable {
        /// Why it could not be read.
        message: Text,
        /// Where the copy is, if one could be made.
        aside: Option<String>,
    },
    /// The browser refused to save (full quota, storage disabled).
    NotSaved {
        /// Why, in words.
        message: Text,
    },
    /// Local storage cannot be used at all (private mode, blocked).
    Unavailable,
    /// The part that reads and writes saved work (src/codec.rs) could not
    /// be downloaded: what is stored stays as it is.
    NotLoaded,
}

impl Problem {
    /// The problem in words, with what to do.
    pub fn message(&self) -> Text {
        match self {
            Problem::Unreadable {
                message,
                aside: Some(_),
            } => Text::new(msg::SAVED_PROBLEM_UNREADABLE_KEPT).with("reason", message.clone()),
            Problem::Unreadable {
                message,
                aside: None,
            } => Text::new(msg::SAVED_PROBLEM_UNREADABLE_LEFT).with("reason", message.clone()),
            Problem::NotSaved { message } => {
                Text::new(msg::SAVED_PROBLEM_NOT_SAVED).with("reason", message.clone())
            }
            Problem::Unavailable => Text::new(msg::SAVED_PROBLEM_UNAVAILABLE),
            Problem::NotLoaded => Text::new(msg::SAVED_PROBLEM_NOT_LOADED),
        }
    }
}

/// What became of a save.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Written: the item's id and revision as stored.
    Saved(Applied),
    /// Not written: the item moved on in another tab; the conflict is
    /// shown to the user, who chooses.
    Conflict,
    /// Not written: the browser refused, or saving is blocked.
    NotSaved(Problem),
}

impl Outcome {
    /// What to tell the user beside the button that saved: `saved` when it
    /// was written, else why not. Render it with `locale.text(..)` where it
    /// is shown, so it follows the language switch.
    pub fn status_text(&self, saved: Text) -> Text {
        match self {
            Outcome::Saved(_) => saved,
            Outcome::Conflict => Text::new(msg::SAVED_STATUS_CONFLICT),
            // Beside a button, the part missing is a save to try again,
            // not the banner's saved work to reload for (reloading would
            // lose what was typed).
            Outcome::NotSaved(Problem::NotLoaded) => Text::new(msg::SAVED_STATUS_NOT_SAVED)
                .with("problem", AppError::PartNotLoaded.text()),
            Outcome::NotSaved(problem) => {
                Text::new(msg::SAVED_STATUS_NOT_SAVED).with("problem", problem.message())
            }
        }
    }
}

/// Where the reader's choice of language is kept: a preference, not an
/// item of saved work, so it needs no revision and survives a reset.
pub const LANG_KEY: &str = "slacalc.lang";

/// The language the reader chose with the switch; `None` when they never
/// did, or what is stored is not a language slacalc speaks (the browser's
/// languages decide then, and the next choice overwrites it).
pub fn saved_lang() -> Option<slacalc_i18n::Lang> {
    let stored = storage()?.get_item(LANG_KEY).ok().flatten()?;
    slacalc_i18n::Lang::from_tag(&stored)
}

/// Remembers the reader's choice of language; a browser that refuses
/// storage keeps it for this page only.
pub fn save_lang(lang: slacalc_i18n::Lang) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(LANG_KEY, lang.code());
    }
}

/// Local storage, if the browser lets this page use it: blocked storage
/// (private modes, third-party frames) throws on access, which must not
/// take the app down.
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// This tab's session storage, if the browser lets this page use it.
fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Where an unsaved edit of the price book `book_id` is kept: this tab's
/// session storage. A draft is not saved work (no revision, not shared
/// with other tabs, gone with the tab); it only keeps a reload or a
/// closed editor from losing what was typed.
fn book_draft_key(book_id: &str) -> String {
    format!("slacalc.draft.price-book.{book_id}")
}

/// This tab's unsaved edit of the price book `book_id`, if any.
pub fn book_draft(book_id: &str) -> Option<String> {
    session()?.get_item(&book_draft_key(book_id)).ok().flatten()
}

/// Keeps `Some(text)` as this tab's unsaved edit of the price book
/// `book_id`, or forgets it (`None`: saved, or back to the book as it is).
/// A browser that refuses storage keeps the edit on the page only.
pub fn keep_book_draft(book_id: &str, text: Option<&str>) {
    keep_in_tab(&book_draft_key(book_id), text);
}

/// Keeps `Some(text)` under `key` in this tab's session storage, or
/// forgets it; false when the browser refused (storage blocked, or more
/// than the tab may keep). A refused text also forgets the one kept
/// before, so a reload cannot bring back older work as if it were this.
fn keep_in_tab(key: &str, text: Option<&str>) -> bool {
    let Some(session) = session() else {
        return false;
    };
    match text {
        Some(text) if session.set_item(key, text).is_ok() => true,
        Some(_) => {
            let _ = session.remove_item(key);
            false
        }
        None => session.remove_item(key).is_ok(),
    }
}

/// The package this tab's builder is editing, by id: a package in the
/// link that is not saved here is one sent to this reader, unless this tab
/// put it there (a reload or Back before the first save).
const OWN_PACKAGE_KEY: &str = "slacalc.draft.own-package";

/// Whether this tab put the package `id` into the builder's link.
pub fn is_own_package(id: &str) -> bool {
    session()
        .and_then(|s| s.get_item(OWN_PACKAGE_KEY).ok().flatten())
        .is_some_and(|own| own == id)
}

/// Marks the package `id` as this tab's own work (`None`: none is).
pub fn keep_own_package(id: Option<&str>) {
    keep_in_tab(OWN_PACKAGE_KEY, id);
}

/// Where the tickets put into the audit are kept: this tab's session
/// storage, like a price book draft. An export is too large and too
/// private for a link, and the audit saves nothing.
const AUDIT_TICKETS_KEY: &str = "slacalc.draft.audit-tickets";
/// The name of the file they came from, kept beside them.
const AUDIT_FILE_KEY: &str = "slacalc.draft.audit-file";

/// The tickets put into the audit: the export's text, and the name of the
/// file it came from (`None`: pasted, or the example).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AuditTickets {
    /// The export as it was read.
    pub text: String,
    /// The file's name, when the text came from a file.
    pub file: Option<String>,
}

/// The tickets this tab last audited, if any.
pub fn audit_tickets() -> Option<AuditTickets> {
    let session = session()?;
    let text = session.get_item(AUDIT_TICKETS_KEY).ok().flatten()?;
    let file = session.get_item(AUDIT_FILE_KEY).ok().flatten();
    Some(AuditTickets { text, file })
}

/// Keeps the audit's tickets for a reload of this tab (`None`, or no
/// text: forgets them). False when the browser refused them (storage
/// blocked, or a file larger than the tab may keep): they then last as
/// long as the page.
pub fn keep_audit_tickets(tickets: Option<&AuditTickets>) -> bool {
    let tickets = tickets.filter(|t| !t.text.is_empty());
    let kept = keep_in_tab(AUDIT_TICKETS_KEY, tickets.map(|t| t.text.as_str()));
    // A name without its text would name the wrong tickets after a reload.
    let file = tickets.filter(|_| kept).and_then(|t| t.file.as_deref());
    keep_in_tab(AUDIT_FILE_KEY, file);
    kept
}

/// The raw JS string under `key` (lone surrogates and all), if any.
fn raw_item(storage: &web_sys::Storage, key: &str) -> Option<JsValue> {
    let get = js_sys::Reflect::get(storage, &"getItem".into()).ok()?;
    let value = get
        .dyn_ref::<js_sys::Function>()?
        .call1(storage, &key.into())
        .ok()?;
    (!value.is_null()).then_some(value)
}

/// A JS string as JSON (`"…"` with escapes): well-formed text that keeps
/// every UTF-16 unit, lone surrogates included, for copying and download.
fn escaped(value: &JsValue) -> Option<String> {
    js_sys::JSON::stringify(value).ok().map(String::from)
}

fn fnv64(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The keys of the copies kept aside, oldest first as the browser lists them.
pub fn aside_keys() -> Vec<String> {
    let Some(storage) = storage() else {
        return Vec::new();
    };
    (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(ASIDE_PREFIX))
        .collect()
}

/// The text of a copy kept aside (a JSON string of the original), for
/// download.
pub fn aside_text(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Deletes a copy kept aside, after the user confirmed it.
pub fn discard_aside(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// Copies the unreadable text under [`KEY`] aside, once per distinct
/// content; the key of the copy, or `None` if it cannot be kept.
fn keep_aside(storage: &web_sys::Storage) -> Option<String> {
    let text = escaped(&raw_item(storage, KEY)?)?;
    let key = format!("{ASIDE_PREFIX}{:016x}", fnv64(&text));
    if storage.get_item(&key).ok().flatten().as_deref() == Some(text.as_str()) {
        return Some(key);
    }
    if text.chars().count() > MAX_ASIDE_CHARS || aside_keys().len() >= MAX_ASIDE_COPIES {
        return None;
    }
    storage.set_item(&key, &text).ok().map(|()| key)
}

/// Whether local storage holds saved work (read or not): then the JSON
/// part is needed before a view is built (`codec::prepare`).
pub fn has_saved_work() -> bool {
    storage().is_some_and(|s| matches!(s.get_item(KEY), Ok(Some(_))))
}

/// What reading local storage found.
enum Found {
    /// The work (empty when nothing is stored), a problem to show, and
    /// whether saving is allowed.
    Read(SavedWork, Option<Problem>, bool),
    /// Text stored, but the JSON part is not at hand (it was stored after
    /// `codec::prepare` looked, or the part's fetch failed): read it as another
    /// tab's write is, which fetches the part again and says when it
    /// cannot.
    Late(String),
}

/// Reads the saved work; unreadable text is copied aside first.
fn load(codec: Option<&Codec>) -> Found {
    let Some(storage) = storage() else {
        return Found::Read(SavedWork::default(), Some(Problem::Unavailable), false);
    };
    let text = match storage.get_item(KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return Found::Read(SavedWork::default(), None, true),
        Err(_) => return Found::Read(SavedWork::default(), Some(Problem::Unavailable), false),
    };
    let Some(codec) = codec else {
        return Found::Late(text);
    };
    match (codec.read_saved)(&text) {
        Ok(work) => Found::Read(work, None, true),
        Err(unreadable) => {
            let aside = keep_aside(&storage);
            let writable = aside.is_some();
            let problem = Problem::Unreadable {
                message: unreadable.text(),
                aside,
            };
            Found::Read(SavedWork::default(), Some(problem), writable)
        }
    }
}

/// Writes a whole document; a refusal (full quota) comes back as a problem.
pub fn write_document(codec: &Codec, work: &SavedWork) -> Result<(), Problem> {
    let storage = storage().ok_or(Problem::Unavailable)?;
    storage
        .set_item(KEY, &(codec.write_saved)(work))
        .map_err(|error| {
            let name = error
                .dyn_ref::<web_sys::DomException>()
                .map(|e| e.name())
                .unwrap_or_default();
            let message = if name == "QuotaExceededError" {
                Text::new(msg::SAVED_STORAGE_FULL)
            } else {
                Text::new(msg::SAVED_STORAGE_REFUSED).with("name", name)
            };
            Problem::NotSaved { message }
        })
}

/// Runs `f` holding the cross-tab lock, then `done` with its result. Where
/// the browser has no Web Locks, `f` runs at once (best effort).
fn with_lock<R: 'static>(f: impl FnOnce() -> R + 'static, done: impl FnOnce(R) + 'static) {
    let result: Rc<RefCell<Option<R>>> = Rc::new(RefCell::new(None));
    let slot = Rc::clone(&result);
    let work = Closure::once(move |_lock: JsValue| {
        *slot.borrow_mut() = Some(f());
        JsValue::UNDEFINED
    });
    let request = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"locks".into()).ok())
        .filter(|locks| !locks.is_undefined())
        .and_then(|locks| {
            let request = js_sys::Reflect::get(&locks, &"request".into()).ok()?;
            request
                .dyn_ref::<js_sys::Function>()?
                .call2(&locks, &LOCK.into(), work.as_ref())
                .ok()?
                .dyn_into::<js_sys::Promise>()
                .ok()
        });
    // Without the lock: best effort, as where the browser has no Web Locks.
    let run_unlocked = |work: &JsValue| {
        let function: &js_sys::Function = work.unchecked_ref();
        let _ = function.call1(&JsValue::NULL, &JsValue::NULL);
    };
    match request {
        Some(promise) => leptos::task::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            // The request was refused before `f` ran (its promise
            // rejected): run it unlocked, so that `done` is always told
            // rather than a save left saying "Saving…".
            if result.borrow().is_none() {
                run_unlocked(work.as_ref());
            }
            drop(work);
            if let Some(value) = result.borrow_mut().take() {
                done(value);
            }
        }),
        None => {
            run_unlocked(work.as_ref());
            if let Some(value) = result.borrow_mut().take() {
                done(value);
            }
        }
    }
}

/// Saved work shared by every view, and what went wrong with it.
#[derive(Clone, Copy)]
pub struct Store {
    /// The saved work as last read from or written to storage.
    pub work: ReadSignal<SavedWork>,
    set_work: WriteSignal<SavedWork>,
    /// What the user should know about their saved work.
    pub problem: RwSignal<Option<Problem>>,
    /// Changes refused because the item moved on in another tab.
    pub conflicts: RwSignal<Vec<Clash>>,
    writable: RwSignal<bool>,
    /// The user downloaded the unreadable data: discarding it loses nothing.
    downloaded: RwSignal<bool>,
    /// Local storage has been read ([`Store::open`]).
    opened: RwSignal<bool>,
}

impl Store {
    /// Reads the saved work from local storage and follows changes made in
    /// other tabs; once per page, later calls do nothing, except that
    /// saved work the JSON part could not be fetched for
    /// ([`Problem::NotLoaded`]) is read as soon as the part is here. Until
    /// then the store holds no work, so a route opens it before it builds
    /// its view (src/routes.rs), after `codec::prepare`.
    pub fn open(&self) {
        self.open_with(codec::loaded());
    }

    /// [`Store::open`] with the JSON part, or without it when nothing was
    /// stored a moment ago.
    fn open_with(&self, codec: Option<&'static Codec>) {
        if self.opened.get_untracked() {
            // Read what could not be read before, now that the part is here.
            if codec.is_some() && self.problem.get_untracked() == Some(Problem::NotLoaded) {
                self.read(codec);
            }
            return;
        }
        self.opened.set(true);
        self.read(codec);
        self.listen();
    }

    /// Reads local storage into the store.
    fn read(&self, codec: Option<&'static Codec>) {
        match load(codec) {
            Found::Read(work, problem, writable) => {
                self.set_work.set(work);
                self.problem.set(problem);
                self.writable.set(writable);
            }
            Found::Late(text) => {
                self.problem.set(None);
                self.writable.set(true);
                self.incoming(text);
            }
        }
    }

    /// Follows what other tabs write.
    fn listen(&self) {
        let store = *self;
        let listener =
            Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
                if event.key().as_deref() != Some(KEY) {
                    return;
                }
                if let Some(text) = event.new_value() {
                    store.incoming(text);
                }
            });
        if let Some(window) = web_sys::window() {
            let _ = window
                .add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
        }
        // The store lives as long as the page.
        listener.forget();
    }

    /// Another tab wrote `text`: join it with what this tab knows.
    fn incoming(&self, text: String) {
        let store = *self;
        leptos::task::spawn_local(async move {
            let Ok(codec) = codec::load().await else {
                store.problem.set(Some(Problem::NotLoaded));
                return;
            };
            match (codec.read_saved)(&text) {
                Ok(incoming) => {
                    // The page this store belonged to may be gone by now.
                    let Some(known) = store
                        .work
                        .try_with_untracked(|w| (codec.join)(&incoming, w))
                    else {
                        return;
                    };
                    let lost_something =
                        (codec.write_saved)(&known) != (codec.write_saved)(&incoming);
                    store.set_work.set(known);
                    if lost_something {
                        // The other tab wrote without a save this tab made:
                        // write it back (the join is already in `work`).
                        (codec.write_back)(codec, store);
                    }
                }
                Err(e) => {
                    let _ = store.unreadable_from_elsewhere::<()>(&e);
                }
            }
        });
    }

    /// Saves one item's change (see the module comment), then calls `done`
    /// with what happened. The change is applied and written by the JSON
    /// part ([`save_with`]), fetched first if need be.
    pub fn save(&self, change: Change, expect: Expect, done: impl FnOnce(Outcome) + 'static) {
        let store = *self;
        store.when_writable(Box::new(move |codec| match codec {
            Ok(codec) => (codec.save)(codec, store, change, expect, Box::new(done)),
            Err(problem) => done(Outcome::NotSaved(problem)),
        }));
    }

    /// Merges an imported backup into the saved work, by id.
    pub fn import(&self, text: String, done: impl FnOnce(Result<Merged, AppError>) + 'static) {
        let store = *self;
        leptos::task::spawn_local(async move {
            let codec = match codec::load().await {
                Ok(codec) => codec,
                Err(e) => return done(Err(e)),
            };
            match (codec.read_saved)(&text) {
                Ok(imported) => (codec.merge)(codec, store, imported, Box::new(done)),
                Err(e) => done(Err(AppError::ImportRefused(e))),
            }
        });
    }

    /// Calls `then` with the JSON part, fetched if need be, or with why
    /// nothing can be written now (storage blocked or unreadable, the part
    /// not downloaded): said at once, not after a download.
    fn when_writable(&self, then: Box<dyn FnOnce(Result<&'static Codec, Problem>)>) {
        if !self.writable.get_untracked() {
            let problem = self.problem.get_untracked().unwrap_or(Problem::Unavailable);
            return then(Err(problem));
        }
        leptos::task::spawn_local(async move {
            then(codec::load().await.map_err(|_| Problem::NotLoaded));
        });
    }

    /// Settles a conflict: keep my version (saved over theirs), or theirs
    /// (mine is dropped).
    pub fn resolve(&self, index: usize, keep_mine: bool, done: impl FnOnce(Outcome) + 'static) {
        let Some(Clash { conflict, .. }) = self.conflicts.with_untracked(|c| c.get(index).cloned())
        else {
            return;
        };
        self.conflicts.update(|c| {
            if index < c.len() {
                c.remove(index);
            }
        });
        if keep_mine {
            self.save(conflict.mine, Expect::Any, done);
        }
    }

    /// Reads, changes and writes the document under the lock. Reached
    /// only through the JSON part's table ([`save_with`], [`merge_with`],
    /// [`write_back`]), so that in a release build this and all it calls
    /// (the lock, the join, applying and merging changes) travel in that
    /// part, which every write needs anyway, instead of in every view.
    fn commit<R: 'static>(
        self,
        codec: &'static Codec,
        change: impl FnOnce(&SavedWork) -> Result<(SavedWork, R), Box<Conflict>> + 'static,
        done: impl FnOnce(Committed<R>) + 'static,
    ) {
        let store = self;
        with_lock(
            move || {
                if !store.writable.get_untracked() {
                    let problem = store
                        .problem
                        .get_untracked()
                        .unwrap_or(Problem::Unavailable);
                    return Committed::Refused(problem);
                }
                let Some(storage) = storage() else {
                    return Committed::Refused(Problem::Unavailable);
                };
                let stored = match storage.get_item(KEY) {
                    Ok(None) => SavedWork::default(),
                    Ok(Some(text)) => match (codec.read_saved)(&text) {
                        Ok(work) => work,
                        Err(e) => return store.unreadable_from_elsewhere(&e),
                    },
                    Err(_) => return Committed::Refused(Problem::Unavailable),
                };
                // Another tab's latest write may not have reached this tab's
                // copy of local storage yet, and this tab may know saves the
                // stored document lost: join both (see `SavedWork::join`).
                let stored = (codec.join)(&stored, &store.work.get_untracked());
                match change(&stored) {
                    Err(conflict) => {
                        store.set_work.set(stored);
                        let clash = Clash::new(codec, *conflict);
                        store.conflicts.update(|c| c.push(clash));
                        Committed::Conflict
                    }
                    Ok((next, result)) => match write_document(codec, &next) {
                        Ok(()) => {
                            store.set_work.set(next);
                            // The write went through: a refusal or a missing
                            // part no longer holds (what was stored is in
                            // `next`: the commit read and joined it).
                            if matches!(
                                store.problem.get_untracked(),
                                Some(Problem::NotSaved { .. } | Problem::NotLoaded)
                            ) {
                                store.problem.set(None);
                            }
                            Committed::Written(result)
                        }
                        Err(problem) => {
                            store.set_work.set(stored);
                            store.problem.set(Some(problem.clone()));
                            Committed::Refused(problem)
                        }
                    },
                }
            },
            done,
        );
    }

    /// Another tab wrote something this one cannot read: stop writing, so
    /// it stays as it is.
    fn unreadable_from_elsewhere<R>(&self, error: &Unreadable) -> Committed<R> {
        let problem = Problem::Unreadable {
            message: error.text(),
            aside: None,
        };
        self.writable.set(false);
        self.problem.set(Some(problem.clone()));
        Committed::Refused(problem)
    }

    /// The unreadable data (kept aside, or still under [`KEY`]) as JSON
    /// text that keeps every character, for download. Downloading it makes
    /// "start afresh" safe.
    pub fn unreadable_text(&self) -> Option<String> {
        let storage = storage()?;
        let text = match self.problem.get_untracked()? {
            Problem::Unreadable {
                aside: Some(aside), ..
            } => storage.get_item(&aside).ok().flatten()?,
            Problem::Unreadable { aside: None, .. } => escaped(&raw_item(&storage, KEY)?)?,
            _ => return None,
        };
        Some(text)
    }

    /// Records that the user has the unreadable data in a file.
    pub fn mark_downloaded(&self) {
        self.downloaded.set(true);
    }

    /// True when starting afresh would lose data the user has no copy of:
    /// it was neither kept aside nor downloaded.
    pub fn reset_loses_data(&self) -> bool {
        matches!(
            self.problem.get_untracked(),
            Some(Problem::Unreadable { aside: None, .. })
        ) && !self.downloaded.get_untracked()
    }

    /// Starts afresh after unreadable data was kept aside, downloaded, or
    /// knowingly discarded: the next save is written over it.
    pub fn reset(&self) {
        self.writable.set(true);
        self.problem.set(None);
        self.set_work.set(SavedWork::default());
    }
}

/// Told what became of a save.
pub type OnSaved = Box<dyn FnOnce(Outcome)>;
/// Told what became of an import: what was merged, or why nothing was.
pub type OnImported = Box<dyn FnOnce(Result<Merged, AppError>)>;

/// [`Store::save`] once the JSON part is here. This and the two below are
/// called only through the part's table (src/codec.rs): a direct call
/// from a view would bring the commit back into that view's download.
pub(crate) fn save_with(
    codec: &'static Codec,
    store: Store,
    change: Change,
    expect: Expect,
    done: OnSaved,
) {
    store.commit(
        codec,
        move |stored| stored.apply(&change, expect),
        move |outcome| done(outcome.map_saved()),
    );
}

/// [`Store::import`] once the backup is read: merged into what is stored.
pub(crate) fn merge_with(
    codec: &'static Codec,
    store: Store,
    imported: SavedWork,
    done: OnImported,
) {
    store.commit(
        codec,
        move |stored| {
            let mut next = stored.clone();
            let merged = next.merge(imported);
            Ok((next, merged))
        },
        move |outcome| {
            done(match outcome {
                Committed::Written(merged) => Ok(merged),
                Committed::Conflict => {
                    Err(AppError::NotSaved(Text::new(msg::SAVED_IMPORT_CONFLICT)))
                }
                Committed::Refused(problem) => Err(AppError::NotSaved(problem.message())),
            })
        },
    );
}

/// Writes back what this tab joined from another tab's write, when that
/// write lacked something this tab knew.
pub(crate) fn write_back(codec: &'static Codec, store: Store) {
    store.commit(codec, |joined| Ok((joined.clone(), ())), |_| {});
}

/// A change refused because the item moved on in another tab, with both
/// versions as stored for the user to compare (field names are the
/// format's, not words).
#[derive(Debug, Clone, PartialEq)]
pub struct Clash {
    /// The refused change and the stored version.
    pub conflict: Conflict,
    /// My version's JSON; `None`: I deleted it.
    pub mine: Option<String>,
    /// Their version's JSON; `None`: they deleted it.
    pub theirs: Option<String>,
}

impl Clash {
    fn new(codec: &Codec, conflict: Conflict) -> Self {
        let mine = match &conflict.mine {
            Change::Save(item) => Some((codec.write_item)(item)),
            Change::Delete { .. } => None,
        };
        let theirs = conflict.theirs.as_ref().map(codec.write_item);
        Self {
            conflict,
            mine,
            theirs,
        }
    }
}

/// What a commit did.
enum Committed<R> {
    Written(R),
    Conflict,
    Refused(Problem),
}

impl Committed<Applied> {
    fn map_saved(self) -> Outcome {
        match self {
            Committed::Written(applied) => Outcome::Saved(applied),
            Committed::Conflict => Outcome::Conflict,
            Committed::Refused(problem) => Outcome::NotSaved(problem),
        }
    }
}

/// Puts the store into the context, empty. A split build reads local
/// storage when the first route is shown (src/routes.rs), after fetching
/// the JSON part if anything is stored; elsewhere it is read here.
pub fn provide_store() -> Store {
    let (work, set_work) = signal(SavedWork::default());
    let store = Store {
        work,
        set_work,
        problem: RwSignal::new(None),
        conflicts: RwSignal::new(Vec::new()),
        writable: RwSignal::new(false),
        downloaded: RwSignal::new(false),
        opened: RwSignal::new(false),
    };
    provide_context(store);
    // In one wasm the JSON part is at hand: read now, as a route would.
    #[cfg(not(slacalc_split))]
    store.open_with(codec::loaded());
    store
}

/// The store, if the app shell provided one.
pub fn use_store() -> Option<Store> {
    use_context::<Store>()
}
