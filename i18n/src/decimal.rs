//! Numbers written and read with a fixed number of decimals, without
//! `core::fmt`'s float formatting or `core`'s float parsing. That formatter (Grisu, Dragon and the exact mode,
//! about 12 KB of wasm) lands in the app's main wasm, which every page
//! downloads, as soon as any code formats an `f64` with `{}` or `{:.N}`;
//! the app only ever needs a handful of decimals (link numbers, SVG
//! coordinates, plain figures), which integer arithmetic writes exactly.

/// More decimals than this are written as this many: `10^9 · m` still
/// fits in a `u128` for any 53-bit mantissa `m`.
pub const MAX_DECIMALS: u8 = 9;

/// `value` with exactly `decimals` digits after the point, as
/// `format!("{value:.decimals$}")` writes it: the exact binary value
/// rounded half to even, `-` for negative values (and for `-0.0`), `NaN`,
/// `inf` and `-inf` as Rust writes them. `decimals` above
/// [`MAX_DECIMALS`] count as [`MAX_DECIMALS`].
pub fn fixed(value: f64, decimals: u8) -> String {
    if value.is_nan() {
        return "NaN".to_owned();
    }
    let mut out = String::new();
    if value.is_sign_negative() {
        out.push('-');
    }
    if value.is_infinite() {
        out.push_str("inf");
        return out;
    }
    let decimals = decimals.min(MAX_DECIMALS);
    let scale = 10u128.pow(u32::from(decimals));
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = u128::from(bits & ((1 << 52) - 1));
    // value = mantissa · 2^exponent exactly.
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    };
    if exponent > 0 {
        // An integer, at least 2^53: no fraction to round.
        push_digits(&mut out, &shifted_digits(mantissa, exponent as u32));
        if decimals > 0 {
            out.push('.');
            out.extend(std::iter::repeat_n('0', usize::from(decimals)));
        }
        return out;
    }
    // value · 10^decimals = mantissa · scale / 2^shift, rounded half to even.
    let shift = exponent.unsigned_abs();
    let scaled = mantissa * scale; // < 2^53 · 10^9 < 2^83
    let rounded = if shift == 0 {
        scaled
    } else if shift >= 128 {
        0 // below 2^83 / 2^128: far under a half
    } else {
        let whole = scaled >> shift;
        let rest = scaled & ((1 << shift) - 1);
        let half = 1 << (shift - 1);
        if rest > half || (rest == half && whole % 2 == 1) {
            whole + 1
        } else {
            whole
        }
    };
    push_digits(&mut out, &digits(rounded / scale));
    if decimals > 0 {
        out.push('.');
        let fraction = digits(rounded % scale);
        out.extend(std::iter::repeat_n(
            '0',
            usize::from(decimals) - fraction.len(),
        ));
        push_digits(&mut out, &fraction);
    }
    out
}

/// `value` with at most `max_decimals` digits after the point: [`fixed`]
/// without trailing zeros, and without the point when nothing follows it
/// (`2.50` → `2.5`, `3.00` → `3`).
pub fn decimal(value: f64, max_decimals: u8) -> String {
    let mut text = fixed(value, max_decimals);
    if value.is_finite() && text.contains('.') {
        let kept = text.trim_end_matches('0').trim_end_matches('.').len();
        text.truncate(kept);
    }
    text
}

/// The number `text` writes (`12`, `-0.5`, `.25`, `+3.`, `1e3`,
/// `2.5E-2`), rounded half to even to `decimals` decimals, as the nearest
/// `f64` to that decimal; `None` when `text` is not such a number (nor
/// `inf`, `NaN`, or an exponent of more than six digits, which
/// `str::parse` reads). The reading half of [`decimal`], and, like it,
/// without `core`'s float code (`f64::from_str`, whose exact algorithms
/// and tables were about 13 KB of the simulate view): what a person types
/// into a figure's field never needs more than a few decimals.
///
/// Exact while the value in units of `10^-decimals` stays below 2^53
/// (up to 9·10^9 at six decimals). Larger values are approximate, and
/// from about 10^40 units on they read as infinity: only a range check
/// reads them.
pub fn read_decimal(text: &str, decimals: u8) -> Option<f64> {
    let decimals = decimals.min(MAX_DECIMALS);
    let (negative, rest) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (number, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (&rest[..at], Some(&rest[at + 1..])),
        None => (rest, None),
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let exponent: i64 = match exponent {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || digits.len() > 6 || !all_digits(digits) {
                return None;
            }
            let magnitude = digits.parse::<i64>().ok()?;
            if e.starts_with('-') {
                -magnitude
            } else {
                magnitude
            }
        }
    };
    // The digits as one integer, its leading zeros skipped, at most 38
    // significant digits kept (a u128); the point's place moves for each
    // digit dropped.
    let mut mantissa: u128 = 0;
    let mut dropped: i64 = 0;
    let mut kept = 0;
    let mut sticky = false; // a dropped digit was not zero
    for b in whole.bytes().chain(fraction.bytes()) {
        let d = u128::from(b - b'0');
        if kept < 38 {
            if mantissa > 0 || d > 0 {
                kept += 1;
            }
            mantissa = mantissa * 10 + d;
        } else {
            dropped += 1;
            sticky |= d > 0;
        }
    }
    // value = mantissa · 10^shift, in units of 10^-decimals.
    let shift = exponent + dropped - fraction.len() as i64 + i64::from(decimals);
    let units = if mantissa == 0 {
        0.0
    } else if shift >= 0 {
        if shift > 40 {
            f64::INFINITY
        } else {
            mantissa as f64 * 10f64.powi(shift as i32)
        }
    } else if shift < -38 {
        0.0
    } else {
        let divisor = 10u128.pow((-shift) as u32);
        let (quotient, rest) = (mantissa / divisor, mantissa % divisor);
        let half = divisor / 2;
        let up = rest > half || (rest == half && (sticky || quotient % 2 == 1));
        (quotient + u128::from(up)) as f64
    };
    let value = units / 10f64.powi(i32::from(decimals));
    Some(if negative { -value } else { value })
}

/// The decimal digits of `n`, most significant first (`0` for zero).
fn digits(mut n: u128) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        out.push((n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    out
}

/// The decimal digits of `mantissa · 2^exponent`, which can exceed a
/// `u128` (up to about 1.8 · 10^308): base-10^9 limbs, doubled
/// `exponent` times in one pass per bit batch.
fn shifted_digits(mantissa: u128, exponent: u32) -> Vec<u8> {
    const BASE: u64 = 1_000_000_000;
    // Limbs of the number in base 10^9, least significant first.
    let mut limbs: Vec<u64> = Vec::new();
    let mut m = mantissa;
    while m > 0 {
        limbs.push((m % u128::from(BASE)) as u64);
        m /= u128::from(BASE);
    }
    let mut left = exponent;
    while left > 0 {
        // Shift by up to 32 bits at a time: a limb < 10^9 < 2^30, so
        // limb · 2^32 + carry stays below 2^64.
        let step = left.min(32);
        let mut carry = 0u64;
        for limb in &mut limbs {
            let v = (*limb << step) + carry;
            *limb = v % BASE;
            carry = v / BASE;
        }
        while carry > 0 {
            limbs.push(carry % BASE);
            carry /= BASE;
        }
        left -= step;
    }
    let mut out = Vec::new();
    for (i, limb) in limbs.iter().rev().enumerate() {
        let d = digits(u128::from(*limb));
        if i > 0 {
            out.extend(std::iter::repeat_n(0, 9 - d.len()));
        }
        out.extend(d);
    }
    out
}

fn push_digits(out: &mut String, digits: &[u8]) {
    out.extend(digits.iter().map(|d| char::from(b'0' + d)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_as_format_does() {
        for value in [
            0.0,
            -0.0,
            0.5,
            1.5,
            2.5,
            0.125,
            0.375,
            1.005,
            2.675,
            99.995,
            1e-7,
            123456.789,
            1e15,
            9007199254740993.0,
            1e21,
            1e300,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            -1.25,
            -0.004,
            1234.5678,
        ] {
            for decimals in 0..=MAX_DECIMALS {
                let expected = format!("{value:.*}", usize::from(decimals));
                assert_eq!(fixed(value, decimals), expected, "{value} to {decimals}");
            }
        }
        assert_eq!(fixed(f64::NAN, 2), "NaN");
        assert_eq!(fixed(f64::INFINITY, 2), "inf");
        assert_eq!(fixed(f64::NEG_INFINITY, 0), "-inf");
    }

    #[test]
    fn reads_what_people_type() {
        let read = |t| read_decimal(t, 6);
        assert_eq!(read("12"), Some(12.0));
        assert_eq!(read("-0.5"), Some(-0.5));
        assert_eq!(read(".25"), Some(0.25));
        assert_eq!(read("+3."), Some(3.0));
        assert_eq!(read("1e3"), Some(1000.0));
        assert_eq!(read("2.5E-2"), Some(0.025));
        assert_eq!(read("0.1234567"), Some(0.123457));
        assert_eq!(read("0.0000005"), Some(0.0)); // a tie, to even
        assert_eq!(read("0.0000015"), Some(0.000002));
        assert_eq!(read("1e10"), Some(1e10));
        assert_eq!(read("1e400"), Some(f64::INFINITY));
        for bad in [
            "",
            "-",
            ".",
            "e5",
            "1e",
            "1e+",
            "1.2.3",
            "1,5",
            "abc",
            "inf",
            "NaN",
            " 1",
            "1 ",
            "--1",
            "1e1234567",
        ] {
            assert_eq!(read(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn decimal_drops_trailing_zeros() {
        assert_eq!(decimal(2.5, 2), "2.5");
        assert_eq!(decimal(3.0, 2), "3");
        assert_eq!(decimal(0.1, 6), "0.1");
        assert_eq!(decimal(1200.0, 0), "1200");
        assert_eq!(decimal(0.0000004, 6), "0");
        assert_eq!(decimal(1e21, 3), "1000000000000000000000");
    }
}
