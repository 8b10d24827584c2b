# The compare view: plans side by side, the requirements panel and its
# ranking, and the words the comparison engine writes into the table.

## The view
compare-title = Compare plans
compare-embed-title = slacalc: compare support plans
compare-needs = What you need
compare-needs-critical = Critical incidents answered at any hour, nights and weekends included, within
compare-no-requirement = no requirement
# Choices of the "within" list above.
compare-choice-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
compare-choice-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
compare-needs-phone = Phone support
compare-needs-engineer = A dedicated engineer or account manager
compare-needs-onsite = On-site visits

## The ranking against the requirements
compare-ranking-title = Plans against your requirements
compare-meets-all = Meets all
compare-misses = Misses { $count }
# A mark beside a price from example rates.
compare-example-mark = example
compare-no-price = No price in the chosen price book
# Read by screen readers before a requirement.
compare-met = Met:
compare-not-met = Not met:
# "Prices: see [Price] to set your size or use your own price book."
compare-prices-before = Prices: see
compare-prices-link = Price
compare-prices-after = to set your size or use your own price book.

## The table
compare-choose-plan = Choose at least one plan above.
compare-show-sources = Show every value's source
compare-hide-sources = Hide sources
compare-or-hover = Or point at or tap a dotted value.
compare-table-label = Plan comparison
compare-plan-column = Plan
# The mark of a row's best value, and the legend that explains it.
compare-best = Best
compare-legend-best = marks the best value of a row where the plans differ; a price from example rates is never marked.
compare-legend-targets = Targets are ranked by their longest wait in an ordinary week, since a working-hours target waits through nights and weekends.

## Groups and rows of the table
compare-group-price = Price
compare-group-first-response = First response
compare-group-resolution = Resolution
compare-group-severity-levels = Severity levels
compare-group-coverage = Coverage and channels
compare-group-services = Services
compare-group-rules = Rules and restrictions
# A row per severity; $level is the engine's name for it.
compare-severity = { $level ->
    [critical] Critical
    [high] High
    [medium] Medium
   *[low] Low
}
compare-row-monthly = Monthly
compare-row-annual = Annual
compare-row-share = Share of requests the targets promise
compare-row-coverage = When work is done
compare-row-channels = Channels
compare-row-phone = Phone
compare-row-staff = Who handles requests
compare-row-rules = Rules

## Cells
# Words from the catalog (a name, a note), shown as the catalog has them or translated.
compare-not-stated = Not stated
compare-not-mentioned = Not mentioned
compare-none-stated = None stated
# A severity level the provider does not have.
compare-no-level = —
compare-yes = Yes
compare-no = No
compare-percent = { $percent } %
compare-no-commitment = No commitment
# A target: "1 h, working hours".
compare-target = { $length }, { $hours }
compare-hours-around-the-clock = 24/7
compare-hours-working = working hours
compare-hours-own = own hours
compare-longest-wait = Longest wait: { $wait }
# When work is done: "Requests: working days 10:00–19:00".
compare-coverage-line = { $activity }: { $calendar }
# A channel and its hours: "Phone (24/7)".
compare-channel-hours = { $channel } ({ $hours })
compare-included = Included
compare-optional = Optional, paid
compare-not-offered = Not offered
# A service with how much of it: "Included (120 h a year)".
compare-service-quantity = { $inclusion } ({ $quantity })
compare-hours-a-year = { $count } h a year
compare-at-most-per-quarter = up to { $count } a quarter
# Lists of names: "A, B and C".
compare-list-and = { $rest } and { $last }
compare-list-comma = { $first }, { $rest }
compare-headline = Fastest first response to a critical incident at any hour, nights and weekends included: { $plans }, within { $wait }.

## The longest wait
compare-wait-at-any-hour = { $wait } at any hour
compare-wait-from-to = { $wait } (opened { $opened }, due { $due }; time zone { $zone })

## Prices
compare-free = Free
compare-amount = { $amount }
compare-amount-example = { $amount } (example rates)
compare-per-month = { $amount } a month
compare-not-in-book = Not in the price book
compare-origin-free = free by the provider's own source
compare-origin-examples = example rates, not the provider's price
compare-origin-named-examples = “{ $book }”: example rates, not the provider's price
compare-origin-book = price book “{ $book }”
compare-citation-book = Price book: { $book }
compare-citation-book-priced = Price book: { $book } (priced at the size set in the Price view)
compare-citation-examples = Example rates, not the provider's price. { $note }
# Two assumptions a figure rests on, one after the other.
compare-assumptions-both = { $first } { $second }

## Requirements and why a plan meets them or not
compare-req-critical = Critical response within { $length } at any hour
compare-req-phone = Phone support
compare-req-engineer = Dedicated engineer
compare-req-onsite = On-site visits
compare-reason-longest-wait = Longest wait { $wait }
compare-reason-no-critical = No response time is promised for critical incidents
compare-reason-channel = Channel: { $channel }
compare-reason-channels = Channels are { $channels }
compare-reason-no-channels = The plan lists no channels
compare-reason-included = { $service } is included
compare-reason-paid = { $service } is a paid option
compare-reason-not-offered = { $service } is not offered in this plan
compare-reason-not-mentioned = The plan's source mentions no { $what }
compare-what-engineer = dedicated engineer or account manager
compare-what-onsite = on-site visits

## How the ranking is ordered
compare-summary-none = No chosen plan meets every requirement; closest first.
compare-summary-one = One plan meets every requirement.
compare-summary-cheapest = { $count } plans meet every requirement; cheapest first.
compare-summary-examples = { $count } plans meet every requirement; fastest critical response first. Their prices are example rates, not the providers' prices, so none is called cheapest.
compare-summary-unpriced = { $count } plans meet every requirement; fastest critical response first (not every plan has a price).
