// Generated from engine/data/ru-production-calendar.json by
// engine/tests/shipped_books.rs; do not edit. After changing that file:
//   SLACALC_REGENERATE=1 cargo test -p slacalc-engine --test shipped_books
//! The Russian production calendar as Rust values (see
//! `russian_production_calendar`).

use super::builtin::*;
use chrono::NaiveDate;

#[inline(never)]
fn s(text: &str) -> String {
    text.to_owned()
}

/// A date the calendar lists; engine/tests/shipped_books.rs holds every
/// one against the file.
#[inline(never)]
fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default()
}

/// The calendar as published.
pub(super) fn russian_production_calendar() -> ProductionCalendar {
ProductionCalendar {
name: s("Russian Federation production calendar (five-day week)"),
rules: s("Non-working public holidays are set by Article 112 of the Labour Code of the Russian Federation: 1–6 and 8 January (New Year holidays), 7 January, 23 February, 8 March, 1 May, 9 May, 12 June, 4 November. When a weekend coincides with a non-working holiday, the day off moves to the next working day, except for the January holidays; the government moves days off by a yearly decree. Each year below lists the decree's transfers and the resulting dates."),
years: vec![
ProductionYear {
year: 2025,
decree: s("Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»"),
transfers: vec![
Transfer {
from: d(2025, 1, 4),
to: d(2025, 5, 2),
},
Transfer {
from: d(2025, 1, 5),
to: d(2025, 12, 31),
},
Transfer {
from: d(2025, 2, 23),
to: d(2025, 5, 8),
},
Transfer {
from: d(2025, 3, 8),
to: d(2025, 6, 13),
},
Transfer {
from: d(2025, 11, 1),
to: d(2025, 11, 3),
},
],
holidays: vec![
d(2025, 1, 1),
d(2025, 1, 2),
d(2025, 1, 3),
d(2025, 1, 6),
d(2025, 1, 7),
d(2025, 1, 8),
d(2025, 5, 1),
d(2025, 5, 2),
d(2025, 5, 8),
d(2025, 5, 9),
d(2025, 6, 12),
d(2025, 6, 13),
d(2025, 11, 3),
d(2025, 11, 4),
d(2025, 12, 31),
],
extra_workdays: vec![
d(2025, 11, 1),
],
working_days: 247,
note: Some(s("Feb 23 (Sunday) and Mar 8 (Saturday) are moved by the decree itself rather than automatically.")),
},
ProductionYear {
year: 2026,
decree: s("Постановление Правительства РФ от 24.09.2025 «О переносе выходных дней в 2026 году»"),
transfers: vec![
Transfer {
from: d(2026, 1, 3),
to: d(2026, 1, 9),
},
Transfer {
from: d(2026, 1, 4),
to: d(2026, 12, 31),
},
],
holidays: vec![
d(2026, 1, 1),
d(2026, 1, 2),
d(2026, 1, 5),
d(2026, 1, 6),
d(2026, 1, 7),
d(2026, 1, 8),
d(2026, 1, 9),
d(2026, 2, 23),
d(2026, 3, 9),
d(2026, 5, 1),
d(2026, 5, 11),
d(2026, 6, 12),
d(2026, 11, 4),
d(2026, 12, 31),
],
extra_workdays: Vec::new(),
working_days: 247,
note: Some(s("Signed 24 September 2025 (government announcement of that day); the decree number was not verified here. Two automatic moves under art. 112: 8 March (Sunday) to 9 March, 9 May (Saturday) to 11 May.")),
},
ProductionYear {
year: 2027,
decree: s("Постановление Правительства РФ «О переносе выходных дней в 2027 году» (КонсультантПлюс, документ 544706)"),
transfers: vec![
Transfer {
from: d(2027, 1, 2),
to: d(2027, 11, 5),
},
Transfer {
from: d(2027, 1, 3),
to: d(2027, 12, 31),
},
Transfer {
from: d(2027, 2, 20),
to: d(2027, 2, 22),
},
],
holidays: vec![
d(2027, 1, 1),
d(2027, 1, 4),
d(2027, 1, 5),
d(2027, 1, 6),
d(2027, 1, 7),
d(2027, 1, 8),
d(2027, 2, 22),
d(2027, 2, 23),
d(2027, 3, 8),
d(2027, 5, 3),
d(2027, 5, 10),
d(2027, 6, 14),
d(2027, 11, 4),
d(2027, 11, 5),
d(2027, 12, 31),
],
extra_workdays: vec![
d(2027, 2, 20),
],
working_days: 247,
note: Some(s("The transfers are those of the consultant.ru document 544706 as carried by the python-holidays package 0.109; the decree's date and number were not verified here. Automatic moves under art. 112: 1 May (Saturday) to 3 May, 9 May (Sunday) to 10 May, 12 June (Saturday) to 14 June. The working-day count is derived from these dates.")),
},
],
}
}
