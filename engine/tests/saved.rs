//! Saved work survives versions and refuses what it cannot read, saying
//! why, without ever changing the text it was given.

use serde_json::json;
use slacalc_engine::saved::{SavedWork, Unreadable, CURRENT_VERSION, FORMAT};

fn work() -> SavedWork {
    SavedWork {
        packages: vec![json!({"id": "p1", "name": "Night shift"})],
        price_books: vec![json!({"id": "b1", "currency": "EUR"})],
        scenarios: vec![],
    }
}

#[test]
fn a_document_round_trips() {
    let text = work().to_json();
    assert!(text.contains(&format!("\"version\": {CURRENT_VERSION}")));
    assert_eq!(SavedWork::parse(&text).unwrap(), work());
}

#[test]
fn version_1_is_migrated_to_a_list_per_kind() {
    let v1 = json!({
        "format": FORMAT,
        "version": 1,
        "items": [
            {"kind": "package", "id": "p1", "name": "Night shift"},
            {"kind": "price_book", "id": "b1", "currency": "EUR"}
        ]
    });
    assert_eq!(SavedWork::parse(&v1.to_string()).unwrap(), work());
}

#[test]
fn version_1_with_an_unknown_kind_is_refused_not_dropped() {
    let v1 = json!({"format": FORMAT, "version": 1, "items": [{"kind": "robot", "id": "x"}]});
    let error = SavedWork::parse(&v1.to_string()).unwrap_err();
    assert!(
        matches!(error, Unreadable::Invalid(ref m) if m.contains("robot")),
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
fn malformed_parts_say_where() {
    let no_id = json!({"format": FORMAT, "version": 2, "packages": [{"name": "x"}]});
    let error = SavedWork::parse(&no_id.to_string()).unwrap_err();
    assert_eq!(
        error.to_string(),
        "part of the saved data is malformed: item 1 of \"packages\" has no id"
    );
    let not_list = json!({"format": FORMAT, "version": 2, "scenarios": {}});
    assert!(SavedWork::parse(&not_list.to_string()).is_err());
    let bad_version = json!({"format": FORMAT, "version": "2"});
    assert!(matches!(
        SavedWork::parse(&bad_version.to_string()),
        Err(Unreadable::Foreign(_) | Unreadable::Invalid(_))
    ));
}

#[test]
fn import_merges_by_id_and_never_removes() {
    let mut mine = work();
    let imported = SavedWork {
        packages: vec![
            json!({"id": "p1", "name": "Renamed"}),
            json!({"id": "p2", "name": "New"}),
        ],
        ..SavedWork::default()
    };
    let merged = mine.merge(imported);
    assert_eq!((merged.added, merged.replaced), (1, 1));
    assert_eq!(mine.packages.len(), 2);
    assert_eq!(mine.packages[0]["name"], "Renamed");
    assert_eq!(mine.price_books.len(), 1, "untouched kinds stay");
}
