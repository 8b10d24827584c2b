//! Saved work in a real browser's local storage: migration, damaged and
//! newer data kept aside untouched, a full quota reported, and a change
//! made in another tab showing up here.
#![cfg(target_arch = "wasm32")]

mod support;

use leptos::prelude::*;
use slacalc_app::store::{self, ASIDE_PREFIX, KEY};
use slacalc_app::App;
use slacalc_state::saved::SavedWork;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

use support::sleep;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn mount_build_view() -> (HtmlElement, leptos::mount::UnmountHandle<impl Mountable>) {
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/build"))
        .unwrap();
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), App);
    leptos::task::tick().await;
    (container, handle)
}

fn text_of(root: &HtmlElement, selector: &str) -> Option<String> {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
}

/// A copy kept aside is the original as a JSON string.
fn kept_text(key: &str) -> String {
    serde_json::from_str(&storage().get_item(key).unwrap().unwrap()).unwrap()
}

fn aside_keys() -> Vec<String> {
    let storage = storage();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(ASIDE_PREFIX))
        .collect()
}

const V1: &str = r#"{"format":"slacalc-saved-work","version":1,"items":[{"kind":"package","id":"p1","name":"Night shift"}]}"#;

#[wasm_bindgen_test]
async fn version_1_saved_work_is_migrated_on_load() {
    storage().clear().unwrap();
    storage().set_item(KEY, V1).unwrap();
    let (root, _app) = mount_build_view().await;
    assert_eq!(
        text_of(&root, "[data-testid=saved-counts]").unwrap(),
        "1 package, 0 price books, 0 scenarios saved in this browser."
    );
    assert!(text_of(&root, "[data-testid=saved-problem]").is_none());
}

#[wasm_bindgen_test]
async fn damaged_saved_work_is_kept_aside_untouched_and_the_app_still_starts() {
    storage().clear().unwrap();
    let damaged = r#"{"format":"slacalc-saved-work","version":2,"packages":[{"id":"p1""#;
    storage().set_item(KEY, damaged).unwrap();
    let (root, _app) = mount_build_view().await;
    let problem = text_of(&root, "[data-testid=saved-problem]").expect("a problem is shown");
    assert!(problem.contains("could not be read"), "{problem}");
    assert!(
        text_of(&root, "[data-testid=view-build]").is_some(),
        "the view still renders"
    );
    let aside = aside_keys();
    assert_eq!(aside.len(), 1);
    assert_eq!(kept_text(&aside[0]), damaged);
}

#[wasm_bindgen_test]
async fn saved_work_from_a_newer_version_is_not_overwritten() {
    storage().clear().unwrap();
    let future = r#"{"format":"slacalc-saved-work","version":7,"packages":[]}"#;
    storage().set_item(KEY, future).unwrap();
    let (root, _app) = mount_build_view().await;
    let problem = text_of(&root, "[data-testid=saved-problem]").unwrap();
    assert!(problem.contains("newer slacalc"), "{problem}");
    assert_eq!(storage().get_item(KEY).unwrap().unwrap(), future);
    assert_eq!(kept_text(&aside_keys()[0]), future);
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_not_swallowed() {
    storage().clear().unwrap();
    // Fill the quota with 1 MB blocks, then 10 KB ones.
    let block = "x".repeat(1 << 20);
    let small = "x".repeat(10 << 10);
    let mut i = 0;
    while storage().set_item(&format!("fill.{i}"), &block).is_ok() {
        i += 1;
    }
    while storage().set_item(&format!("fill.{i}"), &small).is_ok() {
        i += 1;
    }
    let book = slacalc_engine::price::PriceBook {
        note: "y".repeat(50_000),
        ..slacalc_engine::price::shipped_books().remove(0)
    };
    let work = SavedWork {
        price_books: vec![book],
        ..SavedWork::default()
    };
    let codec = slacalc_app::codec::loaded().expect("one wasm holds the JSON part");
    let result = store::write_document(codec, &work);
    storage().clear().unwrap();
    let problem = result.expect_err("the write cannot fit");
    assert!(
        problem
            .message()
            .english()
            .contains("storage for this site is full"),
        "{}",
        problem.message()
    );
}

#[wasm_bindgen_test]
async fn a_change_in_another_tab_shows_up_here() {
    storage().clear().unwrap();
    let (root, _app) = mount_build_view().await;
    assert!(text_of(&root, "[data-testid=saved-counts]")
        .unwrap()
        .starts_with("0 packages"));
    let catalog = slacalc_engine::catalog::Catalog::shipped().unwrap();
    let package = |id: &str| {
        slacalc_engine::package::Package::from_plan(&catalog, "express-8x5", id, id).unwrap()
    };
    let other_tab = SavedWork {
        packages: vec![package("pkg-a"), package("pkg-b")],
        ..SavedWork::default()
    }
    .to_json();
    // What the browser delivers when another tab writes the key.
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(KEY));
    init.set_new_value(Some(&other_tab));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    leptos::task::tick().await;
    assert!(
        text_of(&root, "[data-testid=saved-counts]")
            .unwrap()
            .starts_with("2 packages"),
        "{:?}",
        text_of(&root, "[data-testid=saved-counts]")
    );
}

#[wasm_bindgen_test]
async fn an_item_this_build_cannot_use_is_named_and_kept() {
    storage().clear().unwrap();
    let odd = r#"{"format":"slacalc-saved-work","version":2,"packages":[{"id":"pkg-odd","name":"Odd one","colour":"teal"}]}"#;
    storage().set_item(KEY, odd).unwrap();
    let (root, _app) = mount_build_view().await;
    let notice = text_of(&root, "[data-testid=kept-aside]").expect("a notice names the item");
    assert!(notice.contains("`pkg-odd`"), "{notice}");
    assert!(text_of(&root, "[data-testid=saved-counts]")
        .unwrap()
        .starts_with("1 package,"));
    // Nothing is written over it.
    assert!(storage().get_item(KEY).unwrap().unwrap().contains("teal"));
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn an_unreadable_value_is_kept_once_byte_exact_however_often_the_page_loads() {
    storage().clear().unwrap();
    // `ab\0c<lone high surrogate>d<lone low surrogate>e`: not valid UTF-16,
    // so only a copy that never passes through UTF-8 keeps it.
    let units: Vec<u16> = "ab\0c"
        .encode_utf16()
        .chain([0xD800])
        .chain("d".encode_utf16())
        .chain([0xDFFF])
        .chain("e".encode_utf16())
        .collect();
    let original = js_sys::JsString::from_char_code(&units);
    let set: js_sys::Function = js_sys::Reflect::get(&storage(), &"setItem".into())
        .unwrap()
        .into();
    set.call2(&storage(), &KEY.into(), &original).unwrap();
    for _ in 0..10 {
        let (root, app) = mount_build_view().await;
        assert!(text_of(&root, "[data-testid=saved-problem]").is_some());
        drop(app);
        root.remove();
    }
    let aside = aside_keys();
    assert_eq!(aside.len(), 1, "one copy, not one per load: {aside:?}");
    let kept = js_sys::JSON::parse(&storage().get_item(&aside[0]).unwrap().unwrap()).unwrap();
    assert_eq!(
        js_sys::JsString::from(kept),
        original,
        "every UTF-16 unit kept"
    );
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn saved_work_speaks_the_readers_language_and_follows_the_switch() {
    storage().clear().unwrap();
    let odd = r#"{"format":"slacalc-saved-work","version":3,"packages":[{"id":"pkg-odd","colour":"teal"}]}"#;
    storage().set_item(KEY, odd).unwrap();
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/build?lang=ru"))
        .unwrap();
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let _app = leptos::mount::mount_to(container.clone(), App);
    leptos::task::tick().await;
    assert_eq!(
        text_of(&container, "[data-testid=saved-counts]").unwrap(),
        "Сохранено в этом браузере: 1 пакет, 0 прайс-листов, 0 сценариев."
    );
    let notice = text_of(&container, "[data-testid=kept-aside]").unwrap();
    assert!(
        notice.contains("Сохранённый пакет `pkg-odd` нельзя использовать"),
        "{notice}"
    );
    let english: HtmlElement = container
        .query_selector("[data-testid=lang-switch] [data-lang=en]")
        .unwrap()
        .expect("the header has the switch")
        .unchecked_into();
    english.click();
    leptos::task::tick().await;
    assert_eq!(
        text_of(&container, "[data-testid=saved-counts]").unwrap(),
        "1 package, 0 price books, 0 scenarios saved in this browser."
    );
    storage().clear().unwrap();
}

/// Regression: when the browser refused the cross-tab lock (the request's
/// promise rejected before the lock was held), the save was neither
/// written nor answered, and the view kept saying "Saving…". It is now
/// written without the lock, as where there are no Web Locks, and told.
#[wasm_bindgen_test]
async fn a_save_whose_lock_is_refused_is_still_written_and_answered() {
    storage().clear().unwrap();
    let navigator = web_sys::window().unwrap().navigator();
    let refusing = js_sys::Object::new();
    let request = js_sys::Function::new_no_args(
        "return Promise.reject(new DOMException('refused', 'InvalidStateError'))",
    );
    js_sys::Reflect::set(&refusing, &"request".into(), &request).unwrap();
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"value".into(), &refusing).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&navigator, &"locks".into(), &descriptor);

    let told = std::rc::Rc::new(std::cell::RefCell::new(None));
    let owner = Owner::new();
    owner.with(|| {
        let store = store::provide_store();
        let told = std::rc::Rc::clone(&told);
        let book = slacalc_engine::price::shipped_books().remove(0);
        store.save(
            slacalc_state::saved::Change::save(book),
            slacalc_state::saved::Expect::Any,
            move |outcome| *told.borrow_mut() = Some(outcome),
        );
    });
    for _ in 0..50 {
        if told.borrow().is_some() {
            break;
        }
        sleep(10).await;
    }
    js_sys::Reflect::delete_property(&navigator, &"locks".into()).unwrap();
    let outcome = told.borrow_mut().take().expect("the save is answered");
    assert!(matches!(outcome, store::Outcome::Saved(_)), "{outcome:?}");
    let stored = storage()
        .get_item(KEY)
        .unwrap()
        .expect("the save is written");
    storage().clear().unwrap();
    let work = SavedWork::parse(&stored).expect("what was written reads back");
    assert_eq!(work.price_books.len(), 1, "{stored}");
}
