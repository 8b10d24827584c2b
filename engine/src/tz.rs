//! The engine's time zone: an IANA zone by name, as a chrono [`TimeZone`].
//!
//! Natively a [`Tz`] is chrono-tz's (the whole IANA database compiled in:
//! the command-line tool takes any zone). In the browser the same database
//! is already there, in the browser's `Intl`: carrying chrono-tz's tables as
//! well cost 45 KB gzip in every view that computes with calendars. So on
//! wasm32 a `Tz` is a name from the picker's list ([`crate::zones`], and the
//! aliases browsers report), and its offsets come from the function the app
//! installs with [`set_offsets`]. Everything else is the same code: the
//! calendar reads offsets once per year table ([`crate::calendar`]), and
//! local wall-clock times are resolved by [`resolve_local`], which the
//! native tests check against chrono-tz's own answers.

use std::fmt;
use std::str::FromStr;

use chrono::{FixedOffset, MappedLocalTime, NaiveDate, NaiveDateTime, Offset, TimeZone};

/// An IANA time zone (`Europe/Moscow`), usable wherever chrono takes a
/// zone (`instant.with_timezone(&tz)`).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tz(Inner);

#[cfg(not(target_arch = "wasm32"))]
type Inner = chrono_tz::Tz;
#[cfg(target_arch = "wasm32")]
type Inner = &'static str;

impl Tz {
    /// Coordinated Universal Time.
    #[cfg(not(target_arch = "wasm32"))]
    pub const UTC: Tz = Tz(chrono_tz::Tz::UTC);
    /// Coordinated Universal Time.
    #[cfg(target_arch = "wasm32")]
    pub const UTC: Tz = Tz("UTC");

    /// The IANA name, as it was given (`Europe/Kiev` stays an alias).
    pub fn name(self) -> &'static str {
        #[cfg(not(target_arch = "wasm32"))]
        return self.0.name();
        #[cfg(target_arch = "wasm32")]
        return self.0;
    }

    /// The offset from UTC, in seconds east, at `utc` (seconds since 1970).
    pub fn offset_at(self, utc: i64) -> i32 {
        #[cfg(not(target_arch = "wasm32"))]
        {
            let at = chrono::DateTime::from_timestamp(utc, 0)
                .expect("callers keep instants within chrono's range");
            self.0
                .offset_from_utc_datetime(&at.naive_utc())
                .fix()
                .local_minus_utc()
        }
        #[cfg(target_arch = "wasm32")]
        {
            browser::offset_at(self.0, utc)
        }
    }
}

/// Natively every chrono-tz zone is a [`Tz`] (tests and the command-line
/// tool name zones either way).
#[cfg(not(target_arch = "wasm32"))]
impl From<chrono_tz::Tz> for Tz {
    fn from(tz: chrono_tz::Tz) -> Tz {
        Tz(tz)
    }
}

/// A name that is not a zone slacalc knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnknownZone;

impl FromStr for Tz {
    type Err = UnknownZone;

    fn from_str(name: &str) -> Result<Tz, UnknownZone> {
        #[cfg(not(target_arch = "wasm32"))]
        return name
            .parse::<chrono_tz::Tz>()
            .map(Tz)
            .map_err(|_| UnknownZone);
        #[cfg(target_arch = "wasm32")]
        return browser::known(name).map(Tz).ok_or(UnknownZone);
    }
}

impl fmt::Debug for Tz {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Display for Tz {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A zone's offset at some instant: the zone and the fixed offset.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct TzOffset {
    tz: Tz,
    fixed: FixedOffset,
}

impl TzOffset {
    fn new(tz: Tz, seconds: i32) -> Self {
        let fixed =
            FixedOffset::east_opt(seconds).unwrap_or_else(|| FixedOffset::east_opt(0).unwrap());
        TzOffset { tz, fixed }
    }
}

impl Offset for TzOffset {
    fn fix(&self) -> FixedOffset {
        self.fixed
    }
}

impl fmt::Debug for TzOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.tz, self.fixed)
    }
}

impl fmt::Display for TzOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.fixed, f)
    }
}

impl TimeZone for Tz {
    type Offset = TzOffset;

    fn from_offset(offset: &TzOffset) -> Tz {
        offset.tz
    }

    fn offset_from_local_date(&self, local: &NaiveDate) -> MappedLocalTime<TzOffset> {
        self.offset_from_local_datetime(&local.and_time(chrono::NaiveTime::MIN))
    }

    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> MappedLocalTime<TzOffset> {
        let tz = *self;
        resolve_local(|utc| tz.offset_at(utc), local.and_utc().timestamp())
            .map(|seconds| TzOffset::new(tz, seconds))
    }

    fn offset_from_utc_date(&self, utc: &NaiveDate) -> TzOffset {
        self.offset_from_utc_datetime(&utc.and_time(chrono::NaiveTime::MIN))
    }

    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> TzOffset {
        TzOffset::new(*self, self.offset_at(utc.and_utc().timestamp()))
    }
}

/// The offsets under which a wall-clock reading (`local`, seconds as if the
/// zone were UTC) occurs, given the zone's offset at each real instant:
/// one, two where the clocks repeat an hour (the earlier instant first, as
/// chrono orders them), none where they skip it. Assumes, as every zone
/// does, that a zone's offset changes at most once within a day either side.
pub fn resolve_local(offset_at: impl Fn(i64) -> i32, local: i64) -> MappedLocalTime<i32> {
    const DAY: i64 = 86_400;
    let before = offset_at(local - DAY);
    let after = offset_at(local + DAY);
    // An offset is right when the real instant it gives has that offset.
    let fits = |offset: i32| offset_at(local - i64::from(offset)) == offset;
    // The larger offset gives the earlier instant.
    let (first, second) = if before >= after {
        (before, after)
    } else {
        (after, before)
    };
    match (fits(first), first != second && fits(second)) {
        (true, true) => MappedLocalTime::Ambiguous(first, second),
        (true, false) => MappedLocalTime::Single(first),
        (false, true) => MappedLocalTime::Single(second),
        (false, false) => MappedLocalTime::None,
    }
}

/// Reads the offset `Intl` writes after `GMT` (`+05:45`, `-03:30`, `+02:30:17`,
/// or nothing for UTC) as seconds east of UTC; `None` when it is not one.
pub fn parse_gmt_offset(text: &str) -> Option<i32> {
    let text = text.trim();
    if text.is_empty() {
        return Some(0);
    }
    let (sign, rest) = match text.as_bytes()[0] {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        // U+2212 MINUS SIGN, which some locales write.
        _ => (-1, text.strip_prefix('\u{2212}')?),
    };
    let mut seconds = 0;
    let mut parts = 0;
    for (part, unit) in rest.split(':').zip([3600, 60, 1]) {
        if part.is_empty() || part.len() > 2 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        seconds += part.parse::<i32>().ok()? * unit;
        parts += 1;
    }
    (parts == rest.split(':').count()).then_some(sign * seconds)
}

/// Installs the function that gives, in the browser, a zone's offset in
/// seconds east of UTC at an instant in seconds since 1970 (the app's is
/// `Intl`'s). Needed once, before any calendar is used; a second call is
/// ignored. Native builds read chrono-tz and ignore this.
pub fn set_offsets(offsets: fn(&str, i64) -> i32) {
    #[cfg(target_arch = "wasm32")]
    let _ = browser::OFFSETS.set(offsets);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = offsets;
}

/// How far apart a zone's offset changes are at least: no zone has changed
/// its offset twice within a week (`engine/tests/tz.rs` checks every listed
/// zone from 1901 on), so probing weekly finds every change.
pub const PROBE_STEP: i64 = 7 * 86_400;

/// A zone's offset changes over one span of time, found by asking
/// `offset_at` once a [`PROBE_STEP`] and then to the second around each
/// change: what the browser keeps per zone and year, since each question
/// there is a call into `Intl` (53 weekly probes a year and about 20 per
/// change, instead of one per instant the engine looks at).
#[derive(Debug, Clone, PartialEq)]
pub struct Changes {
    initial: i32,
    /// (first UTC second of the new offset, offset)
    changes: Vec<(i64, i32)>,
}

impl Changes {
    /// The changes between the UTC seconds `from` and `to`.
    pub fn probe(offset_at: impl Fn(i64) -> i32, from: i64, to: i64) -> Changes {
        let initial = offset_at(from);
        let mut changes = Vec::new();
        let (mut lo, mut lo_offset) = (from, initial);
        while lo < to {
            let hi = (lo + PROBE_STEP).min(to);
            let hi_offset = offset_at(hi);
            if hi_offset != lo_offset {
                let (mut a, mut b) = (lo, hi);
                while b - a > 1 {
                    let mid = a + (b - a) / 2;
                    if offset_at(mid) == lo_offset {
                        a = mid;
                    } else {
                        b = mid;
                    }
                }
                changes.push((b, hi_offset));
            }
            (lo, lo_offset) = (hi, hi_offset);
        }
        Changes { initial, changes }
    }

    /// The changes in order: (first UTC second of the new offset, offset).
    pub(crate) fn changes(&self) -> &[(i64, i32)] {
        &self.changes
    }

    /// Bytes these changes hold on the heap.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.changes.capacity() * std::mem::size_of::<(i64, i32)>()
    }

    /// The offset at `utc` (inside the span probed).
    pub fn at(&self, utc: i64) -> i32 {
        match self.changes.partition_point(|&(at, _)| at <= utc) {
            0 => self.initial,
            n => self.changes[n - 1].1,
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::sync::OnceLock;

    use super::Changes;
    use crate::zones::{ALIASES, ZONES};

    pub(super) static OFFSETS: OnceLock<fn(&str, i64) -> i32> = OnceLock::new();

    /// Seconds in a span the browser probes at once (about a year).
    const SPAN: i64 = 366 * 86_400;

    thread_local! {
        static KNOWN: RefCell<HashMap<(&'static str, i64), Changes>> = RefCell::new(HashMap::new());
    }

    /// The zone's offset from the installed function, probed a year at a
    /// time; UTC's without one (no calendar is shown before the app has
    /// installed it).
    pub(super) fn offset_at(name: &'static str, utc: i64) -> i32 {
        let offsets = match (name, OFFSETS.get()) {
            ("UTC" | "Etc/UTC", _) | (_, None) => return 0,
            (_, Some(offsets)) => *offsets,
        };
        let span = utc.div_euclid(SPAN);
        if let Some(offset) = KNOWN.with(|k| k.borrow().get(&(name, span)).map(|c| c.at(utc))) {
            return offset;
        }
        let changes = Changes::probe(|t| offsets(name, t), span * SPAN, (span + 1) * SPAN);
        let offset = changes.at(utc);
        KNOWN.with(|k| k.borrow_mut().insert((name, span), changes));
        offset
    }

    /// `name` as a zone of the picker's list or one of its aliases.
    pub(super) fn known(name: &str) -> Option<&'static str> {
        ZONES
            .iter()
            .map(|z| z.iana)
            .chain(ALIASES.iter().map(|(alias, _)| *alias))
            .find(|known| *known == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_is_utc_and_names_round_trip() {
        assert_eq!(Tz::UTC.name(), "UTC");
        assert_eq!(Tz::UTC.offset_at(1_800_000_000), 0);
        let kolkata: Tz = "Asia/Kolkata".parse().unwrap();
        assert_eq!(kolkata.name(), "Asia/Kolkata");
        assert_eq!(kolkata.to_string(), "Asia/Kolkata");
        assert_eq!(kolkata.offset_at(1_800_000_000), 19_800);
        assert_eq!("+03:00".parse::<Tz>(), Err(UnknownZone));
    }

    #[test]
    fn gmt_offsets_as_intl_writes_them() {
        assert_eq!(parse_gmt_offset(""), Some(0));
        assert_eq!(parse_gmt_offset("+03:00"), Some(3 * 3600));
        assert_eq!(parse_gmt_offset("+05:45"), Some(5 * 3600 + 45 * 60));
        assert_eq!(parse_gmt_offset("-03:30"), Some(-(3 * 3600 + 30 * 60)));
        assert_eq!(parse_gmt_offset("\u{2212}08:00"), Some(-8 * 3600));
        assert_eq!(parse_gmt_offset("+02:30:17"), Some(2 * 3600 + 30 * 60 + 17));
        assert_eq!(parse_gmt_offset("+5"), Some(5 * 3600));
        for bad in ["03:00", "+", "+03:", "+0300x", "+03:00:00:00", "+123"] {
            assert_eq!(parse_gmt_offset(bad), None, "{bad}");
        }
    }
}
