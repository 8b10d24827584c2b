// Generated from engine/data/pricebooks/*.json by engine/tests/shipped_books.rs;
// do not edit. After changing a book file:
//   SLACALC_REGENERATE=1 cargo test -p slacalc-engine --test shipped_books
//! The shipped price books as static data (see `shipped_books`).

use super::static_book::{StaticBook, StaticComponent, StaticPackages};
use super::*;
use crate::catalog::ChannelKind;
use crate::sla::{Severity, TargetKind};

/// An amount as the book writes it, read when the app is compiled.
const fn d(text: &str) -> Decimal {
    Decimal::literal(text)
}

/// The shipped books, in the order the app lists them.
pub(super) static BOOKS: &[StaticBook] = &[
StaticBook {
id: "examples",
name: "Example rates",
currency: "USD",
example: true,
note: "Illustrative rates so the price view has something to show. None of the four providers publishes its support rates: these are not their prices. Edit them or import your own price book.",
plans: &[
("express-24x7", None, &[
StaticComponent::Flat {
label: "Support schedule",
monthly: d("1200.00"),
},
StaticComponent::PerUser {
monthly: d("3.00"),
},
StaticComponent::PerServer {
monthly: d("25.00"),
},
StaticComponent::AddOn {
service: "fault_tolerance",
label: "Fault-tolerance option",
monthly: d("600.00"),
},
StaticComponent::Hours {
included_per_year: 0,
rate: d("40.00"),
off_hours_multiplier: d("1.00"),
},
StaticComponent::Visits {
each: d("350.00"),
max_per_quarter: 1,
},
StaticComponent::AddOn {
service: "dedicated_engineer",
label: "Dedicated engineer",
monthly: d("2500.00"),
},
StaticComponent::AddOn {
service: "personal_manager",
label: "Personal support manager",
monthly: d("800.00"),
},
StaticComponent::AddOn {
service: "advanced_reporting",
label: "Advanced reporting",
monthly: d("150.00"),
},
StaticComponent::AddOn {
service: "remote_access_setup",
label: "Remote access setup",
monthly: d("100.00"),
},
StaticComponent::AddOn {
service: "chatbot_smartapp_support",
label: "ChatBot/SmartApp support",
monthly: d("200.00"),
},
]),
("express-8x5", None, &[
StaticComponent::Flat {
label: "Support schedule",
monthly: d("400.00"),
},
StaticComponent::PerUser {
monthly: d("2.00"),
},
StaticComponent::PerServer {
monthly: d("15.00"),
},
StaticComponent::AddOn {
service: "fault_tolerance",
label: "Fault-tolerance option",
monthly: d("600.00"),
},
StaticComponent::Hours {
included_per_year: 0,
rate: d("40.00"),
off_hours_multiplier: d("1.00"),
},
StaticComponent::Visits {
each: d("350.00"),
max_per_quarter: 1,
},
StaticComponent::AddOn {
service: "dedicated_engineer",
label: "Dedicated engineer",
monthly: d("2500.00"),
},
StaticComponent::AddOn {
service: "personal_manager",
label: "Personal support manager",
monthly: d("800.00"),
},
StaticComponent::AddOn {
service: "advanced_reporting",
label: "Advanced reporting",
monthly: d("150.00"),
},
StaticComponent::AddOn {
service: "remote_access_setup",
label: "Remote access setup",
monthly: d("100.00"),
},
StaticComponent::AddOn {
service: "chatbot_smartapp_support",
label: "ChatBot/SmartApp support",
monthly: d("200.00"),
},
]),
("express-premium", None, &[
StaticComponent::Flat {
label: "Support schedule",
monthly: d("4000.00"),
},
StaticComponent::PerUser {
monthly: d("4.00"),
},
StaticComponent::PerServer {
monthly: d("30.00"),
},
StaticComponent::AddOn {
service: "fault_tolerance",
label: "Fault-tolerance option",
monthly: d("600.00"),
},
StaticComponent::Hours {
included_per_year: 120,
rate: d("40.00"),
off_hours_multiplier: d("2.00"),
},
StaticComponent::Visits {
each: d("0.00"),
max_per_quarter: 1,
},
StaticComponent::AddOn {
service: "advanced_reporting",
label: "Advanced reporting",
monthly: d("150.00"),
},
StaticComponent::AddOn {
service: "remote_access_setup",
label: "Remote access setup",
monthly: d("100.00"),
},
StaticComponent::AddOn {
service: "chatbot_smartapp_support",
label: "ChatBot/SmartApp support",
monthly: d("200.00"),
},
]),
("tencent-basic", None, &[
StaticComponent::Flat {
label: "Basic plan (free)",
monthly: d("0.00"),
},
]),
("tencent-business", None, &[
StaticComponent::SpendShare {
minimum: d("150.00"),
tiers: &[
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
]),
("tencent-developer", None, &[
StaticComponent::SpendShare {
minimum: d("50.00"),
tiers: &[
Tier {
up_to: None,
percent: d("4.00"),
},
],
},
]),
("tencent-enterprise", None, &[
StaticComponent::SpendShare {
minimum: d("10000.00"),
tiers: &[
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
]),
("virtuozzo", None, &[
StaticComponent::Flat {
label: "Platform support",
monthly: d("900.00"),
},
StaticComponent::PerServer {
monthly: d("20.00"),
},
]),
("vkcloud", None, &[
StaticComponent::Flat {
label: "Support (included with the cloud)",
monthly: d("0.00"),
},
StaticComponent::AddOn {
service: "managed_services",
label: "Managed Services (priority support)",
monthly: d("1500.00"),
},
]),
("vkcloud-beta", None, &[
StaticComponent::Flat {
label: "Support (included with the cloud)",
monthly: d("0.00"),
},
]),
],
packages: Some(&StaticPackages {
per_weekly_hour: d("9.00"),
per_user: d("2.00"),
per_server: d("15.00"),
targets: &[
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
channels: &[
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
services: &[
("sla_report", d("50.00")),
("dedicated_engineer", d("2500.00")),
("personal_manager", d("800.00")),
("additional_services", d("300.00")),
("advanced_reporting", d("150.00")),
("remote_access_setup", d("100.00")),
("chatbot_smartapp_support", d("200.00")),
("fault_tolerance", d("600.00")),
],
hours: Some(HoursRate {
rate: d("40.00"),
off_hours_multiplier: d("2.00"),
}),
visit: Some(d("350.00")),
})
,
},
StaticBook {
id: "aws",
name: "AWS Support (published prices)",
currency: "USD",
example: false,
note: "AWS publishes its support price as the greater of a minimum or a tiered share of monthly usage, with worked examples (AWS Support pricing, aws.amazon.com/premiumsupport/pricing): Developer, the greater of $29 or 3 %; Business, the greater of $100 or 10 % of the first $10K, 7 % of $10K–80K, 5 % of $80K–250K, 3 % above $250K; Enterprise, the greater of $15,000 or 10 % of the first $150K, 7 % of $150K–500K, 5 % of $500K–1M, 3 % above $1M.",
plans: &[
("aws-business", Some("AWS Business"), &[
StaticComponent::SpendShare {
minimum: d("100.00"),
tiers: &[
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
]),
("aws-developer", Some("AWS Developer"), &[
StaticComponent::SpendShare {
minimum: d("29.00"),
tiers: &[
Tier {
up_to: None,
percent: d("3.00"),
},
],
},
]),
("aws-enterprise", Some("AWS Enterprise"), &[
StaticComponent::SpendShare {
minimum: d("15000.00"),
tiers: &[
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
]),
],
packages: None,
},
];
