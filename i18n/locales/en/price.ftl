# Prices: the engine's words for quote lines and their reasons, price
# book problems, and the price view.

# Words from the catalog or a price book, shown as they are (or translated
# by the data files).
price-severity = { $severity ->
    [critical] Critical
    [high] High
    [medium] Medium
    [low] Low
   *[other] { $severity }
}
price-target-kind = { $kind ->
    [first] first response
   *[resolution] resolution
}
price-join-semicolon = { $first }; { $second }
price-join-plus = { $first } + { $second }

## Quote lines
price-line-users = Users
price-line-servers = Servers
price-line-spend-share = Share of cloud spend
price-line-visits = On-site visits
price-line-admin = System administration
price-line-support-hours = Support hours
price-line-channel = Channel: { $name }
price-line-target = { $severity } { $target } within { $length }, { $clock ->
    [working] working hours
   *[around] around the clock
}

## How each amount is worked out
price-reason-flat = A fixed monthly fee
price-reason-users = { $count ->
    [one] { $count } user × { $rate }
   *[other] { $count } users × { $rate }
}
price-reason-servers = { $count ->
    [one] { $count } server × { $rate }
   *[other] { $count } servers × { $rate }
}
price-tier = { $percent } % of { $slice } = { $amount }
price-tier-no-spend = no spend: { $amount }
price-reason-share-above = { $parts }; above the minimum of { $minimum }
price-reason-share-below = { $parts } = { $share }, below the minimum: the minimum { $minimum } applies
price-reason-add-on = An add-on you chose
price-reason-visits = { $count } a quarter × { $each } = { $annual } a year
price-reason-visits-capped = { $count } a quarter (at most { $most } a quarter) × { $each } = { $annual } a year
price-reason-admin = { $worked } h a year in working hours, { $included } h included, { $extra } extra at { $rate }; { $off } h outside working hours at { $offrate } (×{ $multiplier })
price-reason-support-hours = { $hours } h a week ({ $start }–{ $end } { $days ->
    [weekdays] Monday to Friday
   *[russian] on Russian working days
}, { $zone }) × { $rate } a weekly hour
price-reason-target = The book's level “within { $level }” for { $severity } { $target }, { $clock ->
    [working] working hours
   *[around] around the clock
}
price-reason-channel = The book's rate for this kind of channel
price-reason-service-included = A service included in the package
price-reason-service-asked = A service, an option the customer asked for
price-note-base-plan = Priced as its base plan, { $base }: the price of its parts is not in this quote.

## What the customer types, and what is wrong with it
price-usage-field = { $field ->
    [users] users
    [servers] servers
    [visits] visits per quarter
    [spend] monthly spend
    [hours] admin hours
   *[offhours] admin hours outside working hours
}
price-usage-more-than = { $count } is more than { $most }
price-usage-negative = cannot be negative
price-usage-spend-too-large = is beyond a trillion a month; check the number
price-usage-hours-range = { $hours } is outside 0 to { $most } hours a month

## Amounts
price-not-a-number = `{ $text }` is not a number; write digits with an optional point, e.g. 1250.50
price-too-many-decimals = `{ $text }` has more than { $count } decimals
price-too-large = `{ $text }` is too large
price-overflow = the amount is too large to compute; check the prices and quantities for a typing mistake
price-not-a-time = `{ $text }` is not a time HH:MM

## Price book problems
price-book-not-a-book = this is not a price book: { $detail }
price-book-currency = currency `{ $currency }` is not a three-letter code such as USD or RUB
price-book-needs-name = the price book needs a name
price-book-component = plan { $plan }, component { $component }
price-negative = { $what ->
    [monthly] the monthly price
    [visit] the price of a visit
    [hourly] the hourly rate
   *[minimum] the minimum
} { $value } cannot be negative
price-multiplier-below-one = the off-hours multiplier { $value } is below 1
price-share-no-tiers = a spend share needs at least one tier
price-tier-percent = tier { $tier }: { $percent } % is outside 0 to 100
price-tier-bound-order = tier { $tier }: its upper bound { $bound } must be above the previous one ({ $previous })
price-tier-last-bound = the last tier must have no upper bound (it has { $bound })
price-tier-no-bound = tier { $tier } has no upper bound but is not the last
price-package-rates = package rates
price-package-rate-negative = package rates: { $value } is negative; prices are 0 or more

## The price view
price-title = Price plans
price-book = Price book
price-example-badge = Example rates — not a provider's price
price-your-size = Your size
price-field-users = Users
price-field-servers = Servers
price-field-spend = Monthly cloud spend
price-field-hours = Admin hours a month (working hours)
price-field-off-hours = Admin hours a month (outside working hours)
price-field-visits = On-site visits a quarter
price-add-ons = Add-ons
price-table-label = Prices
price-plan = Plan
price-monthly = Monthly
price-annual = Annual
price-breakdown = Breakdown
price-quote = Quote
price-lowest = Lowest
price-a-month = { $amount } a month

## The price book editor
price-edit-rates = Edit rates (price book as JSON)
# Followed by the components' keys as they are written in the book (code).
price-edit-rates-components = Components per plan:
price-edit-rates-amounts = Amounts are decimal strings; the currency is one per book.
price-book-json = Price book JSON
price-save-book = Save as my price book
price-export = Export
price-import = Import
price-saving = Saving…
price-book-saved = Saved as “{ $name }”. Choose it above.
price-book-not-saved = Not saved: { $problem }
price-downloaded = Downloaded.
price-book-read = Read. Check it, then save it.
# Under the book chooser when a link names a book this browser does not have.
price-book-missing = This link asks for the price book “{ $id }”, which this browser does not have. These prices are from “{ $shown }”. Import that book to use it.
price-add-ons-unknown = This price book has no add-on { $ids }; it is left out of the prices. Choose add-ons from the list.
price-draft-restored = Your unsaved edit is back. Save it, or export it, to keep it.
price-book-not-imported = This file cannot be imported: { $problem }. Nothing was changed.
price-file-unreadable = The file could not be read.
# A plan in the price table: its provider and its name.
price-plan-name = { $provider } · { $plan }
