//! The app shell: header, navigation, the language switch, routes, embed
//! mode and the error boundary that keeps a failing view from blanking the
//! page.

use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::hooks::{use_location, use_query_map};
use leptos_router::{path, Lazy};
use slacalc_i18n::Key;
use slacalc_state::links::{is_embed, Frame};
use slacalc_state::query::Query;

use crate::i18n::{msg, provide_locale, tr, use_locale, LanguageSwitch};

use crate::routes::{
    BuildRoute, CompareRoute, DeadlineRoute, PriceRoute, QuoteRoute, SimulateRoute,
};
use crate::store::provide_store;
use crate::views::{Home, NotFound};

/// The views a user can navigate to, in the order the header lists them.
pub const NAV: [(&str, Key); 5] = [
    ("/compare", msg::NAV_COMPARE),
    ("/deadline", msg::NAV_DEADLINE),
    ("/simulate", msg::NAV_SIMULATE),
    ("/price", msg::NAV_PRICE),
    ("/build", msg::NAV_BUILD),
];

#[component]
pub fn App() -> impl IntoView {
    provide_locale();
    provide_store();
    view! {
        <Router>
            <Shell/>
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let query = use_query_map();
    let embed = Memo::new(move |_| query.with(|q| is_embed(q.get_str("embed"))));
    keep_language_in_page();
    let main_ref = NodeRef::<leptos::html::Main>::new();
    // The router would treat `#main` as a navigation; move focus by hand.
    let skip_to_main = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = main_ref.get() {
            let _ = main.focus();
        }
    };

    view! {
        <div class="app" class:embed=embed data-testid="app">
            <Show when=move || !embed.get()>
                <a class="skip-link" href="#main" on:click=skip_to_main>{tr(msg::SKIP_TO_CONTENT)}</a>
                <Header/>
            </Show>
            <main id="main" class="main" tabindex="-1" node_ref=main_ref>
                <ErrorBoundary fallback=|errors| view! { <ViewFailed errors/> }>
                    <Routes fallback=|| view! { <NotFound/> }>
                        <Route path=path!("/") view=Home/>
                        // Loaded on demand in a release build (src/routes.rs).
                        <Route path=path!("/compare") view={Lazy::<CompareRoute>::new()}/>
                        <Route path=path!("/deadline") view={Lazy::<DeadlineRoute>::new()}/>
                        <Route path=path!("/simulate") view={Lazy::<SimulateRoute>::new()}/>
                        <Route path=path!("/price") view={Lazy::<PriceRoute>::new()}/>
                        <Route path=path!("/build") view={Lazy::<BuildRoute>::new()}/>
                        <Route path=path!("/quote") view={Lazy::<QuoteRoute>::new()}/>
                    </Routes>
                </ErrorBoundary>
            </main>
        </div>
    }
}

#[component]
fn Header() -> impl IntoView {
    view! {
        <header class="header" data-testid="header">
            <A href="/" attr:class="brand">
                <svg class="brand-mark" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                    <circle cx="12" cy="13" r="8.5" fill="none" stroke="currentColor" stroke-width="2"/>
                    <path d="M12 8.5V13l3 2M9.5 2.5h5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>
                </svg>
                <span class="brand-name">"slacalc"</span>
            </A>
            <nav class="nav" aria-label=tr(msg::NAV_LABEL) data-testid="nav">
                <ul>
                    {NAV
                        .into_iter()
                        .map(|(href, label)| view! { <li><A href=href>{tr(label)}</A></li> })
                        .collect_view()}
                </ul>
            </nav>
            <LanguageSwitch/>
        </header>
    }
}

/// Shown in place of a view that returned an error: says what happened
/// and how to get back, keeps the header usable.
#[component]
fn ViewFailed(errors: ArcRwSignal<Errors>) -> impl IntoView {
    let messages = move || {
        errors
            .get()
            .into_iter()
            .map(|(_, e)| view! { <li>{e.to_string()}</li> })
            .collect_view()
    };
    view! {
        <section class="panel error-panel" role="alert" data-testid="view-error">
            <h1>{tr(msg::VIEW_FAILED_TITLE)}</h1>
            <ul>{messages}</ul>
            <p>{tr(msg::VIEW_FAILED_CHECK_LINK)} " " <a href="/">{tr(msg::VIEW_FAILED_HOME)}</a></p>
        </section>
    }
}

/// Keeps the page in the reader's language: `<html lang>` and the title
/// follow the switch, and the address always carries `lang=`, so a link
/// copied from the address bar opens in the same language. The address is
/// rewritten in place (`history.replaceState`), not through the router: a
/// router navigation here would race the one that brought the page and
/// could turn a link's push into a replace, breaking the back button.
fn keep_language_in_page() {
    let locale = use_locale();
    let location = use_location();
    Effect::new(move |_| {
        let lang = locale.lang();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        document().set_title(&locale.t(msg::PAGE_TITLE));
        // Tracked: a navigation that drops `lang=` brings us back here.
        location.search.track();
        let target = location.pathname.get();
        // After the router has finished with the history (it writes the
        // entry after this effect runs), from the address as it stands.
        let generation = LANG_CHECK.fetch_add(1, Ordering::Relaxed) + 1;
        set_timeout(
            move || ensure_lang_in_address(lang, target, generation, 0),
            std::time::Duration::ZERO,
        );
    });
}

/// Which run of the effect above the pending address check belongs to:
/// a later navigation or language switch makes an earlier check stop.
static LANG_CHECK: AtomicU32 = AtomicU32::new(0);

fn ensure_lang_in_address(lang: slacalc_i18n::Lang, target: String, generation: u32, tries: u32) {
    if LANG_CHECK.load(Ordering::Relaxed) != generation {
        return;
    }
    let location = window().location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    // A route loaded on demand (src/routes.rs) gets its history entry only
    // once its code has arrived: until the address shows the path the
    // router is going to, look again (for at most 15 s).
    if path.trim_end_matches('/') != target.trim_end_matches('/') {
        if tries < 300 {
            set_timeout(
                move || ensure_lang_in_address(lang, target, generation, tries + 1),
                std::time::Duration::from_millis(50),
            );
        }
        return;
    }
    let (frame, _) = Frame::read(&Query::parse(&search));
    if frame.lang == Some(lang) {
        return;
    }
    let href = Frame {
        lang: Some(lang),
        embed: frame.embed,
    }
    .apply(&format!("{path}{search}"));
    if let Ok(history) = window().history() {
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&href));
    }
}
