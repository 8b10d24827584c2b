//! The common severity scale every provider's levels map onto.

use std::fmt;

use serde::{Deserialize, Serialize};

use slacalc_i18n::{msg, Text};

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

    /// The severity in words for running text, lower-case in English
    /// (`critical`), in the reader's language.
    pub fn label(self) -> Text {
        Text::new(match self {
            Severity::Critical => msg::SLA_SEVERITY_CRITICAL,
            Severity::High => msg::SLA_SEVERITY_HIGH,
            Severity::Medium => msg::SLA_SEVERITY_MEDIUM,
            Severity::Low => msg::SLA_SEVERITY_LOW,
        })
    }

    /// The severity as a heading or the start of a sentence (`Critical`).
    pub fn title(self) -> Text {
        Text::new(match self {
            Severity::Critical => msg::SLA_SEVERITY_TITLE_CRITICAL,
            Severity::High => msg::SLA_SEVERITY_TITLE_HIGH,
            Severity::Medium => msg::SLA_SEVERITY_TITLE_MEDIUM,
            Severity::Low => msg::SLA_SEVERITY_TITLE_LOW,
        })
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
            .ok_or_else(|| Error::invalid(Text::new(msg::SLA_UNKNOWN_SEVERITY).with("value", s)))
    }
}
