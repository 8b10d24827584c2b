//! Each bug of the batch interface kept as the input that showed it, named
//! after the bug (ripgrep style): the binary as a user runs it.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::{json, Value};

const GOOD: &str = r#"{"id":"ok","start":"2026-11-20T18:00:00+03:00","calendar":{"tz":"Europe/Moscow","week":{"mon":[["10:00","19:00"]],"fri":[["10:00","19:00"]]}},"minutes":60}"#;
const GOOD_DUE: &str = "2026-11-20T16:00:00Z";

/// Runs `slacalc <command>` on `input`: exit code, raw stdout, each line.
fn run(command: &str, input: &[u8]) -> (Option<i32>, Vec<u8>, Vec<Value>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_slacalc"))
        .arg(command)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("slacalc runs");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let lines = String::from_utf8(out.stdout.clone())
        .expect("the output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect();
    (out.status.code(), out.stdout, lines)
}

fn error(line: &Value) -> &str {
    line["error"]
        .as_str()
        .unwrap_or_else(|| panic!("an error line: {line}"))
}

#[test]
fn invalid_utf8_mid_stream_ended_the_run() {
    let input = [
        GOOD.as_bytes(),
        b"\n{\"id\":\"a\xffb\"}\n",
        GOOD.as_bytes(),
        b"\n",
    ]
    .concat();
    let (code, _, lines) = run("due", &input);
    assert_eq!(code, Some(1));
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["due"], GOOD_DUE);
    assert_eq!(lines[1]["line"], 2);
    assert!(error(&lines[1]).contains("not valid UTF-8"), "{}", lines[1]);
    assert_eq!(lines[2], json!({"id": "ok", "due": GOOD_DUE}));
}

#[test]
fn blank_lines_got_no_output_line() {
    let input = format!("{GOOD}\n\n   \n{GOOD}\r\n\t");
    let (code, _, lines) = run("due", input.as_bytes());
    assert_eq!(code, Some(1));
    assert_eq!(lines.len(), 5, "{lines:?}");
    for n in [2, 3, 5] {
        assert_eq!(lines[n - 1]["line"], n);
        assert!(error(&lines[n - 1]).contains("blank line"));
    }
    assert_eq!(lines[3]["due"], GOOD_DUE, "a CRLF line end is a line end");
}

#[test]
fn raw_cr_in_an_id_was_echoed_raw() {
    // A CR may stand between JSON tokens, so an object id held one raw;
    // a string id holds it escaped and goes back escaped.
    let input = format!(
        "{}\n{}\n",
        GOOD.replace(r#""id":"ok""#, "\"id\":{\"a\":\r1}"),
        GOOD.replace(r#""id":"ok""#, r#""id":"a\r\nb""#)
    );
    let (_, stdout, lines) = run("due", input.as_bytes());
    assert!(
        !stdout.contains(&b'\r'),
        "{}",
        String::from_utf8_lossy(&stdout)
    );
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0], json!({"line": 1, "due": GOOD_DUE}));
    assert_eq!(lines[1], json!({"id": "a\r\nb", "due": GOOD_DUE}));
}

#[test]
fn nested_id_was_echoed_whole() {
    let depth = 1_000_000;
    let id = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let long = "x".repeat(300);
    let input = format!(
        "{}\n{}\n{}\n",
        GOOD.replace(r#""id":"ok""#, &format!(r#""id":{id}"#)),
        GOOD.replace(r#""id":"ok""#, &format!(r#""id":"{long}""#)),
        GOOD.replace(r#""id":"ok""#, r#""id":-12.5e3"#),
    );
    let (_, stdout, lines) = run("due", input.as_bytes());
    assert!(stdout.len() < 400, "{} bytes out", stdout.len());
    assert_eq!(lines[0]["line"], 1);
    assert!(lines[0].get("id").is_none());
    assert_eq!(
        lines[1],
        json!({"line": 2, "due": GOOD_DUE}),
        "an id over 256 characters"
    );
    assert_eq!(lines[2], json!({"id": -12.5e3, "due": GOOD_DUE}));
}

#[test]
fn an_over_long_line_was_held_whole() {
    let long = GOOD.replace(
        r#""id":"ok""#,
        &format!(r#""id":"{}""#, "x".repeat(2 << 20)),
    );
    let input = format!("{long}\n{GOOD}\n");
    let (code, stdout, lines) = run("due", input.as_bytes());
    assert_eq!(code, Some(1));
    assert!(stdout.len() < 400);
    assert_eq!(lines[0]["line"], 1);
    assert!(
        error(&lines[0]).contains("at most 1048576 bytes (1 MiB)"),
        "{}",
        lines[0]
    );
    assert_eq!(lines[1], json!({"id": "ok", "due": GOOD_DUE}));
}

/// 10,000 events: every 3 seconds from Monday 10:00 MSK a pause, a
/// resumption a second later, and a change between high and critical;
/// the last event makes it critical. The clock ran 2 seconds in 3, so the
/// 1-hour response is due at 11:30 MSK and the 5-hour resolution at
/// 15:55:33 MSK (5 h plus 3,333 paused seconds). This took 1.8 s (38.7 s
/// reported) when each severity change replayed every pause.
#[test]
fn ten_thousand_events_took_quadratic_time() {
    let opened = chrono::DateTime::parse_from_rfc3339("2026-11-23T10:00:00+03:00").unwrap();
    let events: Vec<Value> = (0..10_000)
        .map(|i: i64| {
            let at = (opened + chrono::Duration::seconds(i)).to_rfc3339();
            match i % 3 {
                _ if i == 9_999 => json!({"at": at, "kind": "severity_changed", "to": "critical"}),
                0 => json!({"at": at, "kind": "paused"}),
                1 => json!({"at": at, "kind": "resumed"}),
                _ => json!({"at": at, "kind": "severity_changed",
                            "to": if (i / 3) % 2 == 0 { "high" } else { "critical" }}),
            }
        })
        .collect();
    let line = json!({"id": "e", "plan": "express-8x5", "severity": "critical",
                      "opened": "2026-11-23T10:00:00+03:00", "events": events});
    let mut too_many = line.clone();
    too_many["events"]
        .as_array_mut()
        .unwrap()
        .push(json!({"at": "2026-11-23T13:00:00+03:00", "kind": "responded"}));
    let (_, _, lines) = run("deadlines", format!("{line}\n{too_many}\n").as_bytes());
    assert_eq!(
        lines[0],
        json!({"id": "e", "response_due": "2026-11-23T08:30:00Z", "resolution_due": "2026-11-23T12:55:33Z"})
    );
    assert!(
        error(&lines[1]).contains("events has 10001 events; at most 10000"),
        "{}",
        lines[1]
    );
}

#[test]
fn duplicate_holidays_took_quadratic_time() {
    let calendar = |n: usize| {
        json!({"tz": "Europe/Moscow", "week": {"fri": [["10:00", "19:00"]], "sat": [["10:00", "19:00"]]},
               "holidays": vec!["2026-11-20"; n], "extra_workdays": vec!["2026-11-22"; n],
               "extra_hours": [["12:00", "13:00"]]})
    };
    let line = |n| json!({"id": n, "start": "2026-11-20T10:00:00+03:00", "calendar": calendar(n), "minutes": 600});
    let input = format!("{}\n{}\n", line(10_000), line(10_001));
    let (_, _, lines) = run("due", input.as_bytes());
    // Friday is a holiday: 9 hours on Saturday, the tenth on Sunday (an
    // extra working day, 12:00–13:00).
    assert_eq!(
        lines[0],
        json!({"id": 10_000, "due": "2026-11-22T10:00:00Z"})
    );
    assert!(
        error(&lines[1]).contains("calendar.holidays has 10001 dates; at most 10000"),
        "{}",
        lines[1]
    );
}

/// Messages spoke of Rust types (`expected struct DueLine`, `CalendarSpec`,
/// `variant index 0 <= i < 5`, `unknown kind Some("widget")`), echoed up to
/// 4 MB of input, and named a year range that held the year refused.
#[test]
fn messages_named_rust_types_and_echoed_whole_inputs() {
    let big = "y".repeat(500_000);
    let due_lines = [
        "[1,2]".to_owned(),
        "\"just a string\"".to_owned(),
        r#"{"id":1,"start":"2026-11-20T18:00:00Z","minutes":1,"calendar":[1]}"#.to_owned(),
        r#"{"id":2,"start":"2026-11-20T18:00:00Z","minutes":1,"calendar":{"tz":"UTC","week":[1]}}"#.to_owned(),
        r#"{"id":3,"start":"2026-11-20T18:00:00Z","minutes":1,"calendar":{"tz":"UTC","week":{"mon":[["09:00"]]}}}"#.to_owned(),
        r#"{"id":4,"start":"2026-11-20T18:00:00Z","minutes":1,"calendar":{"tz":"UTC","week":{"mon":[["9","17:00"]]}}}"#.to_owned(),
        r#"{"id":5,"start":"2026-11-20T18:00:00Z","minutes":1,"calendar":{"tz":"UTC","holidays":["soon"]}}"#.to_owned(),
        format!(r#"{{"id":6,"start":"2026-11-20T18:00:00Z","minutes":1,"calendar":{{"tz":"{big}"}}}}"#),
        format!(r#"{{"id":7,"start":"{big}","minutes":1,"calendar":{{"tz":"UTC"}}}}"#),
        format!(r#"{{"id":8,"start":"2026-11-20T18:00:00Z","minutes":[{big:?}],"calendar":{{"tz":"UTC"}}}}"#),
        format!(r#"{{"id":9,"start":"2026-11-20T18:00:00Z","minutes":1,"calendar":{{"tz":"UTC","week":{{"mon":[["{big}","17:00"]]}}}}}}"#),
        r#"{"id":10,"start":"2399-01-01T00:00:00Z","minutes":1,"calendar":{"tz":"UTC","week":{"mon":[["09:00","17:00"]]}}}"#.to_owned(),
        r#"{"id":11,"start":"2398-12-01T00:00:00Z","minutes":100000,"calendar":{"tz":"UTC","week":{"mon":[["09:00","17:00"]]}}}"#.to_owned(),
    ];
    let deadline_lines = [
        r#"{"id":1,"plan":"express-8x5","severity":"high","opened":"2026-11-20T18:00:00Z","events":[{"at":"2026-11-20T18:00:00Z","kind":"widget"}]}"#.to_owned(),
        r#"{"id":2,"plan":"express-8x5","severity":"high","opened":"2026-11-20T18:00:00Z","events":[{"at":"2026-11-20T18:00:00Z"}]}"#.to_owned(),
        r#"{"id":3,"plan":"express-8x5","severity":"high","opened":"2026-11-20T18:00:00Z","events":[{"at":"2026-11-20T18:00:00Z","kind":"severity_changed","to":"huge"}]}"#.to_owned(),
        r#"{"id":4,"plan":"express-8x5","severity":"high","opened":"2026-11-20T18:00:00Z","events":{"kind":"paused"}}"#.to_owned(),
        r#"{"id":5,"plan":"express-8x5","severity":3,"opened":"2026-11-20T18:00:00Z"}"#.to_owned(),
        format!(r#"{{"id":6,"plan":"{big}","severity":"high","opened":"2026-11-20T18:00:00Z"}}"#),
        format!(r#"{{"id":7,"plan":"express-8x5","severity":"{big}","opened":"2026-11-20T18:00:00Z"}}"#),
    ];
    let (_, _, due) = run("due", due_lines.join("\n").as_bytes());
    let (_, _, deadlines) = run("deadlines", deadline_lines.join("\n").as_bytes());
    let internal = [
        "struct",
        "DueLine",
        "DeadlineLine",
        "CalendarSpec",
        "WeekSpec",
        "WallInterval",
        "variant",
        "Some(",
        "None",
        "RawValue",
        "Vec<",
        "enum",
    ];
    for line in due.iter().chain(&deadlines) {
        let message = error(line);
        assert!(message.chars().count() <= 400, "{message}");
        assert!(!message.contains(&"y".repeat(81)), "{message}");
        for name in internal {
            assert!(!message.contains(name), "`{name}` in {message}");
        }
    }
    let says = |lines: &[Value], i: usize, words: &str| {
        assert!(
            error(&lines[i]).contains(words),
            "{} should say {words}",
            lines[i]
        );
    };
    says(&due, 0, "must be a JSON object");
    says(&due, 2, "calendar must be an object");
    says(&due, 3, "calendar.week must be an object");
    says(&due, 4, "calendar.week.mon[0] must be a pair of times");
    says(&due, 5, "calendar.week.mon[0]: `9` is not a time of day");
    says(
        &due,
        6,
        "calendar.holidays[0] must be a date written YYYY-MM-DD",
    );
    says(&due, 7, "calendar.tz: unknown time zone `yyyy");
    says(&due, 7, "…`");
    says(&due, 10, "calendar.week.mon[0]: `yyy");
    says(
        &due,
        11,
        "start 2399-01-01T00:00:00Z is outside the years slacalc computes (1901–2398)",
    );
    says(
        &due,
        12,
        "the answer falls in 2399, outside the years slacalc computes (1901–2398)",
    );
    says(&deadlines, 0, "events[0].kind: unknown kind `widget`");
    says(&deadlines, 1, "events[0].kind is missing");
    says(&deadlines, 2, "events[0].to: unknown severity `huge`");
    says(&deadlines, 3, "events must be a list");
    says(&deadlines, 4, "severity must be a string, got `3`");
    says(&deadlines, 5, "plan: unknown plan `yyy");
}
