//! What the engine takes as inputs and only the browser knows: the
//! current time and the user's time zone. Read here, passed in.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use wasm_bindgen::JsValue;

/// The current instant from the browser's clock.
pub fn now() -> DateTime<Utc> {
    let millis = js_sys::Date::now() as i64;
    DateTime::from_timestamp_millis(millis).unwrap_or_default()
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

/// The page's origin (`https://host:port`), for embed snippets.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}
