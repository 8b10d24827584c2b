# What could not be used from a link (shown above the view).
notice-lang-unknown = The link asks for the language “{ $value }”, which slacalc does not speak; it opens in yours.
# Transitional: a message not yet moved into these files.
untranslated = { $text }
# An error with what it was about in front: "calendar x: …".
error-in-context = { $context }: { $message }

## Parts of a view's link that cannot be used (each names its field), and
## what typed values a link's readers refuse.
notice-plan-unknown = The link names a plan slacalc does not know, `{ $id }`; it is left out.
notice-flag = `{ $field }={ $value }` is neither 1 nor 0; the requirement is off.
notice-count = `{ $text }` is not a whole number of 0 or more
notice-packages-pricing = `packages={ $value }`: use parts or base; packages are priced from their parts.
notice-package-not-comparable = The package in the link cannot be compared: { $reason }.
notice-package-unusable = The package in the link cannot be used: { $reason }.
notice-package-not-loaded = The package in the link could not be read: the part of slacalc that reads it did not download. Check the connection and reload the page.
notice-plans-none = No plan in the link could be shown; showing the default plans.
notice-critical-response = The critical response requirement `{ $text }` is not a number of minutes from 1 to { $max }; it is ignored.
notice-quote-unusable = This quote cannot be shown: { $reason }.
notice-quote-no-plan = The link names no plan to quote.
notice-deadline-plan-unknown = The link names a plan slacalc does not know, `{ $id }`; showing { $default } instead.
notice-severity = The severity in the link cannot be used: { $reason }. Showing critical.
notice-opened = The opening time in the link cannot be used: { $reason }. Showing the current time instead.
notice-zone = The time zone in the link cannot be used: { $reason }. Times are shown in your own zone.
notice-event = The event `{ $item }` is left out: { $reason }.
notice-preset-unknown = There is no preset `{ $name }`; showing e-commerce. Presets: small-team, ecommerce, bank.
notice-four-numbers = `{ $field }={ $text }` needs four numbers of 0 or more (critical, high, medium, low); the preset's are used.
notice-rates-zero = Every rate is 0: no incidents to simulate; the preset's rates are used.
notice-work-hours = `work={ $text }`: typical work must be above 0 hours for every severity; the preset's is used.
notice-arrival-grid = The weekly pattern in the link cannot be used: { $reason }.
notice-arrival-unknown = Unknown arrival pattern `{ $text }`; use uniform, business, nights or grid:<168 weights>.
notice-incidents = `n={ $text }`: simulate from 1,000 to 2,000,000 incidents; using 100,000.
notice-seed = `seed={ $text }` is not a whole number; using 1.
link-instant-unreadable = `{ $text }` is not a date and time with its offset, such as 2026-11-20T18:00:00+03:00
link-event-form = an event is written kind@time, e.g. paused@2026-11-20T19:00:00Z
link-profile-number-missing = Type a number from 0 to 1,000,000,000
link-profile-number = `{ $text }` is not a number from 0 to 1,000,000,000
link-not-a-number = `{ $text }` is not a number
