//! Last line of defence: a panic must leave a message on screen, never a
//! blank page. The message element lives in index.html so it exists even
//! when the app itself could not render.

use std::panic;

/// Id of the element in index.html that shows an unrecoverable failure.
pub const FATAL_ELEMENT_ID: &str = "fatal";

/// Logs the panic to the console (with its location) and reveals the
/// failure notice in the page.
pub fn install_panic_hook() {
    panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal_notice(&info.to_string());
    }));
}

/// Reveals the failure notice with `detail` as its technical detail.
pub fn show_fatal_notice(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(notice) = document.get_element_by_id(FATAL_ELEMENT_ID) else {
        return;
    };
    if let Some(pre) = notice.query_selector("pre").ok().flatten() {
        pre.set_text_content(Some(detail));
    }
    let _ = notice.remove_attribute("hidden");
}
