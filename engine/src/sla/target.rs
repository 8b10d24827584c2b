//! Targets: a promise of so much working time on a calendar, for a first
//! response or a resolution.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::calendar::Calendar;

/// Which promise a target is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    /// The first response to the incident.
    FirstResponse,
    /// The incident's resolution.
    Resolution,
}

/// A promise: `minutes` of working time on `calendar` ("16 working hours"
/// and "16 hours" differ only in their calendar).
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    /// The target's length in working minutes.
    pub minutes: u64,
    /// The calendar the minutes are counted on.
    pub calendar: Arc<Calendar>,
}

/// The targets of one severity; `None` is "no commitment".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Targets {
    /// The first-response target.
    pub first_response: Option<Target>,
    /// The resolution target.
    pub resolution: Option<Target>,
}

impl Targets {
    /// The target of `kind`, if there is one.
    pub fn get(&self, kind: TargetKind) -> Option<&Target> {
        match kind {
            TargetKind::FirstResponse => self.first_response.as_ref(),
            TargetKind::Resolution => self.resolution.as_ref(),
        }
    }
}
