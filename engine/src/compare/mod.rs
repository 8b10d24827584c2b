//! Plans side by side, and the requirements a customer checks them
//! against. The compare view shows a [`Comparison`] as it is; every cell
//! carries the citation it was read from, and "best" is decided here, not
//! in the view.
//!
//! Targets on different calendars are not comparable by their length ("1
//! working hour" can mean 64 hours of waiting from a Friday evening), so
//! targets are ranked by their [`LongestWait`]: the longest calendar time
//! from opening to due over an ordinary week.
//!
//! Words for people are [`Text`]s (messages `compare-…` in
//! `i18n/locales/<lang>/compare.ftl`), rendered in the reader's language
//! by the view; words from the catalog travel as [`Value::Catalog`], so
//! they show translated where the data files translate them.

mod longest_wait;
mod prices;
mod requirements;
mod table;

use slacalc_i18n::{msg, Text, Value};

pub use longest_wait::LongestWait;
pub use prices::{add_prices, plan_prices, PlanPrice, PriceFigure};
pub use requirements::{cheapest_first, rank, ranking_summary, Check, Requirements, Verdict};
pub use table::{compare, Cell, Citation, Comparison, Line, PlanColumn, Row, RowGroup};

/// Words from the catalog (a name, a note, a quote's reason) as a text:
/// the catalog's words in English, their translation where there is one.
pub(crate) fn catalog_words(words: &str) -> Text {
    Text::catalog(words)
}

/// A target's length as the sources write it: minutes under an hour,
/// hours beyond (`16 h`, not days: a working day is not 24 hours).
pub(crate) fn target_length(minutes: u64) -> Text {
    slacalc_i18n::target_length_text(minutes)
}

/// A length of calendar time in seconds, in words (`2 d 16 h`).
pub(crate) fn duration(seconds: i64) -> Value {
    Value::Duration {
        ms: i128::from(seconds) * 1000,
    }
}

/// Names as one list: "A", "A and B", "A, B and C" (catalog words, each
/// shown translated where it has a translation).
pub(crate) fn name_list<'a>(names: impl IntoIterator<Item = &'a str>) -> Option<Text> {
    let names: Vec<Text> = names.into_iter().map(catalog_words).collect();
    let (last, rest) = names.split_last()?;
    let Some((before_last, earlier)) = rest.split_last() else {
        return Some(last.clone());
    };
    // "B" becomes "A, B" (commas from the back), then "A, B and C".
    let head = earlier
        .iter()
        .rev()
        .fold(before_last.clone(), |tail, name| {
            Text::new(msg::COMPARE_LIST_COMMA)
                .with("first", name.clone())
                .with("rest", tail)
        });
    Some(
        Text::new(msg::COMPARE_LIST_AND)
            .with("rest", head)
            .with("last", last.clone()),
    )
}

#[cfg(test)]
mod tests {
    use slacalc_i18n::{Lang, Plain};

    use super::*;

    #[test]
    fn a_list_of_names_joins_with_commas_and_a_last_and() {
        let list = |names: &[&str]| name_list(names.iter().copied()).map(|t| t.english());
        assert_eq!(list(&[]), None);
        assert_eq!(list(&["A"]).as_deref(), Some("A"));
        assert_eq!(list(&["A", "B"]).as_deref(), Some("A and B"));
        assert_eq!(
            list(&["A", "B", "C", "D"]).as_deref(),
            Some("A, B, C and D")
        );
        let russian = name_list(["A", "B", "C"]).unwrap().render(Lang::Ru, &Plain);
        assert_eq!(russian, "A, B и C");
    }

    #[test]
    fn target_lengths_stay_in_hours_in_both_languages() {
        assert_eq!(target_length(15).english(), "15 min");
        assert_eq!(target_length(2_400).english(), "40 h");
        assert_eq!(target_length(90).english(), "1 h 30 min");
        let ru = |minutes| target_length(minutes).render(Lang::Ru, &Plain);
        assert_eq!(ru(60), "1 час");
        assert_eq!(ru(2_400), "40 часов");
        assert_eq!(ru(1_440), "24 часа");
        assert_eq!(ru(61), "1 час 1 минута");
    }
}
