//! A stable sort compiled once per key type, for the browser's download.
//!
//! `slice::sort_by_key` is compiled anew at every call site (each closure
//! is a type of its own), some 4 KB of wasm each; the deadline view alone
//! had eight. [`sort_by_key`] is still compiled per call site, but it is
//! small: it sorts (key, position) pairs with an unstable sort compiled
//! once per key type, then moves the items into place with code compiled
//! once per item type, so call sites share the big part. Equal keys keep their order, as with the standard
//! library's stable sort; the engine's hot paths (the SLA clock, calendars)
//! keep the standard library's.

use std::cmp::Ordering;

/// Sorts `items` by `key`, equal keys in the order they were in.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    let mut order: Vec<(K, usize)> = items
        .iter()
        .enumerate()
        .map(|(at, item)| (key(item), at))
        .collect();
    // Positions are distinct, so the unstable sort's result is the stable one.
    order.sort_unstable();
    let from: Vec<usize> = order.into_iter().map(|(_, at)| at).collect();
    permute(items, from);
}

/// Puts `items[from[p]]` at `p` for every `p`, following each cycle once.
fn permute<T>(items: &mut [T], mut from: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..from.len() {
        let mut at = start;
        while from[at] != DONE {
            let next = from[at];
            from[at] = DONE;
            if next == start {
                break;
            }
            items.swap(at, next);
            at = next;
        }
    }
}

/// Sorts a few `items` by `key`, equal keys in the order they were in:
/// insertion sort, a handful of instructions per call site where the
/// standard library's sorts are kilobytes, for lists that stay short (one
/// day's intervals, one date's pieces of work). Quadratic: not for lists
/// a person can make long.
pub fn sort_few_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// An `f64` ordered as [`f64::total_cmp`] orders it, to sort by.
#[derive(Debug, Clone, Copy)]
pub struct TotalOrder(pub f64);

impl PartialEq for TotalOrder {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for TotalOrder {}

impl PartialOrd for TotalOrder {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for TotalOrder {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}
