//! `fixed` and `decimal` against `core::fmt`, which they replace in the
//! app (i18n/src/decimal.rs says why): every bit pattern, every count of
//! decimals.

use proptest::prelude::*;
use slacalc_i18n::{decimal, fixed, read_decimal, MAX_DECIMALS};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn fixed_writes_what_format_writes(bits in any::<u64>(), decimals in 0..=MAX_DECIMALS) {
        let value = f64::from_bits(bits);
        prop_assert_eq!(fixed(value, decimals), format!("{value:.*}", usize::from(decimals)));
    }

    #[test]
    fn fixed_writes_ordinary_figures_as_format_does(value in -1e12f64..1e12, decimals in 0..=MAX_DECIMALS) {
        prop_assert_eq!(fixed(value, decimals), format!("{value:.*}", usize::from(decimals)));
    }

    /// A number with at most six decimals reads back as itself: what a
    /// link writes is what it read.
    #[test]
    fn six_decimals_read_back(millionths in 0u64..1_000_000_000_000_000) {
        let value = millionths as f64 / 1e6;
        prop_assert_eq!(decimal(value, 6).parse::<f64>().unwrap(), value);
    }

    /// What `read_decimal` reads is what `str::parse` reads, rounded to
    /// the decimals asked for, away from ties (in the text, where the
    /// reader rounds the decimal, or in the f64, where parsing first
    /// rounds twice); the same number in scientific form reads the same.
    #[test]
    fn read_decimal_reads_what_parse_reads(value in 0f64..1e9, decimals in 0..=6u8) {
        let scale = 10f64.powi(i32::from(decimals));
        let units = value * scale;
        if (units - units.floor() - 0.5).abs() < 0.02 {
            return Ok(()); // near a tie: 4 % of cases, too many to reject
        }
        let expected = units.round() / scale;
        for text in [format!("{value}"), format!("{value:.9}")] {
            let fraction = text.split_once('.').map_or("", |(_, f)| f);
            let tail = fraction.get(usize::from(decimals)..).unwrap_or("");
            if tail.starts_with('5') && tail[1..].bytes().all(|b| b == b'0') {
                return Ok(());
            }
            prop_assert_eq!(read_decimal(&text, decimals), Some(expected), "{}", text);
        }
        let scientific = format!("{value:e}");
        prop_assert_eq!(read_decimal(&scientific, decimals), Some(expected), "{}", scientific);
    }

    /// A number written with `decimal` reads back as itself.
    #[test]
    fn decimal_reads_back(millionths in 0u64..9_000_000_000_000_000) {
        let value = millionths as f64 / 1e6;
        prop_assert_eq!(read_decimal(&decimal(value, 6), 6), Some(value));
    }
}
