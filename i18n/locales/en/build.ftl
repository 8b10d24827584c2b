# The package builder: start, edit, save, share; and what is wrong with a
# package (the engine's checks).

## What is wrong with a package
build-field = { $field ->
    [id] id
    [name] name
    [hours] working hours
    [days] working days
    [targets] targets
    [share] commitment share
    [services] services
   *[channels] channels
}
build-bad-id = `{ $id }` must be `{ $prefix }` followed by up to 60 lowercase letters, digits or dashes
build-bad-name = give the package a name of 1 to 80 characters
build-calendar-needs-moscow = the Russian production calendar is for Moscow time; choose Europe/Moscow or Monday to Friday
build-target-rows = { $severity } must have exactly one row of targets, found { $count }
build-target-field = { $severity } { $kind ->
    [first] first response
   *[resolution] resolution
}
build-target-range = { $minutes } minutes is outside 1 to { $most } (a year)
build-share-range = { $share } % is outside 1 to 100
build-service-needs-name = every service needs an id and a name
build-channel-needs-name = a channel needs a name
build-package-in-link = the package in the link

## The builder
build-title = Build a package
build-link-error = This package link cannot be opened:
build-link-error-next = Nothing saved was changed. Start a new package below, or ask for the link again.
build-schedule-8x5 = 8/5: working hours
build-schedule-24x7 = 24/7: around the clock
build-schedule-premium = Premium: 24/7 with a dedicated team
build-start-title = Start a package
build-start-from = Start from
build-schedules = Schedules
build-name = Name
build-name-placeholder = e.g. Retail night cover
build-start = Start
build-needs-name = Give the package a name.
# Followed by the package id, as code.
build-based-on-id = Based on { $plan } · id
build-hours = Working hours
build-zone = Zone
build-from = From
build-to = To
build-days = Days
build-days-weekdays = Monday to Friday
build-days-russian = Russian production calendar (Moscow)
build-targets = Targets
build-severity = Severity
build-first-response = First response
build-resolution = Resolution
build-share = Share of requests promised (%)
build-share-not-whole = commitment share: `{ $text }` is not a whole number from 1 to 100
build-services = Services
build-included = Included
build-optional = Optional, paid
build-not-offered = Not offered
build-channels = Channels (comma-separated)
build-save = 1. Save
build-price-it = 2. Price it
build-quote-it = 3. Quote it
build-copy-link = Copy link
build-compare-it = Compare it
build-deadlines = Deadlines
build-close = Close
build-saving = Saving…
build-not-saved-fix-first = Not saved: the package as the form shows it has the problem named above; fix it first.
build-not-copied-fix-first = Not copied: the package as the form shows it has the problem named above; fix it first.
build-not-compared-fix-first = Not opened in Compare: the package as the form shows it has the problem named above; fix it first.
build-saved-new = Saved. It is now a plan in Compare and Deadline.
build-saved-updated = Saved (updated).
build-link-copied = Link copied: it carries the whole package.
build-copy-refused = The browser did not allow copying; copy the share link below.
build-saved-next = Saved here: price it for the customer's size, then quote it.
build-unsaved-next = Save it to price it, quote it or see its deadlines; it then appears as a plan in every view.
build-share-link = Share link (the whole package is in it)
build-target-minutes = { $severity } { $kind ->
    [first] first response
   *[resolution] resolution
}, minutes (empty: no target)
build-target-clock = { $severity } { $kind ->
    [first] first response
   *[resolution] resolution
}, clock
build-no-target = no target
build-minutes-unit = min
build-clock-working = working hours
build-clock-around = 24/7
build-not-minutes = `{ $text }` is not a number of minutes above 0
build-your-packages = Your packages
build-no-packages = No saved packages yet. Saved packages appear as plans in every view.
build-based-on-short = · based on { $plan }
build-edit = Edit
build-compare = Compare
build-delete = Delete
build-sent-to-you = A package sent to you
build-based-on = Based on { $plan }
build-summary-hours = Hours:
build-summary-channels = Channels:
build-summary-included = Included:
build-edit-copy = Edit a copy
