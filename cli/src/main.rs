//! `slacalc`: the engine's batch interface. JSON Lines on standard input,
//! one JSON line out per line in, in order. The logic lives in the
//! engine; this binary only reads, dispatches and writes.

use std::io::{self, Write};
use std::process::ExitCode;

const USAGE: &str = "\
usage: slacalc <command> < input.jsonl > output.jsonl

commands:
  due        {\"id\",\"start\",\"calendar\",\"minutes\"} -> {\"id\",\"due\"}
  help       print this message
  version    print the version
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None => usage_error("no command given"),
        Some("help" | "-h" | "--help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("version" | "-V" | "--version") => {
            println!("slacalc {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some(other) => usage_error(&format!("unknown command `{other}`")),
    }
}

fn usage_error(message: &str) -> ExitCode {
    let _ = writeln!(io::stderr(), "slacalc: {message}\n\n{USAGE}");
    ExitCode::from(2)
}
