//! In the browser the engine's zones take their offsets from `Intl`
//! (`slacalc_app::i18n::zone_offset`): they must be chrono-tz's offsets,
//! which the native tests hold the engine to, for every zone the picker
//! offers and every alias a browser reports.
#![cfg(target_arch = "wasm32")]

use chrono::Offset;
use chrono::{DateTime, TimeZone, Utc};
use slacalc_app::browser::install_zones;
use slacalc_app::i18n::zone_offset;
use slacalc_engine::tz::Tz;
use slacalc_engine::zones::{ALIASES, ZONES};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn names() -> impl Iterator<Item = &'static str> {
    ZONES
        .iter()
        .map(|z| z.iana)
        .chain(ALIASES.iter().map(|(alias, _)| *alias))
}

/// Where the browser's copy of the IANA database is a newer release than
/// chrono-tz 0.10.4's (Chromium 156 here), the two differ, and the browser
/// is the one that follows the newer rules; docs/DESIGN.md ("Which zone
/// database?") says what that means for the native tool. Seen on this
/// machine: British Columbia on permanent daylight time from November 2026
/// (Vancouver stays at UTC−7), Morocco on UTC+0 from September 2026, and a
/// corrected hour for Colombia's 1992 clock change.
fn newer_in_the_browser(name: &str, at: DateTime<Utc>) -> bool {
    let since = |y, m, d| at >= Utc.with_ymd_and_hms(y, m, d, 0, 0, 0).unwrap();
    match name {
        "America/Vancouver" => since(2026, 11, 1),
        "Africa/Casablanca" => since(2026, 9, 1),
        "America/Bogota" => at.date_naive() == chrono::NaiveDate::from_ymd_opt(1992, 5, 3).unwrap(),
        _ => false,
    }
}

#[wasm_bindgen_test]
fn intl_offsets_are_chrono_tz_offsets_for_every_listed_zone() {
    let from = Utc
        .with_ymd_and_hms(1970, 1, 1, 0, 0, 0)
        .unwrap()
        .timestamp();
    let to = Utc
        .with_ymd_and_hms(2037, 1, 1, 0, 0, 0)
        .unwrap()
        .timestamp();
    let mut checked = 0;
    let mut differ = Vec::new();
    for name in names() {
        let reference: chrono_tz::Tz = name.parse().unwrap();
        // Every 9 days and 7 hours over 67 years: every season of every year.
        for t in (from..to).step_by(9 * 86_400 + 7 * 3600) {
            let at = DateTime::from_timestamp(t, 0).unwrap();
            let want = reference
                .offset_from_utc_datetime(&at.naive_utc())
                .fix()
                .local_minus_utc();
            if zone_offset(name, t) != want && !newer_in_the_browser(name, at) {
                differ.push(format!(
                    "{name} at {at}: Intl {} chrono-tz {want}",
                    zone_offset(name, t)
                ));
            }
            checked += 1;
        }
    }
    assert!(checked > 200_000, "{checked}");
    assert!(
        differ.is_empty(),
        "{} differ:\n{}",
        differ.len(),
        differ.join("\n")
    );
}

#[wasm_bindgen_test]
fn the_engine_in_the_browser_reads_the_browser_zones() {
    install_zones();
    for name in names() {
        let ours: Tz = name
            .parse()
            .unwrap_or_else(|_| panic!("{name} is a zone in the browser"));
        let reference: chrono_tz::Tz = name.parse().unwrap();
        let at = Utc.with_ymd_and_hms(2026, 7, 1, 12, 0, 0).unwrap();
        assert_eq!(
            at.with_timezone(&ours).naive_local(),
            at.with_timezone(&reference).naive_local(),
            "{name}"
        );
    }
    // What the picker does not offer is not a zone here.
    assert!("America/Nuuk".parse::<Tz>().is_err());
}
