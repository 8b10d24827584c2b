//! Exact decimal amounts: money, counts and percentages, as integers of
//! millionths. Read from and written as decimal strings ("12.50"), never
//! through a float, so a quote has no float noise.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use slacalc_i18n::{msg, Text};

use crate::error::{Error, Result};

const SCALE: i128 = 1_000_000;
const DIGITS: usize = 6;

/// A decimal with six places, exact for every sum and for products
/// rounded once (half away from zero).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Decimal(i128);

impl Decimal {
    /// Nought.
    pub const ZERO: Decimal = Decimal(0);

    /// The whole number `n`.
    pub fn from_int(n: i64) -> Self {
        Decimal(i128::from(n) * SCALE)
    }

    /// Parses `"1234.5"`, `"-3"`, `"0.000001"`; at most six decimals.
    pub fn parse(text: &str) -> Result<Self> {
        let bad = || Error::invalid(Text::new(msg::PRICE_NOT_A_NUMBER).with("text", text));
        let trimmed = text.trim().replace([' ', '_'], "");
        let (negative, digits) = match trimmed.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, trimmed.as_str()),
        };
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        if whole.is_empty() && fraction.is_empty()
            || !whole.bytes().all(|b| b.is_ascii_digit())
            || !fraction.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(bad());
        }
        if fraction.len() > DIGITS {
            return Err(Error::invalid(
                Text::new(msg::PRICE_TOO_MANY_DECIMALS)
                    .with("text", text)
                    .with("count", DIGITS),
            ));
        }
        let too_big = || Error::invalid(Text::new(msg::PRICE_TOO_LARGE).with("text", text));
        let whole: i128 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| too_big())?
        };
        let fraction: i128 = format!("{fraction:0<DIGITS$}").parse().map_err(|_| bad())?;
        let value = whole
            .checked_mul(SCALE)
            .and_then(|w| w.checked_add(fraction))
            .filter(|v| *v < i128::MAX / SCALE)
            .ok_or_else(too_big)?;
        Ok(Decimal(if negative { -value } else { value }))
    }

    /// `text` as [`parse`](Self::parse) reads a plain amount (`"1200.00"`,
    /// `"-3"`), at compile time: for the amounts compiled into the shipped
    /// price books (`shipped.rs`), where a malformed one stops the build
    /// rather than the page (engine/tests/shipped_books.rs holds each
    /// against its file).
    pub(super) const fn literal(text: &str) -> Decimal {
        let bytes = text.as_bytes();
        let negative = !bytes.is_empty() && bytes[0] == b'-';
        let mut i = if negative { 1 } else { 0 };
        let mut value: i128 = 0;
        // Digits after the point; none before it is seen.
        let mut decimals: Option<usize> = None;
        let mut digits = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_digit() {
                digits += 1;
            }
            match decimals {
                None if b == b'.' => decimals = Some(0),
                Some(n) if b.is_ascii_digit() && n < DIGITS => decimals = Some(n + 1),
                None if b.is_ascii_digit() => {}
                _ => panic!("not an amount with at most six decimals"),
            }
            if b.is_ascii_digit() {
                value = value * 10 + (b - b'0') as i128;
            }
            i += 1;
        }
        if digits == 0 {
            panic!("an amount needs a digit");
        }
        let mut scale = match decimals {
            Some(n) => n,
            None => 0,
        };
        while scale < DIGITS {
            value *= 10;
            scale += 1;
        }
        Decimal(if negative { -value } else { value })
    }

    /// True below zero.
    pub fn is_negative(self) -> bool {
        self.0 < 0
    }

    /// The greater of the two.
    pub fn max(self, other: Self) -> Self {
        if self >= other {
            self
        } else {
            other
        }
    }

    /// The lesser of the two.
    pub fn min(self, other: Self) -> Self {
        if self <= other {
            self
        } else {
            other
        }
    }

    /// `self × other`, rounded to six places.
    pub fn times_decimal(self, other: Self) -> Result<Self> {
        self.0
            .checked_mul(other.0)
            .map(|p| Decimal(div_round(p, SCALE)))
            .ok_or_else(overflow)
    }

    /// `self × n`.
    pub fn times(self, n: i64) -> Result<Self> {
        self.0
            .checked_mul(i128::from(n))
            .map(Decimal)
            .ok_or_else(overflow)
    }

    /// `self + other`; an error, not a saturated amount, if the sum is
    /// beyond what a decimal holds.
    pub fn checked_add(self, other: Self) -> Result<Self> {
        self.0
            .checked_add(other.0)
            .map(Decimal)
            .ok_or_else(overflow)
    }

    /// `self − other`; an error if the difference is beyond what a decimal
    /// holds.
    pub fn checked_sub(self, other: Self) -> Result<Self> {
        self.0
            .checked_sub(other.0)
            .map(Decimal)
            .ok_or_else(overflow)
    }

    /// The sum of `amounts` (zero for none); an error if it is beyond what
    /// a decimal holds, so a total is never silently capped.
    pub fn total(amounts: impl IntoIterator<Item = Self>) -> Result<Self> {
        amounts
            .into_iter()
            .try_fold(Decimal::ZERO, Decimal::checked_add)
    }

    /// `self / n`, rounded to six places.
    pub fn divided_by(self, n: i64) -> Self {
        Decimal(div_round(self.0, i128::from(n)))
    }

    /// `percent` % of `self`, rounded to six places.
    pub fn percent(self, percent: Self) -> Result<Self> {
        self.0
            .checked_mul(percent.0)
            .map(|p| Decimal(div_round(p, SCALE * 100)))
            .ok_or_else(overflow)
    }

    /// Rounded to cents, half away from zero: what a quote shows.
    pub fn to_cents(self) -> Self {
        let cent = SCALE / 100;
        Decimal(div_round(self.0, cent) * cent)
    }

    /// The value as a float, for showing only (the reader's locale formats
    /// it); sums and comparisons stay exact on the decimal.
    pub fn to_f64(self) -> f64 {
        self.0 as f64 / SCALE as f64
    }

    /// The amount in whole cents, rounded: for ranking.
    pub fn cents(self) -> i64 {
        i64::try_from(div_round(self.0, SCALE / 100)).unwrap_or(i64::MAX)
    }

    /// True for exactly zero.
    pub fn is_zero(self) -> bool {
        self == Self::ZERO
    }

    /// `"1234.50"`: two decimals, no grouping (for `data-value`, CSV).
    pub fn plain(self) -> String {
        let cents = div_round(self.0, SCALE / 100);
        let sign = if cents < 0 { "-" } else { "" };
        let cents = cents.abs();
        format!("{sign}{}.{:02}", cents / 100, cents % 100)
    }

    /// `"1,234.50"`: grouped for reading.
    pub fn grouped(self) -> String {
        let plain = self.plain();
        let (sign, rest) = match plain.strip_prefix('-') {
            Some(r) => ("-", r),
            None => ("", plain.as_str()),
        };
        let (whole, fraction) = rest.split_once('.').unwrap_or((rest, "00"));
        let mut out = String::new();
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        format!("{sign}{out}.{fraction}")
    }
}

fn overflow() -> Error {
    Error::out_of_range(Text::new(msg::PRICE_OVERFLOW))
}

/// `a / b` rounded half away from zero.
fn div_round(a: i128, b: i128) -> i128 {
    let q = a / b;
    let r = a % b;
    if r.abs() * 2 >= b.abs() {
        q + a.signum() * b.signum()
    } else {
        q
    }
}

/// The shortest exact form: `"12.5"`, `"3"`.
impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let v = self.0.abs();
        let whole = v / SCALE;
        let fraction = v % SCALE;
        if fraction == 0 {
            write!(f, "{sign}{whole}")
        } else {
            let digits = format!("{fraction:06}");
            write!(f, "{sign}{whole}.{}", digits.trim_end_matches('0'))
        }
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        // Strings keep exactness; plain JSON numbers are accepted as their
        // literal text.
        let value = serde_json::Value::deserialize(d)?;
        let text = match &value {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Number(n) => n.to_string(),
            other => {
                return Err(serde::de::Error::custom(format!(
                    "expected a decimal such as \"12.50\", got {other}"
                )))
            }
        };
        Decimal::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        Decimal::parse(text).unwrap()
    }

    #[test]
    fn parses_and_prints_exactly() {
        assert_eq!(d("1234.5").to_string(), "1234.5");
        assert_eq!(d("0.1").checked_add(d("0.2")).unwrap(), d("0.3"));
        assert_eq!(d("-3").plain(), "-3.00");
        assert_eq!(d("1234567.891").grouped(), "1,234,567.89");
        assert_eq!(d(".5").plain(), "0.50");
        for bad in ["", "abc", "1.2.3", "1e5", "--1", "0.0000001"] {
            assert!(Decimal::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn rounds_half_away_from_zero_once() {
        assert_eq!(d("0.005").to_cents().plain(), "0.01");
        assert_eq!(d("-0.005").to_cents().plain(), "-0.01");
        assert_eq!(d("0.004999").to_cents().plain(), "0.00");
        assert_eq!(d("2000").percent(d("3")).unwrap(), d("60"));
        assert_eq!(d("10").divided_by(3).to_string(), "3.333333");
    }

    #[test]
    fn a_sum_beyond_range_is_an_error_not_a_capped_amount() {
        // Parsing stops well short of the range; products reach it.
        let huge = d("100000000000000000000000000").times(1_000_000).unwrap();
        assert!(huge.checked_add(huge).is_err());
        assert!(huge
            .checked_add(huge)
            .unwrap_err()
            .to_string()
            .contains("too large"));
        assert!(Decimal::total([huge, huge]).is_err());
        assert!(Decimal::ZERO
            .checked_sub(huge)
            .unwrap()
            .checked_sub(huge)
            .is_err());
        assert_eq!(Decimal::total([d("1.5"), d("2.25")]).unwrap(), d("3.75"));
        assert_eq!(Decimal::total([]).unwrap(), Decimal::ZERO);
    }
}
