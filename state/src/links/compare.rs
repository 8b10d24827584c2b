//! The compare view's link:
//! `?plans=a,b&crit=30&phone=1&engineer=1&onsite=1` plus the price parts.

use slacalc_engine::catalog::Catalog;
use slacalc_engine::compare::Requirements;
use slacalc_engine::package::Package;

use slacalc_i18n::{msg, Text};

use super::package_links::{self, Opened};
use super::{flag, known_plans, Field, Notice, PriceLink, ViewLink};
use crate::query::{Query, QueryWriter};

/// Plans shown when a link names none.
pub const DEFAULT_COMPARE_PLANS: [&str; 4] =
    ["express-8x5", "express-24x7", "tencent-business", "vkcloud"];
/// Longest critical-response requirement a link may ask for: a week.
const MAX_REQUIRED_MINUTES: u32 = 7 * 24 * 60;

/// Plans side by side, the requirements they are ranked against, and the
/// price book and size their price rows use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareLink {
    /// Plan ids, as columns, in order.
    pub plans: Vec<String>,
    /// What the customer requires.
    pub requirements: Requirements,
    /// The price book and the customer's size.
    pub pricing: PriceLink,
    /// A package that travels in the link (`package=`, a share link), so
    /// a package someone sent can be compared without saving it first.
    pub package: Option<Package>,
    /// A package the link carries that this page could not open yet (the
    /// app's JSON code did not arrive), kept as written so that an edit
    /// writes it back rather than dropping it.
    pub unopened: Option<UnopenedPackage>,
}

/// A link's package, not read: its `package=` text and the plan ids the
/// link names that no known plan has (the package's own, presumably).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnopenedPackage {
    /// The `package=` value, verbatim.
    pub text: String,
    /// Plan ids from `plans=` waiting for the package, each with its place
    /// in that list, ascending: written back where they were.
    pub plans: Vec<(usize, String)>,
}

impl Default for CompareLink {
    fn default() -> Self {
        Self {
            plans: DEFAULT_COMPARE_PLANS.map(str::to_owned).to_vec(),
            requirements: Requirements::default(),
            pricing: PriceLink::default(),
            package: None,
            unopened: None,
        }
    }
}

impl ViewLink for CompareLink {
    const PATH: &'static str = "/compare";

    fn parse(catalog: &Catalog, query: &Query) -> (Self, Vec<Notice>) {
        let (pricing, mut notices) = PriceLink::read(query);
        let mut link = Self {
            pricing,
            ..Self::default()
        };
        // The package in the link is a plan like the others while reading.
        let with_package;
        let catalog = match query
            .get("package")
            .map(|text| package_links::open(text.trim()))
        {
            None => catalog,
            Some(Opened::Package(package)) => match package_links::add(catalog, &package) {
                Ok(extended) => {
                    link.package = Some(package);
                    with_package = extended;
                    &with_package
                }
                Err(reason) => {
                    notices.push(Notice::text(
                        Field::Package,
                        Text::new(msg::NOTICE_PACKAGE_NOT_COMPARABLE).with("reason", reason),
                    ));
                    catalog
                }
            },
            Some(Opened::Unusable(why)) => {
                notices.push(Notice::text(
                    Field::Package,
                    Text::new(msg::NOTICE_PACKAGE_UNUSABLE).with("reason", why),
                ));
                catalog
            }
            Some(Opened::NotLoaded) => {
                notices.push(Notice::text(
                    Field::Package,
                    Text::new(msg::NOTICE_PACKAGE_UNUSABLE)
                        .with("reason", Text::new(msg::NOTICE_PACKAGE_NOT_LOADED)),
                ));
                link.unopened = query.get("package").map(|text| UnopenedPackage {
                    text,
                    plans: Vec::new(),
                });
                catalog
            }
        };
        for (key, value) in query.pairs() {
            let text = value.text();
            let requirements = &mut link.requirements;
            match key {
                "plans" => {
                    let mut ids = value.list();
                    let mut waiting = false;
                    if let Some(unopened) = &mut link.unopened {
                        // Not unknown: waiting for the package they name.
                        let (known, others): (Vec<_>, Vec<_>) = ids
                            .into_iter()
                            .enumerate()
                            .partition(|(_, id)| catalog.plan(id).is_some());
                        ids = known.into_iter().map(|(_, id)| id).collect();
                        unopened.plans = others;
                        waiting = !unopened.plans.is_empty();
                    }
                    let plans = known_plans(catalog, Field::Plans, ids, &mut notices);
                    if plans.is_empty() && waiting {
                        // Only the package's plan: not the default plans,
                        // which an edit would then write into the link.
                        link.plans = plans;
                    } else if plans.is_empty() {
                        notices.push(Notice::text(
                            Field::Plans,
                            Text::new(msg::NOTICE_PLANS_NONE),
                        ));
                    } else {
                        link.plans = plans;
                    }
                }
                "crit" => match text.trim().parse::<u32>() {
                    Ok(m) if (1..=MAX_REQUIRED_MINUTES).contains(&m) => {
                        requirements.critical_response_minutes = Some(m)
                    }
                    _ => notices.push(Notice::text(
                        Field::CriticalResponse,
                        Text::new(msg::NOTICE_CRITICAL_RESPONSE)
                            .with("text", text.as_str())
                            .with("max", MAX_REQUIRED_MINUTES),
                    )),
                },
                "phone" => requirements.phone = flag(&text, Field::Phone, &mut notices),
                "engineer" => {
                    requirements.dedicated_engineer = flag(&text, Field::Engineer, &mut notices)
                }
                "onsite" => requirements.onsite_visits = flag(&text, Field::Onsite, &mut notices),
                _ => {}
            }
        }
        (link, notices)
    }

    fn write(&self, query: &mut QueryWriter) {
        let mut plans: Vec<&str> = self.plans.iter().map(String::as_str).collect();
        for (at, id) in self.unopened.iter().flat_map(|u| &u.plans) {
            plans.insert((*at).min(plans.len()), id);
        }
        query.list("plans", plans);
        let r = &self.requirements;
        if let Some(m) = r.critical_response_minutes {
            query.pair("crit", m.to_string());
        }
        for (on, key) in [
            (r.phone, "phone"),
            (r.dedicated_engineer, "engineer"),
            (r.onsite_visits, "onsite"),
        ] {
            if on {
                query.pair(key, "1");
            }
        }
        self.pricing.write(query);
        if let Some(package) = &self.package {
            query.pair("package", package_links::seal(package));
        } else if let Some(unopened) = &self.unopened {
            query.pair("package", &unopened.text);
        }
    }
}

impl CompareLink {
    /// The link comparing `plans` with `package` sealed in it, as
    /// `CompareLink { plans, package: Some(package), .. }.href()` writes
    /// it, but sealing the package directly: for a view that carries the
    /// JSON code anyway (the builder), so that it needs no installed
    /// [`package_links`](super::install_package_links).
    pub fn with_package(plans: Vec<String>, package: &Package) -> String {
        let link = Self {
            plans,
            ..Self::default()
        };
        let mut query = QueryWriter::new();
        link.write(&mut query);
        query.pair("package", slacalc_engine::package::share_link(package));
        super::href(Self::PATH, query.finish())
    }
}
