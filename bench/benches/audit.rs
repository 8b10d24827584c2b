//! `cargo bench -p slacalc-bench --bench audit`: reading a helpdesk
//! export and auditing it against a plan, natively, for the size of a
//! quarter's tickets at a busy desk and the most one file may hold.

use divan::counter::ItemsCount;
use divan::{black_box, Bencher};
use slacalc_engine::audit::{audit, read_tickets, MAX_TICKETS};
use slacalc_engine::catalog::Catalog;
use slacalc_engine::tz::Tz;

fn main() {
    divan::main();
}

/// `count` tickets spread over 2026 every 37 minutes, all four
/// severities, answered after 20 to 900 minutes: a mix of met and breached.
fn export(count: usize) -> String {
    let start = chrono::DateTime::parse_from_rfc3339("2026-01-05T08:00:00+03:00").unwrap();
    let severities = ["critical", "high", "medium", "low"];
    let mut text = String::from("id,severity,opened,responded,resolved\n");
    for i in 0..count {
        let opened = start + chrono::Duration::minutes(37 * i as i64 % (360 * 24 * 60));
        let responded = opened + chrono::Duration::minutes(20 + (i as i64 * 7) % 100);
        let resolved = responded + chrono::Duration::minutes((i as i64 * 13) % 900);
        text.push_str(&format!(
            "T-{i},{},{},{},{}\n",
            severities[i % 4],
            opened.to_rfc3339(),
            responded.to_rfc3339(),
            resolved.to_rfc3339()
        ));
    }
    text
}

#[divan::bench(args = [10_000, MAX_TICKETS])]
fn read_and_audit(bencher: Bencher, count: usize) {
    let catalog = Catalog::shipped().unwrap();
    let text = export(count);
    let now = chrono::DateTime::parse_from_rfc3339("2027-01-01T00:00:00Z")
        .unwrap()
        .with_timezone(&chrono::Utc);
    bencher.counter(ItemsCount::new(count)).bench(|| {
        let tickets = read_tickets(black_box(&text), Tz::UTC);
        audit(&catalog, "express-8x5", &tickets, now).unwrap()
    });
}
