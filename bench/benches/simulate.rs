//! `cargo bench -p slacalc-bench --bench simulate`: simulated incidents per
//! second, natively, for one and for three plans (each incident is run
//! against every plan).

use divan::counter::ItemsCount;
use divan::Bencher;
use slacalc_engine::catalog::Catalog;
use slacalc_engine::price::Usage;
use slacalc_engine::simulate::{simulation_start, Profile, SimulatedPlan, Simulation};

fn main() {
    divan::main();
}

const INCIDENTS: u64 = 100_000;

fn plans(ids: &[&str]) -> Vec<SimulatedPlan> {
    let catalog = Catalog::shipped().unwrap();
    ids.iter()
        .map(|id| SimulatedPlan {
            price_monthly: Some(1000.0),
            ..SimulatedPlan::from_catalog(&catalog, id, None, &Usage::default()).unwrap()
        })
        .collect()
}

#[divan::bench(args = [1, 3], sample_count = 10)]
fn simulate(bencher: Bencher, plan_count: usize) {
    let ids = &["express-8x5", "express-24x7", "vkcloud"][..plan_count];
    let start = simulation_start();
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
