//! The zones a user picks from: capitals and large cities of the regions
//! slacalc's users are on, by city, with no legacy aliases (`W-SU`,
//! `Navajo`, `Etc/GMT-14`). This list is the one place the app's zones
//! are named: the zone picker shows it, its search reads it, and in the
//! browser these (and the aliases browsers report) are the only zones a
//! [`crate::tz::Tz`] can be, their offsets read from `Intl`.
//!
//! City names in the reader's language are Fluent messages named after the
//! zone (`zone-europe-amsterdam` in `i18n/locales/<lang>/deadline.ftl`), so
//! a translator edits them with the rest of the words.

use slacalc_i18n::{msg, Key, Lang, Plain, Text};

/// A zone as the picker offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone {
    /// The city (or name) people know it by, e.g. "Amsterdam".
    pub city: &'static str,
    /// The region the picker groups it under, e.g. "Europe".
    pub region: &'static str,
    /// The IANA name, e.g. `Europe/Amsterdam`.
    pub iana: &'static str,
    /// The message naming the city in the reader's language
    /// ([`Zone::message_id`]).
    pub message: Key,
}

const fn z(region: &'static str, city: &'static str, iana: &'static str, message: Key) -> Zone {
    Zone {
        city,
        region,
        iana,
        message,
    }
}

impl Zone {
    /// The id of the city's message: `zone-` and the IANA name in lower
    /// case, other characters as hyphens (`zone-america-new-york`).
    pub fn message_id(&self) -> String {
        format!("zone-{}", crate::words::slug(self.iana))
    }

    /// The city in words to render in the reader's language ("Amsterdam",
    /// "Амстердам").
    pub fn city_text(&self) -> Text {
        Text::new(self.message)
    }

    /// The city's name in `lang`.
    pub fn city_in(&self, lang: Lang) -> String {
        self.city_text().render(lang, &Plain)
    }
}

/// Every zone the picker offers, by region, cities in alphabetical order.
// One zone a line, as the picker lists them.
#[rustfmt::skip]
pub const ZONES: &[Zone] = &[
    z("Universal", "UTC", "UTC", msg::ZONE_UTC),
    // Europe
    z("Europe", "Amsterdam", "Europe/Amsterdam", msg::ZONE_EUROPE_AMSTERDAM),
    z("Europe", "Athens", "Europe/Athens", msg::ZONE_EUROPE_ATHENS),
    z("Europe", "Belgrade", "Europe/Belgrade", msg::ZONE_EUROPE_BELGRADE),
    z("Europe", "Berlin", "Europe/Berlin", msg::ZONE_EUROPE_BERLIN),
    z("Europe", "Brussels", "Europe/Brussels", msg::ZONE_EUROPE_BRUSSELS),
    z("Europe", "Bucharest", "Europe/Bucharest", msg::ZONE_EUROPE_BUCHAREST),
    z("Europe", "Budapest", "Europe/Budapest", msg::ZONE_EUROPE_BUDAPEST),
    z("Europe", "Chișinău", "Europe/Chisinau", msg::ZONE_EUROPE_CHISINAU),
    z("Europe", "Copenhagen", "Europe/Copenhagen", msg::ZONE_EUROPE_COPENHAGEN),
    z("Europe", "Dublin", "Europe/Dublin", msg::ZONE_EUROPE_DUBLIN),
    z("Europe", "Helsinki", "Europe/Helsinki", msg::ZONE_EUROPE_HELSINKI),
    z("Europe", "Istanbul", "Europe/Istanbul", msg::ZONE_EUROPE_ISTANBUL),
    z("Europe", "Kaliningrad", "Europe/Kaliningrad", msg::ZONE_EUROPE_KALININGRAD),
    z("Europe", "Kyiv", "Europe/Kyiv", msg::ZONE_EUROPE_KYIV),
    z("Europe", "Lisbon", "Europe/Lisbon", msg::ZONE_EUROPE_LISBON),
    z("Europe", "London", "Europe/London", msg::ZONE_EUROPE_LONDON),
    z("Europe", "Madrid", "Europe/Madrid", msg::ZONE_EUROPE_MADRID),
    z("Europe", "Minsk", "Europe/Minsk", msg::ZONE_EUROPE_MINSK),
    z("Europe", "Moscow", "Europe/Moscow", msg::ZONE_EUROPE_MOSCOW),
    z("Europe", "Oslo", "Europe/Oslo", msg::ZONE_EUROPE_OSLO),
    z("Europe", "Paris", "Europe/Paris", msg::ZONE_EUROPE_PARIS),
    z("Europe", "Prague", "Europe/Prague", msg::ZONE_EUROPE_PRAGUE),
    z("Europe", "Riga", "Europe/Riga", msg::ZONE_EUROPE_RIGA),
    z("Europe", "Rome", "Europe/Rome", msg::ZONE_EUROPE_ROME),
    z("Europe", "Samara", "Europe/Samara", msg::ZONE_EUROPE_SAMARA),
    z("Europe", "Sofia", "Europe/Sofia", msg::ZONE_EUROPE_SOFIA),
    z("Europe", "Stockholm", "Europe/Stockholm", msg::ZONE_EUROPE_STOCKHOLM),
    z("Europe", "Tallinn", "Europe/Tallinn", msg::ZONE_EUROPE_TALLINN),
    z("Europe", "Vienna", "Europe/Vienna", msg::ZONE_EUROPE_VIENNA),
    z("Europe", "Vilnius", "Europe/Vilnius", msg::ZONE_EUROPE_VILNIUS),
    z("Europe", "Warsaw", "Europe/Warsaw", msg::ZONE_EUROPE_WARSAW),
    z("Europe", "Zurich", "Europe/Zurich", msg::ZONE_EUROPE_ZURICH),
    // Russia east of the Urals, the Caucasus and Central Asia
    z("Asia", "Almaty", "Asia/Almaty", msg::ZONE_ASIA_ALMATY),
    z("Asia", "Baku", "Asia/Baku", msg::ZONE_ASIA_BAKU),
    z("Asia", "Bangkok", "Asia/Bangkok", msg::ZONE_ASIA_BANGKOK),
    z("Asia", "Bishkek", "Asia/Bishkek", msg::ZONE_ASIA_BISHKEK),
    z("Asia", "Dhaka", "Asia/Dhaka", msg::ZONE_ASIA_DHAKA),
    z("Asia", "Dubai", "Asia/Dubai", msg::ZONE_ASIA_DUBAI),
    z("Asia", "Ho Chi Minh City", "Asia/Ho_Chi_Minh", msg::ZONE_ASIA_HO_CHI_MINH),
    z("Asia", "Hong Kong", "Asia/Hong_Kong", msg::ZONE_ASIA_HONG_KONG),
    z("Asia", "Irkutsk", "Asia/Irkutsk", msg::ZONE_ASIA_IRKUTSK),
    z("Asia", "Jakarta", "Asia/Jakarta", msg::ZONE_ASIA_JAKARTA),
    z("Asia", "Jerusalem", "Asia/Jerusalem", msg::ZONE_ASIA_JERUSALEM),
    z("Asia", "Karachi", "Asia/Karachi", msg::ZONE_ASIA_KARACHI),
    z("Asia", "Kolkata, Mumbai, New Delhi", "Asia/Kolkata", msg::ZONE_ASIA_KOLKATA),
    z("Asia", "Krasnoyarsk", "Asia/Krasnoyarsk", msg::ZONE_ASIA_KRASNOYARSK),
    z("Asia", "Kuala Lumpur", "Asia/Kuala_Lumpur", msg::ZONE_ASIA_KUALA_LUMPUR),
    z("Asia", "Manila", "Asia/Manila", msg::ZONE_ASIA_MANILA),
    z("Asia", "Novosibirsk", "Asia/Novosibirsk", msg::ZONE_ASIA_NOVOSIBIRSK),
    z("Asia", "Omsk", "Asia/Omsk", msg::ZONE_ASIA_OMSK),
    z("Asia", "Riyadh", "Asia/Riyadh", msg::ZONE_ASIA_RIYADH),
    z("Asia", "Seoul", "Asia/Seoul", msg::ZONE_ASIA_SEOUL),
    z("Asia", "Shanghai, Beijing", "Asia/Shanghai", msg::ZONE_ASIA_SHANGHAI),
    z("Asia", "Singapore", "Asia/Singapore", msg::ZONE_ASIA_SINGAPORE),
    z("Asia", "Taipei", "Asia/Taipei", msg::ZONE_ASIA_TAIPEI),
    z("Asia", "Tashkent", "Asia/Tashkent", msg::ZONE_ASIA_TASHKENT),
    z("Asia", "Tbilisi", "Asia/Tbilisi", msg::ZONE_ASIA_TBILISI),
    z("Asia", "Tehran", "Asia/Tehran", msg::ZONE_ASIA_TEHRAN),
    z("Asia", "Tokyo", "Asia/Tokyo", msg::ZONE_ASIA_TOKYO),
    z("Asia", "Vladivostok", "Asia/Vladivostok", msg::ZONE_ASIA_VLADIVOSTOK),
    z("Asia", "Yakutsk", "Asia/Yakutsk", msg::ZONE_ASIA_YAKUTSK),
    z("Asia", "Yekaterinburg", "Asia/Yekaterinburg", msg::ZONE_ASIA_YEKATERINBURG),
    z("Asia", "Yerevan", "Asia/Yerevan", msg::ZONE_ASIA_YEREVAN),
    // The Americas
    z("Americas", "Anchorage", "America/Anchorage", msg::ZONE_AMERICA_ANCHORAGE),
    z("Americas", "Bogotá", "America/Bogota", msg::ZONE_AMERICA_BOGOTA),
    z("Americas", "Buenos Aires", "America/Argentina/Buenos_Aires", msg::ZONE_AMERICA_ARGENTINA_BUENOS_AIRES),
    z("Americas", "Chicago", "America/Chicago", msg::ZONE_AMERICA_CHICAGO),
    z("Americas", "Denver", "America/Denver", msg::ZONE_AMERICA_DENVER),
    z("Americas", "Lima", "America/Lima", msg::ZONE_AMERICA_LIMA),
    z("Americas", "Los Angeles, San Francisco", "America/Los_Angeles", msg::ZONE_AMERICA_LOS_ANGELES),
    z("Americas", "Mexico City", "America/Mexico_City", msg::ZONE_AMERICA_MEXICO_CITY),
    z("Americas", "New York", "America/New_York", msg::ZONE_AMERICA_NEW_YORK),
    z("Americas", "Phoenix", "America/Phoenix", msg::ZONE_AMERICA_PHOENIX),
    z("Americas", "Santiago", "America/Santiago", msg::ZONE_AMERICA_SANTIAGO),
    z("Americas", "São Paulo", "America/Sao_Paulo", msg::ZONE_AMERICA_SAO_PAULO),
    z("Americas", "Toronto", "America/Toronto", msg::ZONE_AMERICA_TORONTO),
    z("Americas", "Vancouver", "America/Vancouver", msg::ZONE_AMERICA_VANCOUVER),
    // Africa
    z("Africa", "Cairo", "Africa/Cairo", msg::ZONE_AFRICA_CAIRO),
    z("Africa", "Casablanca", "Africa/Casablanca", msg::ZONE_AFRICA_CASABLANCA),
    z("Africa", "Johannesburg", "Africa/Johannesburg", msg::ZONE_AFRICA_JOHANNESBURG),
    z("Africa", "Lagos", "Africa/Lagos", msg::ZONE_AFRICA_LAGOS),
    z("Africa", "Nairobi", "Africa/Nairobi", msg::ZONE_AFRICA_NAIROBI),
    // Oceania
    z("Oceania", "Auckland", "Pacific/Auckland", msg::ZONE_PACIFIC_AUCKLAND),
    z("Oceania", "Brisbane", "Australia/Brisbane", msg::ZONE_AUSTRALIA_BRISBANE),
    z("Oceania", "Honolulu", "Pacific/Honolulu", msg::ZONE_PACIFIC_HONOLULU),
    z("Oceania", "Perth", "Australia/Perth", msg::ZONE_AUSTRALIA_PERTH),
    z("Oceania", "Sydney, Melbourne", "Australia/Sydney", msg::ZONE_AUSTRALIA_SYDNEY),
];

/// Older names some browsers still report for a listed zone, with the
/// listed zone each stands for. Compiled in so a browser's own zone always
/// resolves; never offered in the picker.
pub const ALIASES: &[(&str, &str)] = &[
    ("Asia/Calcutta", "Asia/Kolkata"),
    ("Asia/Saigon", "Asia/Ho_Chi_Minh"),
    ("Europe/Kiev", "Europe/Kyiv"),
    ("America/Buenos_Aires", "America/Argentina/Buenos_Aires"),
    ("Etc/UTC", "UTC"),
];

/// The listed zone with IANA name `name`, or the one an alias stands for.
pub fn listed(name: &str) -> Option<&'static Zone> {
    let name = ALIASES
        .iter()
        .find(|(alias, _)| *alias == name)
        .map_or(name, |(_, canonical)| canonical);
    ZONES.iter().find(|z| z.iana == name)
}

/// The zones whose city, region or IANA name contains `query` (case and
/// accents aside: "sao" finds São Paulo), in list order; an empty query
/// gives every zone.
pub fn search(query: &str) -> Vec<&'static Zone> {
    search_in(query, Lang::En)
}

/// [`search`] that also finds a city by its name in `lang` ("моск"
/// finds Moscow).
pub fn search_in(query: &str, lang: Lang) -> Vec<&'static Zone> {
    let query = fold(query.trim());
    ZONES
        .iter()
        .filter(|z| {
            query.is_empty()
                || fold(z.city).contains(&query)
                || fold(z.iana).contains(&query)
                || fold(z.region).contains(&query)
                || (lang != Lang::En && fold(&z.city_in(lang)).contains(&query))
        })
        .collect()
}

/// `zones` in the order a reader of `lang` looks for them: each region in
/// the list's order, its cities in the reader's alphabet (`ё` as `е`, as
/// Russian dictionaries file it). English keeps the list's own order,
/// which is already by English name.
pub fn in_reading_order(zones: &mut [&'static Zone], lang: Lang) {
    if lang == Lang::En {
        return;
    }
    let region_rank = |region: &str| ZONES.iter().position(|z| z.region == region);
    crate::order::sort_by_key(zones, |z| {
        (
            region_rank(z.region),
            crate::words::lowercase(&z.city_in(lang)).replace('ё', "е"),
        )
    });
}

/// Lower case, common accents dropped, `_` as a space.
fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'á' | 'à' | 'ã' | 'â' | 'Á' => 'a',
            'é' | 'è' | 'ê' | 'É' => 'e',
            'í' | 'ì' | 'î' => 'i',
            'ó' | 'ò' | 'õ' | 'ô' => 'o',
            'ú' | 'ù' | 'û' => 'u',
            'ș' | 'ş' => 's',
            'ț' | 'ţ' => 't',
            '_' => ' ',
            'ё' | 'Ё' => 'е',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}
