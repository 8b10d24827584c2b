//! Reading a helpdesk's export of tickets: CSV with a header line naming
//! the columns, as Zendesk, Jira or a spreadsheet writes it (commas,
//! semicolons or tabs; values in double quotes may hold any of them), in
//! English or Russian words, with ISO or day.month.year dates.
//! Every line after the header becomes a [`Ticket`] or a [`RowProblem`]
//! naming its line and column: nothing is dropped unseen.

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset, MappedLocalTime, NaiveDateTime, TimeZone, Utc};
use slacalc_i18n::{msg, Text};

use crate::calendar::iso;
use crate::sla::Severity;
use crate::tz::Tz;

/// The most tickets one file may hold; a larger export is refused from the
/// line past it, so the page stays responsive.
pub const MAX_TICKETS: usize = 100_000;

/// One ticket as the export gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket {
    /// The line of the file it was read from (the header is line 1).
    pub line: usize,
    /// The helpdesk's id for it.
    pub id: String,
    /// Its severity on the common scale.
    pub severity: Severity,
    /// When it was opened.
    pub opened: DateTime<Utc>,
    /// When it was first responded to, if it was.
    pub responded: Option<DateTime<Utc>>,
    /// When it was resolved, if it was.
    pub resolved: Option<DateTime<Utc>>,
}

/// A column of the export, by what it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// The ticket's id.
    Id,
    /// Its severity or priority.
    Severity,
    /// When it was opened (created).
    Opened,
    /// When it was first responded to.
    Responded,
    /// When it was resolved (solved, closed).
    Resolved,
}

impl Column {
    /// Every column, in the order a file is best written.
    pub const ALL: [Column; 5] = [
        Column::Id,
        Column::Severity,
        Column::Opened,
        Column::Responded,
        Column::Resolved,
    ];

    /// The column's name as a header line writes it.
    pub fn name(self) -> &'static str {
        match self {
            Column::Id => "id",
            Column::Severity => "severity",
            Column::Opened => "opened",
            Column::Responded => "responded",
            Column::Resolved => "resolved",
        }
    }

    /// Which column a header names, in the words helpdesks export
    /// (`Created at`, `Priority`, `First reply`, `Solved`…), any case.
    fn read(header: &str) -> Option<Column> {
        let words: String = header
            .trim()
            .chars()
            .map(|c| match c {
                '_' | '-' | ' ' => ' ',
                c => c,
            })
            .collect();
        let words =
            crate::words::lowercase(&words.split_whitespace().collect::<Vec<_>>().join(" "));
        Some(match words.as_str() {
            "id" | "ticket" | "ticket id" | "key" | "issue key" | "number" => Column::Id,
            "severity" | "priority" => Column::Severity,
            "opened" | "opened at" | "created" | "created at" | "requested" => Column::Opened,
            "responded" | "responded at" | "first response" | "first response at"
            | "first reply" | "first reply at" => Column::Responded,
            "resolved" | "resolved at" | "solved" | "solved at" | "closed" | "closed at" => {
                Column::Resolved
            }
            // As Russian helpdesks and spreadsheets name them.
            "номер"
            | "№"
            | "ключ"
            | "номер заявки"
            | "номер обращения"
            | "заявка"
            | "обращение" => Column::Id,
            "приоритет"
            | "важность"
            | "критичность"
            | "уровень критичности"
            | "уровень важности" => Column::Severity,
            "создана"
            | "создано"
            | "создан"
            | "дата создания"
            | "открыта"
            | "открыто"
            | "дата регистрации"
            | "зарегистрирована"
            | "зарегистрировано" => Column::Opened,
            "первый ответ" | "дата первого ответа" | "время первого ответа" | "ответ" => {
                Column::Responded
            }
            "решена"
            | "решено"
            | "решён"
            | "решен"
            | "дата решения"
            | "закрыта"
            | "закрыто"
            | "дата закрытия" => Column::Resolved,
            _ => return None,
        })
    }

    /// Whether every ticket must have a value here.
    fn required(self) -> bool {
        matches!(self, Column::Id | Column::Severity | Column::Opened)
    }
}

/// A line that could not be read as a ticket, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// The line of the file (the header is line 1).
    pub line: usize,
    /// The column at fault, when it is one column.
    pub column: Option<Column>,
    /// That column's heading as the file writes it (`Created at`,
    /// `Создана`), so the reader finds it; `None` beside no column.
    pub heading: Option<String>,
    /// What is wrong and what to do, in words.
    pub message: Text,
}

impl RowProblem {
    /// The problem as the reader sees it: `Line 3, Priority: …`, the
    /// column as the file names it.
    pub fn text(&self) -> Text {
        let line = self.line.to_string();
        match self.column {
            Some(column) => Text::new(msg::AUDIT_PROBLEM_COLUMN)
                .with("line", line)
                .with("column", self.heading.as_deref().unwrap_or(column.name()))
                .with("message", self.message.clone()),
            None => Text::new(msg::AUDIT_PROBLEM_LINE)
                .with("line", line)
                .with("message", self.message.clone()),
        }
    }
}

/// What a file held: its tickets and the lines that are not tickets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tickets {
    /// The columns the header names (a target whose column is missing is
    /// not measured: no time there is not the same as no answer).
    pub columns: Vec<Column>,
    /// The tickets read, in the file's order.
    pub tickets: Vec<Ticket>,
    /// The lines that could not be read, in the file's order.
    pub problems: Vec<RowProblem>,
}

/// Reads an export. Times written without an offset
/// (`2026-11-20 18:00`) are wall-clock times in `zone`.
pub fn read_tickets(text: &str, zone: Tz) -> Tickets {
    let mut out = Tickets::default();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Records::new(text);
    let Some((_, header)) = records.next_record() else {
        out.problems
            .push(problem(1, None, Text::new(msg::AUDIT_NO_HEADER)));
        return out;
    };
    let header = match header {
        Ok(fields) => fields,
        Err(line) => {
            out.problems
                .push(problem(line, None, Text::new(msg::AUDIT_UNCLOSED_QUOTE)));
            return out;
        }
    };
    let mut position: HashMap<Column, usize> = HashMap::new();
    for (i, name) in header.iter().enumerate() {
        let Some(column) = Column::read(name) else {
            continue;
        };
        // Two columns for one thing (`Closed` and `Resolved`): the first
        // is read, and the reader is told which.
        if let Some(&first) = position.get(&column) {
            out.problems.push(problem(
                1,
                Some(column),
                Text::new(msg::AUDIT_DUPLICATE_COLUMN)
                    .with("used", header[first].trim())
                    .with("ignored", name.trim())
                    .with("column", column.name()),
            ));
            continue;
        }
        position.insert(column, i);
        out.columns.push(column);
    }
    let missing: Vec<&str> = Column::ALL
        .iter()
        .filter(|c| c.required() && !position.contains_key(c))
        .map(|c| c.name())
        .collect();
    if !missing.is_empty() {
        let found = header
            .iter()
            .map(|h| h.trim())
            .filter(|h| !h.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        out.problems.push(problem(
            1,
            None,
            Text::new(msg::AUDIT_MISSING_COLUMNS)
                .with("columns", missing.join(", "))
                .with("found", found),
        ));
        return out;
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    while let Some((line, record)) = records.next_record() {
        let fields = match record {
            Ok(fields) => fields,
            Err(line) => {
                out.problems
                    .push(problem(line, None, Text::new(msg::AUDIT_UNCLOSED_QUOTE)));
                break;
            }
        };
        // A blank line is no ticket (spreadsheets end files with them).
        if fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if out.tickets.len() == MAX_TICKETS {
            out.problems.push(problem(
                line,
                None,
                Text::new(msg::AUDIT_TOO_MANY).with("count", MAX_TICKETS as u64),
            ));
            break;
        }
        if fields.len() != header.len() {
            out.problems.push(problem(
                line,
                None,
                Text::new(msg::AUDIT_ROW_WIDTH)
                    .with("count", fields.len() as u64)
                    .with("columns", header.len() as u64),
            ));
            continue;
        }
        let value = |column: Column| {
            position
                .get(&column)
                .map(|&i| fields[i].trim())
                .filter(|v| !v.is_empty())
        };
        match read_row(line, &value, zone) {
            Ok(ticket) => match seen.get(&ticket.id) {
                Some(&first) => out.problems.push(problem(
                    line,
                    Some(Column::Id),
                    Text::new(msg::AUDIT_DUPLICATE_ID)
                        .with("id", ticket.id.as_str())
                        .with("line", first.to_string()),
                )),
                None => {
                    seen.insert(ticket.id.clone(), line);
                    out.tickets.push(ticket);
                }
            },
            Err(p) => out.problems.push(p),
        }
    }
    for p in &mut out.problems {
        p.heading = p
            .column
            .and_then(|c| position.get(&c))
            .map(|&i| header[i].trim().to_owned());
    }
    out
}

fn problem(line: usize, column: Option<Column>, message: Text) -> RowProblem {
    RowProblem {
        line,
        column,
        heading: None,
        message,
    }
}

fn read_row<'a>(
    line: usize,
    value: &impl Fn(Column) -> Option<&'a str>,
    zone: Tz,
) -> Result<Ticket, RowProblem> {
    let required = |column: Column| {
        value(column).ok_or_else(|| {
            problem(
                line,
                Some(column),
                Text::new(msg::AUDIT_EMPTY_VALUE).with("column", column.name()),
            )
        })
    };
    let instant = |column: Column, text: &str| {
        read_instant(text, zone).map_err(|message| problem(line, Some(column), message))
    };
    let id = required(Column::Id)?.to_owned();
    let severity_text = required(Column::Severity)?;
    let severity = read_severity(severity_text).ok_or_else(|| {
        problem(
            line,
            Some(Column::Severity),
            Text::new(msg::AUDIT_BAD_SEVERITY).with("value", severity_text),
        )
    })?;
    let opened = instant(Column::Opened, required(Column::Opened)?)?;
    let responded = value(Column::Responded)
        .map(|t| instant(Column::Responded, t))
        .transpose()?;
    let resolved = value(Column::Resolved)
        .map(|t| instant(Column::Resolved, t))
        .transpose()?;
    for (column, at) in [(Column::Responded, responded), (Column::Resolved, resolved)] {
        if at.is_some_and(|at| at < opened) {
            return Err(problem(
                line,
                Some(column),
                Text::new(msg::AUDIT_BEFORE_OPENING).with("column", column.name()),
            ));
        }
    }
    if let (Some(responded), Some(resolved)) = (responded, resolved) {
        if resolved < responded {
            return Err(problem(
                line,
                Some(Column::Resolved),
                Text::new(msg::AUDIT_RESOLVED_BEFORE_RESPONSE),
            ));
        }
    }
    Ok(Ticket {
        line,
        id,
        severity,
        opened,
        responded,
        resolved,
    })
}

/// A severity as helpdesks write it: the common scale's words, P1–P4 or
/// 1–4 (1 the most severe), Zendesk's `urgent` and `normal`, or Russian.
pub fn read_severity(text: &str) -> Option<Severity> {
    let text = crate::words::lowercase(text.trim());
    Some(match text.as_str() {
        "critical" | "urgent" | "blocker" | "p1" | "1" | "критический" | "критичный" => {
            Severity::Critical
        }
        "high" | "major" | "p2" | "2" | "высокий" => Severity::High,
        "medium" | "normal" | "p3" | "3" | "средний" | "обычный" => Severity::Medium,
        "low" | "minor" | "trivial" | "p4" | "4" | "низкий" => Severity::Low,
        _ => return None,
    })
}

/// An instant as exports write it: `2026-11-20T18:00:00+03:00`, `…Z`, or
/// without an offset (`2026-11-20 18:00`, seconds and fractions optional),
/// then a wall-clock time in `zone`; a time the clocks skipped is refused,
/// a repeated one is its first occurrence.
pub fn read_instant(text: &str, zone: Tz) -> Result<DateTime<Utc>, Text> {
    let bad = || Text::new(msg::AUDIT_BAD_TIME).with("value", text);
    let text = text.trim();
    let (date, rest) = text.split_once(['T', 't', ' ']).ok_or_else(bad)?;
    let date = iso::parse_date(date)
        .or_else(|| iso::parse_dotted_date(date))
        .ok_or_else(bad)?;
    let rest = rest.trim_start();
    // The offset: `Z`, or a sign after the time of day.
    let (time, offset) = match rest.find(['Z', 'z', '+', '-']) {
        Some(i) => (&rest[..i], Some(read_offset(&rest[i..]).ok_or_else(bad)?)),
        None => (rest, None),
    };
    let (time, fraction) = match time.trim_end().split_once(['.', ',']) {
        Some((time, fraction)) => (time, read_fraction(fraction).ok_or_else(bad)?),
        None => (time.trim_end(), 0),
    };
    let time = iso::parse_time(time).ok_or_else(bad)?;
    let local: NaiveDateTime = date.and_time(time) + chrono::Duration::nanoseconds(fraction);
    match offset {
        Some(offset) => offset
            .from_local_datetime(&local)
            .single()
            .map(|at| at.with_timezone(&Utc))
            .ok_or_else(bad),
        None => match zone.from_local_datetime(&local) {
            MappedLocalTime::Single(at) | MappedLocalTime::Ambiguous(at, _) => {
                Ok(at.with_timezone(&Utc))
            }
            MappedLocalTime::None => Err(Text::new(msg::AUDIT_SKIPPED_TIME)
                .with("value", text)
                .with("zone", zone.name())),
        },
    }
}

/// `Z`, `+03:00`, `+0300` or `+03` → that offset.
fn read_offset(text: &str) -> Option<FixedOffset> {
    if text.eq_ignore_ascii_case("z") {
        return FixedOffset::east_opt(0);
    }
    let sign = match text.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits: String = text[1..].chars().filter(|&c| c != ':').collect();
    if !matches!(digits.len(), 2 | 4) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hours: i32 = digits[..2].parse().ok()?;
    let minutes: i32 = match &digits[2..] {
        "" => 0,
        m => m.parse().ok()?,
    };
    if hours > 23 || minutes > 59 {
        return None;
    }
    FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))
}

/// Up to nine digits of a second's fraction → nanoseconds.
fn read_fraction(digits: &str) -> Option<i64> {
    if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value: i64 = digits.parse().ok()?;
    Some(value * 10i64.pow(9 - digits.len() as u32))
}

/// The records of CSV text, each with the line it starts on; a record
/// whose quote never closes is `Err(its line)`.
struct Records<'a> {
    rest: &'a str,
    line: usize,
    delimiter: char,
}

impl<'a> Records<'a> {
    fn new(text: &'a str) -> Self {
        // The header's most frequent separator outside quotes; a comma
        // when it has none (a file of one column).
        let first = text.lines().next().unwrap_or("");
        let mut counts = [(',', 0), (';', 0), ('\t', 0)];
        let mut quoted = false;
        for c in first.chars() {
            if c == '"' {
                quoted = !quoted;
            } else if !quoted {
                for (d, n) in counts.iter_mut() {
                    if c == *d {
                        *n += 1;
                    }
                }
            }
        }
        let delimiter = counts
            .iter()
            .fold(
                (',', 0),
                |best, &(d, n)| if n > best.1 { (d, n) } else { best },
            )
            .0;
        Self {
            rest: text,
            line: 1,
            delimiter,
        }
    }

    fn next_record(&mut self) -> Option<(usize, Result<Vec<String>, usize>)> {
        if self.rest.is_empty() {
            return None;
        }
        let start = self.line;
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        let mut chars = self.rest.char_indices().peekable();
        let mut end = self.rest.len();
        while let Some((i, c)) = chars.next() {
            match c {
                '"' if quoted => {
                    if chars.peek().is_some_and(|&(_, n)| n == '"') {
                        field.push('"');
                        chars.next();
                    } else {
                        quoted = false;
                    }
                }
                // A quote opens a quoted value only at its start.
                '"' if field.trim().is_empty() => {
                    field.clear();
                    quoted = true;
                }
                '\n' if !quoted => {
                    end = i + 1;
                    break;
                }
                // A line ends at CR, LF or CR LF (old Mac exports end
                // lines with CR alone).
                '\r' if !quoted => {
                    end = i + 1;
                    if chars.peek().is_some_and(|&(_, n)| n == '\n') {
                        end += 1;
                    }
                    break;
                }
                c if c == self.delimiter && !quoted => fields.push(std::mem::take(&mut field)),
                '\n' => {
                    self.line += 1;
                    field.push('\n');
                }
                c => field.push(c),
            }
        }
        self.rest = &self.rest[end..];
        self.line += 1;
        if quoted {
            self.rest = "";
            return Some((start, Err(start)));
        }
        fields.push(field);
        Some((start, Ok(fields)))
    }
}
