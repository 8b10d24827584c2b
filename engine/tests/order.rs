//! The shared stable sorts agree with the standard library's.

use proptest::prelude::*;
use slacalc_engine::order::{sort_by_key, sort_few_by_key, TotalOrder};

proptest! {
    #[test]
    fn sorts_as_the_standard_stable_sort_does(
        // Few distinct keys, so that many items tie.
        items in prop::collection::vec((0u8..6, any::<u16>()), 0..200),
    ) {
        let mut ours = items.clone();
        sort_by_key(&mut ours, |item| item.0);
        let mut std = items;
        std.sort_by_key(|item| item.0);
        prop_assert_eq!(ours, std);
    }

    // Lists already in order (left after one pass) and in reverse order
    // (the heap sort's every step), both with many ties.
    #[test]
    fn sorted_and_reversed_lists_sort_as_the_standard_stable_sort_does(
        items in prop::collection::vec((0u8..6, any::<u16>()), 0..200),
    ) {
        let mut sorted = items.clone();
        sorted.sort_by_key(|item| item.0);
        let mut ours = sorted.clone();
        sort_by_key(&mut ours, |item| item.0);
        prop_assert_eq!(&ours, &sorted);
        let mut reversed = sorted;
        reversed.reverse();
        let mut ours = reversed.clone();
        sort_by_key(&mut ours, |item| item.0);
        reversed.sort_by_key(|item| item.0);
        prop_assert_eq!(ours, reversed);
    }

    #[test]
    fn sorts_few_as_the_standard_stable_sort_does(
        items in prop::collection::vec((0u8..4, any::<u16>()), 0..24),
    ) {
        let mut ours = items.clone();
        sort_few_by_key(&mut ours, |item| item.0);
        let mut std = items;
        std.sort_by_key(|item| item.0);
        prop_assert_eq!(ours, std);
    }

    #[test]
    fn total_order_is_f64_total_cmp(
        values in prop::collection::vec(prop_oneof![
            any::<f64>(),
            Just(0.0),
            Just(-0.0),
            Just(f64::NAN),
            Just(f64::INFINITY),
        ], 0..60),
    ) {
        let mut ours = values.clone();
        sort_by_key(&mut ours, |v| TotalOrder(*v));
        let mut std = values;
        std.sort_by(f64::total_cmp);
        prop_assert_eq!(
            ours.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
            std.iter().map(|v| v.to_bits()).collect::<Vec<_>>()
        );
    }
}

#[test]
fn a_long_cycle_is_moved_in_one_pass() {
    // Every item one place from where it belongs: a single cycle.
    let mut items: Vec<u32> = (1..1000).chain([0]).collect();
    sort_by_key(&mut items, |i| *i);
    assert_eq!(items, (0..1000).collect::<Vec<_>>());
}
