//! The wasm benchmark's cases run natively with the same loop and timer
//! resolution, for the wasm-to-native ratio (scripts/bench-wasm.sh).

use std::time::Instant;

fn main() {
    let origin = Instant::now();
    let iterations = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    for (case, ns) in slacalc_bench::measure(|| origin.elapsed().as_secs_f64() * 1e3, iterations) {
        println!("{case}\t{ns:.1}");
    }
}
