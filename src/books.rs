//! The price books every view prices with: the shipped books (parsed once
//! per page load) followed by the user's own from saved work, as one
//! reactive list, beside [`crate::catalog::use_plans`].

use std::sync::OnceLock;

use leptos::prelude::*;
use slacalc_engine::price::{shipped_books, PriceBook};

use crate::error::AppError;
use crate::store::use_store;

static SHIPPED: OnceLock<Result<Vec<PriceBook>, AppError>> = OnceLock::new();

/// The books shipped with this build.
pub fn shipped() -> Result<Vec<PriceBook>, AppError> {
    SHIPPED
        .get_or_init(|| shipped_books().map_err(AppError::Catalog))
        .clone()
}

/// The shipped books and the user's own, shipped first; follows saved
/// work (also when another tab changes it).
pub fn use_books() -> Memo<Vec<PriceBook>> {
    let store = use_store();
    Memo::new(move |_| {
        let mut books = shipped().unwrap_or_default();
        if let Some(store) = store {
            store
                .work
                .with(|w| books.extend(w.price_books.iter().cloned()));
        }
        books
    })
}
