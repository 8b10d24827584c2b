//! SLA percentages and allowed downtime, both ways, exactly.

use proptest::prelude::*;
use slacalc_engine::availability::{
    duration_ms, parse_duration_ms, Availability, MonthLength, Period,
};

fn a(text: &str) -> Availability {
    Availability::parse(text).unwrap()
}

#[test]
fn known_values_have_no_float_noise() {
    let g = MonthLength::Gregorian;
    assert_eq!(
        duration_ms(a("99.99").allowed_downtime_ms(Period::Day, g)),
        "8.64 s"
    );
    assert_eq!(
        duration_ms(a("99.9").allowed_downtime_ms(Period::Month, MonthLength::Days30)),
        "43 min 12 s"
    );
    // A twelfth of a Gregorian year: 2,629,746 s × 0.1 %.
    assert_eq!(
        duration_ms(a("99.9").allowed_downtime_ms(Period::Month, g)),
        "43 min 49.746 s"
    );
    assert_eq!(
        duration_ms(a("99.95").allowed_downtime_ms(Period::Year, g)),
        "4 h 22 min 58.476 s"
    );
    assert_eq!(
        duration_ms(a("99").allowed_downtime_ms(Period::Week, g)),
        "1 h 40 min 48 s"
    );
    assert_eq!(
        duration_ms(a("100").allowed_downtime_ms(Period::Year, g)),
        "0 s"
    );
    assert_eq!(
        duration_ms(a("0").allowed_downtime_ms(Period::Day, g)),
        "1 d"
    );
}

#[test]
fn downtime_back_to_a_percentage() {
    let g = MonthLength::Gregorian;
    let ms = parse_duration_ms("43 min 12 s").unwrap();
    let back = Availability::from_downtime(ms, Period::Month, MonthLength::Days30).unwrap();
    assert_eq!(back.percent(), "99.9");
    assert_eq!(
        Availability::from_downtime(8_640, Period::Day, g)
            .unwrap()
            .percent(),
        "99.99"
    );
    assert!(Availability::from_downtime(90_000_000, Period::Day, g)
        .unwrap_err()
        .to_string()
        .contains("a day has 1 d"));
}

#[test]
fn bad_input_says_what_to_type() {
    for bad in ["", "abc", "9,9,9", "101", "99.1234567", "-1"] {
        assert!(Availability::parse(bad).is_err(), "{bad}");
    }
    assert_eq!(a("99.95%").percent(), "99.95");
    // A decimal comma, as Russian writes it.
    assert_eq!(a("99,95 %").percent(), "99.95");
    for bad in ["", "soon", "5 parsecs", "1.2345 s"] {
        assert!(parse_duration_ms(bad).is_err(), "{bad}");
    }
    assert_eq!(parse_duration_ms("1h 30m").unwrap(), 5_400_000);
    assert_eq!(parse_duration_ms("90").unwrap(), 5_400_000);
    assert_eq!(parse_duration_ms("8.64 s").unwrap(), 8_640);
}

#[test]
fn downtime_is_read_as_russian_writes_it() {
    assert_eq!(parse_duration_ms("43 мин 12 с").unwrap(), 2_592_000);
    assert_eq!(parse_duration_ms("8,64 с").unwrap(), 8_640);
    assert_eq!(parse_duration_ms("1 ч 30 мин").unwrap(), 5_400_000);
    assert_eq!(parse_duration_ms("2 дня 3 часа").unwrap(), 183_600_000);
    assert_eq!(parse_duration_ms("1 дн. 5 сек.").unwrap(), 86_405_000);
    // A comma between parts is not a decimal point.
    assert_eq!(parse_duration_ms("43 min, 12 s").unwrap(), 2_592_000);
}

#[test]
fn a_huge_downtime_is_an_error_that_says_the_limit_not_a_panic() {
    for huge in [
        // Overflowed the multiplication by the unit (a panic in debug).
        "99999999999999999999999999999999999 d",
        "170141183460469231731687303715884105727",
        // Too many digits for any integer.
        "123456789012345678901234567890123456789012345 min",
        "123456789012345678901234567890123456789012345",
        // Each part is within the limit; their sum is not.
        "20000 d 20000 d",
        // Representable, but no SLA period is a century long.
        "36525 d",
    ] {
        let error = parse_duration_ms(huge).unwrap_err().to_string();
        assert!(
            error.contains("is too large; use at most 100 years"),
            "{huge}: {error}"
        );
    }
    assert_eq!(parse_duration_ms("36524 d").unwrap(), 36_524 * 86_400_000);
}

proptest! {
    #[test]
    fn percentage_to_downtime_and_back_is_identity_on_the_ms_grid(micro in 0i128..=100_000_000) {
        // Any percentage with up to 6 decimals whose downtime per year is a
        // whole number of ms comes back unchanged.
        let text = format!("{}.{:06}", micro / 1_000_000, micro % 1_000_000);
        let availability = a(&text);
        let g = MonthLength::Gregorian;
        let ms = availability.allowed_downtime_ms(Period::Year, g);
        let back = Availability::from_downtime(ms, Period::Year, g).unwrap();
        // A year has 31,556,952,000 ms: one ms is 3.2e-9 %, below the sixth decimal.
        prop_assert_eq!(back, availability);
    }

    #[test]
    fn more_availability_never_allows_more_downtime(x in 0i128..100_000_000, y in 0i128..100_000_000) {
        let (lo, hi) = (x.min(y), x.max(y));
        let f = |m: i128| a(&format!("{}.{:06}", m / 1_000_000, m % 1_000_000));
        for period in Period::ALL {
            prop_assert!(f(hi).allowed_downtime_ms(period, MonthLength::Gregorian) <= f(lo).allowed_downtime_ms(period, MonthLength::Gregorian));
        }
    }
}
