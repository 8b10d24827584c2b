//! Plural categories (CLDR cardinal rules) for the two languages. Fluent
//! selects `[one]`, `[few]`, `[many]`, `[other]` by these. The rules are
//! the CLDR ones written out for English and Russian only; the browser
//! test `tests/web.rs` checks them against `Intl.PluralRules` for 0–1000
//! and fractions, so they cannot drift from the locale data.

use crate::Lang;

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    /// `one`: 1 (English); 1, 21, 101 (Russian).
    One,
    /// `few`: 2–4, 22–24 … (Russian).
    Few,
    /// `many`: 0, 5–20, 25–30 … (Russian).
    Many,
    /// `other`: everything else (English plurals; Russian fractions).
    Other,
}

impl Plural {
    /// The category's CLDR name, as Fluent variants and `Intl` write it.
    pub fn name(self) -> &'static str {
        match self {
            Plural::One => "one",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }
}

/// The plural category of `n` in `lang`. A value with a fraction is shown
/// with fraction digits, which CLDR treats apart (`1.5` is `other`).
pub fn plural(lang: Lang, n: f64) -> Plural {
    let whole = n.fract() == 0.0;
    let i = n.abs().trunc() as u64;
    match lang {
        Lang::En => {
            if whole && i == 1 {
                Plural::One
            } else {
                Plural::Other
            }
        }
        Lang::Ru => {
            if !whole {
                return Plural::Other;
            }
            let (ones, tens) = (i % 10, i % 100);
            if ones == 1 && tens != 11 {
                Plural::One
            } else if (2..=4).contains(&ones) && !(12..=14).contains(&tens) {
                Plural::Few
            } else {
                Plural::Many
            }
        }
    }
}
