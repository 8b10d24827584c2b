//! Browser tests of the app shell: they mount the real `App` in headless
//! Chromium (wasm-bindgen-test-runner) and read the DOM it produces.
#![cfg(target_arch = "wasm32")]

mod support;

use leptos::prelude::*;
use slacalc_app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

use support::sleep;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Points the page at `url` (path and query), then mounts a fresh app in a
/// new container. The returned handle unmounts it when dropped.
async fn mount_at(url: &str) -> (HtmlElement, leptos::mount::UnmountHandle<impl Mountable>) {
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
        .unwrap();
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), App);
    leptos::task::tick().await;
    (container, handle)
}

fn find(container: &HtmlElement, selector: &str) -> Option<web_sys::Element> {
    container.query_selector(selector).unwrap()
}

#[wasm_bindgen_test]
async fn shell_has_header_and_every_view_in_navigation() {
    let (root, _app) = mount_at("/").await;
    assert!(find(&root, "[data-testid=header]").is_some());
    let links: Vec<String> = {
        let list = root.query_selector_all("[data-testid=nav] a").unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().text_content().unwrap())
            .collect()
    };
    assert_eq!(
        links,
        ["Compare", "Deadline", "Simulate", "Price", "Build", "Audit"]
    );
    assert!(find(&root, "[data-testid=view-home]").is_some());
}

#[wasm_bindgen_test]
async fn each_route_renders_its_view_and_marks_its_link() {
    for (path, testid) in [
        ("/compare", "view-compare"),
        ("/deadline", "view-deadline"),
        ("/simulate", "view-simulate"),
        ("/price", "view-price"),
        ("/build", "view-build"),
        ("/audit", "view-audit"),
    ] {
        let (root, _app) = mount_at(path).await;
        assert!(
            find(&root, &format!("[data-testid={testid}]")).is_some(),
            "{path} should render {testid}"
        );
        let current = find(&root, "[data-testid=nav] a[aria-current=page]")
            .unwrap_or_else(|| panic!("{path}: no link marked current"));
        assert_eq!(current.get_attribute("href").as_deref(), Some(path));
    }
}

/// Waits (a tick at a time, at most a second) until `selector` matches.
async fn eventually(root: &HtmlElement, selector: &str) -> web_sys::Element {
    for _ in 0..100 {
        if let Some(found) = find(root, selector) {
            return found;
        }
        leptos::task::tick().await;
        sleep(10).await;
    }
    panic!("{selector} never appeared");
}

fn pathname() -> String {
    web_sys::window().unwrap().location().pathname().unwrap()
}

#[wasm_bindgen_test]
async fn a_link_opens_its_view_in_the_tab_and_back_returns() {
    let (root, _app) = mount_at("/").await;
    let before = web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .length()
        .unwrap();
    let link: HtmlElement = find(&root, "[data-testid=nav] a[href='/deadline']")
        .unwrap()
        .unchecked_into();
    link.click();
    eventually(&root, "[data-testid=view-deadline]").await;
    assert_eq!(pathname(), "/deadline");
    let history = web_sys::window().unwrap().history().unwrap();
    assert_eq!(history.length().unwrap(), before + 1, "a new history entry");
    let current = find(&root, "[data-testid=nav] a[aria-current=page]").unwrap();
    assert_eq!(current.get_attribute("href").as_deref(), Some("/deadline"));
    history.back().unwrap();
    eventually(&root, "[data-testid=view-home]").await;
    assert_eq!(pathname(), "/");
    assert!(find(&root, "[data-testid=nav] a[aria-current=page]").is_none());
}

#[wasm_bindgen_test]
async fn embed_mode_renders_the_view_alone() {
    let (root, _app) = mount_at("/compare?embed=1").await;
    assert!(find(&root, "[data-testid=view-compare]").is_some());
    assert!(find(&root, "[data-testid=header]").is_none());
    assert!(find(&root, "[data-testid=nav]").is_none());
    assert!(find(&root, ".app.embed").is_some());
}

#[wasm_bindgen_test]
async fn embed_zero_keeps_the_chrome() {
    let (root, _app) = mount_at("/compare?embed=0").await;
    assert!(find(&root, "[data-testid=header]").is_some());
}

#[wasm_bindgen_test]
async fn unknown_path_shows_not_found_with_the_path() {
    let (root, _app) = mount_at("/no/such/page").await;
    let view = find(&root, "[data-testid=view-not-found]").expect("not-found view");
    assert!(view.text_content().unwrap().contains("/no/such/page"));
    assert!(find(&root, "[data-testid=header]").is_some());
}

#[wasm_bindgen_test]
fn fatal_notice_is_revealed_with_its_detail() {
    let notice = document().create_element("div").unwrap();
    notice.set_id(slacalc_app::fatal::FATAL_ELEMENT_ID);
    notice.set_attribute("hidden", "").unwrap();
    notice
        .append_child(&document().create_element("pre").unwrap())
        .unwrap();
    document().body().unwrap().append_child(&notice).unwrap();

    slacalc_app::fatal::show_fatal_notice("boom at src/x.rs:1");

    assert!(!notice.has_attribute("hidden"));
    let pre = notice.query_selector("pre").unwrap().unwrap();
    assert_eq!(pre.text_content().as_deref(), Some("boom at src/x.rs:1"));
    notice.remove();
}
