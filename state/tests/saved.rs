//! Saved work survives versions and refuses what it cannot read, saying
//! why, without ever changing the text it was given; inside a readable
//! document, an item that cannot be used is named and kept, never dropped.

use serde_json::json;
use slacalc_engine::catalog::Catalog;
use slacalc_engine::package::Package;
use slacalc_engine::price::{shipped_books, PriceBook};
use slacalc_state::saved::{
    Change, Expect, Item, SavedWork, Scenario, Section, Unreadable, Upserted, CURRENT_VERSION,
    FORMAT,
};

fn package(id: &str, name: &str) -> Package {
    Package::from_plan(&Catalog::shipped().unwrap(), "express-8x5", id, name).unwrap()
}

fn book(id: &str) -> PriceBook {
    PriceBook {
        id: id.to_owned(),
        name: "Team rates".to_owned(),
        ..shipped_books().remove(0)
    }
}

fn work() -> SavedWork {
    let mut work = SavedWork::default();
    work.upsert(package("pkg-night", "Night shift"));
    work.upsert(book("b1"));
    work
}

fn value<T: serde::Serialize>(item: &T) -> serde_json::Value {
    serde_json::to_value(item).unwrap()
}

#[test]
fn a_document_round_trips() {
    let text = work().to_json();
    assert!(text.contains(&format!("\"version\": {CURRENT_VERSION}")));
    assert_eq!(SavedWork::parse(&text).unwrap(), work());
}

#[test]
fn version_1_is_migrated_to_a_list_per_kind() {
    let mut p = value(&package("pkg-night", "Night shift"));
    p["kind"] = json!("package");
    let mut b = value(&book("b1"));
    b["kind"] = json!("price_book");
    let v1 = json!({"format": FORMAT, "version": 1, "items": [p, b]});
    assert_eq!(SavedWork::parse(&v1.to_string()).unwrap(), work());
}

#[test]
fn version_1_with_an_unknown_kind_is_refused_not_dropped() {
    let v1 = json!({"format": FORMAT, "version": 1, "items": [{"kind": "robot", "id": "x"}]});
    let error = SavedWork::parse(&v1.to_string()).unwrap_err();
    assert!(
        matches!(error, Unreadable::Invalid(ref m) if m.english().contains("robot")),
        "{error:?}"
    );
}

#[test]
fn damaged_text_is_corrupt() {
    let text = work().to_json();
    let cut = &text[..text.len() / 2];
    assert!(matches!(SavedWork::parse(cut), Err(Unreadable::Corrupt(_))));
    assert!(matches!(SavedWork::parse(""), Err(Unreadable::Corrupt(_))));
}

#[test]
fn another_apps_json_is_foreign() {
    for text in [
        r#"{"theme":"dark"}"#,
        "[1,2,3]",
        r#""hello""#,
        r#"{"format":"other","version":1}"#,
    ] {
        assert!(
            matches!(SavedWork::parse(text), Err(Unreadable::Foreign(_))),
            "{text}"
        );
    }
}

#[test]
fn a_newer_version_is_named_and_not_read() {
    let future = json!({"format": FORMAT, "version": 99, "packages": []});
    let error = SavedWork::parse(&future.to_string()).unwrap_err();
    assert_eq!(error, Unreadable::FutureVersion { found: 99 });
    assert!(error.to_string().contains("newer slacalc"));
}

#[test]
fn a_section_that_is_not_a_list_is_malformed() {
    let not_list = json!({"format": FORMAT, "version": 2, "scenarios": {}});
    assert!(matches!(
        SavedWork::parse(&not_list.to_string()),
        Err(Unreadable::Invalid(ref m)) if m.english().contains("\"scenarios\" is not a list")
    ));
    let bad_version = json!({"format": FORMAT, "version": "2"});
    assert!(matches!(
        SavedWork::parse(&bad_version.to_string()),
        Err(Unreadable::Foreign(_) | Unreadable::Invalid(_))
    ));
}

#[test]
fn a_version_2_document_reads_with_every_item_at_revision_1() {
    let v2 = json!({"format": FORMAT, "version": 2,
        "packages": [value(&package("pkg-night", "Night shift"))],
        "price_books": [value(&book("b1"))]});
    let work = SavedWork::parse(&v2.to_string()).unwrap();
    assert_eq!(work.revision(Section::Packages, "pkg-night"), 1);
    assert_eq!(work, self::work());
}

#[test]
fn undecodable_items_are_named_kept_aside_and_written_back() {
    let good = value(&package("pkg-good", "Good"));
    let mut unknown_field = value(&package("pkg-odd", "Odd"));
    unknown_field["colour"] = json!("teal");
    let no_id = json!({"name": "Nameless"});
    let duplicate = value(&package("pkg-good", "Good again"));
    let document = json!({"format": FORMAT, "version": 2,
        "packages": [good, unknown_field, no_id, duplicate]});
    let work = SavedWork::parse(&document.to_string()).unwrap();
    assert_eq!(
        work.packages.len(),
        2,
        "the duplicate is kept under a new id"
    );
    assert_eq!(
        work.count(Section::Packages),
        4,
        "the counter counts every item"
    );
    let messages: Vec<String> = work
        .kept_aside
        .iter()
        .map(|k| k.message().english())
        .collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(
        messages[0].contains("`pkg-odd`") && messages[0].contains("colour"),
        "{messages:?}"
    );
    assert!(messages[1].contains("“Nameless”"), "{messages:?}");
    assert_eq!(work.packages[1].id, "pkg-good-copy");
    let renamed = work.renamed[0].message().english();
    assert!(
        renamed.contains("“Good again”, is kept as `pkg-good-copy`"),
        "{renamed}"
    );
    // Nothing is lost on the next save.
    let again = SavedWork::parse(&work.to_json()).unwrap();
    let renamed_once = SavedWork {
        renamed: Vec::new(),
        ..work.clone()
    };
    assert_eq!(
        again, renamed_once,
        "the new id is written; nothing else changes"
    );
    assert!(again.to_json().contains("teal"));
}

#[test]
fn one_upsert_adds_or_replaces_by_id() {
    let mut work = work();
    assert_eq!(
        work.upsert(package("pkg-night", "Renamed")),
        Upserted::Replaced
    );
    assert_eq!(work.upsert(package("pkg-day", "Day")), Upserted::Added);
    assert_eq!(work.items::<Package>().len(), 2);
    assert_eq!(work.find::<Package>("pkg-night").unwrap().name, "Renamed");
    assert!(work.remove::<Package>("pkg-day"));
    assert!(!work.remove::<Package>("pkg-day"));
}

#[test]
fn import_merges_by_id_and_never_removes() {
    let mut mine = work();
    let imported = SavedWork {
        packages: vec![package("pkg-night", "Renamed"), package("pkg-new", "New")],
        ..SavedWork::default()
    };
    let merged = mine.merge(imported);
    assert_eq!((merged.added, merged.replaced), (1, 1));
    assert_eq!(mine.packages.len(), 2);
    assert_eq!(mine.packages[0].name, "Renamed");
    assert_eq!(mine.price_books.len(), 1, "untouched kinds stay");
}

#[test]
fn a_scenario_needs_a_name_of_1_to_80_characters() {
    let catalog = Catalog::shipped().unwrap();
    let link = <slacalc_state::links::SimulateLink as slacalc_state::ViewLink>::parse(
        &catalog,
        &slacalc_state::query::Query::parse("preset=bank"),
    )
    .0;
    assert!(Scenario::new("  ", &link, 1).is_err());
    assert!(Scenario::new(&"x".repeat(81), &link, 1).is_err());
    let scenario = Scenario::new(" Quiet month ", &link, 42).unwrap();
    assert_eq!(scenario.name, "Quiet month");
    assert_eq!(scenario.id, "scn-42");
    assert!(scenario.href().starts_with("/simulate?preset=bank&"));
}

fn save(item: impl Into<Item>) -> Change {
    Change::save(item)
}

#[test]
fn two_tabs_saving_different_items_keep_both() {
    // Both tabs read the same document, then save a new package each: the
    // second save is applied to what the first wrote, not to its old copy.
    let stored = work();
    let (after_a, _) = stored
        .apply(&save(package("pkg-a", "A")), Expect::New)
        .unwrap();
    let (after_b, _) = after_a
        .apply(&save(package("pkg-b", "B")), Expect::New)
        .unwrap();
    let ids: Vec<&str> = after_b.packages.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["pkg-night", "pkg-a", "pkg-b"]);
}

#[test]
fn a_new_item_whose_id_was_taken_meanwhile_gets_a_numbered_id() {
    let stored = work();
    let (after, applied) = stored
        .apply(
            &save(package("pkg-night", "Night shift, mine")),
            Expect::New,
        )
        .unwrap();
    assert_eq!(applied.id, "pkg-night-2");
    assert_eq!(after.packages.len(), 2);
    assert_eq!(
        after.find::<Package>("pkg-night").unwrap().name,
        "Night shift"
    );
}

#[test]
fn an_edit_of_a_revision_that_moved_on_is_a_conflict_with_both_versions() {
    let stored = work();
    assert_eq!(stored.revision(Section::Packages, "pkg-night"), 1);
    // The other tab saved first.
    let (stored, applied) = stored
        .apply(&save(package("pkg-night", "Theirs")), Expect::Revision(1))
        .unwrap();
    assert_eq!(applied.revision, 2);
    let conflict = stored
        .apply(&save(package("pkg-night", "Mine")), Expect::Revision(1))
        .unwrap_err();
    assert!(matches!(&conflict.theirs, Some(Item::Package(p)) if p.name == "Theirs"));
    assert!(
        matches!(&conflict.mine, Change::Save(item) if matches!(&**item, Item::Package(p) if p.name == "Mine"))
    );
    assert!(
        conflict
            .message()
            .english()
            .contains("changed in another tab"),
        "{}",
        conflict.message()
    );
    // Keeping mine is an explicit second save.
    let (kept, applied) = stored.apply(&conflict.mine, Expect::Any).unwrap();
    assert_eq!(kept.find::<Package>("pkg-night").unwrap().name, "Mine");
    assert_eq!(applied.revision, 3);
}

#[test]
fn a_stale_edit_cannot_bring_back_a_deleted_item() {
    let mut stored = work();
    assert!(stored.remove::<Package>("pkg-night"));
    assert_eq!(
        stored.revision(Section::Packages, "pkg-night"),
        2,
        "the tombstone"
    );
    let conflict = stored
        .apply(
            &save(package("pkg-night", "Stale edit")),
            Expect::Revision(1),
        )
        .unwrap_err();
    assert_eq!(conflict.theirs, None);
    assert!(conflict
        .message()
        .english()
        .contains("deleted in another tab"));
    // The tombstone survives the document's round trip.
    let again = SavedWork::parse(&stored.to_json()).unwrap();
    assert_eq!(again.revision(Section::Packages, "pkg-night"), 2);
    assert!(again.find::<Package>("pkg-night").is_none());
}

#[test]
fn a_save_made_from_a_stale_copy_is_restored_by_the_next_join() {
    // Tab A and tab B both read the document; A saves a package; B, not yet
    // seeing A's write, saves another from its stale copy and overwrites.
    let start = work();
    let (after_a, _) = start
        .apply(&save(package("pkg-a", "A")), Expect::New)
        .unwrap();
    let (after_b, _) = start
        .apply(&save(package("pkg-b", "B")), Expect::New)
        .unwrap();
    // A learns of B's write (a storage event) and joins what it knows.
    let joined = after_b.join(&after_a);
    let ids: Vec<&str> = joined.packages.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["pkg-night", "pkg-b", "pkg-a"]);
    // Joining is order-free: B joining A's document gives the same items.
    let other_way = after_a.join(&after_b);
    assert_eq!(other_way.revisions, joined.revisions);
    // A deletion with a higher revision wins over an older copy of the item.
    let mut deleted = joined.clone();
    assert!(deleted.remove::<Package>("pkg-a"));
    let stale = joined.join(&deleted);
    assert!(stale.find::<Package>("pkg-a").is_none());
    assert!(deleted.join(&joined).find::<Package>("pkg-a").is_none());
}
