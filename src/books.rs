//! The price books every view prices with: the shipped books (parsed once
//! per page load) followed by the user's own from saved work, as one
//! reactive list, beside [`crate::catalog::use_plans`].

use std::sync::OnceLock;

use leptos::prelude::*;
use slacalc_engine::price::{shipped_books, PriceBook};

use crate::store::use_store;

static SHIPPED: OnceLock<Vec<PriceBook>> = OnceLock::new();

/// The books shipped with this build.
pub fn shipped() -> Vec<PriceBook> {
    SHIPPED.get_or_init(shipped_books).clone()
}

/// The shipped books and the user's own, shipped first; follows saved
/// work (also when another tab changes it).
pub fn use_books() -> Memo<Vec<PriceBook>> {
    let store = use_store();
    Memo::new(move |_| {
        let mut books = shipped();
        if let Some(store) = store {
            store
                .work
                .with(|w| books.extend(w.price_books.iter().cloned()));
        }
        books
    })
}
