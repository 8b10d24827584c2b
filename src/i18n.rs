//! The reader's language in the app: which one (link, saved choice,
//! browser), the switch that changes it, and the browser's `Intl` behind
//! every number, amount, date and time shown. Views say
//! `tr(msg::NAV_COMPARE)` for a reactive text, or `locale.text(&text)`
//! for a message with arguments; the words are in `i18n/locales`.

use std::cell::RefCell;
use std::collections::HashMap;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use leptos::prelude::*;
use slacalc_engine::tz::Tz;
use slacalc_i18n::{Formats, Key, Lang, Text};
use slacalc_state::links::Frame;
use slacalc_state::query::Query;
use wasm_bindgen::JsValue;

use crate::store;

pub use slacalc_i18n::msg;

/// The language the interface speaks, shared by every view.
#[derive(Clone, Copy)]
pub struct Locale {
    lang: RwSignal<Lang>,
}

impl Locale {
    /// The current language (tracked: a view that reads it follows a switch).
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// The current language, without tracking (event handlers).
    pub fn lang_untracked(&self) -> Lang {
        self.lang.get_untracked()
    }

    /// A message without arguments, in the current language.
    pub fn t(&self, key: Key) -> String {
        self.text(&Text::new(key))
    }

    /// A message with its arguments, in the current language, its figures
    /// formatted by the browser.
    pub fn text(&self, text: &Text) -> String {
        text.render(self.lang(), &IntlFormats)
    }

    /// Switches the interface to `lang` and remembers the choice; a
    /// language whose words are not loaded yet switches once they are (a
    /// failed download leaves the page as it was, and a click tries again).
    pub fn choose(&self, lang: Lang) {
        store::save_lang(lang);
        say_not_loaded(None);
        if slacalc_i18n::is_loaded(lang) {
            self.lang.set(lang);
            return;
        }
        let this = *self;
        leptos::task::spawn_local(async move {
            if load(lang).await {
                this.lang.set(lang);
            } else {
                say_not_loaded(Some(this.text(&not_loaded(lang))));
            }
        });
    }

    /// The frame to write onto an address: this language, and embed mode
    /// when the page is an embed.
    pub fn frame(&self, embed: bool) -> Frame {
        Frame {
            lang: Some(self.lang_untracked()),
            embed,
        }
    }
}

/// The language for this page: an embed speaks its link's language (the
/// documentation page chose it); otherwise the reader's saved choice, then
/// the link's (a shared link opens in the sender's language), then the
/// browser's languages.
pub fn page_lang() -> Lang {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let (frame, _) = Frame::read(&Query::parse(&search));
    let saved = store::saved_lang();
    if frame.embed {
        frame.lang.or(saved)
    } else {
        saved.or(frame.lang)
    }
    .unwrap_or_else(browser_lang)
}

/// Provides the page's language ([`page_lang`]) to every view: English
/// when that language's words could not be loaded ([`load`]).
pub fn provide_locale() -> Locale {
    install_bundled();
    let lang = Some(page_lang())
        .filter(|lang| slacalc_i18n::is_loaded(*lang))
        .unwrap_or(Lang::En);
    let locale = Locale {
        lang: RwSignal::new(lang),
    };
    provide_context(locale);
    locale
}

/// Makes `lang`'s words available; `false` when they could not be
/// downloaded. English is always there. In a release build each other
/// language is a split of its own (`ru`, fetched on first use, like a
/// route's code: src/routes.rs), so an English reader never downloads the
/// Russian words; elsewhere they are in the one wasm.
pub async fn load(lang: Lang) -> bool {
    if slacalc_i18n::is_loaded(lang) {
        return true;
    }
    match lang {
        Lang::En => true,
        Lang::Ru => match russian().await {
            Ok(tables) => {
                slacalc_i18n::install(tables);
                true
            }
            Err(_) => false,
        },
    }
}

/// Where the app is one wasm (debug builds, the browser tests) every
/// language's words are in it: installs them, so nothing waits for a
/// download. A release build's languages come by [`load`].
pub fn install_bundled() {
    #[cfg(not(slacalc_split))]
    slacalc_i18n::install(slacalc_i18n::Tables::russian());
}

/// The Russian tables: the only reference to them, so that in a release
/// build they travel in their own split.
#[cfg(slacalc_split)]
#[leptos::wasm_split::wasm_split(ru, wasm_split_path = ::leptos::wasm_split, fallible)]
fn russian() -> Result<&'static slacalc_i18n::Tables, leptos::wasm_split::SplitLoaderError> {
    Ok(slacalc_i18n::Tables::russian())
}

#[cfg(not(slacalc_split))]
async fn russian() -> Result<&'static slacalc_i18n::Tables, std::convert::Infallible> {
    Ok(slacalc_i18n::Tables::russian())
}

/// The language context; English outside the app (tests mounting a part).
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_else(|| Locale {
        lang: RwSignal::new(Lang::En),
    })
}

/// A message as a reactive text for `view!`: follows the language switch.
pub fn tr(key: Key) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let locale = use_locale();
    move || locale.t(key)
}

fn browser_lang() -> Lang {
    let languages = web_sys::window()
        .map(|w| w.navigator().languages())
        .unwrap_or_default();
    let tags: Vec<String> = languages.iter().filter_map(|v| v.as_string()).collect();
    Lang::from_preferences(tags.iter().map(String::as_str))
}

/// The browser's `Intl` as slacalc's number, money and date formats.
/// Formatters are built once per language and kind (building one is slow).
pub struct IntlFormats;

thread_local! {
    static FORMATTERS: RefCell<HashMap<String, Function>> = RefCell::new(HashMap::new());
}

/// The locale `Intl` is asked for: British English writes `23 Nov 2026`
/// and 24-hour times, as the sources do.
fn intl_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en-GB",
        Lang::Ru => "ru-RU",
    }
}

fn formatter(key: String, make: impl FnOnce() -> Function) -> Function {
    FORMATTERS.with(|all| all.borrow_mut().entry(key).or_insert_with(make).clone())
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

fn locales(lang: Lang) -> Array {
    Array::of1(&JsValue::from_str(intl_locale(lang)))
}

fn call(format: &Function, value: &JsValue) -> String {
    format
        .call1(&JsValue::UNDEFINED, value)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

fn number_format(lang: Lang, key: &str, pairs: &[(&str, JsValue)]) -> Function {
    formatter(format!("{lang}:{key}"), || {
        Intl::NumberFormat::new(&locales(lang), &options(pairs)).format()
    })
}

fn date_format(lang: Lang, key: &str, pairs: &[(&str, JsValue)]) -> Function {
    formatter(format!("{lang}:{key}"), || {
        Intl::DateTimeFormat::new(&locales(lang), &options(pairs)).format()
    })
}

/// A zone's offset from UTC, in seconds east, at `utc` (seconds since
/// 1970), from the browser's own IANA database: what the engine's zones
/// compute with in the browser (`slacalc_engine::tz`, installed by
/// `browser::install_zones`). `Intl` names the offset as `GMT+05:45` (or
/// `GMT`), the same in every language.
pub fn zone_offset(zone: &str, utc: i64) -> i32 {
    let format = formatter(format!("offset:{zone}"), || {
        let options = options(&[
            ("timeZone", zone.into()),
            ("timeZoneName", "longOffset".into()),
        ]);
        Intl::DateTimeFormat::new(&Array::of1(&JsValue::from_str("en-US")), &options).format()
    });
    let text = call(
        &format,
        &Date::new(&JsValue::from_f64(utc as f64 * 1000.0)).into(),
    );
    text.rfind("GMT").map_or(0, |at| {
        slacalc_engine::tz::parse_gmt_offset(&text[at + 3..]).unwrap_or(0)
    })
}

impl Formats for IntlFormats {
    fn number(&self, lang: Lang, value: f64, max_fraction: u8) -> String {
        let format = number_format(
            lang,
            &format!("number{max_fraction}"),
            &[("maximumFractionDigits", f64::from(max_fraction).into())],
        );
        call(&format, &value.into())
    }

    fn money(&self, lang: Lang, amount: f64, currency: &str) -> String {
        let format = if currency.is_empty() {
            number_format(
                lang,
                "amount",
                &[
                    ("minimumFractionDigits", 2.0.into()),
                    ("maximumFractionDigits", 2.0.into()),
                ],
            )
        } else {
            number_format(
                lang,
                &format!("money:{currency}"),
                &[
                    ("style", "currency".into()),
                    ("currency", currency.into()),
                    ("minimumFractionDigits", 2.0.into()),
                    ("maximumFractionDigits", 2.0.into()),
                ],
            )
        };
        call(&format, &amount.into())
    }

    fn date(&self, lang: Lang, year: i32, month: u32, day: u32) -> String {
        let format = date_format(
            lang,
            "date",
            &[
                ("timeZone", "UTC".into()),
                ("day", "numeric".into()),
                ("month", "long".into()),
                ("year", "numeric".into()),
            ],
        );
        // Noon UTC, shown in UTC: the same calendar day in every zone.
        let ms = NaiveDate::from_ymd_opt(year, month, day)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .map_or(f64::NAN, |t| t.and_utc().timestamp_millis() as f64);
        call(&format, &Date::new(&ms.into()).into())
    }

    fn date_time(&self, lang: Lang, epoch_ms: f64, zone: &str) -> String {
        let format = date_format(
            lang,
            &format!("at:{zone}"),
            &[
                ("timeZone", zone.into()),
                ("weekday", "short".into()),
                ("day", "numeric".into()),
                ("month", "short".into()),
                ("year", "numeric".into()),
                ("hour", "2-digit".into()),
                ("minute", "2-digit".into()),
                ("hourCycle", "h23".into()),
            ],
        );
        call(&format, &Date::new(&epoch_ms.into()).into())
    }
}

/// Shorthands for the figures views show, in the current language.
impl Locale {
    /// `1,234.5` / `1 234,5`.
    pub fn number(&self, value: f64, max_fraction: u8) -> String {
        IntlFormats.number(self.lang(), value, max_fraction)
    }

    /// `US$1,234.56` / `1 234,56 $`; a bare amount when `currency` is empty.
    pub fn money(&self, amount: f64, currency: &str) -> String {
        IntlFormats.money(self.lang(), amount, currency)
    }

    /// `25 November 2026` / `25 ноября 2026 г.`
    pub fn date(&self, date: NaiveDate) -> String {
        IntlFormats.date(self.lang(), date.year(), date.month(), date.day())
    }

    /// `Mon, 23 Nov 2026, 10:30` / `пн, 23 нояб. 2026 г., 10:30` in `zone`.
    pub fn date_time(&self, at: DateTime<Utc>, zone: Tz) -> String {
        IntlFormats.date_time(self.lang(), at.timestamp_millis() as f64, zone.name())
    }

    /// An instant for labels that sit on a dated axis, short and without
    /// the year: `Mon 23 Nov` / `пн, 23 нояб.`, with the time
    /// (`Mon 23 Nov, 10:30`) when `with_time`.
    pub fn short_instant(&self, at: DateTime<Utc>, zone: Tz, with_time: bool) -> String {
        let lang = self.lang();
        let mut pairs: Vec<(&str, JsValue)> = vec![
            ("timeZone", zone.name().into()),
            ("weekday", "short".into()),
            ("day", "numeric".into()),
            ("month", "short".into()),
        ];
        if with_time {
            pairs.extend([
                ("hour", "2-digit".into()),
                ("minute", "2-digit".into()),
                ("hourCycle", "h23".into()),
            ]);
        }
        let format = date_format(lang, &format!("short:{}:{with_time}", zone.name()), &pairs);
        call(
            &format,
            &Date::new(&(at.timestamp_millis() as f64).into()).into(),
        )
    }

    /// A signed length of time in seconds, in words (`2 h 44 min` / `2 часа 44 минуты`).
    pub fn duration(&self, seconds: i64) -> String {
        slacalc_i18n::duration(self.lang(), &IntlFormats, seconds)
    }

    /// A target's length in minutes, as the sources write it.
    pub fn target_length(&self, minutes: u64) -> String {
        slacalc_i18n::target_length(self.lang(), &IntlFormats, minutes)
    }
}

/// The language switch in the header: each language in its own name.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="lang-switch" role="group" aria-label=tr(msg::LANGUAGE_SWITCH) data-testid="lang-switch">
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    view! {
                        <button
                            type="button"
                            class="lang"
                            lang=lang.code()
                            aria-pressed=move || (locale.lang() == lang).to_string()
                            title=lang.own_name()
                            data-lang=lang.code()
                            on:click=move |_| locale.choose(lang)
                        >
                            {lang.code().to_uppercase()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
        <p id=NOT_LOADED_ID class="lang-failed" role="alert" data-testid="lang-failed" hidden></p>
    }
}

/// Id of the switch's line that says a language could not be downloaded.
const NOT_LOADED_ID: &str = "lang-not-loaded";

/// Why choosing `lang` did nothing, in the language on screen (the one
/// chosen has no words here).
fn not_loaded(lang: Lang) -> Text {
    Text::new(msg::LANGUAGE_NOT_LOADED).with("language", lang.own_name())
}

/// Shows `message` under the language switch, or hides the line. Written
/// straight into the page: a rare message in every page's download, so
/// no reactive view of its own (drawn as one, the line cost the shell
/// 1.6 KB; this way 0.8 KB, docs/PERFORMANCE.md).
fn say_not_loaded(message: Option<String>) {
    let Some(line) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(NOT_LOADED_ID))
    else {
        return;
    };
    match message {
        Some(message) => {
            line.set_text_content(Some(&message));
            let _ = line.remove_attribute("hidden");
        }
        None => {
            let _ = line.set_attribute("hidden", "");
        }
    }
}
