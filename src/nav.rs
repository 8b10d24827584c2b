//! The address: which page the tab shows, its query, and the one way to go
//! elsewhere. slacalc has seven fixed paths and no nested routes, so this
//! small router stands where leptos_router stood, whose general matching,
//! history stack and components were 52 KB of the main wasm's 336 KB of
//! code (docs/PERFORMANCE.md, "Each page's words, and the app's own router").
//!
//! As with any router, the page stays in the tab: a plain click on a link
//! to this origin becomes a history entry and a new view instead of a page
//! load, and back and forward come back as `popstate`. Which view a path
//! shows is `routes::Page`.

use leptos::ev;
use leptos::prelude::*;
use slacalc_state::links::is_embed;
use slacalc_state::query::Query;
use wasm_bindgen::JsCast;
use web_sys::HtmlAnchorElement;

/// Where the app is: the address's path and query, as signals.
#[derive(Clone, Copy)]
pub struct Location {
    address: RwSignal<Address>,
    /// The path, `/compare`.
    pub pathname: Memo<String>,
    /// The query with its `?` (`?plans=a,b`); empty when there is none.
    pub search: Memo<String>,
}

/// One address, as the app reads it; the fragment is the browser's.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Address {
    path: String,
    search: String,
}

impl Address {
    /// What the address bar shows now.
    fn current() -> Address {
        let location = window().location();
        Address {
            path: location.pathname().unwrap_or_default(),
            search: location.search().unwrap_or_default(),
        }
    }

    /// `/compare?plans=a#x` → path `/compare`, search `?plans=a`.
    fn of(href: &str) -> Address {
        let href = href.split('#').next().unwrap_or_default();
        let (path, search) = match href.find('?') {
            Some(at) => href.split_at(at),
            None => (href, ""),
        };
        // An empty query is no query, as `location.search` has it.
        let search = if search == "?" { "" } else { search };
        Address {
            path: path.to_owned(),
            search: search.to_owned(),
        }
    }
}

/// Starts following the address for this app: reads it, takes over link
/// clicks and back and forward (until the app is unmounted), and makes it
/// the context [`use_location`] finds.
pub fn provide_location() -> Location {
    let address = RwSignal::new(Address::current());
    let location = Location {
        address,
        pathname: Memo::new(move |_| address.with(|a| a.path.clone())),
        search: Memo::new(move |_| address.with(|a| a.search.clone())),
    };
    let history = window_event_listener(ev::popstate, move |_| address.set(Address::current()));
    let links = window_event_listener(ev::click, move |ev| follow_link(location, &ev));
    on_cleanup(move || {
        history.remove();
        links.remove();
    });
    provide_context(location);
    location
}

/// The app's [`Location`] (from [`provide_location`], which the app calls
/// before any view is built).
pub fn use_location() -> Location {
    use_context().expect("the app provides its location before any view")
}

impl Location {
    /// Opens `href` (a path on this origin, with its query and perhaps a
    /// `#fragment`) as a new history entry, scrolled to the top or to the
    /// fragment's element. The same address again adds no entry.
    pub fn go(self, href: &str) {
        let Ok(history) = window().history() else {
            return;
        };
        let here = window().location();
        let now = format!(
            "{}{}{}",
            here.pathname().unwrap_or_default(),
            here.search().unwrap_or_default(),
            here.hash().unwrap_or_default()
        );
        if now != href {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
        }
        self.address.set(Address::of(href));
        scroll_to(href.split_once('#').map(|(_, id)| id));
    }

    /// Shows `href` in place of the current history entry, where the page
    /// is scrolled: a view rewriting its link as the reader types does not
    /// fill the back button.
    pub fn replace(self, href: &str) {
        if let Ok(history) = window().history() {
            let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
            let _ = history.replace_state_with_url(&state, "", Some(href));
        }
        self.address.set(Address::of(href));
    }

    /// Whether the address is `path` (tracked; a trailing slash does not
    /// count): for marking the current page's link, and for a view
    /// checking that it is still on screen.
    pub fn is_at(self, path: &str) -> bool {
        self.pathname
            .with(|p| p.trim_end_matches('/') == path.trim_end_matches('/'))
    }

    /// Whether the address asks for embed mode (`embed=1`; tracked).
    pub fn is_embed(self) -> bool {
        self.search
            .with(|s| is_embed(Query::parse(s).get("embed").as_deref()))
    }
}

/// A plain click on a link to this origin, as a navigation in the tab. The
/// browser keeps the click when the page has handled it already, when a
/// key or another button asks for a new tab or window, and when the link
/// opens elsewhere (`target`), downloads, is `rel=external`, leaves the
/// origin or only moves within this page (`#fragment`).
fn follow_link(location: Location, ev: &ev::MouseEvent) {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.alt_key()
        || ev.ctrl_key()
        || ev.shift_key()
    {
        return;
    }
    let Some(anchor) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten())
        .and_then(|el| el.dyn_into::<HtmlAnchorElement>().ok())
    else {
        return;
    };
    let external = anchor
        .get_attribute("rel")
        .is_some_and(|rel| rel.split_ascii_whitespace().any(|r| r == "external"));
    let here = window().location();
    if !anchor.target().is_empty()
        || anchor.has_attribute("download")
        || external
        || here.origin().ok() != Some(anchor.origin())
    {
        return;
    }
    let (path, search) = (anchor.pathname(), anchor.search());
    let same_page =
        here.pathname().ok() == Some(path.clone()) && here.search().ok() == Some(search.clone());
    if same_page && !anchor.hash().is_empty() {
        return;
    }
    ev.prevent_default();
    location.go(&format!("{path}{search}{}", anchor.hash()));
}

/// After a navigation: the fragment's element into view, else the top.
fn scroll_to(fragment: Option<&str>) {
    let element = fragment
        .filter(|id| !id.is_empty())
        .and_then(|id| document().get_element_by_id(id));
    match element {
        Some(element) => element.scroll_into_view(),
        None => window().scroll_to_with_x_and_y(0.0, 0.0),
    }
}
