# The quote a customer signs: the document, its details form, sharing and
# exports.

## Fields of the quote (the details form, the CSV's headers, errors)
quote-field-customer = Customer
quote-field-prepared-by = Prepared by
quote-field-number = Quote number
quote-field-date = Date
quote-field-valid-until = Valid until
quote-field-plan = Plan
quote-field-book = Price book
quote-too-long = at most { $most } characters
quote-valid-until-range = { $until } is not within a year after the quote's date { $date }
quote-unknown-plan = slacalc does not know the plan `{ $plan }`
quote-no-price = the price book “{ $book }” has no price for { $plan }
quote-package-in-quote = the package in the quote

## The CSV's price lines
quote-csv-item = item
quote-csv-monthly = monthly
quote-csv-annual = annual
quote-csv-currency = currency
quote-csv-reason = reason
quote-csv-total = Total

## What the plan or package is
quote-target = { $length }, { $calendar }
quote-target-assumed = { $length }, { $calendar } (assumption)
quote-no-commitment = no commitment
quote-service-hours = { $name } ({ $hours } h a year)
quote-service-visits = { $name } (up to { $count } a quarter)
quote-commitment = Targets are promised for { $percent } % of requests.
quote-package-working-hours = { $days ->
    [weekdays] Monday to Friday
   *[russian] working days (Russian production calendar)
} { $start }–{ $end } { $zone }
quote-package-around-the-clock = Around the clock ({ $zone })
