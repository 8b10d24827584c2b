//! The state layer's one error type: what a person typed or a file held
//! that cannot be used, naming the field when there is one.

use std::fmt;

use crate::links::Field;

/// Input the state layer refuses, with the field it came from (if any)
/// and a message a person can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    field: Option<Field>,
    message: String,
}

impl Error {
    /// An error about the input as a whole.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            field: None,
            message: message.into(),
        }
    }

    /// An error about one field of a view's inputs.
    pub fn at(field: Field, message: impl Into<String>) -> Self {
        Self {
            field: Some(field),
            message: message.into(),
        }
    }

    /// The field that is wrong, if the error is about one.
    pub fn field(&self) -> Option<Field> {
        self.field
    }
}

impl From<slacalc_engine::Error> for Error {
    fn from(error: slacalc_engine::Error) -> Self {
        Self::new(error.to_string())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
