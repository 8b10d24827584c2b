//! Compact, versioned, checked text for values that travel in a URL (a
//! package's share link, a quote's link): `1.<JSON in URL-safe
//! base64>.<check>`. The leading number is the format version; the check
//! (FNV-1a of the JSON, 8 hex digits) catches a link cut short or edited by
//! hand. It is not a signature.

use serde::de::DeserializeOwned;
use serde::Serialize;

use slacalc_i18n::{msg, Text};

use crate::error::{Error, Result};

/// The format version this build writes.
const VERSION: u32 = 1;

/// `value` sealed as link text.
pub(crate) fn seal<T: Serialize>(value: &T) -> String {
    // Through a `Value` (keys in alphabetical order): the wasm then holds
    // one serializer per type, shared with saved work and exports.
    let json = serde_json::to_value(value)
        .map(|v| v.to_string())
        .unwrap_or_default();
    format!(
        "{VERSION}.{}.{:08x}",
        base64url::encode(json.as_bytes()),
        fnv1a(json.as_bytes())
    )
}

/// The words for the link `what` names (`"package link"`, `"quote
/// link"`), in the reader's language.
fn link_name(what: &str) -> Text {
    match what {
        "quote link" => Text::new(msg::ERROR_LINK_QUOTE),
        _ => Text::new(msg::ERROR_LINK_PACKAGE),
    }
}

/// Opens link text sealed by [`seal`]; `what` names it in messages ("the
/// package link is damaged…"): `"package link"` or `"quote link"`.
pub(crate) fn open<T: DeserializeOwned>(text: &str, what: &str) -> Result<T> {
    let damaged =
        || Error::invalid(Text::new(msg::ERROR_LINK_DAMAGED).with("what", link_name(what)));
    let (version, body) = text.trim().split_once('.').ok_or_else(damaged)?;
    match version.parse::<u32>() {
        Ok(VERSION) => {}
        Ok(v) if v > VERSION => {
            return Err(Error::invalid(
                Text::new(msg::ERROR_LINK_NEWER)
                    .with("what", link_name(what))
                    .with("version", v),
            ))
        }
        _ => return Err(damaged()),
    }
    let (body, check) = body.rsplit_once('.').ok_or_else(damaged)?;
    let bytes = base64url::decode(body).ok_or_else(damaged)?;
    if u32::from_str_radix(check, 16).ok() != Some(fnv1a(&bytes)) {
        return Err(damaged());
    }
    let text = String::from_utf8(bytes).map_err(|_| damaged())?;
    // From text, like every other read: one deserializer per type.
    serde_json::from_str(&text).map_err(|e| {
        Error::invalid(
            Text::new(msg::ERROR_LINK_DAMAGED_DETAIL)
                .with("what", link_name(what))
                .with("detail", e.to_string()),
        )
    })
}

fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5_u32, |hash, &b| {
        (hash ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// URL-safe base64 without padding (RFC 4648 §5), small enough to keep
/// here rather than add a dependency.
mod base64url {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    pub fn encode(bytes: &[u8]) -> String {
        let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
        for chunk in bytes.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
            for i in 0..=chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            }
        }
        out
    }

    pub fn decode(text: &str) -> Option<Vec<u8>> {
        let mut out = Vec::with_capacity(text.len() * 3 / 4);
        let values: Option<Vec<u32>> = text
            .bytes()
            .map(|c| ALPHABET.iter().position(|&a| a == c).map(|p| p as u32))
            .collect();
        let values = values?;
        for chunk in values.chunks(4) {
            if chunk.len() == 1 {
                return None;
            }
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, &v)| n | v << (18 - 6 * i));
            for i in 0..chunk.len() - 1 {
                out.push((n >> (16 - 8 * i)) as u8);
            }
        }
        Some(out)
    }
}
