//! `fixed` and `decimal` against `core::fmt`, which they replace in the
//! app (i18n/src/decimal.rs says why): every bit pattern, every count of
//! decimals.

use proptest::prelude::*;
use slacalc_i18n::{decimal, fixed, MAX_DECIMALS};

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
}
