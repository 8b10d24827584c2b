# Lengths of time. English keeps the short forms the sources use.
duration-days = { $count } d
duration-hours = { $count } h
duration-minutes = { $count } min
duration-seconds = { $count } s
duration-hours-and-minutes = { $hours } { $minutes }
duration-zero-minutes = 0 min
duration-zero-seconds = 0 s
# Words from the catalog, shown as they are or translated (data/*.ftl).
catalog-words = { $words }
# A name or id shown as it is in every language.
verbatim = { $words }
