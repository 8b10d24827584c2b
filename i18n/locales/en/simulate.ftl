# The simulate view: incidents of a profile against plans, and the availability calculator.
simulate-title = Simulate incidents
simulate-lede = A plan's targets count the provider's working time; you live through calendar time. This runs many incidents through each plan's calendars and puts a price on the downtime.
simulate-waiting = Waiting to start…
simulate-progress = Simulating { $count } { $count ->
    [one] incident
   *[other] incidents
}… { $percent } %
simulate-cancel = Cancel
simulate-cancelled = Cancelled.
simulate-run-again = Run again
simulate-done = { $count } { $count ->
    [one] incident
   *[other] incidents
} ({ $months } { $months ->
    [one] month
   *[other] months
} of this profile) in { $seconds } s.

## The profile.
simulate-severity-rate = { $severity } incidents a month
simulate-severity-cost = { $severity } cost per hour of downtime
simulate-severity-work = { $severity } typical work in hours where the plan promises no resolution time
simulate-work-above-zero = Typical work must be above 0 hours
simulate-preset = Preset
simulate-preset-small-team = Small team
simulate-preset-ecommerce = E-commerce
simulate-preset-bank = Bank
simulate-arrival = Incidents arrive
simulate-arrival-uniform = at any hour alike
simulate-arrival-business = mostly in business hours
simulate-arrival-nights = mostly at night and weekends
simulate-arrival-grid = by a weekly pattern I set
simulate-incident-count = Incidents to simulate
simulate-col-severity = Severity
simulate-col-rate = Incidents a month
simulate-col-cost = Cost of an hour down
simulate-col-work = Typical work where no resolution time is promised (hours)
simulate-profile-note = Presets are illustrative figures, not measurements. Costs are in the price book's currency. Where a plan promises a resolution time, work is drawn so that its promised share (90 % where it states none) is resolved in time; where it promises none, the typical work above is your assumption. Plan prices come from the price book and sizes set in the Price view (example rates unless you chose your own).
simulate-grid-label = Weights per hour: one line per day, Monday first, 24 numbers each (higher is likelier)

## The results.
simulate-lowest-total = Lowest total cost: { $reason }.
simulate-results-label = Simulation results
simulate-col-plan = Plan
simulate-col-answered = Answered in time
simulate-col-resolved = Resolved in time
simulate-col-breaches = Breaches a month
simulate-col-downtime = Downtime per incident
simulate-col-downtime-unit = median · 9 in 10 · 99 in 100
simulate-col-hours-down = Incident-hours down a month
simulate-col-cost-month = Cost a month
simulate-col-cost-unit = price + downtime = total (95 % interval)
simulate-what-if-link = What if: critical, Friday 18:00
simulate-no-commitment = no commitment
simulate-percent = { $value } %
simulate-hours = { $hours } h
simulate-downtime-hours = { $median } h · { $p90 } h · { $p99 } h
simulate-example-price = example price
simulate-cost-parts = { $price } + { $downtime } downtime
simulate-interval = 95 %: { $low } – { $high }
simulate-no-price = no price
simulate-downtime-only = downtime { $downtime }
simulate-model-title = What the figures rest on
simulate-model-intro = The work on each incident is drawn at random, log-normal with spread σ = 1, placed on each plan's own promises:
simulate-cost-chart-title = Total cost a month
simulate-cost-chart-note = Price plus expected downtime cost; the whisker is the 95 % interval.
simulate-downtime-chart-title = Downtime per incident
simulate-downtime-chart-note = Share of incidents by calendar time from opening to resolution.
simulate-plan-cost = { $plan }: { $cost }
simulate-money-unit = money
simulate-cost-chart-label = Total cost a month, in { $unit }. { $summary }
simulate-cost-axis = Cost a month ({ $unit })
simulate-thousands = { $value }k
simulate-millions = { $value }M
simulate-legend-price = plan price
simulate-legend-downtime = expected downtime cost
simulate-histogram-label = Histogram of downtime per incident for each plan: share of incidents (percent) by calendar time from opening to resolution
simulate-share-axis = Share of incidents
simulate-bar-title = { $plan }: { $share } % of incidents down { $range }
simulate-bucket-hours = { $value }h
simulate-bucket-days = { $value }d
simulate-downtime-axis = Downtime per incident (calendar time: h hours, d days)

## The availability calculator.
simulate-availability-title = Availability calculator
simulate-sla = SLA (%)
simulate-month-is = A month is
simulate-month-gregorian = a twelfth of a year (30.436875 days)
simulate-month-30 = 30 days
simulate-per = Per
simulate-allowed-downtime = Allowed downtime
simulate-period-day = day
simulate-period-week = week
simulate-period-month = month
simulate-period-quarter = quarter
simulate-period-year = year
simulate-year-note = A year is 365.2425 days (the mean Gregorian year), a quarter three months, a week seven days.
simulate-downtime = Downtime
simulate-per-lower = per
simulate-availability-result = = { $percent } % availability

## Saved scenarios.
simulate-scenarios-title = Scenarios
simulate-scenario-name = Name
simulate-scenario-example = e.g. Black Friday load
simulate-save-scenario = Save this scenario
simulate-saving = Saving…
simulate-saved = Saved.
simulate-delete = Delete

## The engine's words about a simulation (engine/src/simulate, engine/src/availability.rs).
simulate-within-around-the-clock = { $length } (around the clock)
simulate-within-working-time = { $length } of working time
simulate-share-committed = the plan's commitment
simulate-share-assumed = the plan states no share: 90 % assumed
simulate-model-committed = { $severity }: { $share } % resolved within { $within } ({ $source }); the rest spread to about { $p99 } (1 in 100 takes longer).
simulate-model-uncommitted = { $severity }: no resolution commitment, so no breaches are counted. Work assumed to take typically { $median } around the clock (your assumption, set above); 1 in 10 over { $p90 }.
simulate-reason = { $plan }: price { $price } + expected downtime cost { $downtime } = { $total } a month
simulate-reason-next = { $reason }; { $next } costs { $gap } more{ $close ->
    [yes] , within the simulation's uncertainty: simulate more incidents to tell them apart
   *[no] {""}
}. { $decides ->
    [price] The price decides it
   *[downtime] Downtime decides it
}
simulate-warning-example-prices = This rests on example prices, not the providers' (none publishes its support rates): set your own price book in the Price view before deciding on it.
simulate-warning-assumed = { $plans } promises no resolution time for some incidents: its downtime there comes from the typical work time you assumed, not from a commitment.
simulate-two-plans = { $first } and { $second }
simulate-no-plans = choose at least one plan to simulate
simulate-incidents-out-of-range = { $count } incidents: choose from 1 to 10,000,000
simulate-never-supplies = the calendar never supplies the working time
simulate-bad-arrival-time = bad arrival time
simulate-grid-size = the arrival grid needs 7 × 24 = 168 weights, it has { $count }
simulate-grid-negative = arrival weights must be numbers of 0 or more
simulate-grid-zero = every arrival weight is 0: incidents could never arrive
simulate-field-out-of-range = { $severity } { $field ->
    [rate] incidents a month
    [cost] cost per hour
   *[work] typical work hours
}: { $value } must be a number from 0 to 1,000,000,000
simulate-work-not-positive = { $severity } typical work hours must be above 0
simulate-no-incidents = the profile has no incidents: give at least one severity incidents a month
availability-not-percentage = `{ $text }` is not a percentage; type a number from 0 to 100 such as 99.95
availability-too-many-decimals = `{ $text }` has more than six decimals
availability-above-100 = `{ $text }` is above 100 %
availability-downtime-out-of-range = a { $period } has { $length }; the downtime must be between 0 and that
availability-not-duration = `{ $text }` is not a duration; type e.g. 43 min 12 s, 1 h 30 min or 8.64 s
availability-too-large = the downtime `{ $text }` is too large; use at most 100 years (no period is longer than a year)
