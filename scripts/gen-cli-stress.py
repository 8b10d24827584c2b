#!/usr/bin/env python3
"""Hostile inputs for the `slacalc` batch interface, for the time and
memory figures in docs/PERFORMANCE.md. Writes to stdout; deterministic.

  events N              one `deadlines` line with N pause/resume/severity events
  holidays N            one `due` line: N copies of a holiday, N of an extra day
  calendars N MINUTES   N `due` lines, each a distinct small calendar, MINUTES each
  big-calendars N BYTES N `due` lines, each a distinct calendar of about BYTES
  long-line BYTES       one `due` line of about BYTES (a long id)
  padded-calendars N BYTES  N `due` lines, each a distinct calendar with
                        10,000 holidays, padded to about BYTES with an
                        ignored field: the largest calendars within the limits
"""
import json, sys

WEEK = {d: [["10:00", "19:00"]] for d in ["mon", "tue", "wed", "thu", "fri"]}


def events(n):
    # Opened Monday 10:00 MSK; every 3 seconds: paused, resumed (a second
    # later), severity changed (high and critical in turn); the last event
    # changes to critical.
    out = []
    t0 = 1795417200  # 2026-11-23T10:00:00+03:00
    for i in range(n):
        at = t0 + i
        k = i % 3
        if i == n - 1:
            ev = {"kind": "severity_changed", "to": "critical"}
        elif k == 0:
            ev = {"kind": "paused"}
        elif k == 1:
            ev = {"kind": "resumed"}
        else:
            ev = {"kind": "severity_changed", "to": "high" if (i // 3) % 2 == 0 else "critical"}
        ev["at"] = f"@{at}"
        out.append(ev)
    line = json.dumps({"id": "events", "plan": "express-8x5", "severity": "critical",
                       "opened": "2026-11-23T10:00:00+03:00", "events": out}, separators=(",", ":"))
    # Instants as RFC 3339 in UTC.
    import datetime
    def stamp(m):
        s = int(m.group(1))
        return datetime.datetime.fromtimestamp(s, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    import re
    sys.stdout.write(re.sub(r"@(\d+)", stamp, line) + "\n")


def holidays(n):
    cal = {"tz": "Europe/Moscow", "week": WEEK, "holidays": ["2026-01-01"] * n,
           "extra_workdays": ["2026-01-03"] * n}
    sys.stdout.write(json.dumps({"id": "dup", "start": "2026-01-01T00:00:00Z", "calendar": cal,
                                 "minutes": 60}, separators=(",", ":")) + "\n")


def day(i):
    # A distinct date for each i, 2026-01-01 onward.
    import datetime
    return (datetime.date(2026, 1, 1) + datetime.timedelta(days=i)).isoformat()


def calendars(n, minutes):
    for i in range(n):
        cal = {"tz": "Europe/Moscow", "week": WEEK, "holidays": [day(i)]}
        sys.stdout.write(json.dumps({"id": i, "start": "2026-01-01T00:00:00Z", "calendar": cal,
                                     "minutes": minutes}, separators=(",", ":")) + "\n")


def big_calendars(n, size):
    per = size // 13
    dates = [day(j % 130_000) for j in range(per)]  # repeats: 2026–2381 only
    for i in range(n):
        # Distinct by the first holiday, a date in 2025.
        cal = {"tz": "UTC", "week": WEEK, "holidays": [day(-1 - i)] + dates[: per - 1]}
        sys.stdout.write(json.dumps({"id": i, "start": "2026-01-01T00:00:00Z", "calendar": cal,
                                     "minutes": 60}, separators=(",", ":")) + "\n")


def padded_calendars(n, size):
    dates = [day(j) for j in range(10_000)]
    for i in range(n):
        cal = {"tz": "UTC", "week": WEEK, "holidays": [day(-1 - i)] + dates[:9_999], "tags": ""}
        line = json.dumps({"id": i, "start": "2026-01-01T00:00:00Z", "calendar": cal,
                           "minutes": 60}, separators=(",", ":"))
        sys.stdout.write(line.replace('"tags":""', '"tags":"' + "x" * max(0, size - len(line)) + '"') + "\n")


def long_line(size):
    sys.stdout.write('{"id":"' + "x" * size + '","start":"2026-01-01T00:00:00Z","calendar":{"tz":"UTC"},"minutes":1}\n')


mode, args = sys.argv[1], [int(a) for a in sys.argv[2:]]
{"events": events, "holidays": holidays, "calendars": calendars,
 "big-calendars": big_calendars, "long-line": long_line,
 "padded-calendars": padded_calendars}[mode](*args)
