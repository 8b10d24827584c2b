//! Saved work: what a user keeps in the browser (packages, price books,
//! scenarios) as one versioned JSON document, typed.
//!
//! Decoding happens once, here. The document as a whole is refused when it
//! is not slacalc's, is damaged, or is newer than this build (the app keeps
//! the text aside untouched). Inside a readable document each item is
//! decoded on its own: an item that cannot be decoded or checked, or that
//! repeats an id, is [kept aside](KeptAside) with the reason, shown to the
//! user by name, and written back exactly as it was — never dropped.
//!
//! The same document is the one-file backup: export writes it, import
//! reads it through the same checks and merges it by id.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use slacalc_engine::package::Package;
use slacalc_engine::price::PriceBook;

use crate::links::{SimulateLink, ViewLink};
use crate::Error;

/// Marks a document as slacalc's, so another app's data under a similar
/// key is recognised as foreign rather than misread.
pub const FORMAT: &str = "slacalc-saved-work";
/// The version this build writes. Older versions are migrated on read.
pub const CURRENT_VERSION: u32 = 2;
/// The longest name a scenario may have, in characters.
pub const MAX_NAME_CHARS: usize = 80;

/// A simulation's inputs saved under a name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// `scn-<milliseconds>`; stable.
    pub id: String,
    /// The name the user gave it.
    pub name: String,
    /// The simulate view's query that reproduces it.
    pub query: String,
}

impl Scenario {
    /// A scenario of `link` named `name`, made at `now_millis`; the name
    /// must have 1 to 80 characters.
    pub fn new(name: &str, link: &SimulateLink, now_millis: u64) -> Result<Self, Error> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
            return Err(Error::new(format!(
                "Give the scenario a name of 1 to {MAX_NAME_CHARS} characters."
            )));
        }
        Ok(Self {
            id: format!("scn-{now_millis}"),
            name: name.to_owned(),
            query: link.to_query(),
        })
    }

    /// The simulate view's address for this scenario.
    pub fn href(&self) -> String {
        format!("{}?{}", SimulateLink::PATH, self.query)
    }
}

/// The three kinds of saved item, in the order the document lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    /// Custom support packages.
    Packages,
    /// The user's price books.
    PriceBooks,
    /// Saved simulation scenarios.
    Scenarios,
}

impl Section {
    /// Every section, in document order.
    pub const ALL: [Section; 3] = [Section::Packages, Section::PriceBooks, Section::Scenarios];

    /// The section's key in the document.
    pub fn key(self) -> &'static str {
        match self {
            Section::Packages => "packages",
            Section::PriceBooks => "price_books",
            Section::Scenarios => "scenarios",
        }
    }

    /// One item of the section, in words: `package`.
    pub fn noun(self) -> &'static str {
        match self {
            Section::Packages => "package",
            Section::PriceBooks => "price book",
            Section::Scenarios => "scenario",
        }
    }
}

/// A kind of saved item: how it is found, named and checked.
pub trait SavedItem: Clone + Serialize + DeserializeOwned {
    /// Where items of this kind are kept.
    const SECTION: Section;
    /// The item's id, unique within its section.
    fn id(&self) -> &str;
    /// The item's name, for messages.
    fn name(&self) -> &str;
    /// Checks the item beyond its shape.
    fn check(&self) -> Result<(), Error>;
    /// The items of this kind in `work`.
    fn items(work: &SavedWork) -> &Vec<Self>;
    /// The items of this kind in `work`, to change.
    fn items_mut(work: &mut SavedWork) -> &mut Vec<Self>;
}

impl SavedItem for Package {
    const SECTION: Section = Section::Packages;
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn check(&self) -> Result<(), Error> {
        Ok(self.validate()?)
    }
    fn items(work: &SavedWork) -> &Vec<Self> {
        &work.packages
    }
    fn items_mut(work: &mut SavedWork) -> &mut Vec<Self> {
        &mut work.packages
    }
}

impl SavedItem for PriceBook {
    const SECTION: Section = Section::PriceBooks;
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn check(&self) -> Result<(), Error> {
        Ok(self.validate()?)
    }
    fn items(work: &SavedWork) -> &Vec<Self> {
        &work.price_books
    }
    fn items_mut(work: &mut SavedWork) -> &mut Vec<Self> {
        &mut work.price_books
    }
}

impl SavedItem for Scenario {
    const SECTION: Section = Section::Scenarios;
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn check(&self) -> Result<(), Error> {
        if self.id.trim().is_empty() {
            return Err(Error::new("the scenario has no id"));
        }
        Ok(())
    }
    fn items(work: &SavedWork) -> &Vec<Self> {
        &work.scenarios
    }
    fn items_mut(work: &mut SavedWork) -> &mut Vec<Self> {
        &mut work.scenarios
    }
}

/// An item that could not be used, kept exactly as it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct KeptAside {
    /// Where it was.
    pub section: Section,
    /// Its id, or name, or position, for the message.
    pub label: String,
    /// Why it could not be used.
    pub reason: String,
    /// The item as written; saved back unchanged.
    pub raw: Value,
}

impl KeptAside {
    /// The item and the reason, in one sentence.
    pub fn message(&self) -> String {
        format!(
            "The saved {} {} cannot be used and is kept aside unchanged: {}.",
            self.section.noun(),
            self.label,
            self.reason
        )
    }
}

/// Everything a user has saved, decoded.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SavedWork {
    /// Custom support packages.
    pub packages: Vec<Package>,
    /// The user's price books.
    pub price_books: Vec<PriceBook>,
    /// Saved simulation scenarios.
    pub scenarios: Vec<Scenario>,
    /// Items that could not be decoded; written back as they were.
    pub kept_aside: Vec<KeptAside>,
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
    FutureVersion {
        /// The version the document says it is.
        found: u64,
    },
    /// slacalc's format and version, but its structure is malformed.
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

/// What an upsert did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upserted {
    /// A new id: the item was added.
    Added,
    /// The id was there: the item replaced it.
    Replaced,
}

/// What an import changed, for the message shown after it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Merged {
    /// Items with new ids.
    pub added: usize,
    /// Items that replaced a saved item with the same id.
    pub replaced: usize,
    /// Items of the file that cannot be used, kept aside.
    pub kept_aside: usize,
}

impl SavedWork {
    /// Nothing saved, nothing kept aside.
    pub fn is_empty(&self) -> bool {
        self.packages.is_empty()
            && self.price_books.is_empty()
            && self.scenarios.is_empty()
            && self.kept_aside.is_empty()
    }

    /// How many items a section holds, usable or not.
    pub fn count(&self, section: Section) -> usize {
        let usable = match section {
            Section::Packages => self.packages.len(),
            Section::PriceBooks => self.price_books.len(),
            Section::Scenarios => self.scenarios.len(),
        };
        usable
            + self
                .kept_aside
                .iter()
                .filter(|k| k.section == section)
                .count()
    }

    /// The items of one kind.
    pub fn items<T: SavedItem>(&self) -> &[T] {
        T::items(self)
    }

    /// The item of one kind with this id.
    pub fn find<T: SavedItem>(&self, id: &str) -> Option<&T> {
        T::items(self).iter().find(|item| item.id() == id)
    }

    /// Adds an item, or replaces the one with its id. The one way saved
    /// items are written.
    pub fn upsert<T: SavedItem>(&mut self, item: T) -> Upserted {
        let items = T::items_mut(self);
        match items.iter_mut().find(|existing| existing.id() == item.id()) {
            Some(existing) => {
                *existing = item;
                Upserted::Replaced
            }
            None => {
                items.push(item);
                Upserted::Added
            }
        }
    }

    /// Removes the item of one kind with this id; true if there was one.
    pub fn remove<T: SavedItem>(&mut self, id: &str) -> bool {
        let items = T::items_mut(self);
        let before = items.len();
        items.retain(|item| item.id() != id);
        items.len() != before
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
        decode_section::<Package>(&document, &mut work)?;
        decode_section::<PriceBook>(&document, &mut work)?;
        decode_section::<Scenario>(&document, &mut work)?;
        Ok(work)
    }

    /// The document in the current version; items kept aside are written
    /// back at the end of their section, unchanged.
    pub fn to_json(&self) -> String {
        let mut document = Map::new();
        document.insert("format".to_owned(), Value::from(FORMAT));
        document.insert("version".to_owned(), Value::from(CURRENT_VERSION));
        for section in Section::ALL {
            let mut items: Vec<Value> = match section {
                Section::Packages => encode_items(&self.packages),
                Section::PriceBooks => encode_items(&self.price_books),
                Section::Scenarios => encode_items(&self.scenarios),
            };
            items.extend(
                self.kept_aside
                    .iter()
                    .filter(|k| k.section == section)
                    .map(|k| k.raw.clone()),
            );
            document.insert(section.key().to_owned(), Value::Array(items));
        }
        serde_json::to_string_pretty(&Value::Object(document)).unwrap_or_default()
    }

    /// Merges an imported backup: items with a known id replace the saved
    /// one, new ids are added; nothing is removed, and items of the file
    /// that cannot be used are kept aside too.
    pub fn merge(&mut self, imported: SavedWork) -> Merged {
        let mut merged = Merged {
            kept_aside: imported.kept_aside.len(),
            ..Merged::default()
        };
        let mut count = |upserted| match upserted {
            Upserted::Added => merged.added += 1,
            Upserted::Replaced => merged.replaced += 1,
        };
        for item in imported.packages {
            count(self.upsert(item));
        }
        for item in imported.price_books {
            count(self.upsert(item));
        }
        for item in imported.scenarios {
            count(self.upsert(item));
        }
        self.kept_aside.extend(imported.kept_aside);
        merged
    }
}

fn encode_items<T: Serialize>(items: &[T]) -> Vec<Value> {
    items
        .iter()
        .filter_map(|item| serde_json::to_value(item).ok())
        .collect()
}

/// Decodes one section item by item: what cannot be used is kept aside.
fn decode_section<T: SavedItem>(
    document: &Map<String, Value>,
    work: &mut SavedWork,
) -> Result<(), Unreadable> {
    let key = T::SECTION.key();
    let items = match document.get(key) {
        None => return Ok(()),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(Unreadable::Invalid(format!("\"{key}\" is not a list"))),
    };
    for (i, raw) in items.iter().enumerate() {
        let label = raw
            .get("id")
            .and_then(Value::as_str)
            .filter(|id| !id.is_empty())
            .map(|id| format!("`{id}`"))
            .or_else(|| {
                raw.get("name")
                    .and_then(Value::as_str)
                    .map(|name| format!("“{name}”"))
            })
            .unwrap_or_else(|| format!("number {}", i + 1));
        let decoded = serde_json::from_value::<T>(raw.clone())
            .map_err(|e| e.to_string())
            .and_then(|item| {
                item.check().map_err(|e| e.to_string())?;
                if work.find::<T>(item.id()).is_some() {
                    return Err(format!(
                        "another saved {} has the same id",
                        T::SECTION.noun()
                    ));
                }
                Ok(item)
            });
        match decoded {
            Ok(item) => T::items_mut(work).push(item),
            Err(reason) => work.kept_aside.push(KeptAside {
                section: T::SECTION,
                label,
                reason,
                raw: raw.clone(),
            }),
        }
    }
    Ok(())
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
    let mut sections: [Vec<Value>; 3] = Default::default();
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
        sections[target].push(item);
    }
    for (section, items) in Section::ALL.into_iter().zip(sections) {
        document.insert(section.key().to_owned(), Value::Array(items));
    }
    document.insert("version".to_owned(), Value::from(2));
    Ok(())
}
