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

use std::collections::HashMap;
use std::sync::OnceLock;

use slacalc_i18n::{keys, Key, Lang, Plain, Text};

/// A zone as the picker offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone {
    /// The city (or name) people know it by, e.g. "Amsterdam".
    pub city: &'static str,
    /// The region the picker groups it under, e.g. "Europe".
    pub region: &'static str,
    /// The IANA name, e.g. `Europe/Amsterdam`.
    pub iana: &'static str,
}

const fn z(region: &'static str, city: &'static str, iana: &'static str) -> Zone {
    Zone { city, region, iana }
}

impl Zone {
    /// The id of the city's message: `zone-` and the IANA name in lower
    /// case, other characters as hyphens (`zone-america-new-york`).
    pub fn message_id(&self) -> String {
        format!("zone-{}", crate::words::slug(self.iana))
    }

    /// The city in words to render in the reader's language ("Amsterdam",
    /// "Амстердам"); the English name where the files have none.
    pub fn city_text(&self) -> Text {
        static BY_ID: OnceLock<HashMap<&'static str, Key>> = OnceLock::new();
        let by_id = BY_ID.get_or_init(|| keys().map(|key| (key.id(), key)).collect());
        match by_id.get(self.message_id().as_str()) {
            Some(key) => Text::new(*key),
            None => Text::verbatim(self.city),
        }
    }

    /// The city's name in `lang`.
    pub fn city_in(&self, lang: Lang) -> String {
        self.city_text().render(lang, &Plain)
    }
}

/// Every zone the picker offers, by region, cities in alphabetical order.
pub const ZONES: &[Zone] = &[
    z("Universal", "UTC", "UTC"),
    // Europe
    z("Europe", "Amsterdam", "Europe/Amsterdam"),
    z("Europe", "Athens", "Europe/Athens"),
    z("Europe", "Belgrade", "Europe/Belgrade"),
    z("Europe", "Berlin", "Europe/Berlin"),
    z("Europe", "Brussels", "Europe/Brussels"),
    z("Europe", "Bucharest", "Europe/Bucharest"),
    z("Europe", "Budapest", "Europe/Budapest"),
    z("Europe", "Chișinău", "Europe/Chisinau"),
    z("Europe", "Copenhagen", "Europe/Copenhagen"),
    z("Europe", "Dublin", "Europe/Dublin"),
    z("Europe", "Helsinki", "Europe/Helsinki"),
    z("Europe", "Istanbul", "Europe/Istanbul"),
    z("Europe", "Kaliningrad", "Europe/Kaliningrad"),
    z("Europe", "Kyiv", "Europe/Kyiv"),
    z("Europe", "Lisbon", "Europe/Lisbon"),
    z("Europe", "London", "Europe/London"),
    z("Europe", "Madrid", "Europe/Madrid"),
    z("Europe", "Minsk", "Europe/Minsk"),
    z("Europe", "Moscow", "Europe/Moscow"),
    z("Europe", "Oslo", "Europe/Oslo"),
    z("Europe", "Paris", "Europe/Paris"),
    z("Europe", "Prague", "Europe/Prague"),
    z("Europe", "Riga", "Europe/Riga"),
    z("Europe", "Rome", "Europe/Rome"),
    z("Europe", "Samara", "Europe/Samara"),
    z("Europe", "Sofia", "Europe/Sofia"),
    z("Europe", "Stockholm", "Europe/Stockholm"),
    z("Europe", "Tallinn", "Europe/Tallinn"),
    z("Europe", "Vienna", "Europe/Vienna"),
    z("Europe", "Vilnius", "Europe/Vilnius"),
    z("Europe", "Warsaw", "Europe/Warsaw"),
    z("Europe", "Zurich", "Europe/Zurich"),
    // Russia east of the Urals, the Caucasus and Central Asia
    z("Asia", "Almaty", "Asia/Almaty"),
    z("Asia", "Baku", "Asia/Baku"),
    z("Asia", "Bangkok", "Asia/Bangkok"),
    z("Asia", "Bishkek", "Asia/Bishkek"),
    z("Asia", "Dhaka", "Asia/Dhaka"),
    z("Asia", "Dubai", "Asia/Dubai"),
    z("Asia", "Ho Chi Minh City", "Asia/Ho_Chi_Minh"),
    z("Asia", "Hong Kong", "Asia/Hong_Kong"),
    z("Asia", "Irkutsk", "Asia/Irkutsk"),
    z("Asia", "Jakarta", "Asia/Jakarta"),
    z("Asia", "Jerusalem", "Asia/Jerusalem"),
    z("Asia", "Karachi", "Asia/Karachi"),
    z("Asia", "Kolkata, Mumbai, New Delhi", "Asia/Kolkata"),
    z("Asia", "Krasnoyarsk", "Asia/Krasnoyarsk"),
    z("Asia", "Kuala Lumpur", "Asia/Kuala_Lumpur"),
    z("Asia", "Manila", "Asia/Manila"),
    z("Asia", "Novosibirsk", "Asia/Novosibirsk"),
    z("Asia", "Omsk", "Asia/Omsk"),
    z("Asia", "Riyadh", "Asia/Riyadh"),
    z("Asia", "Seoul", "Asia/Seoul"),
    z("Asia", "Shanghai, Beijing", "Asia/Shanghai"),
    z("Asia", "Singapore", "Asia/Singapore"),
    z("Asia", "Taipei", "Asia/Taipei"),
    z("Asia", "Tashkent", "Asia/Tashkent"),
    z("Asia", "Tbilisi", "Asia/Tbilisi"),
    z("Asia", "Tehran", "Asia/Tehran"),
    z("Asia", "Tokyo", "Asia/Tokyo"),
    z("Asia", "Vladivostok", "Asia/Vladivostok"),
    z("Asia", "Yakutsk", "Asia/Yakutsk"),
    z("Asia", "Yekaterinburg", "Asia/Yekaterinburg"),
    z("Asia", "Yerevan", "Asia/Yerevan"),
    // The Americas
    z("Americas", "Anchorage", "America/Anchorage"),
    z("Americas", "Bogotá", "America/Bogota"),
    z("Americas", "Buenos Aires", "America/Argentina/Buenos_Aires"),
    z("Americas", "Chicago", "America/Chicago"),
    z("Americas", "Denver", "America/Denver"),
    z("Americas", "Lima", "America/Lima"),
    z(
        "Americas",
        "Los Angeles, San Francisco",
        "America/Los_Angeles",
    ),
    z("Americas", "Mexico City", "America/Mexico_City"),
    z("Americas", "New York", "America/New_York"),
    z("Americas", "Phoenix", "America/Phoenix"),
    z("Americas", "Santiago", "America/Santiago"),
    z("Americas", "São Paulo", "America/Sao_Paulo"),
    z("Americas", "Toronto", "America/Toronto"),
    z("Americas", "Vancouver", "America/Vancouver"),
    // Africa
    z("Africa", "Cairo", "Africa/Cairo"),
    z("Africa", "Casablanca", "Africa/Casablanca"),
    z("Africa", "Johannesburg", "Africa/Johannesburg"),
    z("Africa", "Lagos", "Africa/Lagos"),
    z("Africa", "Nairobi", "Africa/Nairobi"),
    // Oceania
    z("Oceania", "Auckland", "Pacific/Auckland"),
    z("Oceania", "Brisbane", "Australia/Brisbane"),
    z("Oceania", "Honolulu", "Pacific/Honolulu"),
    z("Oceania", "Perth", "Australia/Perth"),
    z("Oceania", "Sydney, Melbourne", "Australia/Sydney"),
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
