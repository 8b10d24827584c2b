//! The words of prices and quotes as [`Text`]s, for the app to render in
//! the reader's language: amounts as money, exact figures as numbers,
//! severities and target lengths by message, catalog words as catalog
//! words (shown translated where the data files have them).

use slacalc_i18n::{msg, Text, Value};

use crate::sla::{Severity, TargetKind};

use super::Decimal;

/// An amount in `currency`, for the reader's locale to place the symbol.
pub(crate) fn money(amount: Decimal, currency: &str) -> Value {
    Value::Money {
        amount: amount.to_f64(),
        currency: currency.to_owned(),
    }
}

/// An exact figure (hours, a percent, a multiplier): every decimal it has.
pub(crate) fn number(value: Decimal) -> Value {
    Value::Number {
        value: value.to_f64(),
        max_fraction: 6,
    }
}

/// Words from the catalog or a price book (a service, channel or
/// calendar name, a fee's label), translated where a translation exists.
pub fn catalog(words: &str) -> Text {
    Text::catalog(words)
}

/// Text shown as it is (a name, an id).
pub(crate) fn verbatim(words: &str) -> Text {
    Text::verbatim(words)
}

/// `Critical`, `Критический`: a severity as a heading or a row's name.
pub fn severity(severity: Severity) -> Text {
    Text::new(msg::PRICE_SEVERITY).with("severity", severity.as_str())
}

/// `first response`, `resolution`: the target, inside a sentence.
pub(crate) fn target_kind(kind: TargetKind) -> Text {
    let kind = match kind {
        TargetKind::FirstResponse => "first",
        TargetKind::Resolution => "resolution",
    };
    Text::new(msg::PRICE_TARGET_KIND).with("kind", kind)
}

/// A target's length as the sources write it: minutes under an hour,
/// hours beyond (`16 h`, not days: a working day is not 24 hours).
pub fn target_length(minutes: u64) -> Text {
    slacalc_i18n::target_length_text(minutes)
}

/// Texts run together with `key` (a message of `$first` and `$second`):
/// `a; b; c` as `(a; b); c`. `None` for no texts.
pub(crate) fn joined(texts: Vec<Text>, key: slacalc_i18n::Key) -> Option<Text> {
    texts
        .into_iter()
        .reduce(|first, second| Text::new(key).with("first", first).with("second", second))
}
