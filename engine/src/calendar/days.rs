//! Day numbers: days since 1970-01-01, the unit every calendar table is
//! indexed by. Pure integer arithmetic (Howard Hinnant's civil-date
//! algorithms), so the hot paths never build a date object.

pub(crate) const SECS_PER_DAY: i64 = 86_400;

/// Day number of `year-month-day` in the proleptic Gregorian calendar.
pub(crate) fn from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The year that day number `day` falls in.
pub(crate) fn year_of(day: i64) -> i32 {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let year = yoe + era * 400 + i64::from(mp >= 10);
    year as i32
}

/// Monday = 0 … Sunday = 6.
pub(crate) fn weekday_index(day: i64) -> usize {
    // 1970-01-01 was a Thursday.
    (day + 3).rem_euclid(7) as usize
}

pub(crate) fn days_in_year(year: i32) -> i64 {
    from_civil(year + 1, 1, 1) - from_civil(year, 1, 1)
}

pub(crate) fn from_date(date: chrono::NaiveDate) -> i64 {
    use chrono::Datelike;
    from_civil(date.year(), date.month(), date.day())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Datelike, NaiveDate};

    #[test]
    fn agrees_with_chrono_across_centuries() {
        let mut date = NaiveDate::from_ymd_opt(1899, 12, 25).unwrap();
        while date.year() < 2401 {
            let day = from_date(date);
            assert_eq!(
                day,
                (date - NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()).num_days()
            );
            assert_eq!(year_of(day), date.year(), "{date}");
            assert_eq!(
                weekday_index(day),
                date.weekday().num_days_from_monday() as usize,
                "{date}"
            );
            date += chrono::Duration::days(3);
        }
        assert_eq!(days_in_year(2024), 366);
        assert_eq!(days_in_year(2100), 365);
    }
}
