//! The app layer's one error type: what went wrong between the page and
//! the browser or a file, in words a person can act on. Engine and state
//! errors pass through with their own messages. [`AppError::text`] is
//! what a view shows (in the reader's language); `Display` is the English,
//! for the console.

use std::fmt;

use slacalc_i18n::{msg, Text};
use slacalc_state::saved::Unreadable;

/// Something the app could not do.
#[derive(Clone, PartialEq)]
pub enum AppError {
    /// The shipped catalog could not be read (a broken build).
    Catalog(slacalc_engine::Error),
    /// The browser refused a download.
    DownloadRefused,
    /// A file chosen for import could not be read.
    FileUnreadable,
    /// A backup chosen for import is not slacalc's saved work.
    ImportRefused(Unreadable),
    /// The browser did not save (full storage, blocked, or a conflict).
    NotSaved(Text),
    /// A view's code, loaded on demand (src/routes.rs), could not be fetched.
    ViewNotLoaded,
    /// The part that reads and writes files and saved work (src/codec.rs),
    /// loaded on demand, could not be fetched.
    PartNotLoaded,
}

impl AppError {
    /// What went wrong and what to do, to render in the reader's language
    /// (`locale.text(&error.text())`).
    pub fn text(&self) -> Text {
        match self {
            AppError::Catalog(e) => {
                Text::new(msg::APP_ERROR_CATALOG).with("reason", e.text().clone())
            }
            AppError::DownloadRefused => Text::new(msg::APP_ERROR_DOWNLOAD_REFUSED),
            AppError::FileUnreadable => Text::new(msg::APP_ERROR_FILE_UNREADABLE),
            AppError::ImportRefused(e) => {
                Text::new(msg::APP_ERROR_IMPORT_REFUSED).with("reason", e.text())
            }
            AppError::NotSaved(why) => {
                Text::new(msg::APP_ERROR_NOT_IMPORTED).with("reason", why.clone())
            }
            AppError::ViewNotLoaded => Text::new(msg::APP_ERROR_VIEW_NOT_LOADED),
            AppError::PartNotLoaded => Text::new(msg::APP_ERROR_PART_NOT_LOADED),
        }
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

/// The English words, not the fields: the error boundary needs `Debug`,
/// and a derived one would reach every figure's `f64` formatting, which
/// would then ride in the main wasm (i18n/src/decimal.rs).
impl fmt::Debug for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AppError({self})")
    }
}

impl std::error::Error for AppError {}
