//! slacalc's app state, typed and free of any web dependency: every view's
//! link (the URL query), read leniently and written canonically, and the
//! saved work a browser keeps. The app moves text in and out of the URL and
//! local storage; everything that decides what the text means is here, so
//! it is tested natively (see docs/DESIGN.md, "The app layer").

#![deny(missing_docs)]

mod error;
pub mod links;
pub mod query;
pub mod saved;

pub use error::Error;
pub use links::{Field, Notice, ViewLink};
