//! Hostile input never panics: arbitrary text as any view's link and as
//! saved work. Bounded here (256 cases each) so the test command stays
//! quick; at release time run longer:
//! `PROPTEST_CASES=100000 cargo test -p slacalc-state --test arbitrary`.

use proptest::prelude::*;
use slacalc_engine::catalog::Catalog;
use slacalc_state::links::{
    BuildLink, CompareLink, DeadlineLink, PriceLink, QuoteLink, SimulateLink,
};
use slacalc_state::query::Query;
use slacalc_state::saved::SavedWork;
use slacalc_state::ViewLink;

/// Query-ish text: the keys the links read, separators, escapes (good and
/// broken), numbers, instants and arbitrary characters.
fn query_text() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "plans", "crit", "phone", "engineer", "onsite", "plan", "severity", "opened", "tz",
        "events", "book", "users", "servers", "spend", "hours", "offhours", "visits", "addons",
        "preset", "rates", "costs", "arrival", "n", "seed", "sla", "month", "package", "embed",
    ]);
    let value = prop_oneof![
        any::<String>(),
        "[0-9.,:+@TZ%#&=-]{0,40}",
        Just("paused@2026-11-20T16:00:00Z,severity-low@2026-11-21T00:00:00%2B03:00".to_owned()),
        Just("grid:1,2,3".to_owned()),
        Just("1.eyJ9.00000000".to_owned()),
        Just("%E0%A4%A".to_owned()),
        "-?[0-9]{1,30}(\\.[0-9]{0,12})?(e[0-9]{1,3})?",
    ];
    prop::collection::vec((key, value), 0..8).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

fn read_all(catalog: &Catalog, text: &str) {
    let query = Query::parse(text);
    let _ = CompareLink::parse(catalog, &query);
    let _ = DeadlineLink::parse(catalog, &query);
    let _ = PriceLink::parse(catalog, &query);
    let _ = QuoteLink::parse(catalog, &query);
    let _ = SimulateLink::parse(catalog, &query);
    let _ = BuildLink::parse(catalog, &query);
}

proptest! {
    // 256 cases unless PROPTEST_CASES says otherwise (release-time runs).
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn any_query_reads_into_every_link_without_panicking(text in query_text()) {
        let catalog = Catalog::shipped().unwrap();
        read_all(&catalog, &text);
    }

    #[test]
    fn any_text_reads_into_every_link_without_panicking(text in any::<String>()) {
        let catalog = Catalog::shipped().unwrap();
        read_all(&catalog, &text);
    }

    #[test]
    fn any_text_as_saved_work_is_read_or_refused_never_a_panic(text in any::<String>()) {
        let _ = SavedWork::parse(&text);
    }

    #[test]
    fn damaged_saved_work_is_read_or_refused_never_a_panic(
        cut in 0usize..4000,
        flip in 0usize..4000,
        byte in any::<u8>(),
    ) {
        // A real document, cut short or with one byte changed.
        let mut work = SavedWork::default();
        let catalog = Catalog::shipped().unwrap();
        work.upsert(slacalc_engine::package::Package::from_plan(&catalog, "express-premium", "pkg-x", "X").unwrap());
        let mut bytes = work.to_json().into_bytes();
        let flip = flip % bytes.len();
        bytes[flip] = byte;
        bytes.truncate(cut.min(bytes.len()));
        let _ = SavedWork::parse(&String::from_utf8_lossy(&bytes));
    }
}
