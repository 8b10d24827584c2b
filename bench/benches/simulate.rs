//! `cargo bench -p slacalc-bench --bench simulate`: simulated incidents per
//! second, natively, for one and for three plans (each incident is run
//! against every plan).

use chrono::{TimeZone, Utc};
use divan::counter::ItemsCount;
use divan::Bencher;
use slacalc_engine::catalog::Catalog;
use slacalc_engine::simulate::{Profile, SimulatedPlan, Simulation};
use slacalc_engine::Severity;

fn main() {
    divan::main();
}

const INCIDENTS: u64 = 100_000;

fn plans(ids: &[&str]) -> Vec<SimulatedPlan> {
    let catalog = Catalog::shipped().unwrap();
    ids.iter()
        .map(|id| {
            let p = catalog.plan(id).unwrap().plan;
            SimulatedPlan {
                id: id.to_string(),
                name: p.name.clone(),
                targets: Severity::ALL.map(|s| catalog.targets(p, s)),
                share: Some(0.9),
                price_monthly: Some(1000.0),
            }
        })
        .collect()
}

#[divan::bench(args = [1, 3], sample_count = 10)]
fn simulate(bencher: Bencher, plan_count: usize) {
    let ids = &["express-8x5", "express-24x7", "vkcloud"][..plan_count];
    let start = Utc.with_ymd_and_hms(2026, 1, 5, 0, 0, 0).unwrap();
    bencher.counter(ItemsCount::new(INCIDENTS)).bench(|| {
        let mut sim = Simulation::new(
            Profile::preset("ecommerce").unwrap(),
            plans(ids),
            1,
            start,
            INCIDENTS,
        )
        .unwrap();
        sim.step(INCIDENTS).unwrap();
        sim.report()
    });
}
