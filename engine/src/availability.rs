//! Availability: an SLA percentage and the downtime it allows per day,
//! week, month, quarter and year, both ways, exactly. Percentages are
//! read as decimals (up to six places) and computed in integers of
//! milliseconds, so 99.99 % of a day is 8.64 s, not 8.639999.
//!
//! Period lengths: a day is 86,400 s, a week 7 days; a year is the mean
//! Gregorian year, 365.2425 days (31,556,952 s); a month is a twelfth of
//! it, 30.436875 days (2,629,746 s); a quarter is three months. (Some SLAs
//! count a 30-day month instead: [`MonthLength::Days30`].)

use slacalc_i18n::{msg, Text, Value};

use crate::error::{Error, Result};
pub use crate::words::duration_ms;

/// How long a month is taken to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthLength {
    /// A twelfth of the mean Gregorian year: 2,629,746 s.
    Gregorian,
    /// 30 days: 2,592,000 s.
    Days30,
}

/// A span of time an SLA's availability is measured over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// A day: 86,400 s.
    Day,
    /// A week: 7 days.
    Week,
    /// A month, as long as the [`MonthLength`] says.
    Month,
    /// A quarter: three months.
    Quarter,
    /// A year: twelve months.
    Year,
}

impl Period {
    /// Every period, shortest first, as the calculator lists them.
    pub const ALL: [Period; 5] = [
        Period::Day,
        Period::Week,
        Period::Month,
        Period::Quarter,
        Period::Year,
    ];

    /// The period's name in words: `"day"`, `"month"`, …
    pub fn name(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
            Period::Quarter => "quarter",
            Period::Year => "year",
        }
    }

    /// The period in words after "per" (`month`; `месяц`, `неделю`).
    pub fn label(self) -> Text {
        Text::new(match self {
            Period::Day => msg::SIMULATE_PERIOD_DAY,
            Period::Week => msg::SIMULATE_PERIOD_WEEK,
            Period::Month => msg::SIMULATE_PERIOD_MONTH,
            Period::Quarter => msg::SIMULATE_PERIOD_QUARTER,
            Period::Year => msg::SIMULATE_PERIOD_YEAR,
        })
    }

    /// The period in seconds.
    pub fn seconds(self, month: MonthLength) -> i128 {
        let month_seconds = match month {
            MonthLength::Gregorian => 2_629_746,
            MonthLength::Days30 => 2_592_000,
        };
        match self {
            Period::Day => 86_400,
            Period::Week => 604_800,
            Period::Month => month_seconds,
            Period::Quarter => 3 * month_seconds,
            Period::Year => 12 * month_seconds,
        }
    }
}

/// Percent in millionths of a percent: 99.95 % is 99_950_000.
const PERCENT_SCALE: i128 = 1_000_000;

/// An availability percentage, exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Availability(i128);

impl Availability {
    /// `"99.95"` or `"99.95%"` (or `"99,95"`, as Russian writes it); from
    /// 0 to 100 with at most six decimals.
    pub fn parse(text: &str) -> Result<Self> {
        let t = as_typed(text);
        let t = t.trim().trim_end_matches('%').trim();
        let bad = || Error::invalid(Text::new(msg::AVAILABILITY_NOT_PERCENTAGE).with("text", text));
        let (whole, fraction) = t.split_once('.').unwrap_or((t, ""));
        if whole.is_empty()
            || !whole.bytes().all(|b| b.is_ascii_digit())
            || !fraction.bytes().all(|b| b.is_ascii_digit())
            || whole.len() > 3
        {
            return Err(bad());
        }
        if fraction.len() > 6 {
            return Err(Error::invalid(
                Text::new(msg::AVAILABILITY_TOO_MANY_DECIMALS).with("text", text),
            ));
        }
        let value = whole.parse::<i128>().map_err(|_| bad())? * PERCENT_SCALE
            + format!("{fraction:0<6}")
                .parse::<i128>()
                .map_err(|_| bad())?;
        if value > 100 * PERCENT_SCALE {
            return Err(Error::invalid(
                Text::new(msg::AVAILABILITY_ABOVE_100).with("text", text),
            ));
        }
        Ok(Availability(value))
    }

    /// The downtime allowed in `period`, in milliseconds, rounded to the
    /// nearest (exact whenever it is a whole number of milliseconds).
    pub fn allowed_downtime_ms(self, period: Period, month: MonthLength) -> i128 {
        let down = 100 * PERCENT_SCALE - self.0;
        let numerator = period.seconds(month) * 1000 * down;
        let denominator = 100 * PERCENT_SCALE;
        (numerator + denominator / 2) / denominator
    }

    /// The availability that allows `downtime_ms` in `period`.
    pub fn from_downtime(downtime_ms: i128, period: Period, month: MonthLength) -> Result<Self> {
        let total = period.seconds(month) * 1000;
        if downtime_ms < 0 || downtime_ms > total {
            return Err(Error::invalid(
                Text::new(msg::AVAILABILITY_DOWNTIME_OUT_OF_RANGE)
                    .with("period", period.name())
                    .with("length", Value::Duration { ms: total }),
            ));
        }
        let down = (downtime_ms * 100 * PERCENT_SCALE + total / 2) / total;
        Ok(Availability(100 * PERCENT_SCALE - down))
    }

    /// The percentage as a number (`99.95`), the nearest `f64` to
    /// [`percent`](Self::percent)'s digits.
    pub fn percent_value(self) -> f64 {
        // Both exact below 2^53: the nearest f64 to the decimal.
        self.0 as f64 / PERCENT_SCALE as f64
    }

    /// `"99.95"`: no trailing zeros, up to six decimals.
    pub fn percent(self) -> String {
        let whole = self.0 / PERCENT_SCALE;
        let fraction = self.0 % PERCENT_SCALE;
        if fraction == 0 {
            whole.to_string()
        } else {
            format!("{whole}.{}", format!("{fraction:06}").trim_end_matches('0'))
        }
    }
}

/// The longest downtime [`parse_duration_ms`] accepts: a century of mean
/// Gregorian years. No period is longer than a year, so anything beyond
/// is a typing mistake.
pub const MAX_DOWNTIME_MS: i128 = 100 * 31_556_952_000;

/// Reads decimals as either language writes them: a comma between digits
/// is a decimal point (`8,64`), and a full stop after a letter ends an
/// abbreviation (`8 сек.`, `2 дн.`), not a number.
fn as_typed(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let digit = |i: Option<usize>| {
        i.and_then(|i| chars.get(i))
            .is_some_and(char::is_ascii_digit)
    };
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| match c {
            ',' if digit(i.checked_sub(1)) && digit(Some(i + 1)) => '.',
            '.' if i > 0 && chars[i - 1].is_alphabetic() => ' ',
            c => c,
        })
        .collect()
}

/// Parses a downtime typed as `"43 min 12 s"`, `"1h 30m"`, `"8.64 s"`,
/// `"90"` (minutes), or in Russian (`"43 мин 12 с"`, `"8,64 с"`,
/// `"1 ч 30 мин"`) into milliseconds; at most [`MAX_DOWNTIME_MS`].
pub fn parse_duration_ms(text: &str) -> Result<i128> {
    let bad = || Error::invalid(Text::new(msg::AVAILABILITY_NOT_DURATION).with("text", text));
    let too_large =
        || Error::invalid(Text::new(msg::AVAILABILITY_TOO_LARGE).with("text", text.trim()));
    let within_limit =
        |ms: Option<i128>| ms.filter(|ms| *ms <= MAX_DOWNTIME_MS).ok_or_else(too_large);
    let t = crate::words::lowercase(as_typed(text).trim());
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        // Plain minutes; digits only, so a failed parse is an overflow.
        let minutes = t.parse::<i128>().ok();
        return within_limit(minutes.and_then(|m| m.checked_mul(60_000)));
    }
    let mut total: i128 = 0;
    let mut number = String::new();
    let mut unit = String::new();
    let mut pairs = Vec::new();
    for c in t.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || c == '.' {
            if !unit.is_empty() {
                pairs.push((std::mem::take(&mut number), std::mem::take(&mut unit)));
            }
            number.push(c);
        } else if c.is_alphabetic() {
            unit.push(c);
        } else if !unit.is_empty() && !number.is_empty() {
            pairs.push((std::mem::take(&mut number), std::mem::take(&mut unit)));
        }
    }
    if pairs.is_empty() || !number.is_empty() {
        return Err(bad());
    }
    for (n, u) in pairs {
        let size: i128 = match u.as_str() {
            "d" | "day" | "days" | "д" | "дн" | "день" | "дня" | "дней" => 86_400_000,
            "h" | "hr" | "hour" | "hours" | "ч" | "час" | "часа" | "часов" => {
                3_600_000
            }
            "m" | "min" | "mins" | "minute" | "minutes" | "м" | "мин" | "минута" | "минуты"
            | "минут" | "минуту" => 60_000,
            "s" | "sec" | "secs" | "second" | "seconds" | "с" | "сек" | "секунда" | "секунды"
            | "секунд" | "секунду" => 1000,
            "ms" | "мс" => 1,
            _ => return Err(bad()),
        };
        let (whole, fraction) = n.split_once('.').unwrap_or((&n, ""));
        if whole.is_empty() && fraction.is_empty() || fraction.len() > 3 {
            return Err(bad());
        }
        // Digits only (see the loop above), so a failed parse is an overflow.
        let whole: i128 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| too_large())?
        };
        let fraction: i128 = format!("{fraction:0<3}").parse().map_err(|_| bad())?;
        let part = whole
            .checked_mul(size)
            .and_then(|w| w.checked_add(fraction * size / 1000));
        total = within_limit(part.and_then(|p| total.checked_add(p)))?;
    }
    Ok(total)
}
