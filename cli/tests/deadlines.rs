//! `slacalc deadlines` and `slacalc plans`: the plan-level batch interface.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], input: &str) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_slacalc"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("slacalc runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

fn lines(text: &str) -> Vec<serde_json::Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn friday_evening_on_each_express_plan() {
    let input = ["express-8x5", "express-24x7", "express-premium"]
        .map(|plan| format!(r#"{{"id":"{plan}","plan":"{plan}","severity":"critical","opened":"2026-11-20T18:00:00+03:00"}}"#))
        .join("\n");
    let (code, out) = run(&["deadlines"], &input);
    assert_eq!(code, Some(0));
    let out = lines(&out);
    // 8/5: response 1 working hour → Fri 19:00; resolution 5 → Mon 14:00 MSK.
    assert_eq!(
        out[0],
        serde_json::json!({"id":"express-8x5","response_due":"2026-11-20T16:00:00Z","resolution_due":"2026-11-23T11:00:00Z"})
    );
    // 24/7: around the clock → Fri 19:00 and 23:00 MSK.
    assert_eq!(
        out[1],
        serde_json::json!({"id":"express-24x7","response_due":"2026-11-20T16:00:00Z","resolution_due":"2026-11-20T20:00:00Z"})
    );
    // Premium: 15 minutes and 4 hours.
    assert_eq!(
        out[2],
        serde_json::json!({"id":"express-premium","response_due":"2026-11-20T15:15:00Z","resolution_due":"2026-11-20T19:00:00Z"})
    );
}

#[test]
fn no_commitment_is_null() {
    let input = r#"{"id":1,"plan":"tencent-business","severity":"critical","opened":"2026-11-20T18:00:00Z"}
{"id":2,"plan":"vkcloud-beta","severity":"high","opened":"2026-11-20T18:00:00Z"}
{"id":3,"plan":"tencent-business","severity":"high","opened":"2026-11-20T18:00:00Z"}"#;
    let (code, out) = run(&["deadlines"], input);
    assert_eq!(code, Some(0));
    let out = lines(&out);
    assert_eq!(
        out[0],
        serde_json::json!({"id":1,"response_due":null,"resolution_due":null})
    );
    assert_eq!(
        out[1],
        serde_json::json!({"id":2,"response_due":null,"resolution_due":null})
    );
    assert_eq!(
        out[2],
        serde_json::json!({"id":3,"response_due":"2026-11-20T18:30:00Z","resolution_due":null})
    );
}

#[test]
fn events_pause_and_retarget_the_clock() {
    // Medium opened Mon 10:00, paused 11:00–15:00, raised to critical at 16:00:
    // resolution 5 working hours without the pause → 19:00 MSK.
    let input = r#"{"id":"e","plan":"express-8x5","severity":"medium","opened":"2026-11-23T10:00:00+03:00","events":[{"at":"2026-11-23T11:00:00+03:00","kind":"paused"},{"at":"2026-11-23T15:00:00+03:00","kind":"resumed"},{"at":"2026-11-23T16:00:00+03:00","kind":"severity_changed","to":"critical"}]}"#;
    let (_, out) = run(&["deadlines"], input);
    assert_eq!(lines(&out)[0]["resolution_due"], "2026-11-23T16:00:00Z");
}

#[test]
fn bad_lines_say_what_is_wrong() {
    let input = r#"{"id":"a","plan":"express-9x9","severity":"critical","opened":"2026-11-20T18:00:00Z"}
{"id":"b","plan":"express-8x5","severity":"urgent","opened":"2026-11-20T18:00:00Z"}
{"id":"c","plan":"express-8x5","severity":"high","opened":"yesterday"}
{"id":"d","plan":"express-8x5","severity":"high","opened":"2026-11-20T18:00:00Z","events":[{"at":"2026-11-20T19:00:00Z","kind":"resumed"}]}"#;
    let (code, out) = run(&["deadlines"], input);
    assert_eq!(code, Some(1));
    let out = lines(&out);
    assert!(out[0]["error"]
        .as_str()
        .unwrap()
        .contains("unknown plan `express-9x9`"));
    assert!(out[1]["error"]
        .as_str()
        .unwrap()
        .contains("unknown severity `urgent`"));
    assert!(out[2]["error"]
        .as_str()
        .unwrap()
        .contains("opened `yesterday` is not an RFC 3339 instant"));
    // The event as the app's event list names it, at an exact UTC instant.
    assert!(
        out[3]["error"]
            .as_str()
            .unwrap()
            .contains("the event “Resumed” at 2026-11-20T19:00:00Z: the clock is not paused"),
        "{}",
        out[3]["error"]
    );
}

#[test]
fn plans_prints_the_catalog_with_every_plan() {
    let (code, out) = run(&["plans"], "");
    assert_eq!(code, Some(0));
    let catalog: serde_json::Value = serde_json::from_str(&out).unwrap();
    let ids: Vec<&str> = catalog["providers"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["plans"].as_array().unwrap())
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 10, "{ids:?}");
    assert!(ids.contains(&"vkcloud-beta"));
}
