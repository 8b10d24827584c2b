//! The comparator and the deadline report on the shipped catalog, with
//! expectations worked out by hand from the source documents.

use chrono::{DateTime, TimeZone, Utc};
use slacalc_engine::catalog::Catalog;
use slacalc_engine::compare::{compare, rank, LongestWait, Requirements};
use slacalc_engine::deadline::{provider_alternatives, report, MarkKind, Span};
use slacalc_engine::{Incident, Severity, TargetState};
use slacalc_i18n::Text;

fn span(start: DateTime<Utc>, end: DateTime<Utc>) -> Span {
    Span { start, end }
}

fn catalog() -> Catalog {
    Catalog::shipped().expect("the shipped catalog is valid")
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn moscow(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    chrono_tz::Europe::Moscow
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .unwrap()
        .with_timezone(&Utc)
}

#[test]
fn longest_wait_of_an_8x5_hour_is_a_weekend_plus_the_hour() {
    let catalog = catalog();
    let plan = catalog.plan("express-8x5").unwrap().plan;
    let target = catalog
        .targets(plan, Severity::Critical)
        .first_response
        .unwrap();
    let wait = LongestWait::of(&target).unwrap().unwrap();
    // Closed Friday 19:00 to Monday 10:00 (63 h), plus the working hour.
    assert_eq!(wait.seconds, 64 * 3600);
    assert!(wait
        .describe(&target)
        .english()
        .starts_with("2 d 16 h (opened "));
}

#[test]
fn longest_wait_around_the_clock_is_the_target_itself() {
    let catalog = catalog();
    let plan = catalog.plan("express-premium").unwrap().plan;
    let target = catalog
        .targets(plan, Severity::Critical)
        .first_response
        .unwrap();
    assert_eq!(LongestWait::of(&target).unwrap().unwrap().seconds, 15 * 60);
}

#[test]
fn best_critical_response_is_marked_across_calendars_not_by_length() {
    let catalog = catalog();
    let comparison = compare(
        &catalog,
        &ids(&["express-8x5", "express-24x7", "tencent-business", "vkcloud"]),
    )
    .unwrap();
    let response = &comparison.groups[0];
    assert_eq!(response.title.english(), "First response");
    let critical = &response.rows[0];
    assert_eq!(critical.label.english(), "Critical");
    let texts: Vec<String> = critical.cells.iter().map(|c| c.text()).collect();
    assert_eq!(
        texts,
        [
            "1 h, working hours",
            "1 h, 24/7",
            "No commitment",
            "1 h, 24/7"
        ]
    );
    let best: Vec<bool> = critical.cells.iter().map(|c| c.best).collect();
    // Both say "1 hour"; only the 24/7 ones answer within an hour on a Friday night.
    assert_eq!(best, [false, true, false, true]);
    assert!(critical.differs);
    assert_eq!(
        comparison.headline.as_ref().map(Text::english).as_deref(),
        Some("Fastest first response to a critical incident at any hour, nights and weekends included: eXpress 24/7 and VK Cloud (generally available services), within 1 h.")
    );
    assert_eq!(
        critical.cells[1]
            .detail
            .as_ref()
            .map(Text::english)
            .as_deref(),
        Some("Longest wait: 1 h at any hour")
    );
    assert!(critical.cells[0]
        .detail
        .as_ref()
        .unwrap()
        .english()
        .starts_with("Longest wait: 2 d 16 h"));
}

#[test]
fn every_ranked_cell_cites_its_source() {
    let catalog = catalog();
    let all: Vec<String> = catalog.plans().map(|p| p.plan.id.to_string()).collect();
    let comparison = compare(&catalog, &all).unwrap();
    assert_eq!(comparison.plans.len(), 10);
    for group in &comparison.groups {
        for row in &group.rows {
            assert_eq!(row.cells.len(), 10, "row {}", row.label);
            for cell in &row.cells {
                for line in &cell.lines {
                    let cited = line.citation.as_ref().is_some_and(|c| !c.text.is_empty());
                    let placeholder = ["Not stated", "Not mentioned", "No", "—", "None stated"]
                        .contains(&line.text.english().as_str());
                    assert!(
                        cited || placeholder,
                        "{} / {}: `{}` has no source",
                        group.title,
                        row.label,
                        line.text
                    );
                }
            }
        }
    }
}

#[test]
fn rows_with_equal_values_are_not_highlighted() {
    let catalog = catalog();
    let comparison = compare(&catalog, &ids(&["vkcloud", "vkcloud"])).unwrap();
    // The same plan twice: nothing differs, nothing is "best".
    for row in comparison.groups.iter().flat_map(|g| &g.rows) {
        assert!(!row.differs, "{}", row.label);
        assert!(row.cells.iter().all(|c| !c.best), "{}", row.label);
    }
}

#[test]
fn services_row_lists_quantities_from_the_source() {
    let catalog = catalog();
    let comparison = compare(&catalog, &ids(&["express-8x5", "express-premium"])).unwrap();
    let services = comparison
        .groups
        .iter()
        .find(|g| g.title.english() == "Services")
        .unwrap();
    let admin = services
        .rows
        .iter()
        .find(|r| r.label.english() == "System administration")
        .unwrap();
    assert_eq!(admin.cells[0].text(), "Optional, paid");
    assert_eq!(admin.cells[1].text(), "Included (120 h a year)");
    assert!(admin.cells[1].best && !admin.cells[0].best);
}

#[test]
fn requirements_rank_plans_that_meet_them_first_and_say_why_others_fail() {
    let catalog = catalog();
    let requirements = Requirements {
        critical_response_minutes: Some(30),
        phone: true,
        dedicated_engineer: true,
        onsite_visits: false,
    };
    let verdicts = rank(
        &catalog,
        &ids(&[
            "express-8x5",
            "tencent-basic",
            "express-premium",
            "tencent-enterprise",
        ]),
        &requirements,
    )
    .unwrap();
    let order: Vec<&str> = verdicts.iter().map(|v| v.plan_id.as_str()).collect();
    assert_eq!(
        order,
        [
            "express-premium",
            "tencent-enterprise",
            "express-8x5",
            "tencent-basic"
        ]
    );
    assert!(verdicts[0].meets() && verdicts[1].meets());
    let eight_five = &verdicts[2];
    assert!(!eight_five.meets());
    let critical = &eight_five.checks[0];
    assert!(!critical.met);
    assert!(
        critical
            .reason
            .english()
            .starts_with("Longest wait 2 d 16 h"),
        "{}",
        critical.reason
    );
    // A dedicated engineer is a paid option in 8/5: available, so met.
    assert!(eight_five.checks[2].met);
    assert!(eight_five.checks[2]
        .reason
        .english()
        .contains("paid option"));
    let basic = &verdicts[3];
    assert_eq!(basic.unmet(), 3);
    assert_eq!(
        basic.checks[0].reason.english(),
        "No response time is promised for critical incidents"
    );
    assert!(basic.checks[2].reason.english().contains("not offered"));
}

#[test]
fn a_requirement_the_source_never_mentions_fails_with_that_reason() {
    let catalog = catalog();
    let requirements = Requirements {
        onsite_visits: true,
        ..Requirements::default()
    };
    let verdicts = rank(&catalog, &ids(&["virtuozzo"]), &requirements).unwrap();
    assert_eq!(
        verdicts[0].checks[0].reason.english(),
        "The plan's source mentions no on-site visits"
    );
}

#[test]
fn moscow_friday_evening_report_matches_the_hand_computed_deadlines() {
    let catalog = catalog();
    let opened = moscow(2026, 11, 20, 18, 0);
    let incident = Incident::opened(opened, Severity::Medium);
    let report = report(&catalog, "express-8x5", &incident, opened).unwrap();
    // 1 working hour from Friday 18:00 ends at the closing time itself.
    assert_eq!(
        report.response.status.due,
        Some(moscow(2026, 11, 20, 19, 0))
    );
    // 16 working hours: 1 on Friday, 9 on Monday, 6 on Tuesday.
    assert_eq!(
        report.resolution.status.due,
        Some(moscow(2026, 11, 24, 16, 0))
    );
    assert_eq!(report.resolution.status.state, TargetState::Running);
    let lane = &report.timeline.lanes[1];
    assert!(lane
        .label
        .english()
        .starts_with("Resolution clock: Working days"));
    assert_eq!(
        lane.spans[..3],
        [
            span(opened, moscow(2026, 11, 20, 19, 0)),
            span(moscow(2026, 11, 23, 10, 0), moscow(2026, 11, 23, 19, 0)),
            // The timeline ends at the last due time.
            span(moscow(2026, 11, 24, 10, 0), moscow(2026, 11, 24, 16, 0)),
        ]
    );
    assert_eq!(report.timeline.end, moscow(2026, 11, 24, 16, 0));
    assert!(report
        .timeline
        .marks
        .iter()
        .any(|m| m.kind == MarkKind::ResolutionDue && m.at == moscow(2026, 11, 24, 16, 0)));
}

#[test]
fn a_pause_moves_the_due_time_and_shows_on_the_timeline() {
    let catalog = catalog();
    let opened = moscow(2026, 11, 23, 10, 0);
    let incident = Incident::opened(opened, Severity::Critical)
        .paused(moscow(2026, 11, 23, 11, 0))
        .resumed(moscow(2026, 11, 23, 13, 0));
    let report = report(&catalog, "express-24x7", &incident, opened).unwrap();
    // 5 hours around the clock, two of them paused.
    assert_eq!(
        report.resolution.status.due,
        Some(moscow(2026, 11, 23, 17, 0))
    );
    assert_eq!(
        report.timeline.paused,
        [span(
            moscow(2026, 11, 23, 11, 0),
            moscow(2026, 11, 23, 13, 0)
        )]
    );
}

#[test]
fn all_plans_of_the_provider_for_one_incident() {
    let catalog = catalog();
    let opened = moscow(2026, 11, 20, 18, 0);
    let incident = Incident::opened(opened, Severity::Critical);
    let alternatives = provider_alternatives(&catalog, "express-8x5", &incident, opened).unwrap();
    let resolution: Vec<(&str, Option<DateTime<Utc>>)> = alternatives
        .iter()
        .map(|a| (a.plan_id.as_str(), a.resolution_due))
        .collect();
    assert_eq!(
        resolution,
        [
            // 1 working hour on Friday, 4 on Monday.
            ("express-8x5", Some(moscow(2026, 11, 23, 14, 0))),
            ("express-24x7", Some(moscow(2026, 11, 20, 23, 0))),
            ("express-premium", Some(moscow(2026, 11, 20, 22, 0))),
        ]
    );
}

#[test]
fn a_report_for_an_unknown_plan_is_an_error_not_a_panic() {
    let catalog = catalog();
    let incident = Incident::opened(moscow(2026, 11, 20, 18, 0), Severity::Low);
    let error = report(&catalog, "express-9x9", &incident, incident.opened).unwrap_err();
    assert!(error.to_string().contains("unknown plan `express-9x9`"));
}

fn example_prices(
    plans: &[String],
) -> std::collections::BTreeMap<String, slacalc_engine::compare::PlanPrice> {
    use slacalc_engine::price::{shipped_books, Usage};
    let examples = shipped_books().into_iter().find(|b| b.example).unwrap();
    let usage = Usage {
        users: 20,
        monthly_spend: slacalc_engine::price::Decimal::from_int(50_000),
        ..Usage::default()
    };
    slacalc_engine::compare::plan_prices(
        &examples,
        &catalog(),
        plans,
        &usage,
        slacalc_engine::price::PackagePricing::FromParts,
    )
}

#[test]
fn example_prices_are_shown_labelled_and_never_best_or_cheapest() {
    use slacalc_engine::compare::{add_prices, cheapest_first, ranking_summary};
    let catalog = catalog();
    let plans = ids(&["express-premium", "tencent-enterprise", "express-8x5"]);
    let prices = example_prices(&plans);
    let mut comparison = compare(&catalog, &plans).unwrap();
    add_prices(&mut comparison, &prices);
    let monthly = &comparison.groups[0].rows[0];
    assert_eq!(comparison.groups[0].title.english(), "Price");
    // Premium 4,000 + 80; Enterprise 10,000 minimum; 8/5 400 + 40.
    // Plain figures here; the app formats the amounts with Intl.
    assert_eq!(monthly.cells[0].text(), "4080.00 USD (example rates)");
    assert_eq!(monthly.cells[1].text(), "10000.00 USD (example rates)");
    // Example rates are not the providers' prices: none is best.
    assert!(monthly.cells.iter().all(|c| !c.best));
    let citation = monthly.cells[2].lines[0].citation.clone().unwrap();
    assert!(citation.is_assumption());
    assert_eq!(
        citation.document.as_ref().map(Text::english).as_deref(),
        Some("Price book: Example rates")
    );

    let requirements = Requirements {
        critical_response_minutes: Some(30),
        phone: true,
        ..Requirements::default()
    };
    let mut verdicts = rank(&catalog, &plans, &requirements).unwrap();
    cheapest_first(&mut verdicts, &prices);
    let order: Vec<&str> = verdicts.iter().map(|v| v.plan_id.as_str()).collect();
    // Both 24/7 plans meet; example prices do not order them: the
    // fastest critical response does (Premium 15 min, Enterprise 15 min,
    // kept in the order given). 8/5 misses.
    assert_eq!(
        order,
        ["express-premium", "tencent-enterprise", "express-8x5"]
    );
    assert_eq!(
        verdicts[0].price.as_ref().unwrap().monthly_text().english(),
        "4080.00 USD a month"
    );
    let summary = ranking_summary(&verdicts).english();
    assert!(summary.contains("example rates"), "{summary}");
    assert!(!summary.contains("cheapest first"), "{summary}");
}

#[test]
fn a_plan_its_source_calls_free_is_free_and_may_be_cheapest() {
    use slacalc_engine::compare::{add_prices, cheapest_first};
    let catalog = catalog();
    let plans = ids(&["tencent-developer", "tencent-basic", "vkcloud"]);
    let prices = example_prices(&plans);
    let basic = &prices["tencent-basic"];
    assert!(basic.counts());
    assert_eq!(basic.monthly_text().english(), "Free");
    assert!(basic
        .free
        .as_ref()
        .unwrap()
        .text
        .contains("provided for free"));
    // VK Cloud's 0 in the example book is an example, not a source: no
    // "free", no win.
    assert!(!prices["vkcloud"].counts());
    assert_eq!(
        prices["vkcloud"].monthly_text().english(),
        "0.00 USD a month"
    );

    let mut comparison = compare(&catalog, &plans).unwrap();
    add_prices(&mut comparison, &prices);
    let monthly = &comparison.groups[0].rows[0];
    assert_eq!(monthly.cells[1].text(), "Free");
    let best: Vec<bool> = monthly.cells.iter().map(|c| c.best).collect();
    assert_eq!(best, [false, true, false]);

    let mut verdicts = rank(
        &catalog,
        &plans,
        &Requirements {
            phone: false,
            dedicated_engineer: false,
            onsite_visits: false,
            critical_response_minutes: None,
        },
    )
    .unwrap();
    cheapest_first(&mut verdicts, &prices);
    assert_eq!(verdicts[0].plan_id, "tencent-basic");

    // Free does not make a plan that misses "closer": those stay in the
    // order of their critical response.
    let mut verdicts = rank(
        &catalog,
        &ids(&["tencent-basic", "express-24x7"]),
        &Requirements {
            critical_response_minutes: Some(30),
            ..Requirements::default()
        },
    )
    .unwrap();
    cheapest_first(&mut verdicts, &prices);
    assert_eq!(verdicts[0].plan_id, "express-24x7");
}

#[test]
fn a_longest_wait_names_its_zone() {
    let catalog = catalog();
    let plan = catalog.plan("express-8x5").unwrap().plan;
    let target = catalog
        .targets(plan, Severity::Critical)
        .first_response
        .unwrap();
    let wait = LongestWait::of(&target).unwrap().unwrap();
    let described = wait.describe(&target).english();
    assert!(
        described.ends_with("time zone Europe/Moscow)"),
        "{described}"
    );
}

#[test]
fn the_comparison_reads_in_russian_with_russian_plural_forms() {
    use slacalc_i18n::{Lang, Plain};
    let ru = |text: &Text| text.render(Lang::Ru, &Plain);
    let catalog = catalog();
    let comparison = compare(&catalog, &ids(&["express-8x5", "express-premium"])).unwrap();
    let response = &comparison.groups[0];
    assert_eq!(ru(&response.title), "Первый ответ");
    let critical = &response.rows[0];
    assert_eq!(ru(&critical.label), "Критический");
    assert_eq!(
        ru(&critical.cells[0].lines[0].text),
        "1 час, в рабочие часы"
    );
    // 64 hours of waiting: days and hours in their plural forms.
    let detail = ru(critical.cells[0].detail.as_ref().unwrap());
    assert!(
        detail.starts_with("Самое долгое ожидание: 2 дня 16 часов (обращение: "),
        "{detail}"
    );
    assert!(
        detail.ends_with("; часовой пояс Europe/Moscow)"),
        "{detail}"
    );
    let admin = comparison
        .groups
        .iter()
        .flat_map(|g| &g.rows)
        .find(|r| r.label.english() == "System administration")
        .unwrap();
    assert_eq!(
        ru(&admin.cells[1].lines[0].text),
        "Включено (120 часов в год)"
    );
    let headline = ru(comparison.headline.as_ref().unwrap());
    assert!(
        headline.ends_with("eXpress Premium; самое долгое ожидание — 15 минут."),
        "{headline}"
    );
}

#[test]
fn the_ranking_summary_counts_plans_in_russian_plural_forms() {
    use slacalc_engine::compare::{cheapest_first, ranking_summary};
    use slacalc_i18n::{Lang, Plain};
    let catalog = catalog();
    let plans = ids(&[
        "express-24x7",
        "express-premium",
        "tencent-enterprise",
        "tencent-business",
        "vkcloud",
    ]);
    let prices = example_prices(&plans);
    let mut verdicts = rank(&catalog, &plans, &Requirements::default()).unwrap();
    cheapest_first(&mut verdicts, &prices);
    let summary = ranking_summary(&verdicts);
    assert!(summary
        .english()
        .starts_with("5 plans meet every requirement"));
    assert!(
        summary
            .render(Lang::Ru, &Plain)
            .starts_with("Всем требованиям отвечают 5 планов;"),
        "{}",
        summary.render(Lang::Ru, &Plain)
    );
    verdicts.truncate(2);
    assert!(ranking_summary(&verdicts)
        .render(Lang::Ru, &Plain)
        .starts_with("Всем требованиям отвечают 2 плана;"));
}
