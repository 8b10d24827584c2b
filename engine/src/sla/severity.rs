//! The common severity scale every provider's levels map onto.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The common severity scale every provider's own levels map onto.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The highest level: the business cannot work (each provider's first
    /// priority; see `engine/data/catalog/README.md` for the mapping).
    Critical,
    /// Production is significantly impaired.
    High,
    /// The system is impaired with minimal business impact.
    Medium,
    /// General issues, questions and requests.
    Low,
}

impl Severity {
    /// Every severity, most severe first.
    pub const ALL: [Severity; 4] = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
    ];

    /// The severity's name in lowercase, as links and the CLI write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Severity {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        Severity::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| {
                Error::invalid(format!(
                    "unknown severity `{s}`; use critical, high, medium or low"
                ))
            })
    }
}
