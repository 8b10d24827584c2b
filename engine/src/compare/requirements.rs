//! What a customer needs, checked against each plan: verdicts that say
//! why a plan falls short, ranked best first.

use std::collections::BTreeMap;

use slacalc_i18n::{msg, Key, Text};

use crate::catalog::{Catalog, Inclusion, Plan};
use crate::error::Result;
use crate::sla::Severity;

use super::table::phone_channel;
use super::{catalog_words, name_list, target_length, LongestWait, PlanPrice};

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
    pub requirement: Text,
    /// Whether the plan meets it.
    pub met: bool,
    /// Why, in words: the figure that meets or misses it.
    pub reason: Text,
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
    // The key has the shape of `cheapest_first`'s (no price yet), so the
    // two share one compiled sort.
    crate::order::sort_by_key(&mut verdicts, |v| {
        (
            v.unmet(),
            i64::MAX,
            v.longest_critical_wait.unwrap_or(i64::MAX),
        )
    });
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
    crate::order::sort_by_key(verdicts, |v| {
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
pub fn ranking_summary(verdicts: &[Verdict]) -> Text {
    let meeting: Vec<&Verdict> = verdicts.iter().filter(|v| v.meets()).collect();
    let all_counted = meeting
        .iter()
        .all(|v| v.price.as_ref().is_some_and(PlanPrice::counts));
    let examples = meeting
        .iter()
        .any(|v| v.price.as_ref().is_some_and(|p| !p.counts()));
    let key = match meeting.len() {
        0 => msg::COMPARE_SUMMARY_NONE,
        1 => msg::COMPARE_SUMMARY_ONE,
        _ if all_counted => msg::COMPARE_SUMMARY_CHEAPEST,
        _ if examples => msg::COMPARE_SUMMARY_EXAMPLES,
        _ => msg::COMPARE_SUMMARY_UNPRICED,
    };
    Text::new(key).with("count", meeting.len())
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
        let requirement =
            Text::new(msg::COMPARE_REQ_CRITICAL).with("length", target_length(u64::from(limit)));
        checks.push(match &wait {
            Some((wait, target)) => Check {
                requirement,
                met: wait.seconds <= i64::from(limit) * 60,
                reason: Text::new(msg::COMPARE_REASON_LONGEST_WAIT)
                    .with("wait", wait.describe(target)),
            },
            None => Check {
                requirement,
                met: false,
                reason: Text::new(msg::COMPARE_REASON_NO_CRITICAL),
            },
        });
    }
    if requirements.phone {
        checks.push(Check {
            requirement: Text::new(msg::COMPARE_REQ_PHONE),
            met: phone_channel(plan).is_some(),
            reason: match phone_channel(plan) {
                Some(c) => {
                    Text::new(msg::COMPARE_REASON_CHANNEL).with("channel", catalog_words(&c.name))
                }
                None => match name_list(plan.channels.iter().map(|c| &*c.name)) {
                    Some(channels) => {
                        Text::new(msg::COMPARE_REASON_CHANNELS).with("channels", channels)
                    }
                    None => Text::new(msg::COMPARE_REASON_NO_CHANNELS),
                },
            },
        });
    }
    let mut service_check = |requirement: Key, ids: &[&str], what: Key| {
        let requirement = Text::new(requirement);
        let offer = plan
            .services
            .iter()
            .filter(|s| ids.contains(&&*s.service))
            .min_by_key(|s| s.availability.rank());
        checks.push(match offer {
            Some(offer) if offer.availability != Inclusion::NotOffered => Check {
                requirement,
                met: true,
                reason: Text::new(match offer.availability {
                    Inclusion::Included => msg::COMPARE_REASON_INCLUDED,
                    _ => msg::COMPARE_REASON_PAID,
                })
                .with("service", catalog_words(&offer.name)),
            },
            Some(offer) => Check {
                requirement,
                met: false,
                reason: Text::new(msg::COMPARE_REASON_NOT_OFFERED)
                    .with("service", catalog_words(&offer.name)),
            },
            None => Check {
                requirement,
                met: false,
                reason: Text::new(msg::COMPARE_REASON_NOT_MENTIONED).with("what", Text::new(what)),
            },
        });
    };
    if requirements.dedicated_engineer {
        service_check(
            msg::COMPARE_REQ_ENGINEER,
            &["dedicated_engineer", "technical_account_manager"],
            msg::COMPARE_WHAT_ENGINEER,
        );
    }
    if requirements.onsite_visits {
        service_check(
            msg::COMPARE_REQ_ONSITE,
            &["onsite_visit"],
            msg::COMPARE_WHAT_ONSITE,
        );
    }
    Ok(Verdict {
        plan_id: plan.id.to_string(),
        plan_name: plan.name.to_string(),
        checks,
        price: None,
        longest_critical_wait: wait.map(|(w, _)| w.seconds),
    })
}
