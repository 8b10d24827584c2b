// Generated from engine/data/pricebooks/*.json by engine/tests/shipped_books.rs;
// do not edit. After changing a book file:
//   SLACALC_REGENERATE=1 cargo test -p slacalc-engine --test shipped_books
//! The shipped price books as Rust values (see `shipped_books`).

use std::collections::BTreeMap;

use super::*;
use crate::catalog::ChannelKind;
use crate::sla::{Severity, TargetKind};

// Never inlined: each literal stays one small call in the wasm.
#[inline(never)]
fn s(text: &str) -> String {
    text.to_owned()
}

/// An amount as the book writes it; engine/tests/shipped_books.rs holds
/// every one against the file.
#[inline(never)]
fn d(text: &str) -> Decimal {
    Decimal::parse(text).unwrap_or_default()
}

/// The shipped books, in the order the app lists them.
pub(super) fn books() -> Vec<PriceBook> {
vec![
PriceBook {
id: s("examples"),
name: s("Example rates"),
currency: s("USD"),
example: true,
note: s("Illustrative rates so the price view has something to show. None of the four providers publishes its support rates: these are not their prices. Edit them or import your own price book."),
plans: BTreeMap::from([
(s("express-24x7"), PlanRates {
components: vec![
Component::Flat {
label: s("Support schedule"),
monthly: d("1200.00"),
},
Component::PerUser {
monthly: d("3.00"),
},
Component::PerServer {
monthly: d("25.00"),
},
Component::AddOn {
service: s("fault_tolerance"),
label: s("Fault-tolerance option"),
monthly: d("600.00"),
},
Component::Hours {
included_per_year: 0,
rate: d("40.00"),
off_hours_multiplier: d("1.00"),
},
Component::Visits {
each: d("350.00"),
max_per_quarter: 1,
},
Component::AddOn {
service: s("dedicated_engineer"),
label: s("Dedicated engineer"),
monthly: d("2500.00"),
},
Component::AddOn {
service: s("personal_manager"),
label: s("Personal support manager"),
monthly: d("800.00"),
},
Component::AddOn {
service: s("advanced_reporting"),
label: s("Advanced reporting"),
monthly: d("150.00"),
},
Component::AddOn {
service: s("remote_access_setup"),
label: s("Remote access setup"),
monthly: d("100.00"),
},
Component::AddOn {
service: s("chatbot_smartapp_support"),
label: s("ChatBot/SmartApp support"),
monthly: d("200.00"),
},
],
}),
(s("express-8x5"), PlanRates {
components: vec![
Component::Flat {
label: s("Support schedule"),
monthly: d("400.00"),
},
Component::PerUser {
monthly: d("2.00"),
},
Component::PerServer {
monthly: d("15.00"),
},
Component::AddOn {
service: s("fault_tolerance"),
label: s("Fault-tolerance option"),
monthly: d("600.00"),
},
Component::Hours {
included_per_year: 0,
rate: d("40.00"),
off_hours_multiplier: d("1.00"),
},
Component::Visits {
each: d("350.00"),
max_per_quarter: 1,
},
Component::AddOn {
service: s("dedicated_engineer"),
label: s("Dedicated engineer"),
monthly: d("2500.00"),
},
Component::AddOn {
service: s("personal_manager"),
label: s("Personal support manager"),
monthly: d("800.00"),
},
Component::AddOn {
service: s("advanced_reporting"),
label: s("Advanced reporting"),
monthly: d("150.00"),
},
Component::AddOn {
service: s("remote_access_setup"),
label: s("Remote access setup"),
monthly: d("100.00"),
},
Component::AddOn {
service: s("chatbot_smartapp_support"),
label: s("ChatBot/SmartApp support"),
monthly: d("200.00"),
},
],
}),
(s("express-premium"), PlanRates {
components: vec![
Component::Flat {
label: s("Support schedule"),
monthly: d("4000.00"),
},
Component::PerUser {
monthly: d("4.00"),
},
Component::PerServer {
monthly: d("30.00"),
},
Component::AddOn {
service: s("fault_tolerance"),
label: s("Fault-tolerance option"),
monthly: d("600.00"),
},
Component::Hours {
included_per_year: 120,
rate: d("40.00"),
off_hours_multiplier: d("2.00"),
},
Component::Visits {
each: d("0.00"),
max_per_quarter: 1,
},
Component::AddOn {
service: s("advanced_reporting"),
label: s("Advanced reporting"),
monthly: d("150.00"),
},
Component::AddOn {
service: s("remote_access_setup"),
label: s("Remote access setup"),
monthly: d("100.00"),
},
Component::AddOn {
service: s("chatbot_smartapp_support"),
label: s("ChatBot/SmartApp support"),
monthly: d("200.00"),
},
],
}),
(s("tencent-basic"), PlanRates {
components: vec![
Component::Flat {
label: s("Basic plan (free)"),
monthly: d("0.00"),
},
],
}),
(s("tencent-business"), PlanRates {
components: vec![
Component::SpendShare {
minimum: d("150.00"),
tiers: vec![
Tier {
up_to: Some(d("10000.00")),
percent: d("9.00"),
},
Tier {
up_to: Some(d("100000.00")),
percent: d("6.00"),
},
Tier {
up_to: None,
percent: d("4.00"),
},
],
},
],
}),
(s("tencent-developer"), PlanRates {
components: vec![
Component::SpendShare {
minimum: d("50.00"),
tiers: vec![
Tier {
up_to: None,
percent: d("4.00"),
},
],
},
],
}),
(s("tencent-enterprise"), PlanRates {
components: vec![
Component::SpendShare {
minimum: d("10000.00"),
tiers: vec![
Tier {
up_to: Some(d("200000.00")),
percent: d("8.00"),
},
Tier {
up_to: Some(d("1000000.00")),
percent: d("5.00"),
},
Tier {
up_to: None,
percent: d("3.00"),
},
],
},
],
}),
(s("virtuozzo"), PlanRates {
components: vec![
Component::Flat {
label: s("Platform support"),
monthly: d("900.00"),
},
Component::PerServer {
monthly: d("20.00"),
},
],
}),
(s("vkcloud"), PlanRates {
components: vec![
Component::Flat {
label: s("Support (included with the cloud)"),
monthly: d("0.00"),
},
Component::AddOn {
service: s("managed_services"),
label: s("Managed Services (priority support)"),
monthly: d("1500.00"),
},
],
}),
(s("vkcloud-beta"), PlanRates {
components: vec![
Component::Flat {
label: s("Support (included with the cloud)"),
monthly: d("0.00"),
},
],
}),
]),
packages: Some(PackageRates {
per_weekly_hour: d("9.00"),
per_user: d("2.00"),
per_server: d("15.00"),
targets: vec![
TargetRate {
severity: Severity::Critical,
target: TargetKind::FirstResponse,
within_minutes: 15,
working_hours: d("300.00"),
around_the_clock: d("900.00"),
},
TargetRate {
severity: Severity::Critical,
target: TargetKind::FirstResponse,
within_minutes: 60,
working_hours: d("100.00"),
around_the_clock: d("400.00"),
},
TargetRate {
severity: Severity::Critical,
target: TargetKind::Resolution,
within_minutes: 180,
working_hours: d("700.00"),
around_the_clock: d("2000.00"),
},
TargetRate {
severity: Severity::Critical,
target: TargetKind::Resolution,
within_minutes: 300,
working_hours: d("300.00"),
around_the_clock: d("1000.00"),
},
TargetRate {
severity: Severity::Critical,
target: TargetKind::Resolution,
within_minutes: 480,
working_hours: d("150.00"),
around_the_clock: d("500.00"),
},
TargetRate {
severity: Severity::High,
target: TargetKind::FirstResponse,
within_minutes: 60,
working_hours: d("60.00"),
around_the_clock: d("250.00"),
},
TargetRate {
severity: Severity::High,
target: TargetKind::Resolution,
within_minutes: 360,
working_hours: d("200.00"),
around_the_clock: d("600.00"),
},
TargetRate {
severity: Severity::High,
target: TargetKind::Resolution,
within_minutes: 480,
working_hours: d("100.00"),
around_the_clock: d("350.00"),
},
TargetRate {
severity: Severity::Medium,
target: TargetKind::FirstResponse,
within_minutes: 60,
working_hours: d("30.00"),
around_the_clock: d("120.00"),
},
TargetRate {
severity: Severity::Medium,
target: TargetKind::Resolution,
within_minutes: 960,
working_hours: d("50.00"),
around_the_clock: d("150.00"),
},
TargetRate {
severity: Severity::Low,
target: TargetKind::FirstResponse,
within_minutes: 60,
working_hours: d("10.00"),
around_the_clock: d("40.00"),
},
TargetRate {
severity: Severity::Low,
target: TargetKind::Resolution,
within_minutes: 2400,
working_hours: d("20.00"),
around_the_clock: d("60.00"),
},
],
channels: vec![
ChannelRate {
kind: ChannelKind::Phone,
monthly: d("150.00"),
},
ChannelRate {
kind: ChannelKind::Chat,
monthly: d("60.00"),
},
ChannelRate {
kind: ChannelKind::Messenger,
monthly: d("80.00"),
},
ChannelRate {
kind: ChannelKind::Email,
monthly: d("20.00"),
},
ChannelRate {
kind: ChannelKind::Portal,
monthly: d("20.00"),
},
ChannelRate {
kind: ChannelKind::Ticket,
monthly: d("20.00"),
},
],
services: vec![
ServiceRate {
service: s("sla_report"),
monthly: d("50.00"),
},
ServiceRate {
service: s("dedicated_engineer"),
monthly: d("2500.00"),
},
ServiceRate {
service: s("personal_manager"),
monthly: d("800.00"),
},
ServiceRate {
service: s("additional_services"),
monthly: d("300.00"),
},
ServiceRate {
service: s("advanced_reporting"),
monthly: d("150.00"),
},
ServiceRate {
service: s("remote_access_setup"),
monthly: d("100.00"),
},
ServiceRate {
service: s("chatbot_smartapp_support"),
monthly: d("200.00"),
},
ServiceRate {
service: s("fault_tolerance"),
monthly: d("600.00"),
},
],
hours: Some(HoursRate {
rate: d("40.00"),
off_hours_multiplier: d("2.00"),
}),
visit: Some(d("350.00")),
}),
},
PriceBook {
id: s("aws"),
name: s("AWS Support (published prices)"),
currency: s("USD"),
example: false,
note: s("AWS publishes its support price as the greater of a minimum or a tiered share of monthly usage. Source: ../shared/DESIGN.md, 'The sources' (AWS Developer: greater of $29 or 3 %; Business: greater of $100 or 10 % of the first $10K, 7 % of $10K–80K, 5 % of $80K–250K, 3 % above $250K; Enterprise: greater of $15,000 or 10 % of the first $150K, 7 % of $150K–500K, 5 % of $500K–1M, 3 % above $1M)."),
plans: BTreeMap::from([
(s("aws-business"), PlanRates {
components: vec![
Component::SpendShare {
minimum: d("100.00"),
tiers: vec![
Tier {
up_to: Some(d("10000.00")),
percent: d("10.00"),
},
Tier {
up_to: Some(d("80000.00")),
percent: d("7.00"),
},
Tier {
up_to: Some(d("250000.00")),
percent: d("5.00"),
},
Tier {
up_to: None,
percent: d("3.00"),
},
],
},
],
}),
(s("aws-developer"), PlanRates {
components: vec![
Component::SpendShare {
minimum: d("29.00"),
tiers: vec![
Tier {
up_to: None,
percent: d("3.00"),
},
],
},
],
}),
(s("aws-enterprise"), PlanRates {
components: vec![
Component::SpendShare {
minimum: d("15000.00"),
tiers: vec![
Tier {
up_to: Some(d("150000.00")),
percent: d("10.00"),
},
Tier {
up_to: Some(d("500000.00")),
percent: d("7.00"),
},
Tier {
up_to: Some(d("1000000.00")),
percent: d("5.00"),
},
Tier {
up_to: None,
percent: d("3.00"),
},
],
},
],
}),
]),
packages: None,
},
]
}
