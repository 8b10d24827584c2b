//! Arbitrary bytes and arbitrary JSON-ish lines through the line handler:
//! it never panics, answers every line in with exactly one line out, and
//! every line out is a JSON object naming its `id` or its `line`.
//!
//! 256 cases a property by default; at release time run it longer:
//! `PROPTEST_CASES=100000 cargo test --profile cli -p slacalc-cli --test arbitrary`.

use std::io::Cursor;

use proptest::prelude::*;
use slacalc_cli::Batch;
use slacalc_engine::catalog::Catalog;

/// The lines `input` holds: split at `\n`, a final `\n` ending the last.
fn lines_in(input: &[u8]) -> usize {
    if input.is_empty() {
        return 0;
    }
    input.iter().filter(|&&b| b == b'\n').count() + usize::from(input.last() != Some(&b'\n'))
}

fn check(batch: Batch<'_>, input: &[u8]) -> Result<(), TestCaseError> {
    let mut out = Vec::new();
    let summary = batch.run(Cursor::new(input), &mut out).unwrap();
    let text = String::from_utf8(out).expect("the output is UTF-8");
    let lines: Vec<&str> = text.lines().collect();
    prop_assert_eq!(lines.len(), lines_in(input));
    prop_assert_eq!(summary.lines as usize, lines.len());
    prop_assert!(!text.contains('\r'));
    for line in lines {
        let value: serde_json::Value =
            serde_json::from_str(line).map_err(|e| TestCaseError::fail(format!("{e}: {line}")))?;
        prop_assert!(
            value.get("id").is_some() || value.get("line").is_some(),
            "{}",
            line
        );
        prop_assert!(line.len() <= 2_000, "{}", line);
    }
    Ok(())
}

/// Values built from the fields and words the interface knows, nested.
fn jsonish() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("null".to_owned()),
        Just("true".to_owned()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|f| format!("{f:?}")),
        "[a-z\\r\\n\\u{0}-\\u{1f}\\u{ff}\\u{2028}\"\\\\]{0,12}".prop_map(|s| format!("{s:?}")),
        prop::sample::select(vec![
            "\"2026-11-20T18:00:00Z\"",
            "\"2026-01-01\"",
            "\"10:00\"",
            "\"24:00\"",
            "\"Europe/Moscow\"",
            "\"UTC\"",
            "\"+03:00\"",
            "\"express-8x5\"",
            "\"critical\"",
            "\"paused\"",
            "\"resumed\"",
            "\"severity_changed\"",
            "[\"10:00\",\"19:00\"]",
            "[\"22:00\",\"06:00\"]",
            "\"2399-01-01T00:00:00Z\"",
        ])
        .prop_map(str::to_owned),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        let key = prop::sample::select(vec![
            "id",
            "start",
            "calendar",
            "minutes",
            "tz",
            "week",
            "mon",
            "sat",
            "holidays",
            "extra_workdays",
            "extra_hours",
            "plan",
            "severity",
            "opened",
            "events",
            "at",
            "kind",
            "to",
            "now",
        ]);
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(|v| format!("[{}]", v.join(","))),
            prop::collection::vec((key, inner), 0..6).prop_map(|fields| {
                let body: Vec<String> = fields.iter().map(|(k, v)| format!("{k:?}:{v}")).collect();
                format!("{{{}}}", body.join(","))
            }),
        ]
    })
}

/// Lines: JSON-ish values, sometimes cut short or with a stray byte.
fn input() -> impl Strategy<Value = Vec<u8>> {
    let line = prop_oneof![
        4 => jsonish().prop_map(String::into_bytes),
        1 => (jsonish(), any::<prop::sample::Index>()).prop_map(|(s, at)| {
            let bytes = s.into_bytes();
            bytes[..at.index(bytes.len() + 1)].to_vec()
        }),
        1 => prop::collection::vec(any::<u8>(), 0..40),
        1 => Just(Vec::new()),
    ];
    (prop::collection::vec(line, 0..8), any::<bool>()).prop_map(|(lines, final_newline)| {
        let mut input = lines.join(&b'\n');
        if final_newline && !input.is_empty() {
            input.push(b'\n');
        }
        input
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256)
    ))]

    #[test]
    fn due_answers_arbitrary_bytes(input in prop::collection::vec(any::<u8>(), 0..400)) {
        check(Batch::due(), &input)?;
    }

    #[test]
    fn due_answers_jsonish_lines(input in input()) {
        check(Batch::due(), &input)?;
    }

    #[test]
    fn deadlines_answers_arbitrary_bytes(input in prop::collection::vec(any::<u8>(), 0..400)) {
        let catalog = Catalog::shipped().unwrap();
        check(Batch::deadlines(&catalog), &input)?;
    }

    #[test]
    fn deadlines_answers_jsonish_lines(input in input()) {
        let catalog = Catalog::shipped().unwrap();
        check(Batch::deadlines(&catalog), &input)?;
    }
}
