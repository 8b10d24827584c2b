//! slacalc's words in English and Russian.
//!
//! The texts live in Fluent files a translator can edit
//! (`i18n/locales/<lang>/<area>.ftl`); the build compiles them into static
//! tables, so the app carries no Fluent parser and a mistyped message id
//! does not compile (`msg::NAV_COMPARE`). A [`Text`] is a message with its
//! arguments, rendered in a [`Lang`] later: the engine and the state layer
//! say *what* to tell a person, the app says it in the reader's language.
//!
//! Numbers, money, dates and times inside a text are formatted by a
//! [`Formats`] the caller supplies: the app's uses the browser's `Intl`, so
//! grouping, decimal marks, currency placement and month names come from
//! the locale data, not from tables here. [`Plain`] is the native stand-in
//! (tests and the command-line tool). Plural forms ([`plural`]) follow the
//! CLDR rules for the two languages; a browser test checks them against
//! `Intl.PluralRules`.

#![deny(missing_docs)]

use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

mod decimal;
mod duration;
mod plural;

pub use decimal::{decimal, fixed, read_decimal, MAX_DECIMALS};
pub use duration::{duration, duration_ms, target_length, target_length_text};
pub use plural::{plural, Plural};

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A language of the interface.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English (the default, and the language of the command-line tool).
    #[default]
    En,
    /// Russian.
    Ru,
}

impl Lang {
    /// Every language, in the order of the message tables.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ru];

    /// The BCP 47 code: `en`, `ru` (for `<html lang>`, links and `Intl`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// The language's own name, as a switch shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ru => "Русский",
        }
    }

    /// Reads a language tag (`ru`, `ru-RU`, `EN-gb`); `None` for a language
    /// slacalc does not speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
    }

    /// The first language of a browser's list (`navigator.languages`) that
    /// slacalc speaks; English when none is.
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A message id; the constants are in [`msg`]. It refers to the message
/// itself rather than to a row of a table, so that code which names a
/// message is all that keeps its English words in a build (see `build.rs`).
#[derive(Clone, Copy)]
pub struct Key(&'static Message);

/// One message: its place in `msg` order (which other languages' tables
/// follow) and its English pattern.
pub(crate) struct Message {
    index: u16,
    english: &'static [Piece],
}

impl Key {
    /// The id as written in the Fluent files (`nav-compare`).
    pub fn id(self) -> &'static str {
        IDS[self.index()]
    }

    fn index(self) -> usize {
        usize::from(self.0.index)
    }
}

// Equal, hashed and shown by place, not by address: one message may be
// reached through more than one reference once the linker is done.
impl PartialEq for Key {
    fn eq(&self, other: &Self) -> bool {
        self.0.index == other.0.index
    }
}

impl Eq for Key {}

impl std::hash::Hash for Key {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.index.hash(state);
    }
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Key({})", self.0.index)
    }
}

/// A language's words other than English: every message's pattern and the
/// catalog's translations. Native builds carry them all. The browser app
/// carries only English in the code every page loads, and fetches another
/// language's tables for a reader of it ([`Tables::russian`] is reached only
/// from the app's split point for Russian), then [`install`]s them; until
/// then that language renders as English.
pub struct Tables {
    lang: Lang,
    patterns: &'static [&'static [Piece]],
    data: &'static [(&'static str, &'static str)],
}

impl Tables {
    /// The Russian tables. In the browser app, only the code that loads
    /// Russian on demand may refer to this (a reference anywhere else pulls
    /// the Russian words back into every page's download).
    pub fn russian() -> &'static Tables {
        &RU_TABLES
    }

    /// The language these tables are in.
    pub fn lang(&self) -> Lang {
        self.lang
    }
}

impl fmt::Debug for Tables {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Tables({}, {} messages)", self.lang, self.patterns.len())
    }
}

/// Where [`install`]ed tables are kept: one slot per language but English.
static INSTALLED: [OnceLock<&'static Tables>; Lang::ALL.len() - 1] = [OnceLock::new()];

/// Makes a language's tables the ones its texts render from. Installing a
/// language twice keeps the first.
pub fn install(tables: &'static Tables) {
    if let Some(slot) = slot(tables.lang) {
        let _ = slot.set(tables);
    }
}

/// Whether texts in `lang` render in `lang` (English always does; another
/// language once its tables are installed, and always in native builds).
pub fn is_loaded(lang: Lang) -> bool {
    lang == Lang::En || tables(lang).is_some()
}

fn slot(lang: Lang) -> Option<&'static OnceLock<&'static Tables>> {
    lang.index().checked_sub(1).map(|i| &INSTALLED[i])
}

/// The tables of a language other than English, if it can render.
fn tables(lang: Lang) -> Option<&'static Tables> {
    let installed = slot(lang).and_then(|s| s.get().copied());
    // Native builds (tests, the command-line tool) need no loading.
    #[cfg(not(target_arch = "wasm32"))]
    if installed.is_none() && lang == Lang::Ru {
        return Some(Tables::russian());
    }
    installed
}

/// A message's pattern in `lang`, English where `lang` is not loaded.
fn pattern(key: Key, lang: Lang) -> &'static [Piece] {
    match tables(lang) {
        Some(tables) => tables.patterns[key.index()],
        None => key.0.english,
    }
}

/// The catalog's translations into `lang` (none where `lang` is not loaded).
fn data(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => DATA_EN,
        _ => tables(lang).map_or(&[], |t| t.data),
    }
}

// Twelve bytes a piece on wasm32: the rare select sits behind a reference
// (inline it would make every piece of every message twice the size).
pub(crate) enum Piece {
    Text(&'static str),
    Var(&'static str),
    Select(&'static Select),
}

pub(crate) struct Select {
    on: &'static str,
    variants: &'static [(Variant, &'static [Piece])],
    default: usize,
}

#[allow(dead_code)] // `Number` is built only for Fluent files that select on an exact number.
pub(crate) enum Variant {
    Name(&'static str),
    Number(f64),
}

/// Formats the figures inside a text in the reader's locale. The app's
/// uses the browser's `Intl`; [`Plain`] is the native stand-in.
pub trait Formats {
    /// A number, grouped and with the locale's decimal mark, with at most
    /// `max_fraction` fraction digits.
    fn number(&self, lang: Lang, value: f64, max_fraction: u8) -> String;
    /// An amount of money in `currency` (ISO 4217 code, or empty for a bare
    /// amount) with two fraction digits, the symbol or code where the
    /// locale puts it.
    fn money(&self, lang: Lang, amount: f64, currency: &str) -> String;
    /// A calendar date, long: `25 November 2026`, `25 ноября 2026 г.`
    fn date(&self, lang: Lang, year: i32, month: u32, day: u32) -> String;
    /// An instant in a time zone: `Mon 23 Nov 2026, 10:30`,
    /// `пн, 23 нояб. 2026 г., 10:30`. `epoch_ms` is milliseconds since 1970
    /// UTC; `zone` an IANA name.
    fn date_time(&self, lang: Lang, epoch_ms: f64, zone: &str) -> String;
}

/// Figures as plain ASCII (`1234.5`, `12.00 USD`, `2026-11-25`): the
/// native stand-in for tests and the command-line tool, never shown in the
/// app.
#[derive(Debug, Clone, Copy, Default)]
pub struct Plain;

impl Formats for Plain {
    fn number(&self, _lang: Lang, value: f64, max_fraction: u8) -> String {
        decimal(value, max_fraction)
    }

    fn money(&self, _lang: Lang, amount: f64, currency: &str) -> String {
        let amount = fixed(amount, 2);
        if currency.is_empty() {
            amount
        } else {
            format!("{amount} {currency}")
        }
    }

    fn date(&self, _lang: Lang, year: i32, month: u32, day: u32) -> String {
        format!("{year:04}-{month:02}-{day:02}")
    }

    /// RFC 3339 in UTC (`2026-11-30T09:00:00Z`), whatever the zone: plain
    /// figures have no zone database, and the instant stays exact.
    fn date_time(&self, _lang: Lang, epoch_ms: f64, _zone: &str) -> String {
        let seconds = (epoch_ms / 1000.0).floor() as i64;
        let (days, of_day) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
        let (year, month, day) = civil_from_days(days);
        let (hour, minute, second) = (of_day / 3600, of_day % 3600 / 60, of_day % 60);
        format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}Z")
    }
}

/// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's
/// `civil_from_days`): this crate has no calendar library to ask.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// A value a message refers to as `{ $name }`.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Text shown as it is (a name, an id, a figure formatted elsewhere).
    Str(String),
    /// A number: formatted by [`Formats::number`], and chooses plural forms.
    Number {
        /// The value.
        value: f64,
        /// At most this many fraction digits are shown.
        max_fraction: u8,
    },
    /// An amount of money in a currency (ISO code; empty for none).
    Money {
        /// The amount.
        amount: f64,
        /// The currency's code.
        currency: String,
    },
    /// A calendar date.
    Date {
        /// Year.
        year: i32,
        /// Month, 1–12.
        month: u32,
        /// Day of the month.
        day: u32,
    },
    /// An instant, shown in a time zone.
    DateTime {
        /// Milliseconds since 1970-01-01 UTC.
        epoch_ms: f64,
        /// IANA zone name.
        zone: String,
    },
    /// A length of time in milliseconds, in words ([`duration_ms`]).
    Duration {
        /// Milliseconds.
        ms: i128,
    },
    /// Another message, rendered in the same language.
    Text(Box<Text>),
    /// Words from the catalog (a plan, service or severity name, a note),
    /// shown translated where a translation exists ([`catalog_text`]).
    Catalog(String),
}

impl Value {
    fn render(&self, lang: Lang, formats: &dyn Formats) -> Cow<'_, str> {
        match self {
            Value::Str(text) => Cow::Borrowed(text),
            Value::Number {
                value,
                max_fraction,
            } => Cow::Owned(formats.number(lang, *value, *max_fraction)),
            Value::Money { amount, currency } => Cow::Owned(formats.money(lang, *amount, currency)),
            Value::Date { year, month, day } => Cow::Owned(formats.date(lang, *year, *month, *day)),
            Value::DateTime { epoch_ms, zone } => {
                Cow::Owned(formats.date_time(lang, *epoch_ms, zone))
            }
            Value::Duration { ms } => Cow::Owned(duration_ms(lang, formats, *ms)),
            Value::Text(text) => Cow::Owned(text.render(lang, formats)),
            Value::Catalog(original) => catalog_text(lang, original),
        }
    }

    fn matches(&self, lang: Lang, variant: &Variant) -> bool {
        match (self, variant) {
            (Value::Number { value, .. }, Variant::Number(n)) => value == n,
            (Value::Number { value, .. }, Variant::Name(name)) => {
                plural(lang, *value).name() == *name
            }
            (Value::Str(text), Variant::Name(name)) => text == name,
            _ => false,
        }
    }
}

// Figures in a text are never NaN (they come from checked arithmetic or
// parsed input), so equality is total, and errors holding texts can be `Eq`.
impl Eq for Value {}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Value::Str(text.to_owned())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Value::Str(text)
    }
}

impl From<Text> for Value {
    fn from(text: Text) -> Self {
        Value::Text(Box::new(text))
    }
}

macro_rules! number_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(n: $t) -> Self {
                Value::Number { value: n as f64, max_fraction: 0 }
            }
        }
    )*};
}
number_from!(u8, u16, u32, u64, usize, i32, i64);

/// A message and its arguments, to be rendered in a language:
/// `Text::new(msg::HOURS).with("count", 5)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    key: Key,
    args: Vec<(&'static str, Value)>,
}

impl Text {
    /// The message `key` with no arguments yet.
    pub fn new(key: Key) -> Self {
        Self {
            key,
            args: Vec::new(),
        }
    }

    /// Words from the catalog (a name, a note, an assumption's reason) as a
    /// text of their own: the original, or its translation where the data
    /// files have one ([`catalog_text`]).
    pub fn catalog(words: impl Into<String>) -> Self {
        Text::new(msg::CATALOG_WORDS).with("words", Value::Catalog(words.into()))
    }

    /// Text shown as it is in every language (a name the user gave, an id).
    pub fn verbatim(words: impl Into<String>) -> Self {
        Text::new(msg::VERBATIM).with("words", Value::Str(words.into()))
    }

    /// Adds the argument `$name`.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Value>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The message's id.
    pub fn key(&self) -> Key {
        self.key
    }

    /// The same text with every instant in it shown in `zone` (IANA name):
    /// the engine names instants in UTC, a reader's page in its own zone.
    #[must_use]
    pub fn shown_in(&self, zone: &str) -> Text {
        let args = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Value::DateTime { epoch_ms, .. } => Value::DateTime {
                        epoch_ms: *epoch_ms,
                        zone: zone.to_owned(),
                    },
                    Value::Text(text) => Value::Text(Box::new(text.shown_in(zone))),
                    other => other.clone(),
                };
                (*name, value)
            })
            .collect();
        Text {
            key: self.key,
            args,
        }
    }

    /// The text in `lang`, its figures formatted by `formats`.
    pub fn render(&self, lang: Lang, formats: &dyn Formats) -> String {
        let mut out = String::new();
        self.render_pieces(pattern(self.key, lang), lang, formats, &mut out);
        out
    }

    /// The text in English with plain figures (the command-line tool, and
    /// `Display` for logs and errors that reach no reader's language).
    pub fn english(&self) -> String {
        self.render(Lang::En, &Plain)
    }

    fn arg(&self, name: &str) -> Option<&Value> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    fn render_pieces(&self, pieces: &[Piece], lang: Lang, formats: &dyn Formats, out: &mut String) {
        for piece in pieces {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Var(name) => match self.arg(name) {
                    Some(value) => out.push_str(&value.render(lang, formats)),
                    // A missing argument shows as itself, never as nothing:
                    // visible in review, and tests look for it.
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Piece::Select(Select {
                    on,
                    variants,
                    default,
                }) => {
                    let value = self.arg(on);
                    // An exact number wins over a plural category, as in Fluent.
                    let chosen = value
                        .and_then(|v| {
                            variants
                                .iter()
                                .position(|(k, _)| {
                                    matches!(k, Variant::Number(_)) && v.matches(lang, k)
                                })
                                .or_else(|| variants.iter().position(|(k, _)| v.matches(lang, k)))
                        })
                        .unwrap_or(*default);
                    self.render_pieces(variants[chosen].1, lang, formats, out);
                }
            }
        }
    }
}

impl Eq for Text {}

impl From<Key> for Text {
    fn from(key: Key) -> Self {
        Text::new(key)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.english())
    }
}

/// The key under which a catalog text or a source quote is translated in
/// `locales/<lang>/data/*.ftl`: `data-` and 16 hex digits of the FNV-1a
/// hash of the original, spaces trimmed. Keys follow the text, so one
/// translation serves every place the same words appear, and an edited
/// original shows up as untranslated instead of keeping a stale translation.
pub fn data_key(original: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in original.trim().bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("data-{hash:016x}")
}

/// The translation of `original` (catalog words or a source quote) into
/// `lang`, if the data files have one.
pub fn translation(lang: Lang, original: &str) -> Option<&'static str> {
    let table = data(lang);
    let key = data_key(original);
    table
        .binary_search_by(|(k, _)| (*k).cmp(key.as_str()))
        .ok()
        .map(|i| table[i].1)
}

/// Every translation into `lang` the data files hold, as `(key, text)`
/// sorted by key: for the catalog's tests, which check that each one still
/// translates some catalog text (an edited original leaves its old
/// translation behind under a key nothing asks for).
pub fn translations(lang: Lang) -> &'static [(&'static str, &'static str)] {
    data(lang)
}

/// Catalog words in `lang`: the translation where there is one, else the
/// words as the catalog has them (they are already in that language, or
/// are a name that stays as it is).
pub fn catalog_text(lang: Lang, original: &str) -> Cow<'_, str> {
    translation(lang, original).map_or(Cow::Borrowed(original), Cow::Borrowed)
}

/// A number as a reader typed it in `lang`, written the way links and
/// files write numbers: without the spaces that group thousands (plain,
/// no-break and narrow no-break, as `Intl` prints them), and in Russian
/// with the decimal comma made a point (a Russian phone's decimal keypad
/// has only the comma). In English a comma groups thousands, so it is left
/// for the field's check to name.
pub fn plain_number(lang: Lang, typed: &str) -> String {
    let digits: String = typed
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    match lang {
        Lang::Ru => digits.replace(',', "."),
        Lang::En => digits,
    }
}

/// What the build found wrong with the Fluent files (messages missing from
/// a language, variables that differ, messages with no English); empty
/// when they are complete. `tests/complete.rs` fails on any.
pub fn problems() -> Vec<&'static str> {
    MISSING
        .iter()
        .chain(MISMATCHED)
        .chain(ORPHANS)
        .copied()
        .collect()
}

/// Every message id (for tests that render each one).
pub fn keys() -> impl Iterator<Item = Key> {
    msg::ALL.iter().copied()
}
