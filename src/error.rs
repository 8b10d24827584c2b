//! The app layer's one error type: what went wrong between the page and
//! the browser or a file, in words a person can act on. Engine and state
//! errors pass through with their own messages.

use std::fmt;

use slacalc_state::saved::Unreadable;

/// Something the app could not do.
#[derive(Debug, Clone, PartialEq)]
pub enum AppError {
    /// The shipped catalog or price books could not be read (a broken build).
    Catalog(slacalc_engine::Error),
    /// The browser refused a download.
    DownloadRefused,
    /// A file chosen for import could not be read.
    FileUnreadable,
    /// A backup chosen for import is not slacalc's saved work.
    ImportRefused(Unreadable),
    /// The browser did not save (full storage, blocked, or a conflict).
    NotSaved(String),
    /// A view's code, loaded on demand (src/routes.rs), could not be fetched.
    ViewNotLoaded,
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::Catalog(e) => write!(f, "The plan catalog could not be read: {e}. Reload the page; if it persists, this build is broken."),
            AppError::DownloadRefused => f.write_str("The browser did not allow the download; allow downloads for this site and try again."),
            AppError::FileUnreadable => f.write_str("The file could not be read. Nothing was changed."),
            AppError::ImportRefused(e) => write!(f, "This file cannot be imported: {e}. Nothing was changed."),
            AppError::NotSaved(why) => write!(f, "Nothing was imported: {why}. Try again."),
            AppError::ViewNotLoaded => f.write_str("This page could not be downloaded (the connection dropped, or slacalc was just updated). Check the connection and reload the page."),
        }
    }
}

impl std::error::Error for AppError {}
