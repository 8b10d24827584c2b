//! The engine's one error type. Every message says what was wrong and what
//! a person can do about it; callers show it as is.

use std::fmt;

/// An error from the engine: bad input (a calendar, a time, a plan) or a
/// request outside what the engine can compute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
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
    pub(crate) fn invalid(message: impl Into<String>) -> Self {
        Self {
            kind: ErrorKind::Invalid,
            message: message.into(),
        }
    }

    pub(crate) fn out_of_range(message: impl Into<String>) -> Self {
        Self {
            kind: ErrorKind::OutOfRange,
            message: message.into(),
        }
    }

    /// What sort of failure this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The same error with `context` in front, e.g. the field it came from.
    pub fn context(self, context: impl fmt::Display) -> Self {
        Self {
            kind: self.kind,
            message: format!("{context}: {}", self.message),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// A result whose error is the engine's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
