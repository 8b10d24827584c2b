//! What only the browser knows or does: the current time and the user's
//! time zone (read here, passed to the engine as inputs), the page's
//! origin, and file downloads.

use chrono::{DateTime, Utc};
use slacalc_engine::tz::Tz;
use wasm_bindgen::{JsCast, JsValue};

use crate::error::AppError;

/// The current instant from the browser's clock.
pub fn now() -> DateTime<Utc> {
    let millis = js_sys::Date::now() as i64;
    DateTime::from_timestamp_millis(millis).unwrap_or_default()
}

/// Today's date where the user is, from the browser's clock.
pub fn today() -> chrono::NaiveDate {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// The IANA name of the user's zone as the browser reports it.
pub fn zone_name() -> Option<String> {
    let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new());
    let options = format.resolved_options();
    js_sys::Reflect::get(&options, &JsValue::from_str("timeZone"))
        .ok()
        .and_then(|v| v.as_string())
}

/// The user's zone, or `None` if the browser's is not among the zones
/// slacalc ships (see docs/PERFORMANCE.md, "Time zones").
pub fn zone() -> Option<Tz> {
    zone_name().and_then(|name| name.parse().ok())
}

/// The user's zone by its listed name where the browser reports an older
/// one (`Asia/Calcutta` is Kolkata, `Europe/Kiev` Kyiv), so a zone
/// chooser shows the zone in use; else [`zone`].
pub fn listed_zone() -> Option<Tz> {
    zone_name()
        .and_then(|name| slacalc_engine::zones::listed(&name))
        .and_then(|zone| zone.iana.parse().ok())
        .or_else(zone)
}

/// Gives the engine the browser's zones ([`crate::i18n::zone_offset`]);
/// idempotent.
/// Called as a route's page is built (src/routes.rs), and before the
/// catalog is first read (browser tests mount views without a route).
pub fn install_zones() {
    slacalc_engine::tz::set_offsets(crate::i18n::zone_offset);
}

/// The page's origin (`https://host:port`), for embed snippets.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// Puts `text` on the clipboard; `done(true)` once it is there, `done(false)`
/// when the browser refused (no permission, no clipboard, an insecure page).
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        done(false);
        return;
    };
    let promise = window.navigator().clipboard().write_text(text);
    leptos::task::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Offers `text` as a file download named `name` (JSON or CSV by its
/// extension).
pub fn download(name: &str, text: &str) -> Result<(), AppError> {
    let fail = |_| AppError::DownloadRefused;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(if name.ends_with(".csv") {
        "text/csv"
    } else {
        "application/json"
    });
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(AppError::DownloadRefused)?;
    let link: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
