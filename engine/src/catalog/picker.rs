//! The catalog as plan pickers list it: plans grouped by provider, each
//! with the id to select and the name to show.

use super::Catalog;

/// One provider's plans as a picker lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderPlans {
    /// The provider's name, the picker's group heading.
    pub provider: String,
    /// The provider's plans, in catalog order.
    pub plans: Vec<PlanChoice>,
}

/// A plan as a picker offers it: the id to select, the name to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanChoice {
    /// The plan's stable id.
    pub id: String,
    /// The plan's name.
    pub name: String,
}

impl Catalog {
    /// Plans grouped by provider, in catalog order, for plan pickers.
    pub fn plans_by_provider(&self) -> Vec<ProviderPlans> {
        self.providers
            .iter()
            .map(|provider| ProviderPlans {
                provider: provider.provider.name.to_string(),
                plans: provider
                    .plans
                    .iter()
                    .map(|p| PlanChoice {
                        id: p.id.to_string(),
                        name: p.name.to_string(),
                    })
                    .collect(),
            })
            .collect()
    }
}
