//! Everything the app reads or writes as JSON: saved work (local storage,
//! backups), price books (the rates editor, imports), a quote's file;
//! and what only comes with JSON read or written: adding packages to the
//! catalog, the notices about saved work, and saving itself (the commit
//! under the cross-tab lock, `store::save_with`).
//!
//! serde and serde_json are a large share of the app, and a visitor from a
//! sales page with nothing saved uses none of them. So in a release build
//! this is a split of its own (`codec`, like a route's code: src/routes.rs),
//! fetched the first time something is read or written: before a route's
//! view is built when local storage holds saved work (`Store::open`, which
//! the page preloads for then: web/boot.js) or a compare link carries a
//! package (its share link is JSON too), else on the first save, import
//! or file. Elsewhere (debug builds, the browser tests) it is in the one
//! wasm and [`load`] returns at once.
//!
//! Code outside this module never calls the JSON functions directly: a
//! direct call would pull serde into whichever part makes it. The
//! exceptions are the builder's and the quote's own links (`BuildLink`,
//! `QuoteLink` with its sealed document, `CompareLink::with_package`),
//! which are sealed JSON: those two views carry serde themselves.

use std::cell::Cell;

use slacalc_engine::catalog::Catalog;
use slacalc_engine::package::Package;
use slacalc_engine::price::{PriceBook, QuoteDocument};
use slacalc_i18n::{Formats, Lang};
use slacalc_state::saved::{Change, Expect, Item, SavedWork, Unreadable};

use crate::error::AppError;
use crate::store::{OnImported, OnSaved, Store};

/// The JSON part's functions, reached through [`load`].
pub struct Codec {
    /// Reads saved work (local storage, another tab's write, a backup).
    pub read_saved: fn(&str) -> Result<SavedWork, Unreadable>,
    /// Saved work as stored.
    pub write_saved: fn(&SavedWork) -> String,
    /// Two tabs' saved work in one (`SavedWork::join`: equal revisions are
    /// settled by their JSON).
    pub join: fn(&SavedWork, &SavedWork) -> SavedWork,
    /// One saved item as stored, for the user to compare two versions.
    pub write_item: fn(&Item) -> String,
    /// Reads and checks a price book (the editor, an import).
    pub read_book: fn(&str) -> slacalc_engine::Result<PriceBook>,
    /// A price book as its file.
    pub write_book: fn(&PriceBook) -> String,
    /// The catalog with packages as plans ([`Catalog::with_packages`]):
    /// saved packages and a compare link's package arrive through this
    /// part, so the code that adds and checks them travels with it (the
    /// builder's package summary and a quote, which carry serde anyway,
    /// add theirs directly).
    pub add_packages: fn(&Catalog, &[Package]) -> slacalc_engine::Result<Catalog>,
    /// The saved-work notices above a view (`saved_work::notices`): all
    /// but two come from saved work this part read.
    pub notices: fn(
        Store,
        leptos::prelude::RwSignal<Option<slacalc_i18n::Text>>,
    ) -> leptos::prelude::AnyView,
    /// A quote's JSON file, its words in `lang`.
    pub write_quote:
        fn(&QuoteDocument, &Catalog, Lang, &dyn Formats) -> slacalc_engine::Result<String>,
    /// Saves one item's change (`Store::save`): the commit under the
    /// cross-tab lock travels with this part, which every write needs.
    pub save: fn(&'static Codec, Store, Change, Expect, OnSaved),
    /// Merges an imported backup into what is stored (`Store::import`).
    pub merge: fn(&'static Codec, Store, SavedWork, OnImported),
    /// Writes back what a tab joined from another tab's write.
    pub write_back: fn(&'static Codec, Store),
}

static CODEC: Codec = Codec {
    read_saved: SavedWork::parse,
    write_saved: SavedWork::to_json,
    join: SavedWork::join,
    write_item: Item::to_json,
    read_book: PriceBook::from_json,
    write_book: PriceBook::to_json,
    add_packages: Catalog::with_packages,
    notices: crate::saved_work::notices,
    write_quote: QuoteDocument::to_json,
    save: crate::store::save_with,
    merge: crate::store::merge_with,
    write_back: crate::store::write_back,
};

thread_local! {
    static LOADED: Cell<Option<&'static Codec>> = const { Cell::new(None) };
    /// Notified when the part arrives, for what [`ready`] tracks.
    static ARRIVED: leptos::prelude::ArcTrigger = leptos::prelude::ArcTrigger::new();
}

/// The JSON functions, fetched first in a release build; an error a view
/// can show when they could not be downloaded (the next call tries again).
pub async fn load() -> Result<&'static Codec, AppError> {
    if let Some(codec) = loaded() {
        return Ok(codec);
    }
    let codec = codec().await.map_err(|_| AppError::PartNotLoaded)?;
    LOADED.with(|l| l.set(Some(codec)));
    Ok(codec)
}

/// [`loaded`], followed: a reactive view or memo that calls this runs
/// again when the part arrives.
pub fn ready() -> Option<&'static Codec> {
    ARRIVED.with(|a| leptos::prelude::Track::track(a));
    loaded()
}

/// The JSON functions if [`load`] has fetched them already (in one wasm:
/// always).
pub fn loaded() -> Option<&'static Codec> {
    #[cfg(not(slacalc_split))]
    {
        install_links();
        Some(&CODEC)
    }
    #[cfg(slacalc_split)]
    LOADED.with(Cell::get)
}

/// Reads and checks a price book's file through the JSON part; what went
/// wrong, in words (the part not downloaded, or the file's problem).
pub async fn read_book(text: &str) -> Result<PriceBook, slacalc_i18n::Text> {
    let codec = load().await.map_err(|e| e.text())?;
    (codec.read_book)(text).map_err(|e| e.text().clone())
}

/// Fetches the JSON part before a route's view is built when the view
/// reads JSON as it is built: local storage holds saved work
/// (`Store::open`), or a compare link carries a package. Otherwise, and
/// when it is here already, this fetches nothing. A failed fetch is
/// reported where the JSON was needed (the saved-work banner, the link's
/// notices).
///
/// `path` and `search` are the address the page is being shown for
/// (src/nav.rs).
pub async fn prepare(path: &str, search: &str) {
    let carries_package = path.trim_end_matches('/') == "/compare"
        && slacalc_state::query::Query::parse(search)
            .get("package")
            .is_some();
    if loaded().is_none() && (crate::store::has_saved_work() || carries_package) {
        let _ = load().await;
    }
}

/// Compare links open and seal the package they carry with the JSON part
/// (slacalc_state's feature `package-links-installed`).
fn install_links() {
    slacalc_state::links::install_package_links(slacalc_state::links::PackageLinks {
        open: slacalc_engine::package::from_share_link,
        seal: slacalc_engine::package::share_link,
        add: Catalog::with_packages,
    });
}

/// The only reference to [`CODEC`], so that in a release build it and all
/// it calls travel in their own split.
#[cfg(slacalc_split)]
#[leptos::wasm_split::wasm_split(codec, wasm_split_path = ::leptos::wasm_split, fallible)]
fn codec() -> Result<&'static Codec, leptos::wasm_split::SplitLoaderError> {
    install_links();
    // Here rather than in `load`, which is in the shell: the shell then
    // carries no reactive trigger.
    LOADED.with(|l| l.set(Some(&CODEC)));
    ARRIVED.with(|a| leptos::prelude::Notify::notify(a));
    Ok(&CODEC)
}

#[cfg(not(slacalc_split))]
async fn codec() -> Result<&'static Codec, std::convert::Infallible> {
    install_links();
    Ok(&CODEC)
}
