//! `slacalc due` end to end: the binary reading JSON Lines.

use std::io::Write;
use std::process::{Command, Stdio};

const MOSCOW: &str = r#"{"tz":"Europe/Moscow","week":{"mon":[["10:00","19:00"]],"tue":[["10:00","19:00"]],"wed":[["10:00","19:00"]],"thu":[["10:00","19:00"]],"fri":[["10:00","19:00"]]},"holidays":["2026-01-01"],"tags":["ignored"]}"#;

fn run(input: &str) -> (Option<i32>, Vec<serde_json::Value>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_slacalc"))
        .arg("due")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("slacalc runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let lines = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect();
    (
        out.status.code(),
        lines,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn answers_each_line_in_order_in_utc() {
    let input = format!(
        "{}\n{}\n",
        format_args!(
            r#"{{"id":"a","start":"2026-11-20T18:00:00+03:00","calendar":{MOSCOW},"minutes":960}}"#
        ),
        format_args!(
            r#"{{"id":7,"start":"2026-11-20T16:30:00Z","calendar":{MOSCOW},"minutes":60,"tags":["x"]}}"#
        ),
    );
    let (code, lines, _) = run(&input);
    assert_eq!(code, Some(0));
    assert_eq!(
        lines[0],
        serde_json::json!({"id": "a", "due": "2026-11-24T13:00:00Z"})
    );
    assert_eq!(
        lines[1],
        serde_json::json!({"id": 7, "due": "2026-11-23T08:00:00Z"})
    );
}

#[test]
fn never_is_null() {
    let input = r#"{"id":1,"start":"2026-01-01T00:00:00Z","calendar":{"tz":"UTC"},"minutes":5}"#;
    let (code, lines, _) = run(input);
    assert_eq!(code, Some(0));
    assert_eq!(lines[0], serde_json::json!({"id": 1, "due": null}));
}

#[test]
fn a_bad_line_gets_an_error_and_the_run_goes_on() {
    let good = format!(
        r#"{{"id":"ok","start":"2026-11-20T18:00:00+03:00","calendar":{MOSCOW},"minutes":60}}"#
    );
    let input = [
        "this is not json".to_owned(),
        r#"{"id":"tz","start":"2026-11-20T18:00:00Z","calendar":{"tz":"Mars/Olympus"},"minutes":1}"#.to_owned(),
        r#"{"id":"overlap","start":"2026-11-20T18:00:00Z","calendar":{"tz":"UTC","week":{"mon":[["09:00","13:00"],["12:00","18:00"]]}},"minutes":1}"#.to_owned(),
        r#"{"id":"empty","start":"2026-11-20T18:00:00Z","calendar":{"tz":"UTC","week":{"mon":[["09:00","09:00"]]}},"minutes":1}"#.to_owned(),
        r#"{"id":"both","start":"2026-11-20T18:00:00Z","calendar":{"tz":"UTC","holidays":["2027-02-20"],"extra_workdays":["2027-02-20"]},"minutes":1}"#.to_owned(),
        format!(r#"{{"id":"neg","start":"2026-11-20T18:00:00Z","calendar":{MOSCOW},"minutes":-5}}"#),
        format!(r#"{{"id":"date","start":"2026-02-30T18:00:00Z","calendar":{MOSCOW},"minutes":5}}"#),
        format!(r#"{{"id":"nostart","calendar":{MOSCOW},"minutes":5}}"#),
        good,
    ]
    .join("\n");
    let (code, lines, stderr) = run(&input);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("8 of 9 lines failed"), "{stderr}");
    let error = |i: usize| {
        lines[i]["error"]
            .as_str()
            .unwrap_or_else(|| panic!("line {i} should fail: {}", lines[i]))
            .to_owned()
    };
    assert!(lines[0].get("id").is_none() && lines[0]["line"] == 1);
    assert!(error(0).contains("not valid JSON"), "{}", error(0));
    assert!(
        error(1).contains("unknown time zone `Mars/Olympus`"),
        "{}",
        error(1)
    );
    assert!(error(2).contains("overlap"), "{}", error(2));
    assert!(error(3).contains("empty"), "{}", error(3));
    assert!(
        error(4).contains("both a holiday and an extra working day"),
        "{}",
        error(4)
    );
    assert!(
        error(5).contains("minutes must be a whole number"),
        "{}",
        error(5)
    );
    assert!(error(6).contains("not an RFC 3339 instant"), "{}", error(6));
    assert!(error(7).contains("start is missing"), "{}", error(7));
    assert_eq!(lines[1]["id"], "tz");
    assert_eq!(
        lines[8],
        serde_json::json!({"id": "ok", "due": "2026-11-20T16:00:00Z"})
    );
}

#[test]
fn no_input_gives_no_output() {
    let (code, lines, _) = run("");
    assert_eq!(code, Some(0));
    assert!(lines.is_empty());
}
