//! Wall-clock times of day and the intervals a schedule is made of.
//!
//! An interval is `[start, end)` in local wall-clock minutes. `24:00` is
//! allowed as an end. An end before the start runs overnight and belongs
//! to the day it starts on; `22:00–00:00` is the same as `22:00–24:00`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use slacalc_i18n::{msg, Text};

use crate::error::{Error, Result};

pub(crate) const MINUTES_PER_DAY: u16 = 24 * 60;

/// A time of day as minutes since midnight, `00:00` to `24:00`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WallTime(u16);

impl WallTime {
    /// `00:00`, the start of a day.
    pub const MIDNIGHT: WallTime = WallTime(0);
    /// `24:00`, the end of a day (only ever an interval's end).
    pub const END_OF_DAY: WallTime = WallTime(MINUTES_PER_DAY);

    /// `hour:minute`, with `24:00` as the only time past `23:59`.
    pub fn new(hour: u8, minute: u8) -> Result<Self> {
        let minutes = u16::from(hour) * 60 + u16::from(minute);
        if minute >= 60 || minutes > MINUTES_PER_DAY {
            return Err(Error::invalid(
                Text::new(msg::ERROR_WALL_TIME_OUT_OF_DAY)
                    .with("time", format!("{hour:02}:{minute:02}")),
            ));
        }
        Ok(Self(minutes))
    }

    /// Minutes since midnight.
    pub fn minutes(self) -> u16 {
        self.0
    }
}

impl FromStr for WallTime {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        let bad = || Error::invalid(Text::new(msg::ERROR_WALL_TIME_UNREADABLE).with("text", s));
        let (h, m) = s.split_once(':').ok_or_else(bad)?;
        if h.is_empty()
            || h.len() > 2
            || m.len() != 2
            || !(h.bytes().chain(m.bytes())).all(|b| b.is_ascii_digit())
        {
            return Err(bad());
        }
        Self::new(h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?)
    }
}

impl fmt::Display for WallTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

/// Working hours within one day: `[start, end)` in wall-clock time, running
/// past midnight when `end` is before `start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WallInterval {
    start: WallTime,
    end: WallTime,
}

impl WallInterval {
    /// The interval `[start, end)`; an end at or before the start runs
    /// overnight. Refuses empty intervals and a start at `24:00`.
    pub fn new(start: WallTime, end: WallTime) -> Result<Self> {
        if start == WallTime::END_OF_DAY {
            return Err(Error::invalid(Text::new(msg::ERROR_INTERVAL_STARTS_AT_END)));
        }
        if start == end || (end == WallTime::MIDNIGHT && start == WallTime::MIDNIGHT) {
            return Err(Error::invalid(
                Text::new(msg::ERROR_INTERVAL_EMPTY).with("interval", format!("{start}–{end}")),
            ));
        }
        // 22:00–00:00 ends at midnight: store it as 22:00–24:00.
        let end = if end == WallTime::MIDNIGHT {
            WallTime::END_OF_DAY
        } else {
            end
        };
        Ok(Self { start, end })
    }

    /// Parses `("10:00", "19:00")`.
    pub fn parse(start: &str, end: &str) -> Result<Self> {
        Self::new(start.parse()?, end.parse()?)
    }

    /// When the interval begins.
    pub fn start(self) -> WallTime {
        self.start
    }

    /// When it ends (not included); `24:00` for the end of the day.
    pub fn end(self) -> WallTime {
        self.end
    }

    /// True when the interval runs past midnight into the next day.
    pub fn is_overnight(self) -> bool {
        self.end < self.start
    }

    /// Start and end as minutes from the start of the day the interval
    /// belongs to; an overnight end is past 1440.
    pub(crate) fn span_minutes(self) -> (u32, u32) {
        let start = u32::from(self.start.0);
        let mut end = u32::from(self.end.0);
        if self.is_overnight() {
            end += u32::from(MINUTES_PER_DAY);
        }
        (start, end)
    }

    /// Wall-clock length in minutes (what the day has on a day without a
    /// clock change).
    pub fn wall_minutes(self) -> u32 {
        let (s, e) = self.span_minutes();
        e - s
    }
}

impl fmt::Display for WallInterval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}–{}", self.start, self.end)
    }
}

impl Serialize for WallInterval {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        [self.start.to_string(), self.end.to_string()].serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for WallInterval {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        let [start, end] = <[String; 2]>::deserialize(deserializer)?;
        Self::parse(&start, &end).map_err(serde::de::Error::custom)
    }
}

/// Checks that a day's intervals do not overlap and sorts them by start.
/// `previous_tail` is the after-midnight end (in minutes) of the previous
/// day's overnight interval, which this day's intervals must not reach into.
pub(crate) fn check_day(
    intervals: &mut [WallInterval],
    day: &Text,
    previous_tail: Option<(u32, &Text)>,
) -> Result<()> {
    let overlap = |first: &WallInterval, second: &WallInterval| {
        Error::invalid(
            Text::new(msg::ERROR_INTERVALS_OVERLAP)
                .with("day", day.clone())
                .with("first", first.to_string())
                .with("second", second.to_string()),
        )
    };
    // Intervals start at a whole minute before 24:00, so a day of more
    // intervals than minutes has two with the same start: refused here,
    // before the sort below, which is quadratic (a 1 MiB line of the
    // command-line tool holds some 58,000 intervals).
    let minutes = usize::from(MINUTES_PER_DAY);
    if intervals.len() > minutes {
        let mut first_at = vec![usize::MAX; minutes];
        for (i, interval) in intervals.iter().enumerate() {
            let slot = &mut first_at[usize::from(interval.start.0).min(minutes - 1)];
            if *slot != usize::MAX {
                return Err(overlap(&intervals[*slot], interval));
            }
            *slot = i;
        }
    }
    // At most a day's minutes: insertion sort, whose code is a fraction
    // of the standard library's sorts in the wasm.
    crate::order::sort_few_by_key(intervals, |i| i.start);
    for pair in intervals.windows(2) {
        let (_, end) = pair[0].span_minutes();
        if end > u32::from(pair[1].start.0) {
            return Err(overlap(&pair[0], &pair[1]));
        }
    }
    if let (Some((tail, previous_day)), Some(first)) = (previous_tail, intervals.first()) {
        if u32::from(first.start.0) < tail {
            return Err(Error::invalid(
                Text::new(msg::ERROR_INTERVAL_OVERLAPS_OVERNIGHT)
                    .with("day", day.clone())
                    .with("interval", first.to_string())
                    .with("previous", previous_day.clone())
                    .with("until", WallTime(tail as u16).to_string()),
            ));
        }
    }
    Ok(())
}

/// The after-midnight end, in minutes, of the day's overnight interval.
pub(crate) fn overnight_tail(intervals: &[WallInterval]) -> Option<u32> {
    intervals
        .iter()
        .filter(|i| i.is_overnight())
        .map(|i| u32::from(i.end.0))
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_times_including_end_of_day() {
        assert_eq!("09:30".parse::<WallTime>().unwrap().minutes(), 570);
        assert_eq!("9:30".parse::<WallTime>().unwrap().minutes(), 570);
        assert_eq!("24:00".parse::<WallTime>().unwrap(), WallTime::END_OF_DAY);
    }

    #[test]
    fn rejects_impossible_times_with_a_hint() {
        for bad in [
            "24:01", "25:00", "12:60", "noon", "12", "12:5", "-1:00", "", "1:2:3",
        ] {
            let err = bad.parse::<WallTime>().unwrap_err();
            assert!(err.to_string().contains("time of day"), "{bad}: {err}");
        }
    }

    #[test]
    fn overnight_interval_runs_past_midnight() {
        let night = WallInterval::parse("22:00", "06:00").unwrap();
        assert!(night.is_overnight());
        assert_eq!(night.span_minutes(), (1320, 1800));
        assert_eq!(night.wall_minutes(), 480);
    }

    #[test]
    fn ending_at_midnight_means_end_of_day() {
        let late = WallInterval::parse("22:00", "00:00").unwrap();
        assert!(!late.is_overnight());
        assert_eq!(late.end(), WallTime::END_OF_DAY);
        assert_eq!(late.wall_minutes(), 120);
    }

    #[test]
    fn empty_and_misplaced_intervals_are_errors() {
        assert!(WallInterval::parse("10:00", "10:00")
            .unwrap_err()
            .to_string()
            .contains("empty"));
        assert!(WallInterval::parse("00:00", "00:00").is_err());
        assert!(WallInterval::parse("24:00", "06:00")
            .unwrap_err()
            .to_string()
            .contains("24:00"));
    }

    #[test]
    fn overlaps_are_reported_with_both_intervals() {
        let mut day = [
            WallInterval::parse("13:00", "18:00").unwrap(),
            WallInterval::parse("09:00", "13:30").unwrap(),
        ];
        let err = check_day(&mut day, &Text::new(msg::ERROR_DAY_MON), None)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("09:00–13:30") && err.contains("13:00–18:00"),
            "{err}"
        );
    }

    #[test]
    fn touching_intervals_do_not_overlap() {
        let mut day = [
            WallInterval::parse("13:00", "18:00").unwrap(),
            WallInterval::parse("09:00", "13:00").unwrap(),
        ];
        check_day(&mut day, &Text::new(msg::ERROR_DAY_MON), None).unwrap();
        assert_eq!(day[0].start().to_string(), "09:00");
    }

    #[test]
    fn a_day_may_not_reach_into_the_previous_night() {
        let mut tue = [WallInterval::parse("05:00", "09:00").unwrap()];
        let (mon, tue_name) = (Text::new(msg::ERROR_DAY_MON), Text::new(msg::ERROR_DAY_TUE));
        let err = check_day(&mut tue, &tue_name, Some((360, &mon))).unwrap_err();
        assert!(err.to_string().contains("overnight hours of mon"), "{err}");
        // The reader's language names the day too, not only the frame.
        let russian = err
            .text()
            .render(slacalc_i18n::Lang::Ru, &slacalc_i18n::Plain);
        assert!(russian.starts_with("вт: интервал 05:00–09:00"), "{russian}");
        assert!(russian.contains("«пн»"), "{russian}");
    }
}
