//! The ticket audit's link: `?plan=express-24x7&tz=Europe/Moscow`. The
//! tickets themselves are a file, too large and too private for a link:
//! the view keeps them in the tab (src/store.rs).

use slacalc_engine::catalog::Catalog;
use slacalc_engine::tz::Tz;

use super::{Notice, ViewLink};
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
                "plan" => {
                    if let Some(plan) =
                        super::known_plan(catalog, text, DEFAULT_AUDIT_PLAN, &mut notices)
                    {
                        link.plan = plan;
                    }
                }
                "tz" => link.tz = super::zone(text, &mut notices).or(link.tz),
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
