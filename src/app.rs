//! The app shell: header, navigation, routes, embed mode and the error
//! boundary that keeps a failing view from blanking the page.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::hooks::use_query_map;
use leptos_router::path;
use slacalc_state::links::is_embed;

use crate::saved_work::SavedWorkBanner;
use crate::store::provide_store;
use crate::views::{Build, Compare, Deadline, Home, NotFound, Price, QuotePage, Simulate};

/// The views a user can navigate to, in the order the header lists them.
pub const NAV: [(&str, &str); 5] = [
    ("/compare", "Compare"),
    ("/deadline", "Deadline"),
    ("/simulate", "Simulate"),
    ("/price", "Price"),
    ("/build", "Build"),
];

#[component]
pub fn App() -> impl IntoView {
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
                <a class="skip-link" href="#main" on:click=skip_to_main>"Skip to content"</a>
                <Header/>
            </Show>
            <main id="main" class="main" tabindex="-1" node_ref=main_ref>
                <SavedWorkBanner/>
                <ErrorBoundary fallback=|errors| view! { <ViewFailed errors/> }>
                    <Routes fallback=|| view! { <NotFound/> }>
                        <Route path=path!("/") view=Home/>
                        <Route path=path!("/compare") view=Compare/>
                        <Route path=path!("/deadline") view=Deadline/>
                        <Route path=path!("/simulate") view=Simulate/>
                        <Route path=path!("/price") view=Price/>
                        <Route path=path!("/build") view=Build/>
                        <Route path=path!("/quote") view=QuotePage/>
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
            <nav class="nav" aria-label="Views" data-testid="nav">
                <ul>
                    {NAV
                        .into_iter()
                        .map(|(href, label)| view! { <li><A href=href>{label}</A></li> })
                        .collect_view()}
                </ul>
            </nav>
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
            <h1>"This view could not be shown"</h1>
            <ul>{messages}</ul>
            <p>"Check the link you followed, or " <a href="/">"start again from the home page"</a> "."</p>
        </section>
    }
}
