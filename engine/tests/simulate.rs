//! The incident simulation: reproducible from its seed, faithful to the
//! plan's commitment share, and right on the hand-computed Friday evening.
//! Statistical checks use fixed seeds and tolerances derived from the
//! binomial standard deviation.

use chrono::{TimeZone, Utc};
use slacalc_engine::calendar::builtin;
use slacalc_engine::catalog::Catalog;
use slacalc_engine::price::Usage;
use slacalc_engine::simulate::{
    downtime_seconds, simulation_start, Profile, SimulatedPlan, Simulation,
};
use slacalc_engine::Severity;
use slacalc_i18n::{Lang, Plain};

fn plan(catalog: &Catalog, id: &str, price: Option<f64>) -> SimulatedPlan {
    SimulatedPlan {
        price_monthly: price,
        ..SimulatedPlan::from_catalog(catalog, id, None, &Usage::default()).unwrap()
    }
}

fn start() -> chrono::DateTime<Utc> {
    simulation_start()
}

fn run(seed: u64, incidents: u64) -> slacalc_engine::simulate::Report {
    let catalog = Catalog::shipped().unwrap();
    let plans = vec![
        plan(&catalog, "express-8x5", Some(500.0)),
        plan(&catalog, "express-24x7", Some(1500.0)),
    ];
    let mut sim = Simulation::new(
        Profile::preset("ecommerce").unwrap(),
        plans,
        seed,
        start(),
        incidents,
    )
    .unwrap();
    while !sim.is_done() {
        sim.step(7_777).unwrap();
    }
    sim.report()
}

#[test]
fn the_friday_evening_example_gives_the_hand_computed_downtime() {
    // eXpress 8/5, critical: 5 working hours, Moscow 10:00–19:00. Opened
    // Friday 20 November 2026 at 18:00 Moscow: 1 h on Friday, 4 h on
    // Monday → due Monday 14:00, 68 hours of calendar time.
    let catalog = Catalog::shipped().unwrap();
    let p = catalog.plan("express-8x5").unwrap().plan;
    let targets = catalog.targets(p, Severity::Critical);
    let opened = Utc.with_ymd_and_hms(2026, 11, 20, 15, 0, 0).unwrap();
    let fallback = builtin::around_the_clock("Europe/Moscow").unwrap();
    assert_eq!(
        downtime_seconds(&targets, &fallback, opened, 5 * 3600).unwrap(),
        68 * 3600
    );
    // On 24/7 the same work is 5 hours of downtime.
    let p = catalog.plan("express-24x7").unwrap().plan;
    let targets = catalog.targets(p, Severity::Critical);
    assert_eq!(
        downtime_seconds(&targets, &fallback, opened, 5 * 3600).unwrap(),
        5 * 3600
    );
}

#[test]
fn the_same_seed_gives_the_same_figures_in_any_step_size() {
    let a = run(42, 20_000);
    let b = run(42, 20_000);
    assert_eq!(a, b);
    // Step size does not matter either.
    let catalog = Catalog::shipped().unwrap();
    let mut sim = Simulation::new(
        Profile::preset("ecommerce").unwrap(),
        vec![
            plan(&catalog, "express-8x5", Some(500.0)),
            plan(&catalog, "express-24x7", Some(1500.0)),
        ],
        42,
        start(),
        20_000,
    )
    .unwrap();
    sim.step(20_000).unwrap();
    assert_eq!(sim.report(), a);
    assert_ne!(run(43, 20_000), a, "another seed, other figures");
}

#[test]
fn the_within_target_share_converges_to_the_commitment() {
    let report = run(7, 200_000);
    for plan in report.plans.iter() {
        let share = plan.resolution_within_target.unwrap();
        // 200,000 incidents: binomial sd = sqrt(0.9 × 0.1 / 200,000) ≈ 0.00067;
        // 5 sd, with room for the approximation of the normal quantile.
        assert!((share - 0.9).abs() < 0.0035, "{}: {share}", plan.id);
        let response = plan.response_within_target.unwrap();
        assert!((response - 0.9).abs() < 0.0035, "{}: {response}", plan.id);
    }
}

#[test]
fn working_hours_turn_the_same_work_into_more_downtime() {
    let report = run(11, 50_000);
    let (eight_five, around) = (&report.plans[0], &report.plans[1]);
    // Common random numbers: the same incidents and work, only the
    // calendar differs, so 8/5 can only be slower.
    assert!(eight_five.downtime_median_hours > around.downtime_median_hours);
    assert!(eight_five.downtime_hours_per_month > around.downtime_hours_per_month);
    assert!(eight_five.downtime_p99_hours >= eight_five.downtime_p90_hours);
    assert!(eight_five.downtime_p90_hours >= eight_five.downtime_median_hours);
    // E-commerce incidents (night-heavy, 5,000 an hour critical) make
    // 24/7 cheaper overall, and the report says so.
    let cheapest = report.cheapest.clone().unwrap();
    let reason = cheapest.reason.english();
    assert_eq!(cheapest.plan_id, "express-24x7", "{reason}");
    assert!(
        reason.starts_with("eXpress 24/7: price 1500.00 + expected downtime cost"),
        "{reason}"
    );
    let interval = around.total_cost_interval.unwrap();
    let total = around.total_cost_per_month.unwrap();
    assert!(interval.low <= total && total <= interval.high);
    let counted: u64 = eight_five.histogram.iter().sum();
    assert_eq!(counted, report.incidents);
}

#[test]
fn expected_incidents_match_the_profile() {
    let report = run(5, 100_000);
    // E-commerce: 27 incidents a month.
    assert!((report.months - 100_000.0 / 27.0).abs() < 1e-9);
    let eight_five = &report.plans[0];
    // Breaches per month ≈ 10 % of incidents with a target.
    let breaches = eight_five.breaches_per_month.unwrap();
    assert!((breaches - 2.7).abs() < 0.15, "{breaches}");
}

#[test]
fn a_plan_without_a_resolution_commitment_has_no_breach_figure() {
    let catalog = Catalog::shipped().unwrap();
    let plans = vec![
        plan(&catalog, "express-24x7", Some(1500.0)),
        plan(&catalog, "virtuozzo", Some(900.0)),
    ];
    let profile = Profile::preset("ecommerce").unwrap();
    let mut sim = Simulation::new(profile.clone(), plans, 3, start(), 20_000).unwrap();
    sim.step(20_000).unwrap();
    let report = sim.report();
    let virtuozzo = &report.plans[1];
    assert_eq!(virtuozzo.breaches_per_month, None);
    assert_eq!(virtuozzo.resolution_within_target, None);
    assert!(virtuozzo.model.iter().all(|m| !m.committed));
    assert!(
        virtuozzo.model[0].text.english().starts_with(
            "Critical: no resolution commitment, so no breaches are counted. Work assumed to take typically 4 h"
        ),
        "{}",
        virtuozzo.model[0].text
    );
    // The user's assumption moves the figures: twice the typical work,
    // more downtime.
    let mut longer = profile.clone();
    for s in &mut longer.severities {
        s.uncommitted_median_hours *= 2.0;
    }
    let mut again = Simulation::new(
        longer,
        vec![plan(&catalog, "virtuozzo", Some(900.0))],
        3,
        start(),
        20_000,
    )
    .unwrap();
    again.step(20_000).unwrap();
    assert!(
        again.report().plans[0].downtime_hours_per_month > virtuozzo.downtime_hours_per_month * 1.5
    );
    let express = &report.plans[0];
    assert!(express.breaches_per_month.is_some());
    assert_eq!(
        express.model[0].text.english(),
        "Critical: 90 % resolved within 5 h (around the clock) (the plan's commitment); the rest spread to about 14 h (1 in 100 takes longer)."
    );
    // The same sentence in Russian, hours in their plural forms.
    assert_eq!(
        express.model[0].text.render(Lang::Ru, &Plain),
        "Критический: 90 % решается за 5 часов (круглосуточно) (обязательство плана); остальные — примерно до 14 часов (каждый сотый дольше)."
    );
    let cheapest = report.cheapest.unwrap();
    assert!(
        cheapest
            .warnings
            .iter()
            .any(|w| w.english().contains("Virtuozzo")),
        "{:?}",
        cheapest.warnings
    );
}

#[test]
fn a_verdict_on_example_prices_says_so_in_the_currency() {
    use slacalc_engine::price::shipped_books;
    let catalog = Catalog::shipped().unwrap();
    let books = shipped_books();
    let examples = books.iter().find(|b| b.example).unwrap();
    let plans = ["express-8x5", "express-24x7", "tencent-basic"]
        .iter()
        .map(|id| {
            SimulatedPlan::from_catalog(&catalog, id, Some(examples), &Usage::default()).unwrap()
        })
        .collect::<Vec<_>>();
    assert!(plans[0].example_price);
    assert_eq!(plans[0].currency, "USD");
    // Tencent Basic's zero is the provider's own word: free, not an example.
    assert!(!plans[2].example_price);
    let mut sim = Simulation::new(
        Profile::preset("ecommerce").unwrap(),
        plans,
        1,
        start(),
        10_000,
    )
    .unwrap();
    sim.step(10_000).unwrap();
    let cheapest = sim.report().cheapest.unwrap();
    assert!(
        cheapest.reason.english().contains(" USD"),
        "{}",
        cheapest.reason
    );
    assert!(
        cheapest
            .warnings
            .iter()
            .any(|w| w.english().contains("example prices")),
        "{:?}",
        cheapest.warnings
    );
}

#[test]
fn a_bad_profile_says_what_is_wrong() {
    let catalog = Catalog::shipped().unwrap();
    let plans = || vec![plan(&catalog, "vkcloud", None)];
    let mut profile = Profile::preset("bank").unwrap();
    profile.severities[1].per_month = -1.0;
    let error = Simulation::new(profile, plans(), 1, start(), 10)
        .err()
        .unwrap()
        .to_string();
    assert!(error.contains("high incidents a month: -1"), "{error}");
    let mut profile = Profile::preset("bank").unwrap();
    profile.arrival = slacalc_engine::simulate::Arrival::Grid(vec![0.0; 168]);
    let error = Simulation::new(profile, plans(), 1, start(), 10)
        .err()
        .unwrap()
        .to_string();
    assert!(error.contains("could never arrive"), "{error}");
    let mut profile = Profile::preset("bank").unwrap();
    for s in &mut profile.severities {
        s.per_month = 0.0;
    }
    let error = Simulation::new(profile, plans(), 1, start(), 10)
        .err()
        .unwrap()
        .to_string();
    assert!(error.contains("no incidents"), "{error}");
    let error = Simulation::new(Profile::preset("bank").unwrap(), vec![], 1, start(), 10)
        .err()
        .unwrap()
        .to_string();
    assert!(error.contains("at least one plan"));
}

#[test]
fn a_bad_simulation_is_told_in_russian_with_its_plural_forms() {
    let catalog = Catalog::shipped().unwrap();
    let russian = |incidents: u64| {
        let plans = vec![plan(&catalog, "vkcloud", None)];
        Simulation::new(
            Profile::preset("bank").unwrap(),
            plans,
            1,
            start(),
            incidents,
        )
        .err()
        .unwrap()
        .text()
        .render(Lang::Ru, &Plain)
    };
    assert_eq!(russian(0), "0 инцидентов: выберите от 1 до 10 000 000");
    assert_eq!(
        russian(10_000_001),
        "10000001 инцидент: выберите от 1 до 10 000 000"
    );
    let mut profile = Profile::preset("bank").unwrap();
    profile.severities[1].per_month = -1.0;
    let error = Simulation::new(
        profile,
        vec![plan(&catalog, "vkcloud", None)],
        1,
        start(),
        10,
    )
    .err()
    .unwrap();
    assert!(
        error
            .text()
            .render(Lang::Ru, &Plain)
            .starts_with("высокий, инцидентов в месяц: -1"),
        "{}",
        error.text().render(Lang::Ru, &Plain)
    );
}
