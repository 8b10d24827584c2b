//! The binary as a user runs it: arguments, exit codes, messages.

use std::process::Command;

fn slacalc(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_slacalc"))
        .args(args)
        .output()
        .expect("the slacalc binary runs")
}

#[test]
fn unknown_command_fails_with_usage() {
    let out = slacalc(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("unknown command `frobnicate`"), "{stderr}");
    assert!(stderr.contains("usage: slacalc"), "{stderr}");
}

#[test]
fn no_command_fails_with_usage() {
    let out = slacalc(&[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no command given"));
}

#[test]
fn help_lists_the_due_command() {
    let out = slacalc(&["help"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("due "));
}
