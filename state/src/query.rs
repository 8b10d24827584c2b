//! URL query strings, read and written by hand so that every value is
//! percent-encoded the same way and a list can hold any text.
//!
//! Values are encoded byte by byte (UTF-8) except the unreserved characters
//! and `:@/` (kept readable: times and zones). Lists are comma-separated
//! and each item is encoded on its own, so an item may contain a comma.
//! Reading is lenient: `+` is a space (form encoding), a malformed `%`
//! escape is kept as text, and the query ends at `#`.

use std::fmt::Write as _;

/// A query being written: `key=value` pairs in the order added.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct QueryWriter {
    text: String,
}

impl QueryWriter {
    /// An empty query.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `key=value`, the value encoded.
    pub fn pair(&mut self, key: &str, value: impl AsRef<str>) -> &mut Self {
        self.start(key);
        encode_into(&mut self.text, value.as_ref(), false);
        self
    }

    /// Adds `key=a,b,c`, each item encoded (commas inside an item too).
    pub fn list<I, S>(&mut self, key: &str, items: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.start(key);
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                self.text.push(',');
            }
            encode_into(&mut self.text, item.as_ref(), true);
        }
        self
    }

    /// Appends an already written query (another link's part).
    pub fn append(&mut self, other: &QueryWriter) -> &mut Self {
        if !other.text.is_empty() {
            if !self.text.is_empty() {
                self.text.push('&');
            }
            self.text.push_str(&other.text);
        }
        self
    }

    fn start(&mut self, key: &str) {
        if !self.text.is_empty() {
            self.text.push('&');
        }
        self.text.push_str(key);
        self.text.push('=');
    }

    /// The query without a leading `?`.
    pub fn finish(self) -> String {
        self.text
    }
}

/// A query as read: each `key=value` pair, the key decoded and the value
/// kept raw until the reader asks for it as text or as a list.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    /// Reads a query string, with or without its leading `?`; a `#` and
    /// what follows is the fragment, not part of the query.
    pub fn parse(search: &str) -> Self {
        let search = search.strip_prefix('?').unwrap_or(search);
        let search = search.split('#').next().unwrap_or_default();
        let pairs = search
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|pair| {
                let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                (decode(key), value.to_owned())
            })
            .collect();
        Self { pairs }
    }

    /// The pairs in order: key decoded, value as a [`RawValue`].
    pub fn pairs(&self) -> impl Iterator<Item = (&str, RawValue<'_>)> + Clone {
        self.pairs
            .iter()
            .map(|(k, v)| (k.as_str(), RawValue(v.as_str())))
    }

    /// The decoded value of the first pair with this key.
    pub fn get(&self, key: &str) -> Option<String> {
        self.pairs().find(|(k, _)| *k == key).map(|(_, v)| v.text())
    }

    /// Sets `key` to `value` as typed (replacing any pair with that key,
    /// added at the end otherwise). Forms that must keep a wrong value
    /// visible, to say what is wrong with it, edit the query this way.
    pub fn set(&mut self, key: &str, value: &str) {
        self.put(key, encode(value));
    }

    /// Sets `key` to a list, each item encoded.
    pub fn set_list<S: AsRef<str>>(&mut self, key: &str, items: &[S]) {
        let mut writer = QueryWriter::new();
        writer.list(key, items);
        let written = writer.finish();
        let value = written.split_once('=').map(|(_, v)| v).unwrap_or_default();
        self.put(key, value.to_owned());
    }

    /// Removes every pair with this key.
    pub fn remove(&mut self, key: &str) {
        self.pairs.retain(|(k, _)| k != key);
    }

    fn put(&mut self, key: &str, raw: String) {
        match self.pairs.iter_mut().find(|(k, _)| k == key) {
            Some(pair) => pair.1 = raw,
            None => self.pairs.push((key.to_owned(), raw)),
        }
    }

    /// The query string, without `?`.
    pub fn to_query(&self) -> String {
        self.pairs
            .iter()
            .map(|(k, v)| format!("{}={v}", encode(k)))
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// A value still encoded, as it stood in the link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawValue<'a>(&'a str);

impl<'a> RawValue<'a> {
    /// The value decoded.
    pub fn text(self) -> String {
        decode(self.0)
    }

    /// The items of a comma-separated list, each decoded and trimmed;
    /// empty items are left out.
    pub fn list(self) -> Vec<String> {
        self.0
            .split(',')
            .map(|item| decode(item).trim().to_owned())
            .filter(|item| !item.is_empty())
            .collect()
    }

    /// The value exactly as it stood in the link.
    pub fn raw(self) -> &'a str {
        self.0
    }
}

fn keeps(byte: u8, in_list: bool) -> bool {
    byte.is_ascii_alphanumeric()
        || matches!(byte, b'-' | b'.' | b'_' | b'~' | b':' | b'@' | b'/')
        || (byte == b',' && !in_list)
}

fn encode_into(out: &mut String, text: &str, in_list: bool) {
    for byte in text.bytes() {
        if keeps(byte, in_list) {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
}

/// `text` percent-encoded for a query value.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    encode_into(&mut out, text, false);
    out
}

/// Decodes `%XX` escapes and `+` (a space, in form encoding). An escape
/// that is not two hex digits stays as typed; bytes that are not UTF-8
/// become U+FFFD rather than an error, since links are edited by hand.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (
                bytes.get(i + 1).and_then(|&b| hex(b)),
                bytes.get(i + 2).and_then(|&b| hex(b)),
            ) {
                (Some(high), Some(low)) => {
                    out.push(high * 16 + low);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(byte: u8) -> Option<u8> {
    char::from(byte).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_characters_are_encoded_and_read_back() {
        let text = "a#b&c=d%e+f g,h/ü";
        let mut query = QueryWriter::new();
        query.pair("book", text).list("addons", ["x,y", "z"]);
        let written = query.finish();
        assert_eq!(
            written,
            "book=a%23b%26c%3Dd%25e%2Bf%20g,h/%C3%BC&addons=x%2Cy,z"
        );
        let read = Query::parse(&format!("?{written}#top"));
        assert_eq!(read.get("book").as_deref(), Some(text));
        let addons = read.pairs().find(|(k, _)| *k == "addons").unwrap().1;
        assert_eq!(addons.list(), ["x,y", "z"]);
    }

    #[test]
    fn a_query_edited_as_typed_keeps_other_pairs_and_order() {
        let mut query = Query::parse("users=3&book=a%23b&embed=1");
        query.set("users", "lots & lots");
        query.set_list("addons", &["x,y", "z"]);
        query.remove("embed");
        assert_eq!(
            query.to_query(),
            "users=lots%20%26%20lots&book=a%23b&addons=x%2Cy,z"
        );
        assert_eq!(query.get("users").as_deref(), Some("lots & lots"));
    }

    #[test]
    fn malformed_escapes_are_kept_as_typed() {
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%FF"), "\u{FFFD}");
    }
}
