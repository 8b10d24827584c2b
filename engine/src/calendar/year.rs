//! One local year of a calendar, precomputed: which hours each date has,
//! the UTC offsets around it, and prefix sums of working seconds per date,
//! so that long targets cost a binary search, not a walk.

use std::ops::ControlFlow;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::days::{self, SECS_PER_DAY};
use super::zone::Offsets;
use super::{naive_day_start, Calendar};

/// Marks a date whose hours cross a UTC offset change.
const OFFSET_VARIES: i32 = i32::MIN;
/// How far wall-clock hours can sit from UTC, with margin (offsets run
/// from −12 h to +14 h).
const MAX_OFFSET: i64 = 15 * 3600;

/// Bytes held by the year tables a calendar has built (a counter that
/// clones with its calendar).
#[derive(Debug, Default)]
pub(crate) struct TableBytes(AtomicUsize);

impl TableBytes {
    pub(crate) fn add(&self, bytes: usize) {
        self.0.fetch_add(bytes, Ordering::Relaxed);
    }

    pub(crate) fn get(&self) -> usize {
        self.0.load(Ordering::Relaxed)
    }
}

impl Clone for TableBytes {
    fn clone(&self) -> Self {
        Self(AtomicUsize::new(self.get()))
    }
}

#[derive(Debug, Clone)]
pub(crate) struct YearTable {
    /// Day number of 1 January.
    pub(crate) first_day: i64,
    offsets: Offsets,
    /// Per date: index into `Calendar::sets`.
    set: Box<[u8]>,
    /// Per date: the UTC offset over all its hours, or `OFFSET_VARIES`.
    offset: Box<[i32]>,
    /// `cum[i]`: working seconds of the dates before date `i`; one longer
    /// than the year, so the last entry is the year's total.
    pub(crate) cum: Box<[i64]>,
}

impl YearTable {
    pub(crate) fn build(calendar: &Calendar, year: i32) -> Self {
        let first_day = days::from_civil(year, 1, 1);
        let len = days::days_in_year(year);
        // Wide enough for the overnight hours of 31 December and any offset.
        let offsets = Offsets::read(
            calendar.tz,
            naive_day_start(first_day) - 3 * SECS_PER_DAY,
            naive_day_start(first_day + len) + 3 * SECS_PER_DAY,
        );
        let mut set = Vec::with_capacity(len as usize);
        let mut offset = Vec::with_capacity(len as usize);
        for day in first_day..first_day + len {
            set.push(calendar.set_of(day));
            let start = naive_day_start(day);
            offset.push(
                offsets
                    .constant_over(start - MAX_OFFSET, start + 2 * SECS_PER_DAY + MAX_OFFSET)
                    .unwrap_or(OFFSET_VARIES),
            );
        }
        let mut table = Self {
            first_day,
            offsets,
            set: set.into_boxed_slice(),
            offset: offset.into_boxed_slice(),
            cum: Box::new([]),
        };
        let mut cum = Vec::with_capacity(len as usize + 1);
        let mut total = 0;
        cum.push(0);
        for index in 0..len as usize {
            let _ = table.pieces(calendar, index, |from, to| {
                total += to - from;
                ControlFlow::<()>::Continue(())
            });
            cum.push(total);
        }
        table.cum = cum.into_boxed_slice();
        table
    }

    /// Bytes this table holds on the heap.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.set.len()
            + self.offset.len() * std::mem::size_of::<i32>()
            + self.cum.len() * std::mem::size_of::<i64>()
            + self.offsets.heap_bytes()
    }

    pub(crate) fn len(&self) -> usize {
        self.set.len()
    }

    pub(crate) fn total(&self) -> i64 {
        self.cum[self.len()]
    }

    /// Working seconds of date `index`.
    pub(crate) fn day_total(&self, index: usize) -> i64 {
        self.cum[index + 1] - self.cum[index]
    }

    /// The UTC offset at UTC second `utc`, for instants near this year.
    pub(crate) fn offset_at(&self, utc: i64) -> i32 {
        self.offsets.at(utc)
    }

    /// Calls `each(from, to)` with the working pieces of date `index` in
    /// real time (UTC seconds, `[from, to)`), in order. A wall interval
    /// that crosses an offset change becomes the real instants whose local
    /// reading lies inside it: shorter across a skipped hour, longer (or
    /// two pieces) across a repeated one.
    #[inline]
    pub(crate) fn pieces<R>(
        &self,
        calendar: &Calendar,
        index: usize,
        mut each: impl FnMut(i64, i64) -> ControlFlow<R>,
    ) -> ControlFlow<R> {
        let intervals = &calendar.sets[usize::from(self.set[index])];
        if intervals.is_empty() {
            return ControlFlow::Continue(());
        }
        let base = naive_day_start(self.first_day + index as i64);
        let offset = self.offset[index];
        if offset != OFFSET_VARIES {
            let offset = i64::from(offset);
            for interval in intervals.iter() {
                let (start, end) = interval.span_minutes();
                each(
                    base + i64::from(start) * 60 - offset,
                    base + i64::from(end) * 60 - offset,
                )?;
            }
            return ControlFlow::Continue(());
        }
        // Rare path: the date's hours cross an offset change. In a repeated
        // hour the pieces of different intervals interleave, so sort them.
        let mut real = Vec::with_capacity(intervals.len() + 2);
        for interval in intervals.iter() {
            let (start, end) = interval.span_minutes();
            let (wall_from, wall_to) = (base + i64::from(start) * 60, base + i64::from(end) * 60);
            self.offsets.segments(
                wall_from - MAX_OFFSET,
                wall_to + MAX_OFFSET,
                |seg_from, seg_to, offset| {
                    let offset = i64::from(offset);
                    let (from, to) = (
                        (wall_from - offset).max(seg_from),
                        (wall_to - offset).min(seg_to),
                    );
                    if from < to {
                        real.push((from, to));
                    }
                },
            );
        }
        // A date's pieces: its intervals, split at most at a few offset
        // changes.
        crate::order::sort_few_by_key(&mut real, |&piece| piece);
        let mut pending: Option<(i64, i64)> = None;
        for (from, to) in real {
            // Join pieces that meet at an offset change: one stretch of work.
            pending = match pending {
                Some((a, b)) if b == from => Some((a, to)),
                Some((a, b)) => {
                    each(a, b)?;
                    Some((from, to))
                }
                None => Some((from, to)),
            };
        }
        if let Some((a, b)) = pending {
            each(a, b)?;
        }
        ControlFlow::Continue(())
    }
}
