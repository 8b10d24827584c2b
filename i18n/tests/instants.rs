//! Instants in texts: plain figures write them exactly (RFC 3339, UTC), and
//! a text can be shown in a reader's zone without losing the instant.

use slacalc_i18n::{msg, Formats, Lang, Plain, Text, Value};

#[test]
fn plain_figures_write_an_instant_in_rfc_3339_utc() {
    for (epoch_ms, written) in [
        (0.0, "1970-01-01T00:00:00Z"),
        (1_796_029_200_000.0, "2026-11-30T09:00:00Z"),
        (951_782_400_000.0, "2000-02-29T00:00:00Z"),
        (-1_000.0, "1969-12-31T23:59:59Z"),
        // A millisecond before the epoch is still the last second of 1969.
        (-1.0, "1969-12-31T23:59:59Z"),
        (4_107_587_696_000.0, "2100-03-01T12:34:56Z"),
        (-2_203_894_800_000.0, "1900-02-28T23:00:00Z"),
    ] {
        assert_eq!(
            Plain.date_time(Lang::En, epoch_ms, "Europe/Berlin"),
            written
        );
    }
}

#[test]
fn a_text_shown_in_a_zone_moves_every_instant_in_it_there() {
    let at = |ms: f64| Value::DateTime {
        epoch_ms: ms,
        zone: "UTC".to_owned(),
    };
    let inner = Text::new(msg::SLA_EVENT_AT)
        .with("kind", "Resumed")
        .with("at", at(1_000.0));
    let outer = Text::new(msg::SLA_EVENT_IS_AFTER_NOW)
        .with("event", inner)
        .with("now", at(0.0));
    let shown = outer.shown_in("Europe/Berlin");
    let zones = |text: &Text| format!("{text:?}").matches("Europe/Berlin").count();
    assert_eq!(zones(&shown), 2, "{shown:?}");
    assert_eq!(zones(&outer), 0);
    // The instants themselves do not move.
    assert_eq!(shown.english(), outer.english());
}
