//! The form the shipped price books are compiled into (`shipped.rs`):
//! static data that borrows its words and lists, turned into owned
//! [`PriceBook`]s by [`StaticBook::to_book`] when a view asks for them.
//! Code that built each value of the books (the form before) was about
//! 12 KB of wasm in every view that prices; data and one loop are a
//! fraction of that. Records with no words in them ([`Tier`],
//! [`TargetRate`], [`ChannelRate`], [`HoursRate`]) are stored as they are.

use std::collections::BTreeMap;

use super::{
    ChannelRate, Component, Decimal, HoursRate, PackageRates, PlanRates, PriceBook, ServiceRate,
    TargetRate, Tier,
};

/// A shipped [`PriceBook`].
pub(super) struct StaticBook {
    pub id: &'static str,
    pub name: &'static str,
    pub currency: &'static str,
    pub example: bool,
    pub note: &'static str,
    /// Each plan's id and components, in id order (a book's plans are a
    /// map sorted by id).
    /// Each plan's id, name (a plan only the book knows) and components,
    /// in id order (a book's plans are a map sorted by id).
    pub plans: &'static [(
        &'static str,
        Option<&'static str>,
        &'static [StaticComponent],
    )],
    pub packages: Option<&'static StaticPackages>,
}

/// A shipped [`Component`], variant for variant.
pub(super) enum StaticComponent {
    Flat {
        label: &'static str,
        monthly: Decimal,
    },
    PerUser {
        monthly: Decimal,
    },
    PerServer {
        monthly: Decimal,
    },
    SpendShare {
        minimum: Decimal,
        tiers: &'static [Tier],
    },
    AddOn {
        service: &'static str,
        label: &'static str,
        monthly: Decimal,
    },
    Visits {
        each: Decimal,
        max_per_quarter: u32,
    },
    Hours {
        included_per_year: u32,
        rate: Decimal,
        off_hours_multiplier: Decimal,
    },
}

/// Shipped [`PackageRates`].
pub(super) struct StaticPackages {
    pub per_weekly_hour: Decimal,
    pub per_user: Decimal,
    pub per_server: Decimal,
    pub targets: &'static [TargetRate],
    pub channels: &'static [ChannelRate],
    /// Each service's id and monthly price ([`ServiceRate`]).
    pub services: &'static [(&'static str, Decimal)],
    pub hours: Option<HoursRate>,
    pub visit: Option<Decimal>,
}

impl StaticBook {
    /// The book as the app edits and prices with it.
    pub fn to_book(&self) -> PriceBook {
        PriceBook {
            id: self.id.to_owned(),
            name: self.name.to_owned(),
            currency: self.currency.to_owned(),
            example: self.example,
            note: self.note.to_owned(),
            plans: self.plans(),
            packages: self.packages.map(StaticPackages::to_rates),
        }
    }
}

impl StaticBook {
    /// Extended, not collected: collecting into the map would sort the
    /// plans first, and bring a sort compiled for them into every view
    /// that prices; extending inserts them one by one.
    fn plans(&self) -> BTreeMap<String, PlanRates> {
        let mut plans = BTreeMap::new();
        plans.extend(self.plans.iter().map(|(plan, name, components)| {
            let components = components.iter().map(StaticComponent::to_component);
            (
                plan.to_string(),
                PlanRates {
                    name: name.map(str::to_owned),
                    components: components.collect(),
                },
            )
        }));
        plans
    }
}

impl StaticComponent {
    fn to_component(&self) -> Component {
        match *self {
            StaticComponent::Flat { label, monthly } => Component::Flat {
                label: label.to_owned(),
                monthly,
            },
            StaticComponent::PerUser { monthly } => Component::PerUser { monthly },
            StaticComponent::PerServer { monthly } => Component::PerServer { monthly },
            StaticComponent::SpendShare { minimum, tiers } => Component::SpendShare {
                minimum,
                tiers: tiers.to_vec(),
            },
            StaticComponent::AddOn {
                service,
                label,
                monthly,
            } => Component::AddOn {
                service: service.to_owned(),
                label: label.to_owned(),
                monthly,
            },
            StaticComponent::Visits {
                each,
                max_per_quarter,
            } => Component::Visits {
                each,
                max_per_quarter,
            },
            StaticComponent::Hours {
                included_per_year,
                rate,
                off_hours_multiplier,
            } => Component::Hours {
                included_per_year,
                rate,
                off_hours_multiplier,
            },
        }
    }
}

impl StaticPackages {
    fn to_rates(&self) -> PackageRates {
        PackageRates {
            per_weekly_hour: self.per_weekly_hour,
            per_user: self.per_user,
            per_server: self.per_server,
            targets: self.targets.to_vec(),
            channels: self.channels.to_vec(),
            services: self
                .services
                .iter()
                .map(|&(service, monthly)| ServiceRate {
                    service: service.to_owned(),
                    monthly,
                })
                .collect(),
            hours: self.hours.clone(),
            visit: self.visit,
        }
    }
}
