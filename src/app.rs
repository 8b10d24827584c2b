//! The app shell: header, navigation, the language switch, routes, embed
//! mode and the error boundary that keeps a failing view from blanking the
//! page.

use leptos::prelude::*;
use slacalc_i18n::{Key, Text};
use slacalc_state::links::{nav_href, Frame};
use slacalc_state::query::Query;

use crate::error::AppError;
use crate::i18n::{msg, provide_locale, tr, use_locale, LanguageSwitch, Locale};
use crate::nav::{provide_location, use_location};
use crate::routes::Page;
use crate::store::provide_store;

/// The views a user can navigate to, in the order the header lists them.
pub const NAV: [(&str, Key); 6] = [
    ("/compare", msg::NAV_COMPARE),
    ("/deadline", msg::NAV_DEADLINE),
    ("/simulate", msg::NAV_SIMULATE),
    ("/price", msg::NAV_PRICE),
    ("/build", msg::NAV_BUILD),
    ("/audit", msg::NAV_AUDIT),
];

#[component]
pub fn App() -> impl IntoView {
    provide_locale();
    provide_store();
    provide_location();
    view! { <Shell/> }
}

#[component]
fn Shell() -> impl IntoView {
    let location = use_location();
    let embed = Memo::new(move |_| location.is_embed());
    let page = Memo::new(move |_| Page::at(&location.pathname.get()));
    keep_language_in_page();
    let main_ref = NodeRef::<leptos::html::Main>::new();
    // Focus moves with the skip, as a screen reader expects; the address
    // keeps no `#main`.
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
                    // The view on screen stays until the next page's is
                    // built (its code may have to download first:
                    // src/routes.rs); edits to the query keep the view.
                    <Transition>
                        {move || {
                            let page = page.get();
                            let path = location.pathname.get_untracked();
                            let search = location.search.get_untracked();
                            Suspend::new(page.view(path, search))
                        }}
                    </Transition>
                </ErrorBoundary>
            </main>
        </div>
    }
}

#[component]
fn Header() -> impl IntoView {
    let location = use_location();
    let current = move |href: &'static str| location.is_at(href).then_some("page");
    // The customer's size goes with the reader from one priced view to
    // the next (a size set on /price is the size on /simulate).
    let carried =
        move |href: &'static str| location.search.with(|s| nav_href(href, &Query::parse(s)));
    view! {
        <header class="header" data-testid="header">
            <a href="/" class="brand">
                <svg class="brand-mark" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                    <circle cx="12" cy="13" r="8.5" fill="none" stroke="currentColor" stroke-width="2"/>
                    <path d="M12 8.5V13l3 2M9.5 2.5h5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>
                </svg>
                <span class="brand-name">"slacalc"</span>
            </a>
            <nav class="nav" aria-label=tr(msg::NAV_LABEL) data-testid="nav">
                <ul>
                    {NAV
                        .into_iter()
                        .map(|(href, label)| view! {
                            <li><a href=move || carried(href) aria-current=move || current(href)>{tr(label)}</a></li>
                        })
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
    let locale = use_locale();
    // The app's own errors say what happened in the reader's language;
    // another error (none is known to reach here) has only its English.
    let messages = move || {
        errors
            .get()
            .into_iter()
            .map(|(_, e)| match e.downcast_ref::<AppError>() {
                Some(error) => locale.text(&error.text()),
                None => e.to_string(),
            })
            .map(|message| view! { <li>{message}</li> })
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
/// rewritten in place (the back button is untouched) and behind the app's
/// back: the views keep reading the address they were opened with, whose
/// notices name what could not be used (`lang=de`), and `lang=` changes
/// nothing else they read.
fn keep_language_in_page() {
    let locale = use_locale();
    let location = use_location();
    Effect::new(move |_| {
        let lang = locale.lang();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        // Each view its own title ("Audit — slacalc"), so tabs, history
        // and screen readers tell the views apart; a quote names itself.
        let view = location.pathname.with(|path| {
            NAV.iter()
                .find(|(href, _)| path.trim_end_matches('/') == *href)
        });
        let title = match view {
            _ if Page::at(&location.pathname.get()).titles_itself() => None,
            Some((_, label)) => {
                Some(locale.text(&Text::new(msg::PAGE_TITLE_VIEW).with("view", locale.t(*label))))
            }
            None => Some(locale.t(msg::PAGE_TITLE)),
        };
        if let Some(title) = title {
            document().set_title(&title);
        }
        // Tracked: a navigation that drops `lang=` brings us back here.
        location.pathname.track();
        location.search.track();
        // Written after this run, from the language and address as they
        // stand then (a later switch or navigation may have come first).
        set_timeout(move || lang_in_address(locale), std::time::Duration::ZERO);
    });
}

fn lang_in_address(locale: Locale) {
    let lang = locale.lang_untracked();
    let here = window().location();
    let (Ok(path), Ok(search)) = (here.pathname(), here.search()) else {
        return;
    };
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
