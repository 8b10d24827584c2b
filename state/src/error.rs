//! The state layer's one error type: what a person typed or a file held
//! that cannot be used, naming the field when there is one. The words are
//! a [`Text`] the app renders in the reader's language; `Display` is the
//! English (tests, logs).

use std::fmt;

use slacalc_i18n::Text;

use crate::links::Field;

/// Input the state layer refuses, with the field it came from (if any)
/// and a message a person can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    field: Option<Field>,
    message: Text,
}

impl Error {
    /// An error about the input as a whole.
    pub fn new(message: Text) -> Self {
        Self {
            field: None,
            message,
        }
    }

    /// An error about one field of a view's inputs.
    pub fn at(field: Field, message: Text) -> Self {
        Self {
            field: Some(field),
            message,
        }
    }

    /// The field that is wrong, if the error is about one.
    pub fn field(&self) -> Option<Field> {
        self.field
    }

    /// What is wrong and what to do, to render in the reader's language.
    pub fn text(&self) -> &Text {
        &self.message
    }
}

impl From<slacalc_engine::Error> for Error {
    fn from(error: slacalc_engine::Error) -> Self {
        Self::new(error.text().clone())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message.fmt(f)
    }
}

impl std::error::Error for Error {}
