//! The routes loaded on demand. In a release build (`--cfg slacalc_split`,
//! set by build.rs) each view below is a split point: `wasm-split-cli`
//! (scripts/postbuild.mjs) moves its code, and whatever only it uses, out
//! of the main wasm into a chunk fetched the first time the route is shown.
//! Home and the not-found view stay in the main wasm.
//!
//! Elsewhere (debug builds, the browser tests) a route's view is built
//! directly: the same [`LazyRoute`] path through the router, one wasm.
//!
//! A chunk that cannot be fetched (offline, a deploy that removed it) is not
//! a panic: the route renders an [`AppError::ViewNotLoaded`], which the
//! shell's error boundary shows, and the next visit to the route tries
//! again (leptos' own `#[lazy_route]` panics there: leptos-rs/leptos#4785).

use leptos::prelude::*;
use leptos_router::LazyRoute;

use crate::error::AppError;
use crate::saved_work::SavedWorkBanner;
use crate::store::use_store;
#[cfg(not(slacalc_split))]
use crate::views::{Build, Compare, Deadline, Price, QuotePage, Simulate};

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

/// One route: a unit type for the router (`Lazy::<T>::new()`) whose view
/// is the split point, and a preload that fetches the chunk without
/// showing the view.
macro_rules! split_route {
    ($(#[$doc:meta])* $route:ident, $module:ident, $chunk:ident, $view:ident) => {
        $(#[$doc])*
        pub struct $route;

        /// The split point: everything only the routes of split `$chunk`
        /// reach goes into `split_$chunk.wasm`.
        #[cfg(slacalc_split)]
        mod $module {
            use leptos::prelude::*;
            use leptos::wasm_split::SplitLoaderError;

            use super::page;
            use crate::views::$view;

            #[leptos::wasm_split::wasm_split(
                $chunk,
                wasm_split_path = ::leptos::wasm_split,
                fallible,
                preload(fetch)
            )]
            pub fn split_view() -> Result<AnyView, SplitLoaderError> {
                Ok(page(|| view! { <$view/> }))
            }
        }

        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            #[cfg(slacalc_split)]
            async fn view(_: Self) -> AnyView {
                // The route's code downloads while the JSON part does
                // (only when the view reads JSON at once: codec::prepare). The
                // route's loader starts first, so the JSON part takes what
                // it shares with the route from the route's download, not
                // again in its own pack (web/packs.js).
                let location = leptos_router::hooks::use_location();
                let (path, search) = (
                    location.pathname.get_untracked(),
                    location.search.get_untracked(),
                );
                leptos::task::spawn_local(async {
                    let _ = $module::fetch().await;
                });
                leptos::task::tick().await;
                crate::codec::prepare(&path, &search).await;
                // A failed fetch is not remembered: the next visit
                // fetches again.
                $module::split_view().await.unwrap_or_else(|_| not_loaded())
            }

            #[cfg(not(slacalc_split))]
            async fn view(_: Self) -> AnyView {
                page(|| view! { <$view/> })
            }

            #[cfg(slacalc_split)]
            async fn preload() {
                // Ignored here: the visit itself retries and reports it.
                let _ = $module::fetch().await;
            }
        }
    };
}

// One split per route. Routes may share a split (give them the same third
// name, and scripts/split.mjs's SPLIT_OF the same): wasm-split-cli makes a
// chunk of every set of splits that share code, so six splits make 54
// chunks and about 30 requests for a route's first visit, two splits (sales:
// compare, price, build, quote; SLA: deadline, simulate) make 1 chunk and 3
// requests but 30 % more bytes per route (docs/PERFORMANCE.md).
split_route!(
    /// `/compare`: the comparison table and the requirements panel.
    CompareRoute, compare, compare, Compare
);
split_route!(
    /// `/price`: monthly totals from the price books.
    PriceRoute, price, price, Price
);
split_route!(
    /// `/build`: the package builder.
    BuildRoute, build, build, Build
);
split_route!(
    /// `/quote`: a sealed quote.
    QuoteRoute, quote, quote, QuotePage
);
split_route!(
    /// `/deadline`: due times for an incident.
    DeadlineRoute, deadline, deadline, Deadline
);
split_route!(
    /// `/simulate`: a month of incidents against each plan.
    SimulateRoute, simulate, simulate, Simulate
);
