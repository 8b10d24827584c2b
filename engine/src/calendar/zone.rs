//! UTC offsets of a time zone over a short window, read once from the IANA
//! database (chrono-tz natively, the browser's `Intl` in wasm: [`Tz`]) so
//! the hot paths search a handful of transitions instead of the zone's
//! whole history.

use crate::tz::{Changes, Tz};

/// The offsets in force over a window of UTC seconds, as the zone's
/// [`Changes`] there, with what the year tables ask of them.
#[derive(Debug, Clone)]
pub(crate) struct Offsets(Changes);

impl Offsets {
    /// Reads the offsets of `tz` between the UTC seconds `from` and `to`.
    pub(crate) fn read(tz: Tz, from: i64, to: i64) -> Self {
        Offsets(Changes::probe(|t| tz.offset_at(t), from, to))
    }

    /// Bytes these offsets hold on the heap.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.0.heap_bytes()
    }

    /// The offset in force at UTC second `utc`.
    #[inline]
    pub(crate) fn at(&self, utc: i64) -> i32 {
        self.0.at(utc)
    }

    /// The single offset in force over `[from, to)`, or `None` when it
    /// changes inside.
    #[inline]
    pub(crate) fn constant_over(&self, from: i64, to: i64) -> Option<i32> {
        let inside = self.0.changes().iter().any(|&(at, _)| at > from && at < to);
        (!inside).then(|| self.at(from))
    }

    /// Calls `each(from, to, offset)` for every stretch of constant offset
    /// that overlaps `[from, to)`, in order.
    pub(crate) fn segments(&self, from: i64, to: i64, mut each: impl FnMut(i64, i64, i32)) {
        let mut start = from;
        let mut offset = self.at(from);
        for &(at, next) in self.0.changes() {
            if at <= from {
                continue;
            }
            if at >= to {
                break;
            }
            each(start, at, offset);
            (start, offset) = (at, next);
        }
        each(start, to, offset);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn utc(y: i32, m: u32, d: u32, h: u32) -> i64 {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, 0, 0)
            .unwrap()
            .and_utc()
            .timestamp()
    }

    #[test]
    fn finds_new_york_transitions_to_the_second() {
        let tz: Tz = "America/New_York".parse().unwrap();
        let offsets = Offsets::read(tz, utc(2026, 1, 1, 0), utc(2027, 1, 1, 0));
        // 2026-03-08 02:00 EST = 07:00 UTC; 2026-11-01 02:00 EDT = 06:00 UTC.
        assert_eq!(
            offsets.0.changes().to_vec(),
            vec![
                (utc(2026, 3, 8, 7), -4 * 3600),
                (utc(2026, 11, 1, 6), -5 * 3600)
            ]
        );
        assert_eq!(offsets.at(utc(2026, 3, 8, 7) - 1), -5 * 3600);
        assert_eq!(offsets.at(utc(2026, 3, 8, 7)), -4 * 3600);
    }

    #[test]
    fn moscow_has_no_transitions() {
        let tz: Tz = "Europe/Moscow".parse().unwrap();
        let offsets = Offsets::read(tz, utc(2025, 1, 1, 0), utc(2028, 1, 1, 0));
        assert!(offsets.0.changes().is_empty());
        assert_eq!(
            offsets.constant_over(utc(2026, 1, 1, 0), utc(2026, 2, 1, 0)),
            Some(3 * 3600)
        );
    }

    #[test]
    fn segments_split_at_each_transition() {
        let tz: Tz = "America/New_York".parse().unwrap();
        let offsets = Offsets::read(tz, utc(2026, 1, 1, 0), utc(2027, 1, 1, 0));
        let mut seen = Vec::new();
        offsets.segments(utc(2026, 3, 8, 0), utc(2026, 3, 9, 0), |a, b, o| {
            seen.push((a, b, o))
        });
        assert_eq!(
            seen,
            vec![
                (utc(2026, 3, 8, 0), utc(2026, 3, 8, 7), -5 * 3600),
                (utc(2026, 3, 8, 7), utc(2026, 3, 9, 0), -4 * 3600)
            ]
        );
    }
}
