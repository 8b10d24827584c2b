//! `slacalc`: the engine's batch interface. JSON Lines on standard input,
//! one JSON line out per line in, in order. The work is in the library;
//! this binary only picks the command and sets the exit status.

use std::io::{self, Write};
use std::process::ExitCode;

use slacalc_engine::catalog::Catalog;

/// The help text, with the limits from the constants that enforce them.
fn usage() -> String {
    use slacalc_cli::{MAX_DATES, MAX_EVENTS, MAX_ID_CHARS, MAX_LINE_BYTES};
    let years = slacalc_engine::calendar::supported_years();
    let line_kib = MAX_LINE_BYTES / 1024;
    format!(
        r#"usage: slacalc <command> < input.jsonl > output.jsonl

commands:
  due        {{"id","start","calendar","minutes"}} -> {{"id","due"}}
  deadlines  {{"id","plan","severity","opened","events"}} -> {{"id","response_due","resolution_due"}}
  plans      print the plan catalog as JSON
  help       print this message
  version    print the version

Every line in gets one line out. An answer carries the line's "id" (a JSON
string of up to {MAX_ID_CHARS} characters, or a number), else its "line" number. A
line that cannot be answered (blank, not UTF-8, too long, bad JSON, a bad
field) gives {{"id","line","error"}}; the run goes on and exits with status 1
if any line failed.

Limits: {line_kib} KiB a line, {MAX_EVENTS} events an incident, {MAX_DATES} holidays and
{MAX_DATES} extra working days a calendar, years {years}.
"#
    )
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None => usage_error("no command given"),
        Some("help" | "-h" | "--help") => {
            print!("{}", usage());
            ExitCode::SUCCESS
        }
        Some("version" | "-V" | "--version") => {
            println!("slacalc {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some("due") => batch(slacalc_cli::run_due),
        Some("deadlines") => match Catalog::shipped() {
            Ok(catalog) => {
                batch(|input, output| slacalc_cli::run_deadlines(&catalog, input, output))
            }
            Err(e) => fail(&e.to_string()),
        },
        Some("plans") => match Catalog::shipped() {
            Ok(catalog) => match slacalc_cli::run_plans(&catalog, io::stdout().lock()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => fail(&e.to_string()),
            },
            Err(e) => fail(&e.to_string()),
        },
        Some(other) => usage_error(&format!("unknown command `{other}`")),
    }
}

fn batch(
    run: impl FnOnce(
        io::StdinLock<'static>,
        io::BufWriter<io::StdoutLock<'static>>,
    ) -> io::Result<slacalc_cli::Summary>,
) -> ExitCode {
    let output = io::BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    match run(io::stdin().lock(), output) {
        Ok(summary) if summary.failed == 0 => ExitCode::SUCCESS,
        Ok(summary) => {
            let _ = writeln!(
                io::stderr(),
                "slacalc: {} of {} lines failed",
                summary.failed,
                summary.lines
            );
            ExitCode::from(1)
        }
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(io::stderr(), "slacalc: {e}");
            ExitCode::from(1)
        }
    }
}

fn fail(message: &str) -> ExitCode {
    let _ = writeln!(io::stderr(), "slacalc: {message}");
    ExitCode::from(1)
}

fn usage_error(message: &str) -> ExitCode {
    let _ = writeln!(io::stderr(), "slacalc: {message}\n\n{}", usage());
    ExitCode::from(2)
}
