# The landing page and the page for unknown addresses.
home-title = Compare support plans. Know your deadlines.
home-lede = slacalc puts support tiers side by side, tells you exactly when a provider must answer an incident in its business hours and time zone, and shows what a plan costs you. Everything is computed in your browser; nothing you enter leaves it.
home-compare = Plans as columns: response and resolution targets, coverage, channels, services.
home-deadline = When is the answer due for an incident opened now, on Friday night, or on a holiday?
home-simulate = Thousands of simulated incidents against each plan: breaches, downtime and their cost a month.
home-price = What each plan costs at your size, line by line, from a price book you control.
home-build = Compose a custom package, price it, save it and share it as a link.
not-found-title = Page not found
not-found-no-page = There is no page at this address:
not-found-home = Go to the home page
