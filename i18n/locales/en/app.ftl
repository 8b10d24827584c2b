# The app's frame: title, header, navigation, language switch, failures.
page-title = slacalc — support plans and SLA deadlines
page-title-view = { $view } — slacalc
skip-to-content = Skip to content
nav-label = Views
nav-compare = Compare
nav-deadline = Deadline
nav-simulate = Simulate
nav-price = Price
nav-build = Build
language-switch = Language
language-not-loaded = { $language } could not be downloaded (the connection dropped, or slacalc was just updated). Check the connection and choose it again.
view-failed-title = This view could not be shown
view-failed-check-link = Check the link you followed, or
view-failed-home = start again from the home page.
plans-unavailable = Plans are unavailable
notices-title = Parts of this link could not be used.
dismiss = Dismiss
