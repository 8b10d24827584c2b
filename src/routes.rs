//! The routes loaded on demand. In a release build (`--cfg slacalc_split`,
//! set by build.rs) each view below is a split point: `wasm-split-cli`
//! (scripts/postbuild.mjs) moves its code, and whatever only it uses, out
//! of the main wasm into a chunk fetched the first time the route is shown.
//! Home and the not-found view stay in the main wasm.
//!
//! Elsewhere (debug builds, the browser tests) a route's view is built
//! directly: the same [`Page::view`] path, one wasm.
//!
//! A chunk that cannot be fetched (offline, a deploy that removed it) is not
//! a panic: the route renders an [`AppError::ViewNotLoaded`], which the
//! shell's error boundary shows, and the next visit to the route tries
//! again (leptos' own `#[lazy_route]` panics there: leptos-rs/leptos#4785).

use leptos::prelude::*;

use crate::error::AppError;
use crate::saved_work::SavedWorkBanner;
use crate::store::use_store;
use crate::views::{Home, NotFound};

/// The pages of the app, one per path (src/nav.rs follows the address).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// `/`: what each view is for.
    Home,
    /// `/compare`: the comparison table and the requirements panel.
    Compare,
    /// `/deadline`: due times for an incident.
    Deadline,
    /// `/simulate`: a month of incidents against each plan.
    Simulate,
    /// `/price`: monthly totals from the price books.
    Price,
    /// `/build`: the package builder.
    Build,
    /// `/quote`: a sealed quote.
    Quote,
    /// `/audit`: a helpdesk's tickets against a plan.
    Audit,
    /// Any other path.
    NotFound,
}

impl Page {
    /// The page at `path`; a trailing slash does not count (a static host
    /// serves `/compare/` from `compare/index.html` too).
    pub fn at(path: &str) -> Page {
        match path.trim_end_matches('/') {
            "" => Page::Home,
            "/compare" => Page::Compare,
            "/deadline" => Page::Deadline,
            "/simulate" => Page::Simulate,
            "/price" => Page::Price,
            "/build" => Page::Build,
            "/quote" => Page::Quote,
            "/audit" => Page::Audit,
            _ => Page::NotFound,
        }
    }

    /// Whether the page's view writes the page's title itself (a quote
    /// names its number and customer) instead of the header's label.
    pub fn titles_itself(self) -> bool {
        self == Page::Quote
    }

    /// The page's view for the address `path` and `search`: at once for
    /// home and not-found, after its code has arrived for the others.
    pub async fn view(self, path: String, search: String) -> AnyView {
        match self {
            Page::Home => view! { <Home/> }.into_any(),
            Page::NotFound => view! { <NotFound/> }.into_any(),
            Page::Compare => compare::view(path, search).await,
            Page::Deadline => deadline::view(path, search).await,
            Page::Simulate => simulate::view(path, search).await,
            Page::Price => price::view(path, search).await,
            Page::Build => build::view(path, search).await,
            Page::Quote => quote::view(path, search).await,
            Page::Audit => audit::view(path, search).await,
        }
    }
}

/// What a route shows when its chunk did not arrive: an error for the
/// shell's error boundary.
#[cfg_attr(not(slacalc_split), allow(dead_code))]
fn not_loaded() -> AnyView {
    Err::<(), _>(AppError::ViewNotLoaded).into_any()
}

/// A route's page: the saved-work banner above its view. Built inside the
/// split point, so the banner's code travels with the routes' shared code,
/// not in the shell that home also loads; the banner is therefore a
/// route's, and home has none.
fn page<V: IntoView + 'static>(view: impl FnOnce() -> V) -> AnyView {
    // Every route's calendars and times compute with the browser's zones
    // (home has none, so the shell does not carry this).
    crate::browser::install_zones();
    // Opened here, in the split, so the store's code is not the shell's;
    // idempotent: the first route reads it.
    if let Some(store) = use_store() {
        store.open();
    }
    // Built after the store is open: a view reads saved work as it is built.
    let view = view();
    view! {
        <SavedWorkBanner/>
        {view}
    }
    .into_any()
}

/// One route's view: in a split build, the split point and the function
/// that fetches its code, then builds the view.
// Unformatted: rustfmt re-indents the split attribute on every run.
#[rustfmt::skip]
macro_rules! split_route {
    ($module:ident, $view:ident) => {
        mod $module {
            use leptos::prelude::*;

            #[cfg(slacalc_split)]
            #[leptos::wasm_split::wasm_split(
                $module,
                wasm_split_path = ::leptos::wasm_split,
                fallible,
                preload(fetch)
            )]
            fn split_view() -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
                Ok(super::page(|| view! { <crate::views::$view/> }))
            }

            #[cfg(slacalc_split)]
            pub async fn view(path: String, search: String) -> AnyView {
                // The route's code downloads while the JSON part does
                // (only when the view reads JSON at once: codec::prepare). The
                // route's loader starts first, so the JSON part takes what
                // it shares with the route from the route's download, not
                // again in its own pack (web/packs.js).
                leptos::task::spawn_local(async {
                    let _ = fetch().await;
                });
                leptos::task::tick().await;
                crate::codec::prepare(&path, &search).await;
                // A failed fetch is not remembered: the next visit
                // fetches again.
                split_view().await.unwrap_or_else(|_| super::not_loaded())
            }

            #[cfg(not(slacalc_split))]
            pub async fn view(_: String, _: String) -> AnyView {
                super::page(|| view! { <crate::views::$view/> })
            }
        }
    };
}

// One split per route, named as the route's module. Routes may share a
// split (one module for both, and scripts/split.mjs's SPLIT_OF the same):
// wasm-split-cli makes a chunk of every set of splits that share code, so
// six splits make 54 chunks and about 30 requests for a route's first
// visit, two splits (sales: compare, price, build, quote; SLA: deadline,
// simulate) make 1 chunk and 3 requests but 30 % more bytes per route
// (docs/PERFORMANCE.md).
split_route!(compare, Compare);
split_route!(price, Price);
split_route!(build, Build);
split_route!(quote, QuotePage);
split_route!(deadline, Deadline);
split_route!(simulate, Simulate);
split_route!(audit, Audit);
