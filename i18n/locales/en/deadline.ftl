# The deadline view: when a provider must answer and resolve an incident.
deadline-title = Deadline calculator
deadline-embed-title = slacalc: SLA deadline
deadline-zone-unknown = Your browser's time zone, { $name }, is not among the zones slacalc ships; times are shown in UTC. Choose a zone below.
deadline-error-title = These events do not describe an incident
deadline-error-hint = Remove or change the event named above.
deadline-error-range-title = These times are outside the years slacalc computes
deadline-error-range-hint = Change the opening date and time above, or the event named, to a year within range.

## The incident form.
deadline-plan = Plan
deadline-severity = Severity
# A severity in the picker with the provider's own name for it.
deadline-severity-own = { $severity } — { $own }
deadline-opened = Opened ({ $zone })
deadline-opened-date = Date opened
deadline-opened-time = Time opened
deadline-now = Now
deadline-find-city = Find a city
deadline-find-city-example = e.g. Amsterdam, Tokyo
deadline-show-times-in = Show times in
deadline-your-zone = Your zone: { $zone }
deadline-region-universal = Universal
deadline-region-europe = Europe
deadline-region-asia = Asia
deadline-region-americas = Americas
deadline-region-africa = Africa
deadline-region-oceania = Oceania
deadline-live = This is a live incident: show where its clocks stand now

## The results.
deadline-what-if-note = A what-if: the due times this incident would have. Tick “live incident” above to see where its clocks stand now.
deadline-first-response = First response
deadline-resolution = Resolution
deadline-alternatives-title = The same incident under every plan of this provider
deadline-col-plan = Plan
deadline-col-response-due = Response due
deadline-col-resolution-due = Resolution due
deadline-shown = (shown)
deadline-no-commitment = No commitment
deadline-no-time-promised = The plan promises no time for this severity.
deadline-state-would-be-breached = Would be breached
deadline-state-met = Met
deadline-state-paused = Paused: waiting for the customer
deadline-state-what-if = What if
deadline-state-on-track = On track
deadline-state-at-risk = At risk
deadline-state-breached = Breached
deadline-time-left = { $duration } of working time left
deadline-overdue = Overdue by { $duration } of working time
# $target is response or resolution.
deadline-late-what-if = by { $due }: { $target ->
    [response] answered
   *[resolution] resolved
} { $late } after the due time
deadline-would-breach = Would be breached if not { $target ->
    [response] answered
   *[resolution] resolved
} by { $due }
deadline-in-calendar-time = in { $duration } of calendar time
deadline-ago = { $duration } ago
deadline-shown-in = Shown in { $zone }
deadline-provider-time = Provider's time: { $time } ({ $zone })
deadline-paused-not-due = Not yet due: the clock is paused
deadline-target = Target: { $length } on { $calendar }
deadline-breached-under = Breached under { $severity } at { $at }
deadline-would-be-breached-under = Would be breached under { $severity } at { $at }

## The timeline.
deadline-timeline-title = Working and non-working time
deadline-timeline-caption = From opening ({ $opened }) to the last due time, in { $zone }. Long closed stretches are drawn short, with a break.
deadline-lane-summary = { $lane }: { $working } working of { $shown } shown
deadline-lane-response = Response clock: { $calendar }
deadline-lane-resolution = Resolution clock: { $calendar }
deadline-mark-opened = Opened
deadline-mark-paused = Paused
deadline-mark-resumed = Resumed
deadline-mark-severity = Severity → { $severity }
deadline-mark-responded = Responded
deadline-mark-resolved = Resolved
deadline-mark-response-due = Response due
deadline-mark-resolution-due = Resolution due
deadline-mark-now = Now
deadline-legend-open = working time
deadline-legend-closed = outside working hours
deadline-legend-compressed = long closed stretch, drawn short
deadline-legend-paused = paused

## Events.
deadline-events-title = What happened since
deadline-no-events = No events: the clocks run from the opening.
deadline-remove-event = Remove { $event }
deadline-remove = Remove
deadline-event = Event
deadline-event-paused-choice = Paused (waiting for the customer)
deadline-date = Date
deadline-time = Time
deadline-add-event = Add event
# A target's length in hours and minutes (each already in words).
deadline-unknown-plan = unknown plan `{ $plan }`; choose one of the catalog's plans

## The engine's words about incidents (engine/src/sla).
sla-severity-critical = critical
sla-severity-high = high
sla-severity-medium = medium
sla-severity-low = low
sla-severity-title-critical = Critical
sla-severity-title-high = High
sla-severity-title-medium = Medium
sla-severity-title-low = Low
sla-event-paused = Paused
sla-event-resumed = Resumed
sla-event-severity-changed = Severity changed to { $severity }
sla-event-responded = Responded
sla-event-resolved = Resolved
sla-unknown-severity = unknown severity `{ $value }`; use critical, high, medium or low
sla-unknown-event = unknown event `{ $value }`; use paused, resumed, responded, resolved or severity-<level>
sla-event-before-opening = an event cannot happen before the incident was opened; choose a later time
sla-now-before-opening = the current time { $now } is before the incident was opened ({ $opened })
# $kind is the event as the event list names it ("Resumed"); $at an instant, shown in the reader's zone.
sla-event-at = the event “{ $kind }” at { $at }
sla-event-is-before-opening = { $event } is before the incident was opened
sla-event-is-after-now = { $event } is after the current time { $now }
sla-event-after-resolution = { $event } comes after the incident was resolved
sla-already-paused = { $event }: the clock is already paused
sla-not-paused = { $event }: the clock is not paused
sla-already-responded = { $event }: the first response was already given
sla-target-too-long = a target of { $minutes } minutes is too long

## Cities of the zone picker, one per listed zone (engine/src/zones.rs), by IANA name.
zone-utc = UTC
zone-europe-amsterdam = Amsterdam
zone-europe-athens = Athens
zone-europe-belgrade = Belgrade
zone-europe-berlin = Berlin
zone-europe-brussels = Brussels
zone-europe-bucharest = Bucharest
zone-europe-budapest = Budapest
zone-europe-chisinau = Chișinău
zone-europe-copenhagen = Copenhagen
zone-europe-dublin = Dublin
zone-europe-helsinki = Helsinki
zone-europe-istanbul = Istanbul
zone-europe-kaliningrad = Kaliningrad
zone-europe-kyiv = Kyiv
zone-europe-lisbon = Lisbon
zone-europe-london = London
zone-europe-madrid = Madrid
zone-europe-minsk = Minsk
zone-europe-moscow = Moscow
zone-europe-oslo = Oslo
zone-europe-paris = Paris
zone-europe-prague = Prague
zone-europe-riga = Riga
zone-europe-rome = Rome
zone-europe-samara = Samara
zone-europe-sofia = Sofia
zone-europe-stockholm = Stockholm
zone-europe-tallinn = Tallinn
zone-europe-vienna = Vienna
zone-europe-vilnius = Vilnius
zone-europe-warsaw = Warsaw
zone-europe-zurich = Zurich
zone-asia-almaty = Almaty
zone-asia-baku = Baku
zone-asia-bangkok = Bangkok
zone-asia-bishkek = Bishkek
zone-asia-dhaka = Dhaka
zone-asia-dubai = Dubai
zone-asia-ho-chi-minh = Ho Chi Minh City
zone-asia-hong-kong = Hong Kong
zone-asia-irkutsk = Irkutsk
zone-asia-jakarta = Jakarta
zone-asia-jerusalem = Jerusalem
zone-asia-karachi = Karachi
zone-asia-kolkata = Kolkata, Mumbai, New Delhi
zone-asia-krasnoyarsk = Krasnoyarsk
zone-asia-kuala-lumpur = Kuala Lumpur
zone-asia-manila = Manila
zone-asia-novosibirsk = Novosibirsk
zone-asia-omsk = Omsk
zone-asia-riyadh = Riyadh
zone-asia-seoul = Seoul
zone-asia-shanghai = Shanghai, Beijing
zone-asia-singapore = Singapore
zone-asia-taipei = Taipei
zone-asia-tashkent = Tashkent
zone-asia-tbilisi = Tbilisi
zone-asia-tehran = Tehran
zone-asia-tokyo = Tokyo
zone-asia-vladivostok = Vladivostok
zone-asia-yakutsk = Yakutsk
zone-asia-yekaterinburg = Yekaterinburg
zone-asia-yerevan = Yerevan
zone-america-anchorage = Anchorage
zone-america-bogota = Bogotá
zone-america-argentina-buenos-aires = Buenos Aires
zone-america-chicago = Chicago
zone-america-denver = Denver
zone-america-lima = Lima
zone-america-los-angeles = Los Angeles, San Francisco
zone-america-mexico-city = Mexico City
zone-america-new-york = New York
zone-america-phoenix = Phoenix
zone-america-santiago = Santiago
zone-america-sao-paulo = São Paulo
zone-america-toronto = Toronto
zone-america-vancouver = Vancouver
zone-africa-cairo = Cairo
zone-africa-casablanca = Casablanca
zone-africa-johannesburg = Johannesburg
zone-africa-lagos = Lagos
zone-africa-nairobi = Nairobi
zone-pacific-auckland = Auckland
zone-australia-brisbane = Brisbane
zone-pacific-honolulu = Honolulu
zone-australia-perth = Perth
zone-australia-sydney = Sydney, Melbourne
