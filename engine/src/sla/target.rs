//! Targets: a promise of so much working time on a calendar, for a first
//! response or a resolution.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::calendar::Calendar;

/// Which promise a target is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    FirstResponse,
    Resolution,
}

/// A promise: `minutes` of working time on `calendar` ("16 working hours"
/// and "16 hours" differ only in their calendar).
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub minutes: u64,
    pub calendar: Arc<Calendar>,
}

/// The targets of one severity; `None` is "no commitment".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Targets {
    pub first_response: Option<Target>,
    pub resolution: Option<Target>,
}

impl Targets {
    pub fn get(&self, kind: TargetKind) -> Option<&Target> {
        match kind {
            TargetKind::FirstResponse => self.first_response.as_ref(),
            TargetKind::Resolution => self.resolution.as_ref(),
        }
    }
}
