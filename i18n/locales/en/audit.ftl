# The ticket audit: a helpdesk's export measured against a plan's targets.

## Reading the export (engine/src/audit/tickets.rs)
audit-no-header = The file is empty. Its first line names the columns: id, severity, opened, and where known responded and resolved.
audit-missing-columns = The first line has no { $columns } column (it names: { $found }). Name the columns id, severity, opened, responded and resolved.
audit-unclosed-quote = A quote that opens on this line is never closed. Close it, or take it out.
audit-row-width = This line has { $count } values and the first line { $columns } columns. A value with a comma in it needs double quotes around it.
audit-empty-value = The { $column } is empty. Every ticket needs one.
audit-bad-severity = “{ $value }” is not a severity. Write critical, high, medium or low (or P1 to P4, 1 to 4).
audit-bad-time = “{ $value }” is not a time. Write it as 2026-11-20 18:00, or with its offset: 2026-11-20T18:00:00+03:00.
audit-skipped-time = { $value } did not happen in { $zone }: the clocks went forward past it. Write the time with its offset.
audit-before-opening = The { $column } time is before the ticket was opened. Check the two times.
audit-resolved-before-response = The ticket is resolved before its first response. Check the two times.
audit-duplicate-id = Ticket { $id } is already on line { $line }. Keep one of the two.
audit-too-many = The file has more than { $count } tickets; this line and the rest were not read. Split the file into parts of at most { $count }.
audit-unknown-plan = No plan has the id “{ $plan }”. Choose a plan from the list.
