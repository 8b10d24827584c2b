//! What goes back for a line: its `id` (when it can be echoed safely) or
//! its line number, and the answer or the error message.

use serde_json::value::RawValue;

use crate::{EXCERPT_CHARS, MAX_ID_CHARS, MAX_MESSAGE_CHARS};

/// The longest number text echoed as an `id`.
const MAX_ID_NUMBER_CHARS: usize = 40;

/// An `id` as it goes back: a JSON string of at most [`MAX_ID_CHARS`]
/// characters, re-encoded (so a CR or LF in it is escaped, never raw), or
/// a JSON number of at most 40 characters. Anything else is not echoed.
pub(crate) fn echo_id(raw: Option<&RawValue>) -> Option<String> {
    let text = raw?.get();
    match text.as_bytes().first()? {
        b'"' => {
            let id: String = serde_json::from_str(text).ok()?;
            (id.chars().count() <= MAX_ID_CHARS)
                .then(|| serde_json::to_string(&id).expect("a string serializes"))
        }
        b'-' | b'0'..=b'9' => (text.len() <= MAX_ID_NUMBER_CHARS).then(|| text.to_owned()),
        _ => None,
    }
}

/// `{"id":…,` when the id is echoed, else `{"line":N,`: the start of an
/// answer line, which names the request one way or the other.
pub(crate) fn answer_head(id: Option<&str>, line: u64) -> String {
    match id {
        Some(id) => format!(r#"{{"id":{id},"#),
        None => format!(r#"{{"line":{line},"#),
    }
}

/// `{"id":…,"line":N,"error":"…"}`, or without `id` when it is not
/// echoed. The message is cut to [`MAX_MESSAGE_CHARS`].
pub(crate) fn error_line(id: Option<&str>, line: u64, message: &str) -> String {
    let message =
        serde_json::to_string(&cut(message, MAX_MESSAGE_CHARS)).expect("a string serializes");
    match id {
        Some(id) => format!(r#"{{"id":{id},"line":{line},"error":{message}}}"#),
        None => format!(r#"{{"line":{line},"error":{message}}}"#),
    }
}

/// A short quotation of input for a message: at most [`EXCERPT_CHARS`]
/// characters, with "…" where it was cut.
pub(crate) fn excerpt(text: &str) -> String {
    cut(text, EXCERPT_CHARS)
}

fn cut(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}
