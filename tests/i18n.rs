//! Browser tests of the language layer against the browser's own locale
//! data: slacalc's plural rules (written out in `slacalc_i18n`) must agree
//! with `Intl.PluralRules`, and figures formatted through `Intl` must look
//! as a reader of each language expects.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Function, Reflect};
use slacalc_app::i18n::IntlFormats;
use slacalc_i18n::{msg, plural, Formats, Lang, Text};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// `new Intl.PluralRules(lang).select` for the language.
fn intl_select(lang: Lang) -> impl Fn(f64) -> String {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).unwrap();
    let constructor: Function = Reflect::get(&intl, &"PluralRules".into())
        .expect("the browser has Intl.PluralRules")
        .unchecked_into();
    let rules = Reflect::construct(&constructor, &Array::of1(&lang.code().into()))
        .expect("PluralRules for the language");
    let select: Function = Reflect::get(&rules, &"select".into())
        .unwrap()
        .unchecked_into();
    move |n: f64| {
        select
            .call1(&rules, &JsValue::from_f64(n))
            .unwrap()
            .as_string()
            .unwrap()
    }
}

#[wasm_bindgen_test]
fn plural_rules_agree_with_the_browser_for_whole_numbers() {
    for lang in Lang::ALL {
        let select = intl_select(lang);
        for n in 0..=1000u32 {
            let n = f64::from(n);
            assert_eq!(plural(lang, n).name(), select(n), "{lang}: {n}");
        }
    }
}

#[wasm_bindgen_test]
fn plural_rules_agree_with_the_browser_for_fractions() {
    let fractions = [
        0.5, 1.5, 2.5, 4.5, 5.5, 11.5, 21.5, 22.5, 0.1, 1.25, 2.75, 101.5, 1000.5, 0.001,
    ];
    for lang in Lang::ALL {
        let select = intl_select(lang);
        for n in fractions {
            assert_eq!(plural(lang, n).name(), select(n), "{lang}: {n}");
        }
    }
}

#[wasm_bindgen_test]
fn numbers_use_the_locales_grouping_and_decimal_mark() {
    assert_eq!(IntlFormats.number(Lang::Ru, 1234.56, 2), "1\u{a0}234,56");
    assert_eq!(IntlFormats.number(Lang::En, 1234.56, 2), "1,234.56");
    assert_eq!(IntlFormats.number(Lang::Ru, 1234.567, 0), "1\u{a0}235");
}

#[wasm_bindgen_test]
fn money_puts_the_currency_where_the_locale_does() {
    assert_eq!(IntlFormats.money(Lang::En, 1234.56, "USD"), "US$1,234.56");
    let dollars = IntlFormats.money(Lang::Ru, 1234.56, "USD");
    assert!(
        dollars.starts_with("1\u{a0}234,56") && dollars.ends_with('$'),
        "{dollars:?}"
    );
    let roubles = IntlFormats.money(Lang::Ru, 1234.5, "RUB");
    assert!(
        roubles.starts_with("1\u{a0}234,50") && roubles.ends_with('₽'),
        "{roubles:?}"
    );
    assert_eq!(IntlFormats.money(Lang::Ru, 12.0, ""), "12,00");
}

#[wasm_bindgen_test]
fn dates_and_times_read_as_each_language_writes_them() {
    assert_eq!(IntlFormats.date(Lang::En, 2026, 11, 23), "23 November 2026");
    assert_eq!(
        IntlFormats.date(Lang::Ru, 2026, 11, 23),
        "23 ноября 2026 г."
    );
    // Monday 23 November 2026, 07:30 UTC is 10:30 in Moscow.
    let epoch_ms = 1_795_419_000_000.0;
    let english = IntlFormats.date_time(Lang::En, epoch_ms, "Europe/Moscow");
    assert!(
        english.starts_with("Mon") && english.contains("23 Nov 2026") && english.ends_with("10:30"),
        "{english:?}"
    );
    let russian = IntlFormats.date_time(Lang::Ru, epoch_ms, "Europe/Moscow");
    assert!(
        russian.starts_with("пн")
            && russian.contains("23 нояб. 2026")
            && russian.ends_with("10:30"),
        "{russian:?}"
    );
}

#[wasm_bindgen_test]
fn durations_and_counts_take_russian_plural_forms_through_intl() {
    slacalc_app::i18n::install_bundled();
    let duration = |seconds| slacalc_i18n::duration(Lang::Ru, &IntlFormats, seconds);
    assert_eq!(duration(3600 + 60), "1 час 1 минута");
    assert_eq!(duration(2 * 3600 + 44 * 60), "2 часа 44 минуты");
    assert_eq!(duration(5 * 3600 + 11 * 60), "5 часов 11 минут");
    assert_eq!(duration(21 * 86_400), "21 день");
    let packages = |n: u32| {
        Text::new(msg::SAVED_COUNT_PACKAGES)
            .with("count", n)
            .render(Lang::Ru, &IntlFormats)
    };
    assert_eq!(packages(1), "1 пакет");
    assert_eq!(packages(3), "3 пакета");
    // A large count is grouped the Russian way and still takes its form.
    assert_eq!(packages(1025), "1\u{a0}025 пакетов");
}

/// Mounts `view` with the interface in `lang` (as a link asking for it
/// would) and returns its container.
fn mount_in<V: leptos::prelude::IntoView + 'static>(
    lang: Lang,
    view: impl FnOnce() -> V + 'static,
) -> (web_sys::HtmlElement, impl Drop) {
    let window = web_sys::window().unwrap();
    let _ = window
        .local_storage()
        .unwrap()
        .unwrap()
        .remove_item("slacalc.lang");
    window
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&format!("/compare?lang={lang}")))
        .unwrap();
    let document = window.document().unwrap();
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), move || {
        slacalc_app::i18n::provide_locale();
        view()
    });
    (container, handle)
}

#[wasm_bindgen_test]
fn a_quote_keeps_its_language_and_an_assumption_is_said_in_the_readers() {
    use leptos::prelude::*;
    use slacalc_app::parts::Cited;
    use slacalc_engine::compare::Citation;
    let quote = Citation {
        document: Some(slacalc_i18n::Text::catalog("Регламент поддержки")),
        text: "Время реакции — за 2ч".to_owned(),
        assumption: None,
    };
    let (root, _app) = mount_in(Lang::En, move || {
        view! { <Cited text="2 h".to_owned() citation=Some(quote)/> }
    });
    let q = root.query_selector("q").unwrap().expect("the quote");
    assert_eq!(q.get_attribute("lang").as_deref(), Some("ru"));
    assert_eq!(q.text_content().unwrap(), "Время реакции — за 2ч");
    let tooltip = root.query_selector("[role=tooltip]").unwrap().unwrap();
    assert!(
        tooltip
            .text_content()
            .unwrap()
            .starts_with("Source: Регламент поддержки"),
        "{:?}",
        tooltip.text_content()
    );

    let assumption = Citation {
        document: None,
        text: "the provider names no support hours".to_owned(),
        assumption: Some(slacalc_i18n::Text::catalog(
            "the provider names no support hours",
        )),
    };
    let (root, _app) = mount_in(Lang::Ru, move || {
        view! { <Cited text="24x7".to_owned() citation=Some(assumption)/> }
    });
    let mark = root
        .query_selector("[data-testid=assumption-mark]")
        .unwrap()
        .unwrap();
    assert_eq!(mark.text_content().unwrap(), " допущение");
    let reason = root.query_selector(".assumption-reason").unwrap().unwrap();
    assert!(
        reason.text_content().unwrap().starts_with("Допущение: "),
        "{:?}",
        reason.text_content()
    );
}
