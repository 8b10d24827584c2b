#!/usr/bin/env python3
"""Writes N lines of `slacalc due` input to stdout, for throughput and
memory measurements: four calendars (Moscow office hours with holidays,
New York with a night shift, Sydney 24/7, Kathmandu split shifts), starts
spread over 2026, targets from 0 to 2000 working hours. Deterministic."""
import json, random, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
rng = random.Random(42)
day = [["10:00", "19:00"]]
calendars = [
    {"tz": "Europe/Moscow", "week": {d: day for d in ["mon", "tue", "wed", "thu", "fri"]},
     "holidays": ["2026-01-01", "2026-01-02", "2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09",
                  "2026-02-23", "2026-03-09", "2026-05-01", "2026-05-11", "2026-06-12", "2026-11-04", "2026-12-31"]},
    {"tz": "America/New_York", "week": {d: [["22:00", "06:00"]] for d in ["mon", "tue", "wed", "thu", "fri"]}},
    {"tz": "Australia/Sydney", "week": {d: [["00:00", "24:00"]] for d in ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]}},
    {"tz": "Asia/Kathmandu", "week": {d: [["09:00", "13:00"], ["14:00", "18:00"]] for d in ["sun", "mon", "tue", "wed", "thu"]}},
]
encoded = [json.dumps(c, separators=(",", ":")) for c in calendars]
out = sys.stdout
for i in range(n):
    day_of_year = rng.randrange(365)
    minute = rng.randrange(24 * 60)
    start = f"2026-{1 + day_of_year // 31 % 12:02d}-{1 + day_of_year % 28:02d}T{minute // 60:02d}:{minute % 60:02d}:00Z"
    minutes = rng.choice([0, 15, 60, 240, 960, 2400, 120000, rng.randrange(5000)])
    out.write(f'{{"id":{i},"start":"{start}","calendar":{encoded[i % 4]},"minutes":{minutes}}}\n')
