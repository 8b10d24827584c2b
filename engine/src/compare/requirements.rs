//! What a customer needs, checked against each plan: verdicts that say
//! why a plan falls short, ranked best first.

use std::collections::BTreeMap;

use crate::catalog::{Catalog, Inclusion, Plan};
use crate::error::Result;
use crate::sla::Severity;
use crate::words;

use super::table::phone_channel;
use super::{LongestWait, PlanPrice};

/// What a customer needs; a plan meets it or says why not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Requirements {
    /// A critical incident answered within this many minutes at any hour,
    /// nights and weekends included.
    pub critical_response_minutes: Option<u32>,
    /// Phone support is needed.
    pub phone: bool,
    /// A dedicated engineer or technical account manager is needed.
    pub dedicated_engineer: bool,
    /// On-site visits are needed.
    pub onsite_visits: bool,
}

impl Requirements {
    /// True when nothing is required.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// One requirement checked against one plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// The requirement in words.
    pub requirement: String,
    /// Whether the plan meets it.
    pub met: bool,
    /// Why, in words: the figure that meets or misses it.
    pub reason: String,
}

/// A plan against the requirements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// The plan's id.
    pub plan_id: String,
    /// The plan's name.
    pub plan_name: String,
    /// One check per requirement asked for.
    pub checks: Vec<Check>,
    /// The plan's price and where it comes from (set by
    /// [`cheapest_first`]); `None` where the book has no price for it.
    pub price: Option<PlanPrice>,
    /// The critical response's longest wait, for ranking plans that meet.
    longest_critical_wait: Option<i64>,
}

impl Verdict {
    /// True when the plan meets every requirement.
    pub fn meets(&self) -> bool {
        self.checks.iter().all(|c| c.met)
    }

    /// How many requirements the plan misses.
    pub fn unmet(&self) -> usize {
        self.checks.iter().filter(|c| !c.met).count()
    }
}

/// The plans `ids` checked against `requirements`, best first: plans that
/// meet everything, then by fewer unmet requirements, then by the
/// shortest critical response; ties keep the given order.
pub fn rank(
    catalog: &Catalog,
    ids: &[String],
    requirements: &Requirements,
) -> Result<Vec<Verdict>> {
    let mut verdicts = Vec::new();
    for found in ids.iter().filter_map(|id| catalog.plan(id)) {
        verdicts.push(verdict(catalog, found.plan, requirements)?);
    }
    verdicts.sort_by_key(|v| (v.unmet(), v.longest_critical_wait.unwrap_or(i64::MAX)));
    Ok(verdicts)
}

/// The verdicts with their prices, reordered so that, among plans that
/// meet every requirement, the cheaper comes first: "the cheapest plan
/// that meets my needs" heads the list. Only prices that
/// [count](PlanPrice::counts) order the list: an example price or a
/// missing one never puts a plan ahead; those keep the order of the
/// shortest critical response, after the priced ones. Plans that miss
/// something stay closest first (fewest misses, then the shortest
/// critical response): a free plan that misses is not "closer".
pub fn cheapest_first(verdicts: &mut [Verdict], prices: &BTreeMap<String, PlanPrice>) {
    for verdict in verdicts.iter_mut() {
        verdict.price = prices.get(&verdict.plan_id).cloned();
    }
    verdicts.sort_by_key(|v| {
        (
            v.unmet(),
            v.price
                .as_ref()
                .filter(|p| p.counts() && v.meets())
                .map_or(i64::MAX, |p| p.figure.monthly.cents()),
            v.longest_critical_wait.unwrap_or(i64::MAX),
        )
    });
}

/// One sentence on how the ranked verdicts are ordered and what the order
/// rests on: the cheapest first where prices are real, the fastest
/// critical response first where they are examples, saying so.
pub fn ranking_summary(verdicts: &[Verdict]) -> String {
    let meeting: Vec<&Verdict> = verdicts.iter().filter(|v| v.meets()).collect();
    let all_counted = meeting
        .iter()
        .all(|v| v.price.as_ref().is_some_and(PlanPrice::counts));
    let examples = meeting
        .iter()
        .any(|v| v.price.as_ref().is_some_and(|p| !p.counts()));
    match meeting.len() {
        0 => "No chosen plan meets every requirement; closest first.".to_owned(),
        1 => "One plan meets every requirement.".to_owned(),
        n if all_counted => format!("{n} plans meet every requirement; cheapest first."),
        n if examples => format!(
            "{n} plans meet every requirement; fastest critical response first. \
             Their prices are example rates, not the providers' prices, so none is called cheapest."
        ),
        n => format!(
            "{n} plans meet every requirement; fastest critical response first (not every plan has a price)."
        ),
    }
}

fn verdict(catalog: &Catalog, plan: &Plan, requirements: &Requirements) -> Result<Verdict> {
    let mut checks = Vec::new();
    let critical = catalog
        .targets(plan, Severity::Critical)
        .first_response
        .clone();
    let wait = match &critical {
        Some(target) => LongestWait::of(target)?.map(|w| (w, target)),
        None => None,
    };
    if let Some(limit) = requirements.critical_response_minutes {
        let requirement = format!(
            "Critical response within {} at any hour",
            words::target_length(u64::from(limit))
        );
        checks.push(match &wait {
            Some((wait, target)) => Check {
                requirement,
                met: wait.seconds <= i64::from(limit) * 60,
                reason: format!("Longest wait {}", wait.describe(target)),
            },
            None => Check {
                requirement,
                met: false,
                reason: "No response time is promised for critical incidents".to_owned(),
            },
        });
    }
    if requirements.phone {
        checks.push(Check {
            requirement: "Phone support".to_owned(),
            met: phone_channel(plan).is_some(),
            reason: match phone_channel(plan) {
                Some(c) => format!("Channel: {}", c.name),
                None => format!(
                    "Channels are {}",
                    plan.channels
                        .iter()
                        .map(|c| c.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            },
        });
    }
    let mut service_check = |requirement: &str, ids: &[&str], what: &str| {
        let offer = plan
            .services
            .iter()
            .filter(|s| ids.contains(&s.service.as_str()))
            .min_by_key(|s| s.availability.rank());
        checks.push(match offer {
            Some(offer) if offer.availability != Inclusion::NotOffered => Check {
                requirement: requirement.to_owned(),
                met: true,
                reason: match offer.availability {
                    Inclusion::Included => format!("{} is included", offer.name),
                    _ => format!("{} is a paid option", offer.name),
                },
            },
            Some(offer) => Check {
                requirement: requirement.to_owned(),
                met: false,
                reason: format!("{} is not offered in this plan", offer.name),
            },
            None => Check {
                requirement: requirement.to_owned(),
                met: false,
                reason: format!("The plan's source mentions no {what}"),
            },
        });
    };
    if requirements.dedicated_engineer {
        service_check(
            "Dedicated engineer",
            &["dedicated_engineer", "technical_account_manager"],
            "dedicated engineer or account manager",
        );
    }
    if requirements.onsite_visits {
        service_check("On-site visits", &["onsite_visit"], "on-site visits");
    }
    Ok(Verdict {
        plan_id: plan.id.clone(),
        plan_name: plan.name.clone(),
        checks,
        price: None,
        longest_critical_wait: wait.map(|(w, _)| w.seconds),
    })
}
