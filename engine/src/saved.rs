//! Saved work: what a user keeps in the browser (packages, price books,
//! scenarios) as one versioned JSON document, the migrations that read
//! older versions, and the checks that refuse anything else without
//! losing it. Pure: the app's store moves the text in and out of local
//! storage and decides what to show.
//!
//! The same document is the one-file backup: export writes it, import
//! reads it through the same checks and merges it by id.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Marks a document as slacalc's, so another app's data under a similar
/// key is recognised as foreign rather than misread.
pub const FORMAT: &str = "slacalc-saved-work";
/// The version this build writes. Older versions are migrated on read.
pub const CURRENT_VERSION: u32 = 2;

/// Saved items of one kind. Items are kept as JSON objects with at least a
/// string `id`: their own shape belongs to the feature that made them
/// (pricing, the package builder, simulation) and is checked there.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SavedWork {
    pub packages: Vec<Value>,
    pub price_books: Vec<Value>,
    pub scenarios: Vec<Value>,
}

/// Why a document could not be read. The text itself is never changed:
/// the caller keeps it aside and offers it for download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Not JSON at all (cut off, edited by hand, another encoding).
    Corrupt(String),
    /// JSON, but not slacalc's saved work.
    Foreign(String),
    /// Written by a newer slacalc than this one.
    FutureVersion { found: u64 },
    /// slacalc's format and version, but a part is malformed.
    Invalid(String),
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unreadable::Corrupt(e) => write!(f, "the saved data is damaged and cannot be read ({e})"),
            Unreadable::Foreign(e) => write!(f, "the saved data is not slacalc's ({e})"),
            Unreadable::FutureVersion { found } => write!(
                f,
                "the saved data was written by a newer slacalc (format version {found}; this one reads up to {CURRENT_VERSION}); reload to get the newer version"
            ),
            Unreadable::Invalid(e) => write!(f, "part of the saved data is malformed: {e}"),
        }
    }
}

/// What an import changed, for the message shown after it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Merged {
    pub added: usize,
    pub replaced: usize,
}

impl SavedWork {
    pub fn is_empty(&self) -> bool {
        self.packages.is_empty() && self.price_books.is_empty() && self.scenarios.is_empty()
    }

    /// Reads a document of any version this build knows.
    pub fn parse(text: &str) -> Result<Self, Unreadable> {
        let value: Value =
            serde_json::from_str(text).map_err(|e| Unreadable::Corrupt(e.to_string()))?;
        let Value::Object(mut document) = value else {
            return Err(Unreadable::Foreign("it is not a JSON object".to_owned()));
        };
        let version = match (document.get("format"), document.get("version")) {
            (Some(Value::String(f)), Some(Value::Number(v))) if f == FORMAT => {
                v.as_u64().ok_or_else(|| {
                    Unreadable::Invalid(format!("the version {v} is not a whole number"))
                })?
            }
            (Some(Value::String(f)), _) if f == FORMAT => {
                return Err(Unreadable::Invalid(
                    "the version is missing or not a number".to_owned(),
                ))
            }
            _ => {
                return Err(Unreadable::Foreign(format!(
                    "it has no \"format\": \"{FORMAT}\" field"
                )))
            }
        };
        if version > u64::from(CURRENT_VERSION) {
            return Err(Unreadable::FutureVersion { found: version });
        }
        if version == 0 {
            return Err(Unreadable::Invalid("version 0 never existed".to_owned()));
        }
        if version < 2 {
            migrate_v1_to_v2(&mut document)?;
        }
        let mut work = SavedWork::default();
        for (key, items) in [
            ("packages", &mut work.packages),
            ("price_books", &mut work.price_books),
            ("scenarios", &mut work.scenarios),
        ] {
            *items = section(&document, key)?;
        }
        Ok(work)
    }

    /// The document in the current version.
    pub fn to_json(&self) -> String {
        let mut document = Map::new();
        document.insert("format".to_owned(), Value::from(FORMAT));
        document.insert("version".to_owned(), Value::from(CURRENT_VERSION));
        document.insert("packages".to_owned(), Value::from(self.packages.clone()));
        document.insert(
            "price_books".to_owned(),
            Value::from(self.price_books.clone()),
        );
        document.insert("scenarios".to_owned(), Value::from(self.scenarios.clone()));
        serde_json::to_string_pretty(&Value::Object(document)).unwrap_or_default()
    }

    /// Merges an imported backup: items with a known id replace the saved
    /// one, new ids are added; nothing is removed.
    pub fn merge(&mut self, imported: SavedWork) -> Merged {
        let mut merged = Merged::default();
        for (mine, theirs) in [
            (&mut self.packages, imported.packages),
            (&mut self.price_books, imported.price_books),
            (&mut self.scenarios, imported.scenarios),
        ] {
            for item in theirs {
                match mine.iter_mut().find(|m| id_of(m) == id_of(&item)) {
                    Some(existing) => {
                        *existing = item;
                        merged.replaced += 1;
                    }
                    None => {
                        mine.push(item);
                        merged.added += 1;
                    }
                }
            }
        }
        merged
    }
}

fn id_of(item: &Value) -> Option<&str> {
    item.get("id").and_then(Value::as_str)
}

fn section(document: &Map<String, Value>, key: &str) -> Result<Vec<Value>, Unreadable> {
    let items = match document.get(key) {
        None => return Ok(Vec::new()),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(Unreadable::Invalid(format!("\"{key}\" is not a list"))),
    };
    for (i, item) in items.iter().enumerate() {
        if id_of(item).is_none_or(str::is_empty) {
            return Err(Unreadable::Invalid(format!(
                "item {} of \"{key}\" has no id",
                i + 1
            )));
        }
    }
    Ok(items.clone())
}

/// Version 1 kept everything under one "items" list, each item tagged with
/// its "kind"; version 2 has a list per kind, so a feature reads only its
/// own. Unknown kinds are refused rather than dropped. (Version 1 was the
/// first draft and never shipped; it is kept so that the migration path is
/// exercised by tests before the first real schema change needs it.)
fn migrate_v1_to_v2(document: &mut Map<String, Value>) -> Result<(), Unreadable> {
    let items = match document.remove("items") {
        None => Vec::new(),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(Unreadable::Invalid("\"items\" is not a list".to_owned())),
    };
    let mut sections: [(&str, Vec<Value>); 3] = [
        ("packages", Vec::new()),
        ("price_books", Vec::new()),
        ("scenarios", Vec::new()),
    ];
    for (i, mut item) in items.into_iter().enumerate() {
        let kind = item
            .as_object_mut()
            .and_then(|o| o.remove("kind"))
            .and_then(|k| k.as_str().map(str::to_owned));
        let target = match kind.as_deref() {
            Some("package") => 0,
            Some("price_book") => 1,
            Some("scenario") => 2,
            other => {
                return Err(Unreadable::Invalid(format!(
                    "item {} has an unknown kind {other:?}",
                    i + 1
                )))
            }
        };
        sections[target].1.push(item);
    }
    for (key, items) in sections {
        document.insert(key.to_owned(), Value::Array(items));
    }
    document.insert("version".to_owned(), Value::from(2));
    Ok(())
}
