//! Working-time arithmetic on a [`Calendar`]: is it open, when does it
//! next open or close, when are N working minutes done, how much working
//! time lies between two instants.
//!
//! Everything works on UTC seconds. A date's working pieces come from its
//! year table; whole dates are skipped with the table's prefix sums, so the
//! cost does not grow with the length of the target.

use std::ops::ControlFlow;

use chrono::{DateTime, Utc};
use slacalc_i18n::{msg, Text};

use super::days::{self, SECS_PER_DAY};
use super::{out_of_range, supported_years, Calendar, FIRST_YEAR, LAST_YEAR};
use crate::error::{Error, Result};

/// A stretch of real time, `[start, end)`: a span of working time, or a
/// pause drawn on a timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Where the stretch begins.
    pub start: DateTime<Utc>,
    /// Where it ends (not included).
    pub end: DateTime<Utc>,
}

/// Where a search for working time stopped.
enum Found {
    At(i64),
    /// The calendar has no more working time after this point.
    Never,
}

impl Calendar {
    /// True if `at` is working time.
    pub fn is_open(&self, at: DateTime<Utc>) -> Result<bool> {
        let t = self.check_instant(at)?;
        let day = self.local_day(t)?;
        let mut open = false;
        for d in [day - 1, day] {
            let _ = self.day_pieces(d, |from, to| {
                if from <= t && t < to {
                    open = true;
                    return ControlFlow::Break(());
                }
                ControlFlow::Continue(())
            })?;
        }
        Ok(open)
    }

    /// The instant by which `minutes` working minutes have passed since
    /// `start`; `None` if the calendar never supplies that many.
    ///
    /// A clock that starts outside working time starts at the next
    /// opening; a due time that lands on a closing time is that closing
    /// time. With `minutes == 0` the answer is `start` if it is working
    /// time, else the next opening.
    pub fn due(&self, start: DateTime<Utc>, minutes: u64) -> Result<Option<DateTime<Utc>>> {
        let seconds = i64::try_from(minutes)
            .ok()
            .and_then(|m| m.checked_mul(60))
            .ok_or_else(|| {
                Error::out_of_range(Text::new(msg::ERROR_TARGET_TOO_LONG).with("minutes", minutes))
            })?;
        self.due_after_seconds(start, seconds)
    }

    /// Like [`Calendar::due`], in working seconds.
    pub fn due_after_seconds(
        &self,
        start: DateTime<Utc>,
        seconds: i64,
    ) -> Result<Option<DateTime<Utc>>> {
        let t = self.check_instant(start)?;
        if seconds < 0 {
            return Err(Error::invalid(Text::new(msg::ERROR_TARGET_NEGATIVE)));
        }
        if seconds == 0 {
            return if self.is_open(start)? {
                Ok(Some(start))
            } else {
                self.next_opening(start)
            };
        }
        match self.find_due(t, seconds)? {
            Found::At(due) => Ok(Some(to_datetime(due)?)),
            Found::Never => Ok(None),
        }
    }

    /// Working seconds in `[from, to)`; negative when `to` is before `from`.
    pub fn working_seconds(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<i64> {
        if to < from {
            return Ok(-self.working_seconds(to, from)?);
        }
        let (year_a, at_a) = self.position(self.check_instant(from)?)?;
        let (year_b, at_b) = self.position(self.check_instant(to)?)?;
        let mut between = 0;
        for year in year_a..year_b {
            between += self.year_total(year)?;
        }
        Ok(at_b + between - at_a)
    }

    /// The next instant at or after `at` when work starts after a closed
    /// stretch; `None` if the calendar never opens again.
    pub fn next_opening(&self, at: DateTime<Utc>) -> Result<Option<DateTime<Utc>>> {
        let t = self.check_instant(at)?;
        // Pieces that touch are one stretch: a start equal to the previous
        // end is not an opening.
        let mut previous_end = i64::MIN;
        let found = self.walk_pieces(self.local_day(t)? - 1, |from, to| {
            if from >= t && from != previous_end {
                return ControlFlow::Break(from);
            }
            previous_end = to;
            ControlFlow::Continue(())
        })?;
        found.map(to_datetime).transpose()
    }

    /// The next instant after `at` when work stops; `None` if it never does.
    pub fn next_closing(&self, at: DateTime<Utc>) -> Result<Option<DateTime<Utc>>> {
        let t = self.check_instant(at)?;
        let mut stretch_end: Option<i64> = None;
        let found = self.walk_pieces(self.local_day(t)? - 1, |from, to| {
            match stretch_end {
                Some(end) if from == end => stretch_end = Some(to),
                Some(end) => return ControlFlow::Break(end),
                None if to > t => stretch_end = Some(to),
                None => {}
            }
            ControlFlow::Continue(())
        })?;
        found.map(to_datetime).transpose()
    }

    /// The stretches of working time within `[from, to)`, in order, touching
    /// pieces merged, at most `limit` of them (a timeline needs a picture,
    /// not every shift of a year).
    pub fn working_spans(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<Span>> {
        let mut spans = Vec::new();
        let mut at = from;
        while at < to && spans.len() < limit {
            if self.is_open(at)? {
                let end = self.next_closing(at)?.map_or(to, |c| c.min(to));
                spans.push(Span { start: at, end });
                at = end;
            } else {
                match self.next_opening(at)? {
                    Some(open) => at = open,
                    None => break,
                }
            }
        }
        Ok(spans)
    }

    fn check_instant(&self, at: DateTime<Utc>) -> Result<i64> {
        use chrono::Datelike;
        if !(FIRST_YEAR..=LAST_YEAR).contains(&at.year()) {
            return Err(Error::out_of_range(
                Text::new(msg::ERROR_INSTANT_OUTSIDE_YEARS)
                    .with("at", super::iso::instant_text(at))
                    .with("years", supported_years()),
            ));
        }
        Ok(at.timestamp())
    }

    /// The local date (day number) of UTC second `t`.
    fn local_day(&self, t: i64) -> Result<i64> {
        let table = self.table(days::year_of(t.div_euclid(SECS_PER_DAY)))?;
        Ok((t + i64::from(table.offset_at(t))).div_euclid(SECS_PER_DAY))
    }

    /// Calls `each` with the working pieces of local date `day`.
    fn day_pieces<R>(
        &self,
        day: i64,
        each: impl FnMut(i64, i64) -> ControlFlow<R>,
    ) -> Result<ControlFlow<R>> {
        let table = self.table(days::year_of(day))?;
        Ok(table.pieces(self, (day - table.first_day) as usize, each))
    }

    /// Working seconds from the start of a local year up to `t`: the year
    /// of the date before `t`'s, whose overnight hours may reach `t`.
    fn position(&self, t: i64) -> Result<(i32, i64)> {
        let day = self.local_day(t)?;
        let previous = day - 1;
        let year = days::year_of(previous);
        let table = self.table(year)?;
        let mut at = table.cum[(previous - table.first_day) as usize];
        for d in [previous, day] {
            let _ = self.day_pieces(d, |from, to| {
                if from >= t {
                    return ControlFlow::Break(());
                }
                at += to.min(t) - from;
                ControlFlow::Continue(())
            })?;
        }
        Ok((year, at))
    }

    fn find_due(&self, t: i64, mut need: i64) -> Result<Found> {
        let day = self.local_day(t)?;
        // The night before (its overnight hours) and the rest of today.
        for d in [day - 1, day] {
            let flow = self.day_pieces(d, |from, to| {
                if to <= t {
                    return ControlFlow::Continue(());
                }
                let from = from.max(t);
                if to - from >= need {
                    return ControlFlow::Break(from + need);
                }
                need -= to - from;
                ControlFlow::Continue(())
            })?;
            if let ControlFlow::Break(due) = flow {
                return Ok(Found::At(due));
            }
        }
        // Whole dates from tomorrow on, a year table at a time.
        let mut day = day + 1;
        loop {
            let year = days::year_of(day);
            if year > LAST_YEAR {
                return if self.weekly_empty {
                    Ok(Found::Never)
                } else {
                    Err(out_of_range(year))
                };
            }
            // A whole year that does not hold the rest is skipped by its
            // total, without keeping its table.
            let skip = if day == days::from_civil(year, 1, 1) {
                let total = self.year_total(year)?;
                (total < need).then_some(total)
            } else {
                let table = self.table(year)?;
                let available = table.total() - table.cum[(day - table.first_day) as usize];
                (available < need).then_some(available)
            };
            if let Some(available) = skip {
                need -= available;
                day = days::from_civil(year + 1, 1, 1);
                if self.weekly_empty {
                    // Only extra dates supply time: go straight to the next one.
                    match self
                        .extra_days
                        .get(self.extra_days.partition_point(|&d| d < day))
                    {
                        Some(&next) => day = days::from_civil(days::year_of(next), 1, 1),
                        None => return Ok(Found::Never),
                    }
                }
                continue;
            }
            let table = self.table(year)?;
            let index = (day - table.first_day) as usize;
            // The first date by whose end `need` is reached.
            let target = table.cum[index] + need;
            let last = index + table.cum[index + 1..].partition_point(|&c| c < target);
            let mut rest = target - table.cum[last];
            let flow = table.pieces(self, last, |from, to| {
                if to - from >= rest {
                    return ControlFlow::Break(from + rest);
                }
                rest -= to - from;
                ControlFlow::Continue(())
            });
            return match flow {
                ControlFlow::Break(due) => Ok(Found::At(due)),
                ControlFlow::Continue(()) => {
                    unreachable!("the prefix sums say date {last} holds the rest")
                }
            };
        }
    }

    /// Calls `each` with every working piece from local date `day` on, in
    /// order, skipping dates without hours, until it breaks. `None` when the
    /// calendar's time runs out (or it never changes again: open around the
    /// clock, or closed for good).
    fn walk_pieces<R>(
        &self,
        mut day: i64,
        mut each: impl FnMut(i64, i64) -> ControlFlow<R>,
    ) -> Result<Option<R>> {
        let last_special = self
            .holidays
            .last()
            .copied()
            .max(self.extra_days.last().copied())
            .unwrap_or(i64::MIN);
        loop {
            if day > last_special + 1 && (self.weekly_full || self.weekly_empty) {
                // From here on every date is alike: all open, or all closed.
                // One more week decides (an opening or closing found in it).
                let week_end = day + 8;
                while day < week_end {
                    if let ControlFlow::Break(found) = self.day_pieces(day, &mut each)? {
                        return Ok(Some(found));
                    }
                    day += 1;
                }
                return Ok(None);
            }
            let year = days::year_of(day);
            if year > LAST_YEAR {
                return Err(out_of_range(year));
            }
            if day == days::from_civil(year, 1, 1) && self.year_total(year)? == 0 {
                // A year without hours: on to the next, keeping no table.
                day = days::from_civil(year + 1, 1, 1);
                continue;
            }
            let table = self.table(year)?;
            let index = (day - table.first_day) as usize;
            if table.day_total(index) == 0 {
                // Skip to the next date with hours.
                let base = table.cum[index];
                let next = index + table.cum[index + 1..].partition_point(|&c| c == base);
                day = table.first_day + next as i64;
                continue;
            }
            if let ControlFlow::Break(found) = table.pieces(self, index, &mut each) {
                return Ok(Some(found));
            }
            day += 1;
        }
    }
}

fn to_datetime(t: i64) -> Result<DateTime<Utc>> {
    DateTime::from_timestamp(t, 0)
        .ok_or_else(|| Error::out_of_range(Text::new(msg::ERROR_ANSWER_UNREPRESENTABLE)))
}
