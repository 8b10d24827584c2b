//! Saved work as text: the versioned JSON document, read once into types
//! and written back in the current version.
//!
//! Version 3 (current):
//! `{"format", "version": 3, "packages": […], "price_books": […],
//! "scenarios": […], "revisions": {"packages": {"pkg-a": 2}, …},
//! "deleted": {"packages": {"pkg-b": 3}, …}}`. Version 2 had no revisions
//! (every item counts as revision 1) and no deletions; version 1 kept every
//! item in one tagged list.

use std::collections::BTreeMap;

use serde_json::{Map, Value};
use slacalc_engine::package::Package;
use slacalc_engine::price::PriceBook;
use slacalc_i18n::{msg, Text};

use super::{
    numbered, ItemKey, KeptAside, Renamed, SavedItem, SavedWork, Scenario, Section, Unreadable,
    CURRENT_VERSION, FORMAT,
};

impl SavedWork {
    /// Reads a document of any version this build knows.
    pub fn parse(text: &str) -> Result<Self, Unreadable> {
        let value: Value =
            serde_json::from_str(text).map_err(|e| Unreadable::Corrupt(e.to_string()))?;
        let Value::Object(mut document) = value else {
            return Err(Unreadable::Foreign(Text::new(msg::SAVED_NOT_AN_OBJECT)));
        };
        let version = match (document.get("format"), document.get("version")) {
            (Some(Value::String(f)), Some(Value::Number(v))) if f == FORMAT => {
                v.as_u64().ok_or_else(|| {
                    Unreadable::Invalid(
                        Text::new(msg::SAVED_VERSION_NOT_WHOLE).with("version", v.to_string()),
                    )
                })?
            }
            (Some(Value::String(f)), _) if f == FORMAT => {
                return Err(Unreadable::Invalid(Text::new(msg::SAVED_VERSION_MISSING)))
            }
            _ => {
                return Err(Unreadable::Foreign(
                    Text::new(msg::SAVED_NO_FORMAT).with("format", FORMAT),
                ))
            }
        };
        if version > u64::from(CURRENT_VERSION) {
            return Err(Unreadable::FutureVersion { found: version });
        }
        if version == 0 {
            return Err(Unreadable::Invalid(Text::new(msg::SAVED_VERSION_ZERO)));
        }
        if version < 2 {
            migrate_v1_to_v2(&mut document)?;
        }
        let mut work = SavedWork {
            revisions: revision_map(&document, "revisions")?,
            deleted: revision_map(&document, "deleted")?,
            ..SavedWork::default()
        };
        decode_section::<Package>(&document, &mut work)?;
        decode_section::<PriceBook>(&document, &mut work)?;
        decode_section::<Scenario>(&document, &mut work)?;
        // Revisions of items that are not there (kept aside, or never
        // existed) mean nothing; a deleted item that is there again was
        // brought back by an import.
        let present: Vec<ItemKey> = work.keys().collect();
        work.revisions.retain(|key, _| present.contains(key));
        work.deleted.retain(|key, _| !present.contains(key));
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
        document.insert("revisions".to_owned(), encode_revisions(&self.revisions));
        document.insert("deleted".to_owned(), encode_revisions(&self.deleted));
        serde_json::to_string_pretty(&Value::Object(document)).unwrap_or_default()
    }
}

fn encode_items<T: serde::Serialize>(items: &[T]) -> Vec<Value> {
    items
        .iter()
        .filter_map(|item| serde_json::to_value(item).ok())
        .collect()
}

fn encode_revisions(revisions: &BTreeMap<ItemKey, u64>) -> Value {
    let mut sections = Map::new();
    for section in Section::ALL {
        let ids: Map<String, Value> = revisions
            .iter()
            .filter(|(key, _)| key.section == section)
            .map(|(key, rev)| (key.id.clone(), Value::from(*rev)))
            .collect();
        if !ids.is_empty() {
            sections.insert(section.key().to_owned(), Value::Object(ids));
        }
    }
    Value::Object(sections)
}

/// `{"packages": {"pkg-a": 2}}` → revisions by key. Absent: none.
fn revision_map(
    document: &Map<String, Value>,
    name: &str,
) -> Result<BTreeMap<ItemKey, u64>, Unreadable> {
    let mut map = BTreeMap::new();
    let Some(value) = document.get(name) else {
        return Ok(map);
    };
    let malformed = || Unreadable::Invalid(Text::new(msg::SAVED_PART_MALFORMED).with("name", name));
    let sections = value.as_object().ok_or_else(malformed)?;
    for section in Section::ALL {
        let Some(ids) = sections.get(section.key()) else {
            continue;
        };
        for (id, rev) in ids.as_object().ok_or_else(malformed)? {
            let rev = rev.as_u64().ok_or_else(malformed)?;
            map.insert(ItemKey::new(section, id), rev);
        }
    }
    Ok(map)
}

/// Decodes one section item by item: what cannot be used is kept aside,
/// and an item whose id repeats another's is kept under a new id, named.
fn decode_section<T: SavedItem>(
    document: &Map<String, Value>,
    work: &mut SavedWork,
) -> Result<(), Unreadable> {
    let key = T::SECTION.key();
    let items = match document.get(key) {
        None => return Ok(()),
        Some(Value::Array(items)) => items,
        Some(_) => {
            return Err(Unreadable::Invalid(
                Text::new(msg::SAVED_PART_NOT_A_LIST).with("name", key),
            ))
        }
    };
    for (i, raw) in items.iter().enumerate() {
        let label = raw
            .get("id")
            .and_then(Value::as_str)
            .filter(|id| !id.is_empty())
            .map(|id| Text::new(msg::SAVED_ITEM_ID).with("id", id))
            .or_else(|| {
                raw.get("name")
                    .and_then(Value::as_str)
                    .map(|name| Text::new(msg::SAVED_ITEM_NAME).with("name", name))
            })
            .unwrap_or_else(|| Text::new(msg::SAVED_ITEM_NUMBER).with("number", i + 1));
        // From text, like every other read, so the wasm holds one
        // deserializer per type (not a second one for `Value`).
        let decoded = serde_json::from_str::<T>(&raw.to_string())
            .map_err(|e| Text::new(msg::SAVED_DECODING_DETAIL).with("detail", e.to_string()))
            .and_then(|item| {
                item.check().map_err(|e| e.text().clone())?;
                Ok(item)
            });
        match decoded {
            Ok(mut item) => {
                if work.find::<T>(item.id()).is_some() {
                    let taken: Vec<String> =
                        T::items(work).iter().map(|i| i.id().to_owned()).collect();
                    let from = item.id().to_owned();
                    let to = numbered(&format!("{from}-copy"), &taken);
                    item.set_id(&to);
                    work.renamed.push(Renamed {
                        section: T::SECTION,
                        name: item.name().to_owned(),
                        from,
                        to,
                    });
                }
                let key = ItemKey::new(T::SECTION, item.id());
                work.revisions.entry(key).or_insert(1);
                T::items_mut(work).push(item);
            }
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
/// exercised by tests.)
fn migrate_v1_to_v2(document: &mut Map<String, Value>) -> Result<(), Unreadable> {
    let items = match document.remove("items") {
        None => Vec::new(),
        Some(Value::Array(items)) => items,
        Some(_) => {
            return Err(Unreadable::Invalid(
                Text::new(msg::SAVED_PART_NOT_A_LIST).with("name", "items"),
            ))
        }
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
                return Err(Unreadable::Invalid(
                    Text::new(msg::SAVED_ITEM_UNKNOWN_KIND)
                        .with("number", i + 1)
                        .with("kind", format!("{other:?}")),
                ))
            }
        };
        sections[target].push(item);
    }
    for (section, items) in Section::ALL.into_iter().zip(sections) {
        document.insert(section.key().to_owned(), Value::Array(items));
    }
    Ok(())
}
