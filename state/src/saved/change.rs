//! Saving one item at a time, safely when several tabs save at once.
//!
//! A tab never writes its whole copy of the saved work over another's.
//! Each save is a [`Change`] to one item, applied to the document as it is
//! stored *now* (the app re-reads it under a cross-tab lock), so changes to
//! different items from different tabs all survive. Every item has a
//! revision, bumped by each save; a deletion leaves a tombstone with its
//! revision. A change says which revision it was made from ([`Expect`]): if
//! the stored item has moved on — edited or deleted in another tab — the
//! change is refused as a [`Conflict`] carrying both versions, and the user
//! chooses. A stale edit therefore can neither overwrite a newer one nor
//! bring back a deleted item without the user saying so.

use slacalc_engine::package::Package;
use slacalc_engine::price::PriceBook;
use slacalc_i18n::{msg, Text};

use super::{numbered, ItemKey, SavedItem, SavedWork, Scenario, Section};

/// One saved item of any kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A custom support package.
    Package(Package),
    /// A user's price book.
    PriceBook(PriceBook),
    /// A saved simulation scenario.
    Scenario(Scenario),
}

impl Item {
    /// Which section the item belongs to.
    pub fn section(&self) -> Section {
        match self {
            Item::Package(_) => Section::Packages,
            Item::PriceBook(_) => Section::PriceBooks,
            Item::Scenario(_) => Section::Scenarios,
        }
    }

    /// The item's id.
    pub fn id(&self) -> &str {
        match self {
            Item::Package(p) => p.id(),
            Item::PriceBook(b) => b.id(),
            Item::Scenario(s) => s.id(),
        }
    }

    /// The item's name.
    pub fn name(&self) -> &str {
        match self {
            Item::Package(p) => p.name(),
            Item::PriceBook(b) => b.name(),
            Item::Scenario(s) => s.name(),
        }
    }

    /// The item as pretty JSON, to show two versions side by side.
    pub fn to_json(&self) -> String {
        let value = match self {
            Item::Package(p) => serde_json::to_value(p),
            Item::PriceBook(b) => serde_json::to_value(b),
            Item::Scenario(s) => serde_json::to_value(s),
        };
        value
            .and_then(|v| serde_json::to_string_pretty(&v))
            .unwrap_or_default()
    }

    fn set_id(&mut self, id: &str) {
        match self {
            Item::Package(p) => p.set_id(id),
            Item::PriceBook(b) => b.set_id(id),
            Item::Scenario(s) => s.set_id(id),
        }
    }

    fn key(&self) -> ItemKey {
        ItemKey::new(self.section(), self.id())
    }
}

impl From<Package> for Item {
    fn from(item: Package) -> Self {
        Item::Package(item)
    }
}

impl From<PriceBook> for Item {
    fn from(item: PriceBook) -> Self {
        Item::PriceBook(item)
    }
}

impl From<Scenario> for Item {
    fn from(item: Scenario) -> Self {
        Item::Scenario(item)
    }
}

/// A change to one saved item.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Add the item, or replace the one with its id.
    Save(Box<Item>),
    /// Delete the item with this id.
    Delete {
        /// Where it is.
        section: Section,
        /// Its id.
        id: String,
        /// Its name, for messages.
        name: String,
    },
}

impl Change {
    /// Saving `item`.
    pub fn save(item: impl Into<Item>) -> Self {
        Change::Save(Box::new(item.into()))
    }

    /// Deleting `item`.
    pub fn delete<T: SavedItem>(item: &T) -> Self {
        Change::Delete {
            section: T::SECTION,
            id: item.id().to_owned(),
            name: item.name().to_owned(),
        }
    }

    fn key(&self) -> ItemKey {
        match self {
            Change::Save(item) => item.key(),
            Change::Delete { section, id, .. } => ItemKey::new(*section, id),
        }
    }

    fn name(&self) -> &str {
        match self {
            Change::Save(item) => item.name(),
            Change::Delete { name, .. } => name,
        }
    }
}

/// What a change was made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// A new item: if its id is taken by now (another tab saved one with
    /// the same id), it is saved under a fresh, numbered id.
    New,
    /// An edit of the item at this revision: refused if it has moved on.
    Revision(u64),
    /// Whatever is stored now (imports, and "keep mine" after a conflict
    /// was shown).
    Any,
}

/// A change refused because the item moved on in another tab.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// The refused change (my version, or my deletion).
    pub mine: Change,
    /// The stored version (`None`: deleted in the other tab).
    pub theirs: Option<Item>,
}

impl Conflict {
    /// The conflict in one sentence.
    pub fn message(&self) -> Text {
        let key = match (&self.mine, &self.theirs) {
            (Change::Save(_), None) => msg::SAVED_CONFLICT_DELETED,
            (Change::Save(_), Some(_)) => msg::SAVED_CONFLICT_CHANGED,
            (Change::Delete { .. }, _) => msg::SAVED_CONFLICT_CHANGED_BEFORE_DELETE,
        };
        Text::new(key).with("name", self.mine.name())
    }
}

/// What a save did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The id the item was saved under (a new item's may have been
    /// numbered because another tab took its id first).
    pub id: String,
    /// The item's revision after the change.
    pub revision: u64,
}

impl SavedWork {
    /// The item's revision: how many times it was saved (or, if deleted,
    /// the deletion's revision); 0 for an id never saved.
    pub fn revision(&self, section: Section, id: &str) -> u64 {
        let key = ItemKey::new(section, id);
        self.revisions
            .get(&key)
            .or_else(|| self.deleted.get(&key))
            .copied()
            .unwrap_or(0)
    }

    /// This saved work with `change` applied, if it was made from what is
    /// stored (see [`Expect`]); else the conflict, and nothing changes.
    pub fn apply(
        &self,
        change: &Change,
        expect: Expect,
    ) -> Result<(SavedWork, Applied), Box<Conflict>> {
        let mut change = change.clone();
        let mut key = change.key();
        let current = self.revision(key.section, &key.id);
        let exists = self.revisions.contains_key(&key);
        match expect {
            Expect::Revision(rev) if rev != current => {
                return Err(Box::new(Conflict {
                    theirs: self.item(&key),
                    mine: change,
                }));
            }
            Expect::New if exists => {
                if let Change::Save(item) = &mut change {
                    let taken: Vec<String> = self
                        .keys()
                        .filter(|k| k.section == key.section)
                        .map(|k| k.id)
                        .collect();
                    item.set_id(&numbered(&key.id, &taken));
                    key = item.key();
                }
            }
            _ => {}
        }
        let revision = self.revision(key.section, &key.id) + 1;
        let mut next = self.clone();
        match change {
            Change::Save(item) => {
                match *item {
                    Item::Package(p) => next.put(p),
                    Item::PriceBook(b) => next.put(b),
                    Item::Scenario(s) => next.put(s),
                }
                next.deleted.remove(&key);
                next.revisions.insert(key.clone(), revision);
            }
            Change::Delete { .. } => {
                match key.section {
                    Section::Packages => next.drop_item::<Package>(&key.id),
                    Section::PriceBooks => next.drop_item::<PriceBook>(&key.id),
                    Section::Scenarios => next.drop_item::<Scenario>(&key.id),
                }
                next.revisions.remove(&key);
                next.deleted.insert(key.clone(), revision);
            }
        }
        Ok((
            next,
            Applied {
                id: key.id,
                revision,
            },
        ))
    }

    /// The stored item with this key, as an [`Item`].
    fn item(&self, key: &ItemKey) -> Option<Item> {
        match key.section {
            Section::Packages => self.find::<Package>(&key.id).cloned().map(Item::from),
            Section::PriceBooks => self.find::<PriceBook>(&key.id).cloned().map(Item::from),
            Section::Scenarios => self.find::<Scenario>(&key.id).cloned().map(Item::from),
        }
    }

    fn put<T: SavedItem>(&mut self, item: T) {
        let items = T::items_mut(self);
        match items.iter_mut().find(|existing| existing.id() == item.id()) {
            Some(existing) => *existing = item,
            None => items.push(item),
        }
    }

    fn drop_item<T: SavedItem>(&mut self, id: &str) {
        T::items_mut(self).retain(|item| item.id() != id);
    }
}

impl SavedWork {
    /// Both tabs' knowledge in one: for every item, the state with the
    /// higher revision (an item, or its deletion) wins. Revisions only grow,
    /// so joining in any order gives the same result, and a save one tab
    /// made from a stale copy of the document (browsers deliver another
    /// tab's writes to local storage with a delay) is restored by the next
    /// join instead of lost. Equal revisions with different contents (two
    /// tabs saved the same item from the same revision) keep the larger by
    /// content, so every tab settles on the same one.
    pub fn join(&self, other: &SavedWork) -> SavedWork {
        let mut joined = self.clone();
        for key in other
            .keys()
            .chain(other.deleted.keys().cloned())
            .collect::<Vec<_>>()
        {
            let mine = self.revision(key.section, &key.id);
            let theirs = other.revision(key.section, &key.id);
            let take_theirs = match theirs.cmp(&mine) {
                std::cmp::Ordering::Greater => true,
                std::cmp::Ordering::Less => false,
                std::cmp::Ordering::Equal => {
                    let text = |w: &SavedWork| w.item(&key).map(|i| i.to_json());
                    text(other) > text(self)
                }
            };
            if !take_theirs {
                continue;
            }
            match other.item(&key) {
                Some(item) => {
                    match item {
                        Item::Package(p) => joined.put(p),
                        Item::PriceBook(b) => joined.put(b),
                        Item::Scenario(s) => joined.put(s),
                    }
                    joined.deleted.remove(&key);
                    joined.revisions.insert(key, theirs);
                }
                None => {
                    match key.section {
                        Section::Packages => joined.drop_item::<Package>(&key.id),
                        Section::PriceBooks => joined.drop_item::<PriceBook>(&key.id),
                        Section::Scenarios => joined.drop_item::<Scenario>(&key.id),
                    }
                    joined.revisions.remove(&key);
                    joined.deleted.insert(key, theirs);
                }
            }
        }
        for kept in &other.kept_aside {
            if !joined.kept_aside.iter().any(|k| k.raw == kept.raw) {
                joined.kept_aside.push(kept.clone());
            }
        }
        joined
    }
}
