# The engine's errors: calendars, times and zones, the catalog, links that
# carry a package or a quote. They often follow a colon ("calendar x: …"),
# so they start in lower case.

## Targets and the years the engine computes.
error-target-too-long = { $minutes } minutes is too long a target
error-target-negative = a target cannot be negative
error-instant-outside-years = { $at } is outside the years slacalc computes ({ $years })
error-answer-outside-years = the answer falls in { $year }, outside the years slacalc computes ({ $years })
error-answer-unrepresentable = the answer lies outside the representable dates

## Calendars: zones, dates, times, working hours.
error-zone-missing = the calendar has no time zone; give an IANA name such as Europe/Moscow
error-zone-unknown = unknown time zone `{ $name }`. Use an IANA name such as Europe/Moscow or America/New_York
error-zone-fixed-offset = unknown time zone `{ $name }`. Fixed offsets are not time zones: name the place, e.g. Europe/Moscow for UTC+3
error-date-unreadable = `{ $text }` is not a date; use YYYY-MM-DD, e.g. 2026-11-20
error-time-unreadable = `{ $text }` is not a time; use HH:MM, e.g. 18:00
error-date-missing = The date is empty; choose one.
error-time-missing = The time is empty; choose one.
error-time-skipped = { $date } { $time } does not exist in { $zone }: the clocks skip it when daylight saving starts; choose a time an hour later
error-holiday-outside-years = the holiday { $date } is outside the years slacalc computes ({ $years })
error-extra-day-outside-years = the extra working day { $date } is outside the years slacalc computes ({ $years })
error-holiday-and-extra-day = { $date } is both a holiday and an extra working day; keep it in one list
error-wall-time-out-of-day = { $time } is not a time of day; use 00:00 to 23:59, or 24:00 as an end
error-wall-time-unreadable = `{ $text }` is not a time of day; write it as HH:MM, e.g. 09:30
error-interval-starts-at-end = an interval cannot start at 24:00; start it at 00:00 of the next day
error-interval-empty = the interval { $interval } is empty; give it a different start and end (00:00–24:00 for a whole day)
error-intervals-overlap = { $day }: the intervals { $first } and { $second } overlap; merge them or move one
error-interval-overlaps-overnight = { $day }: the interval { $interval } overlaps the overnight hours of { $previous }, which run until { $until }
# The days the two messages above name.
error-day-mon = mon
error-day-tue = tue
error-day-wed = wed
error-day-thu = thu
error-day-fri = fri
error-day-sat = sat
error-day-sun = sun
error-day-extra-hours = extra working day hours
error-day-date = { $date }
error-day-extra = extra working day { $date }

## The catalog (a broken build, or a provider file being written).
error-catalog-file = catalog file { $name }: { $detail }
error-in-calendar = calendar { $id }
error-calendar-id-twice = calendar id { $id } is used twice
error-plan-id-twice = plan id { $id } is used twice
error-plan-severity-missing = plan { $id } says nothing about { $severity }
error-plan-unknown-calendar = plan { $id }: unknown calendar { $calendar }
error-plan-unknown-document = plan { $id }: unknown document { $document }
error-in-package = package `{ $name }`

## Links that carry a package or a quote.
error-link-package = package link
error-link-quote = quote link
error-link-damaged = the { $what } is damaged (cut off or edited); ask for the link again
error-link-damaged-detail = the { $what } is damaged (cut off or edited; { $detail }); ask for the link again
error-link-newer = the { $what } was made by a newer slacalc (format { $version }); reload to get it

## The app: the shipped catalog, downloads, files chosen for import.
app-error-catalog = The plan catalog could not be read: { $reason }. Reload the page; if it persists, this build is broken.
app-error-download-refused = The browser did not allow the download; allow downloads for this site and try again.
app-error-file-unreadable = The file could not be read. Nothing was changed.
app-error-import-refused = This file cannot be imported: { $reason }. Nothing was changed.
app-error-not-imported = Nothing was imported: { $reason }. Try again.
app-error-view-not-loaded = This page could not be downloaded (the connection dropped, or slacalc was just updated). Check the connection and reload the page.
app-error-part-not-loaded = The part of slacalc that reads and saves files could not be downloaded (the connection dropped, or slacalc was just updated). Nothing was changed; check the connection and try again.
