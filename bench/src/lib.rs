//! The benchmark cases, shared by the native benchmarks (`cargo bench -p
//! slacalc-bench`, divan) and the wasm build that headless Chromium runs
//! (`scripts/bench-wasm.sh`), so the two measure the same work.

use chrono::{DateTime, Duration, TimeZone, Utc};
use slacalc_engine::calendar::builtin;
use slacalc_engine::Calendar;

/// Target lengths measured: 1 hour, 16 working hours, 2000 working hours.
pub const TARGETS: [(&str, u64); 3] = [("1h", 60), ("16h", 16 * 60), ("2000h", 2000 * 60)];

/// The calendars measured.
pub const CALENDARS: [&str; 2] = ["moscow", "berlin-dst"];

/// Moscow 10:00–19:00 on the Russian production calendar (holidays and
/// transferred working days), or Berlin 09:00–17:00 on weekdays, a zone
/// with daylight saving.
pub fn calendar(name: &str) -> Calendar {
    match name {
        "moscow" => builtin::moscow_working_days("10:00", "19:00").expect("built-in calendar"),
        "berlin-dst" => Calendar::builder("Europe/Berlin")
            .weekdays("09:00", "17:00")
            .and_then(|b| b.build())
            .expect("valid calendar"),
        other => panic!("no benchmark calendar named {other}"),
    }
}

/// 4096 starts spread over 2025–2026 at odd minutes, so every weekday,
/// time of day, holiday and clock change is visited.
pub fn starts() -> Vec<DateTime<Utc>> {
    let first = Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).unwrap();
    (0..4096)
        .map(|i| first + Duration::minutes(i * 251))
        .collect()
}

/// Runs `due` for `iterations` starts in turn and returns a checksum so
/// the work cannot be optimised away.
pub fn run_due(
    calendar: &Calendar,
    starts: &[DateTime<Utc>],
    minutes: u64,
    iterations: usize,
) -> i64 {
    let mut checksum = 0i64;
    for i in 0..iterations {
        let due = calendar
            .due(starts[i % starts.len()], minutes)
            .expect("in range");
        checksum = checksum.wrapping_add(due.map_or(0, |d| d.timestamp()));
    }
    checksum
}

/// Nanoseconds per `due` for each calendar and target, timed with the
/// given clock (milliseconds), after a warm-up that builds the year tables.
pub fn measure(now_ms: impl Fn() -> f64, iterations: usize) -> Vec<(String, f64)> {
    let starts = starts();
    let mut results = Vec::new();
    for name in CALENDARS {
        let calendar = calendar(name);
        for (label, minutes) in TARGETS {
            run_due(&calendar, &starts, minutes, starts.len());
            let begin = now_ms();
            std::hint::black_box(run_due(&calendar, &starts, minutes, iterations));
            let elapsed = now_ms() - begin;
            results.push((format!("{name} {label}"), elapsed * 1e6 / iterations as f64));
        }
    }
    results
}

#[cfg(target_arch = "wasm32")]
mod wasm {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = performance)]
        fn now() -> f64;
    }

    // In the browser the engine's zones take their offsets from Intl, as
    // the app's do (src/i18n.rs, `zone_offset`): the same function in JS.
    #[wasm_bindgen(inline_js = "export function offset(zone, secs) {
        const text = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).format(new Date(secs * 1000));
        return text.slice(text.lastIndexOf('GMT') + 3);
    }")]
    extern "C" {
        fn offset(zone: &str, secs: f64) -> String;
    }

    fn zone_offset(zone: &str, utc: i64) -> i32 {
        slacalc_engine::tz::parse_gmt_offset(&offset(zone, utc as f64)).unwrap_or(0)
    }

    /// `[[case, ns per due], …]` as JSON, for scripts/bench-wasm.mjs.
    #[wasm_bindgen]
    pub fn bench_due(iterations: usize) -> String {
        slacalc_engine::tz::set_offsets(zone_offset);
        let rows: Vec<String> = super::measure(now, iterations)
            .into_iter()
            .map(|(case, ns)| format!("[\"{case}\",{ns}]"))
            .collect();
        format!("[{}]", rows.join(","))
    }
}
