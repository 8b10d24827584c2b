//! The price books every view prices with: the shipped books (parsed once
//! per page load) followed by the user's own from saved work, as one
//! reactive list, beside [`crate::catalog::use_plans`].

use std::sync::OnceLock;

use leptos::prelude::*;
use slacalc_engine::price::{book_missing, choose_book, shipped_books, PriceBook};
use slacalc_i18n::{msg, Text, Value};
use slacalc_state::{Field, Notice};

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

/// What to tell the reader when a link asks for price book `id` and this
/// browser has no such book, naming the book shown instead. `None` when
/// the book is here (or the link names none). The price, compare and
/// simulate views all say it in these words.
pub fn missing_book_text(books: &[PriceBook], id: &str) -> Option<Text> {
    if !book_missing(books, id) {
        return None;
    }
    let shown = choose_book(books, id)?.name.clone();
    Some(
        Text::new(msg::PRICE_BOOK_MISSING)
            .with("id", id)
            .with("shown", Value::Catalog(shown)),
    )
}

/// A link's `notices` and, while the price book it asks for (`book`) is
/// not in this browser, one more saying which book the prices are from.
pub fn with_missing_book(
    notices: Signal<Vec<Notice>>,
    books: Memo<Vec<PriceBook>>,
    book: impl Fn() -> String + Send + Sync + 'static,
) -> Signal<Vec<Notice>> {
    Signal::derive(move || {
        let mut all = notices.get();
        let id = book();
        if let Some(text) = books.with(|b| missing_book_text(b, &id)) {
            all.push(Notice::text(Field::Book, text));
        }
        all
    })
}
