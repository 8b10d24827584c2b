//! The zone list: real IANA zones, no legacy aliases, searchable by city,
//! and exactly what the browser build compiles in.

use slacalc_engine::catalog::Catalog;
use slacalc_engine::zones::{listed, search, search_in, ALIASES, ZONES};
use slacalc_i18n::Lang;

/// The zone names `CHRONO_TZ_TIMEZONE_FILTER` in `.cargo/config.toml`
/// lets into the browser build: `^(A|B|…)$`.
fn compiled_zones() -> Vec<String> {
    let config = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../.cargo/config.toml"
    ))
    .unwrap();
    let line = config
        .lines()
        .find(|l| l.starts_with("CHRONO_TZ_TIMEZONE_FILTER"))
        .expect("the filter is set");
    let filter = line.split('"').nth(1).unwrap();
    filter
        .strip_prefix("^(")
        .and_then(|f| f.strip_suffix(")$"))
        .expect("the filter is ^(name|name|…)$")
        .split('|')
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_browser_build_compiles_every_listed_zone_alias_and_catalog_zone() {
    let compiled = compiled_zones();
    for zone in ZONES {
        assert!(
            compiled.iter().any(|c| c == zone.iana),
            "{} is not compiled in",
            zone.iana
        );
        let tz: chrono_tz::Tz = zone.iana.parse().unwrap();
        assert_eq!(tz.name(), zone.iana);
    }
    for (alias, canonical) in ALIASES {
        assert!(
            compiled.iter().any(|c| c == alias),
            "{alias} is not compiled in"
        );
        assert_eq!(listed(alias).unwrap().iana, *canonical);
    }
    let catalog = Catalog::shipped().unwrap();
    for provider in catalog.providers() {
        for entry in provider.calendars.iter() {
            let tz = catalog.calendar(&entry.id).unwrap().tz();
            assert!(
                listed(tz.name()).is_some(),
                "{} ({}) is not listed",
                tz.name(),
                entry.id
            );
        }
    }
    // Nothing else: every compiled name is listed or an alias.
    for name in &compiled {
        assert!(
            listed(name).is_some(),
            "{name} is compiled in but not listed"
        );
    }
}

#[test]
fn no_legacy_names_and_amsterdam_is_there() {
    for legacy in ["W-SU", "Navajo", "Etc/GMT-14", "US/Pacific", "Europe/Kiev"] {
        assert!(ZONES.iter().all(|z| z.iana != legacy), "{legacy}");
    }
    assert_eq!(listed("Europe/Amsterdam").unwrap().city, "Amsterdam");
    let mut names: Vec<&str> = ZONES.iter().map(|z| z.iana).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), ZONES.len(), "a zone is listed twice");
}

#[test]
fn zones_are_found_by_city_without_accents_or_case() {
    let found = |q: &str| search(q).iter().map(|z| z.iana).collect::<Vec<_>>();
    assert_eq!(found("amster"), ["Europe/Amsterdam"]);
    assert_eq!(found("SAO"), ["America/Sao_Paulo"]);
    assert_eq!(found("new york"), ["America/New_York"]);
    assert!(found("mumbai").contains(&"Asia/Kolkata"));
    assert_eq!(search("").len(), ZONES.len());
    assert!(found("atlantis").is_empty());
}

#[test]
fn every_city_has_its_name_in_russian_and_is_found_by_it() {
    for zone in ZONES {
        // The message is the one named after the zone.
        assert_eq!(zone.message.id(), zone.message_id(), "{}", zone.iana);
        assert_eq!(zone.city_in(Lang::En), zone.city, "{}", zone.iana);
    }
    assert_eq!(listed("Europe/Moscow").unwrap().city_in(Lang::Ru), "Москва");
    let found = |q: &str| {
        search_in(q, Lang::Ru)
            .iter()
            .map(|z| z.iana)
            .collect::<Vec<_>>()
    };
    assert_eq!(found("моск"), ["Europe/Moscow"]);
    // ё and е alike, and the English name still works.
    assert_eq!(found("кишинев"), ["Europe/Chisinau"]);
    assert_eq!(found("amster"), ["Europe/Amsterdam"]);
}

/// Regression: the package builder listed zones in English order for a
/// Russian reader (…Кишинёв, Копенгаген, Дублин…), while the deadline
/// view sorted them by their Russian names.
#[test]
fn zones_read_in_the_readers_alphabet_within_each_region() {
    use slacalc_engine::zones::in_reading_order;
    let mut listed = search_in("", Lang::Ru);
    in_reading_order(&mut listed, Lang::Ru);
    assert_eq!(listed.len(), ZONES.len());
    for pair in listed.windows(2) {
        let rank = |r: &str| ZONES.iter().position(|z| z.region == r);
        let (a, b) = (pair[0], pair[1]);
        assert!(
            rank(a.region) <= rank(b.region),
            "{} before {}",
            a.iana,
            b.iana
        );
        if a.region == b.region {
            let key = |z: &slacalc_engine::zones::Zone| {
                z.city_in(Lang::Ru).to_lowercase().replace('ё', "е")
            };
            assert!(
                key(a) <= key(b),
                "{} before {}",
                a.city_in(Lang::Ru),
                b.city_in(Lang::Ru)
            );
        }
    }
    // English keeps the list's own order.
    let mut english = search_in("", Lang::En);
    in_reading_order(&mut english, Lang::En);
    assert!(english.iter().zip(ZONES).all(|(a, b)| a.iana == b.iana));
}
