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

mod change;
mod document;

pub use change::{Applied, Change, Conflict, Expect, Item};

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use slacalc_engine::package::Package;
use slacalc_engine::price::PriceBook;
use slacalc_i18n::{msg, Text};

use crate::links::{SimulateLink, ViewLink};
use crate::Error;

/// Marks a document as slacalc's, so another app's data under a similar
/// key is recognised as foreign rather than misread.
pub const FORMAT: &str = "slacalc-saved-work";
/// The version this build writes. Older versions are migrated on read.
pub const CURRENT_VERSION: u32 = 3;
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
            return Err(Error::new(
                Text::new(msg::SAVED_SCENARIO_NAME).with("max", MAX_NAME_CHARS),
            ));
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
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

    /// `count` items of the section, in words: `3 packages`, `3 пакета`.
    pub fn amount(self, count: usize) -> Text {
        let key = match self {
            Section::Packages => msg::SAVED_COUNT_PACKAGES,
            Section::PriceBooks => msg::SAVED_COUNT_PRICE_BOOKS,
            Section::Scenarios => msg::SAVED_COUNT_SCENARIOS,
        };
        Text::new(key).with("count", count)
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
    /// Gives the item another id (a repeated id is renamed on reading).
    fn set_id(&mut self, id: &str);
    /// Checks the item beyond its shape.
    fn check(&self) -> Result<(), Error>;
    /// The items of this kind in `work`.
    fn items(work: &SavedWork) -> &Vec<Self>;
    /// The items of this kind in `work`, to change.
    fn items_mut(work: &mut SavedWork) -> &mut Vec<Self>;
}

impl SavedItem for Package {
    fn set_id(&mut self, id: &str) {
        self.id = id.to_owned();
    }
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
    fn set_id(&mut self, id: &str) {
        self.id = id.to_owned();
    }
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
    fn set_id(&mut self, id: &str) {
        self.id = id.to_owned();
    }
    const SECTION: Section = Section::Scenarios;
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn check(&self) -> Result<(), Error> {
        if self.id.trim().is_empty() {
            return Err(Error::new(Text::new(msg::SAVED_SCENARIO_NO_ID)));
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
    pub label: Text,
    /// Why it could not be used.
    pub reason: Text,
    /// The item as written; saved back unchanged.
    pub raw: Value,
}

impl KeptAside {
    /// The item and the reason, in one sentence.
    pub fn message(&self) -> Text {
        Text::new(msg::SAVED_KEPT_ASIDE)
            .with("section", self.section.key())
            .with("label", self.label.clone())
            .with("reason", self.reason.clone())
    }
}

/// An item by section and id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemKey {
    /// Where the item is.
    pub section: Section,
    /// Its id.
    pub id: String,
}

impl ItemKey {
    /// The key of `id` in `section`.
    pub fn new(section: Section, id: &str) -> Self {
        Self {
            section,
            id: id.to_owned(),
        }
    }
}

/// An item whose id repeated another's, kept under a new id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renamed {
    /// Where it is.
    pub section: Section,
    /// Its name.
    pub name: String,
    /// The id it had.
    pub from: String,
    /// The id it has now.
    pub to: String,
}

impl Renamed {
    /// The renaming in one sentence.
    pub fn message(&self) -> Text {
        Text::new(msg::SAVED_RENAMED)
            .with("section", self.section.key())
            .with("from", self.from.as_str())
            .with("name", self.name.as_str())
            .with("to", self.to.as_str())
    }
}

/// `base`, or `base-2`, `base-3`… : the first not in `taken`.
pub(crate) fn numbered(base: &str, taken: &[String]) -> String {
    (1..)
        .map(|n| {
            if n == 1 {
                base.to_owned()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|id| !taken.iter().any(|t| t == id))
        .unwrap_or_else(|| base.to_owned())
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
    /// Each item's revision: how many times it has been saved.
    pub revisions: BTreeMap<ItemKey, u64>,
    /// Deleted items and the revision of the deletion, so that a stale
    /// edit in another tab cannot bring them back unasked.
    pub deleted: BTreeMap<ItemKey, u64>,
    /// Items renamed on reading because their id repeated another's.
    pub renamed: Vec<Renamed>,
}

/// Why a document could not be read. The text itself is never changed:
/// the caller keeps it aside and offers it for download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Not JSON at all (cut off, edited by hand, another encoding); the
    /// JSON parser's own words, with a line and column.
    Corrupt(String),
    /// JSON, but not slacalc's saved work.
    Foreign(Text),
    /// Written by a newer slacalc than this one.
    FutureVersion {
        /// The version the document says it is.
        found: u64,
    },
    /// slacalc's format and version, but its structure is malformed.
    Invalid(Text),
}

impl Unreadable {
    /// Why the document could not be read, to render in the reader's
    /// language.
    pub fn text(&self) -> Text {
        match self {
            Unreadable::Corrupt(e) => {
                Text::new(msg::SAVED_UNREADABLE_CORRUPT).with("detail", e.as_str())
            }
            Unreadable::Foreign(e) => {
                Text::new(msg::SAVED_UNREADABLE_FOREIGN).with("detail", e.clone())
            }
            // Versions are small whole numbers, written as they are.
            Unreadable::FutureVersion { found } => Text::new(msg::SAVED_UNREADABLE_NEWER)
                .with("found", found.to_string())
                .with("current", CURRENT_VERSION.to_string()),
            Unreadable::Invalid(e) => {
                Text::new(msg::SAVED_UNREADABLE_INVALID).with("detail", e.clone())
            }
        }
    }
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.text().fmt(f)
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

    /// Every usable item's key, in document order.
    pub fn keys(&self) -> impl Iterator<Item = ItemKey> + '_ {
        let keys = |section, ids: Vec<&str>| {
            ids.into_iter()
                .map(move |id| ItemKey::new(section, id))
                .collect::<Vec<_>>()
        };
        keys(
            Section::Packages,
            self.packages.iter().map(|p| p.id()).collect(),
        )
        .into_iter()
        .chain(keys(
            Section::PriceBooks,
            self.price_books.iter().map(|b| b.id()).collect(),
        ))
        .chain(keys(
            Section::Scenarios,
            self.scenarios.iter().map(|s| s.id()).collect(),
        ))
    }

    /// Adds an item, or replaces the one with its id, whatever is stored
    /// (an import; see [`SavedWork::apply`] for saves that check).
    pub fn upsert<T: SavedItem + Into<Item>>(&mut self, item: T) -> Upserted {
        let existed = self.find::<T>(item.id()).is_some();
        if let Ok((next, _)) = self.apply(&Change::save(item), Expect::Any) {
            *self = next;
        }
        if existed {
            Upserted::Replaced
        } else {
            Upserted::Added
        }
    }

    /// Deletes the item of one kind with this id, leaving a tombstone;
    /// true if there was one.
    pub fn remove<T: SavedItem>(&mut self, id: &str) -> bool {
        let Some(name) = self.find::<T>(id).map(|i| i.name().to_owned()) else {
            return false;
        };
        let change = Change::Delete {
            section: T::SECTION,
            id: id.to_owned(),
            name,
        };
        match self.apply(&change, Expect::Any) {
            Ok((next, _)) => {
                *self = next;
                true
            }
            Err(_) => false,
        }
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
