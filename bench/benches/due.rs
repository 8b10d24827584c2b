//! `cargo bench -p slacalc-bench --bench due`: throughput of `due` on the
//! shared cases (see src/lib.rs), natively.

use divan::counter::ItemsCount;
use divan::{black_box, Bencher};
use slacalc_bench::{calendar, run_due, starts, CALENDARS};

fn main() {
    divan::main();
}

const BATCH: usize = 4096;

/// Targets of 1 hour, 16 working hours and 2000 working hours.
#[divan::bench(args = CALENDARS, consts = [60, 960, 120_000])]
fn due<const MINUTES: u64>(bencher: Bencher, name: &str) {
    let calendar = calendar(name);
    let starts = starts();
    // Warm up: build the year tables the cases touch.
    run_due(&calendar, &starts, MINUTES, BATCH);
    bencher
        .counter(ItemsCount::new(BATCH))
        .bench(|| run_due(black_box(&calendar), black_box(&starts), MINUTES, BATCH));
}

/// Cost of compiling a calendar and its first year table, which every new
/// calendar pays once.
#[divan::bench(args = CALENDARS)]
fn first_due_on_a_new_calendar(bencher: Bencher, name: &str) {
    let start = starts()[100];
    bencher.bench(|| {
        let calendar = calendar(name);
        calendar.due(black_box(start), 60).unwrap()
    });
}
