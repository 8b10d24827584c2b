//! A stable sort compiled once for every caller, for the browser's download.
//!
//! The standard library's sorts are compiled anew for every element type
//! and every key closure, 2–5 KB of wasm each; the deadline view alone
//! had three. [`sort_by_key`] computes each key once, then sorts the
//! positions with one heap sort that every caller shares (it compares
//! through `&dyn Fn`), and moves the items into place with code compiled
//! once per item type. Ties are broken by position, so equal keys keep
//! their order, as with the standard library's stable sort. Lists already
//! in order, as the shipped calendars' days and an incident's events
//! usually are, are left alone after one pass (`is_sorted`).

use std::cmp::Ordering;

/// Sorts `items` by `key`, equal keys in the order they were in. Each
/// key is computed once (as `sort_by_cached_key` does).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl FnMut(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    if keys.is_sorted() {
        return;
    }
    let from = sorted_positions(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    permute(items, from);
}

/// The positions `0..n` sorted by `cmp`, ties by position: a heap sort,
/// O(n log n) at worst, compiled once.
fn sorted_positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let less = |a: usize, b: usize| cmp(a, b).then(a.cmp(&b)) == Ordering::Less;
    let mut heap: Vec<usize> = (0..n).collect();
    // Moves heap[at] down until neither child within `len` is greater.
    let sift_down = |heap: &mut [usize], mut at: usize, len: usize| loop {
        let mut child = 2 * at + 1;
        if child >= len {
            break;
        }
        if child + 1 < len && less(heap[child], heap[child + 1]) {
            child += 1;
        }
        if !less(heap[at], heap[child]) {
            break;
        }
        heap.swap(at, child);
        at = child;
    };
    for at in (0..n / 2).rev() {
        sift_down(&mut heap, at, n);
    }
    for end in (1..n).rev() {
        heap.swap(0, end);
        sift_down(&mut heap, 0, end);
    }
    heap
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
