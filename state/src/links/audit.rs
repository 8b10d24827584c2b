//! The ticket audit's link: `?plan=express-24x7&tz=Europe/Moscow`. The
//! tickets themselves are a file, too large and too private for a link:
//! the view keeps them in the tab (src/store.rs).

use slacalc_engine::calendar::parse_zone;
use slacalc_engine::catalog::Catalog;
use slacalc_engine::tz::Tz;
use slacalc_i18n::{msg, Text};

use super::{Field, Notice, ViewLink};
use crate::query::{Query, QueryWriter};

/// The plan audited against when a link names none.
pub const DEFAULT_AUDIT_PLAN: &str = "express-8x5";

/// The plan to audit against, and the zone of times written without an
/// offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditLink {
    /// The plan's id.
    pub plan: String,
    /// The zone of the export's wall-clock times; `None`: the user's own.
    pub tz: Option<Tz>,
}

impl Default for AuditLink {
    fn default() -> Self {
        Self {
            plan: DEFAULT_AUDIT_PLAN.to_owned(),
            tz: None,
        }
    }
}

impl ViewLink for AuditLink {
    const PATH: &'static str = "/audit";

    fn parse(catalog: &Catalog, query: &Query) -> (Self, Vec<Notice>) {
        let mut link = Self::default();
        let mut notices = Vec::new();
        for (key, value) in query.pairs() {
            let text = value.text();
            let text = text.trim();
            match key {
                "plan" if catalog.plan(text).is_some() => link.plan = text.to_owned(),
                "plan" => notices.push(Notice::text(
                    Field::Plan,
                    Text::new(msg::NOTICE_DEADLINE_PLAN_UNKNOWN)
                        .with("id", text)
                        .with("default", DEFAULT_AUDIT_PLAN),
                )),
                "tz" => match parse_zone(text) {
                    Ok(tz) => link.tz = Some(tz),
                    Err(e) => notices.push(Notice::text(
                        Field::Zone,
                        Text::new(msg::NOTICE_ZONE).with("reason", e.text().clone()),
                    )),
                },
                _ => {}
            }
        }
        (link, notices)
    }

    fn write(&self, query: &mut QueryWriter) {
        query.pair("plan", &self.plan);
        if let Some(tz) = self.tz {
            query.pair("tz", tz.name());
        }
    }
}
