//! The engine's one error type. Every message says what was wrong and what
//! a person can do about it, as a [`Text`] the app renders in the reader's
//! language (`Display` is the English, for the CLI and logs).

use std::fmt;

use slacalc_i18n::{msg, Text};

/// An error from the engine: bad input (a calendar, a time, a plan) or a
/// request outside what the engine can compute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: Text,
}

/// What sort of failure an [`Error`] is, for callers that react
/// differently (a form field, a CLI exit code); the message says the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input does not describe anything valid (a malformed time, an
    /// unknown zone, overlapping intervals, contradictory dates).
    Invalid,
    /// The question is valid but the answer lies outside the years the
    /// engine computes.
    OutOfRange,
}

impl Error {
    pub(crate) fn invalid(message: Text) -> Self {
        Self {
            kind: ErrorKind::Invalid,
            message,
        }
    }

    pub(crate) fn out_of_range(message: Text) -> Self {
        Self {
            kind: ErrorKind::OutOfRange,
            message,
        }
    }

    /// What went wrong and what to do, in words to render in a language.
    pub fn text(&self) -> &Text {
        &self.message
    }

    /// What sort of failure this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The same error with `context` in front, e.g. the field it came from.
    pub fn context(self, context: Text) -> Self {
        Self {
            kind: self.kind,
            message: Text::new(msg::ERROR_IN_CONTEXT)
                .with("context", context)
                .with("message", self.message),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message.fmt(f)
    }
}

impl std::error::Error for Error {}

/// A result whose error is the engine's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
