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
quote-target = { $length } — { $calendar }
quote-target-assumed = { $length } — { $calendar } (assumption)
quote-no-commitment = no commitment
quote-service-hours = { $name } ({ $hours } h a year)
quote-service-visits = { $name } (up to { $count } a quarter)
quote-commitment = Targets are promised for { $percent } % of requests.
package-calendar-working-hours = { $days ->
    [weekdays] Monday to Friday
   *[russian] Working days (Russian production calendar)
} { $start }–{ $end } { $zone }
package-calendar-around-the-clock = Around the clock ({ $zone })

## The quote page
quote-no-book = No price book is available.
quote-cannot-be-made = This quote cannot be made: { $problem }.
quote-book-missing = the link asks for the price book “{ $id }”, which this browser does not have. Import that book on the prices page, then open this link again
quote-cannot-be-shown = This quote cannot be shown: { $problem }.
quote-way-on-before = Ask the sender for the link again, or{" "}
quote-way-on-link = open the prices
quote-way-on-after = {" "}and make a quote there.
quote-heading = Support quote
quote-for = For
quote-example-rates = Example rates, not a provider's price.
quote-what-is-included = What is included
quote-hours = Hours:
quote-severity = Severity
quote-first-response = First response
quote-resolution = Resolution
quote-assumptions = Marked “assumption”:
quote-channels = Channels:
quote-included-services = Included services:
quote-optional-services = Available at extra cost:
quote-price = Price
quote-item = Item
quote-worked-out = How it is worked out
quote-total = Total ({ $currency })
quote-rates-from = Rates from the price book “{ $book }”, in { $currency }.
quote-sign-customer = For the customer: name, signature, date
quote-sign-provider = For the provider: name, signature, date
quote-edit-details = Edit the quote's details (customer, prepared by, number, validity)
quote-not-a-date = Valid until: `{ $text }` is not a date
quote-print = Print or save as PDF
quote-copy-link = Copy link
quote-download-json = Download JSON
quote-download-csv = Download CSV
quote-back-to-prices = Back to prices
quote-link-label = Link to this quote
quote-link-long = This link is { $length } characters long; some chat apps cut links that long. Send it by e-mail, or send the quote as a PDF (Print or save as PDF): the JSON file is for other software, and slacalc does not open it.
quote-copying = Copying…
quote-link-copied = Link copied: it opens this quote as it is, in any browser.
quote-copy-refused = The browser did not allow copying; select the link and copy it.
quote-page-title = Quote { $number } — slacalc
quote-page-title-for = Quote { $number } for { $customer } — slacalc
