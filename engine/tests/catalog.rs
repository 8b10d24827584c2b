//! The shipped catalog against its sources: every quote is in its
//! document word for word, every figure can be read back from the source's
//! own words, every plan the product promises is there, and every figure
//! has a source or a stated assumption.

use std::collections::HashMap;
use std::path::PathBuf;

use slacalc_engine::catalog::{
    CalendarDefinition, Catalog, ChannelKind, Commitment, Document, Fact, Inclusion, Plan, PlanRef,
    ProviderFile, ServiceOffer, Source,
};
use slacalc_engine::compare::{self, Requirements};
use slacalc_engine::Severity;

fn catalog() -> Catalog {
    Catalog::shipped().expect("the shipped catalog loads and validates")
}

/// The source documents: copies of `../shared/seeds/` kept in the
/// repository (engine/data/sources), so any clone can check the quotes.
fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/sources")
}

/// Whitespace (tabs between table cells, line breaks) folded to one space.
fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Documents outside the seeds, by id: the copy kept in data/sources and
/// the commit it was copied at, which the document's `location` must name.
const OUTSIDE_COPIES: [(&str, &str, &str); 1] = [(
    "vkcloud-sla",
    "vk-cs_docs-public_sla_64f9616.md",
    "64f961666ef3d14caab557cbf5876cabfaa4a82b",
)];

/// The text of a document: a seed file, or the kept copy of a document
/// outside the seeds; `None` for an outside document with no copy.
fn document_text(doc: &Document) -> Option<String> {
    let mut path = seeds_dir().join(&*doc.location);
    if doc.location.contains('/') {
        let (_, file, commit) = OUTSIDE_COPIES.iter().find(|(id, ..)| *id == doc.id)?;
        assert!(
            doc.location.contains(commit),
            "{}: the copy {file} is of commit {commit}, the location says {}",
            doc.id,
            doc.location
        );
        path = seeds_dir().join(file);
    }
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "source document {} ({}) must be readable: {e}",
            doc.id,
            path.display()
        )
    });
    Some(normalize(&text))
}

#[test]
fn every_promised_plan_is_in_the_catalog() {
    let ids: Vec<String> = catalog().plans().map(|p| p.plan.id.to_string()).collect();
    for id in [
        "express-8x5",
        "express-24x7",
        "express-premium",
        "tencent-basic",
        "tencent-developer",
        "tencent-business",
        "tencent-enterprise",
        "virtuozzo",
        "vkcloud",
        "vkcloud-beta",
    ] {
        assert!(
            ids.iter().any(|i| i == id),
            "plan {id} is missing; have {ids:?}"
        );
    }
}

#[test]
fn every_quote_stands_word_for_word_in_its_document() {
    let catalog = catalog();
    for provider in catalog.providers() {
        let texts: HashMap<&str, Option<String>> = provider
            .documents
            .iter()
            .map(|d| (&*d.id, document_text(d)))
            .collect();
        let sources = provider
            .sources()
            .chain(provider.plans.iter().flat_map(|p| p.sources()));
        for source in sources {
            match source {
                Source::Quote { doc, quote } => {
                    assert!(
                        !quote.trim().is_empty(),
                        "{}: empty quote",
                        provider.provider.id
                    );
                    if let Some(Some(text)) = texts.get(&**doc) {
                        assert!(
                            text.contains(&normalize(quote)),
                            "{}: not in {doc}: {quote:?}",
                            provider.provider.id
                        );
                    }
                }
                Source::Assumption { assumption } => {
                    assert!(
                        assumption.len() > 20,
                        "{}: an assumption needs its reason: {assumption:?}",
                        provider.provider.id
                    )
                }
            }
        }
    }
}

/// Reads "5 hours", "< 30 minutes", "16 working hours", "1 hour",
/// "не более 60 минут", "за 2ч" as minutes, and whether it says working.
fn read_figure(figure: &str) -> (u64, bool) {
    let words: Vec<&str> = figure.split_whitespace().collect();
    let working = figure.contains("working") || figure.contains("рабоч");
    for (i, word) in words.iter().enumerate() {
        // "16" followed by a unit word, or "2ч" with the unit attached.
        let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
        if let Ok(n) = digits.parse::<u64>() {
            let attached = &word[digits.len()..];
            let unit = if attached.is_empty() {
                words[i + 1..]
                    .iter()
                    .find(|w| !w.starts_with("working") && !w.starts_with("рабоч"))
                    .copied()
                    .unwrap_or("")
            } else {
                attached
            };
            let per =
                if unit.starts_with("hour") || unit.starts_with("час") || unit.starts_with('ч')
                {
                    60
                } else if unit.starts_with("minute") || unit.starts_with("мин") {
                    1
                } else {
                    panic!("no unit after {n} in {figure:?}")
                };
            return (n * per, working);
        }
    }
    panic!("no figure in {figure:?}")
}

#[test]
fn every_target_reads_back_from_the_source_words() {
    let catalog = catalog();
    let mut checked = 0;
    for PlanRef { provider, plan } in catalog.plans() {
        for severity in Severity::ALL {
            let targets = plan.targets_for(severity);
            for (kind, commitment) in [
                ("first response", &targets.first_response),
                ("resolution", &targets.resolution),
            ] {
                let Commitment::Target {
                    minutes,
                    calendar,
                    figure,
                    source,
                    note,
                    ..
                } = commitment
                else {
                    continue;
                };
                let context = format!("{} {severity} {kind}", plan.id);
                if let Source::Quote { quote, .. } = source {
                    assert!(
                        normalize(quote).contains(&normalize(figure)),
                        "{context}: {figure:?} is not in the quote {quote:?}"
                    );
                }
                let (read, working) = read_figure(figure);
                assert_eq!(read, *minutes, "{context}: {figure:?}");
                let around_the_clock = provider.calendars.iter().any(|c| {
                    &c.id == calendar
                        && matches!(c.definition, CalendarDefinition::AroundTheClock { .. })
                });
                if working {
                    assert!(
                        !around_the_clock,
                        "{context}: {figure:?} must run on working hours, not {calendar}"
                    );
                } else if !around_the_clock {
                    assert!(
                        note.is_some(),
                        "{context}: {figure:?} runs on working hours; say why in a note"
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 30, "only {checked} targets checked");
}

#[test]
fn a_severity_without_a_promise_says_so_and_is_not_borrowed_from_another() {
    let catalog = catalog();
    let basic = catalog.plan("tencent-basic").unwrap().plan;
    assert!(matches!(
        basic.targets_for(Severity::Critical).first_response,
        Commitment::None { .. }
    ));
    let targets = catalog.targets(basic, Severity::Critical);
    assert!(targets.first_response.is_none() && targets.resolution.is_none());
    let low = catalog.targets(basic, Severity::Low);
    assert_eq!(low.first_response.map(|t| t.minutes), Some(16 * 60));
}

#[test]
fn the_seed_figures_are_all_there() {
    // One line per figure in ../shared/DESIGN.md's summary of the sources:
    // (plan, severity, first response minutes, resolution minutes).
    let expected: &[(&str, Severity, Option<u64>, Option<u64>)] = &[
        ("express-8x5", Severity::Critical, Some(60), Some(300)),
        ("express-8x5", Severity::High, Some(60), Some(480)),
        ("express-8x5", Severity::Medium, Some(60), Some(960)),
        ("express-8x5", Severity::Low, Some(60), Some(2400)),
        ("express-24x7", Severity::Critical, Some(60), Some(300)),
        ("express-24x7", Severity::Medium, Some(60), Some(960)),
        ("express-premium", Severity::Critical, Some(15), Some(240)),
        ("express-premium", Severity::High, Some(15), Some(360)),
        ("express-premium", Severity::Low, Some(15), Some(2400)),
        ("tencent-basic", Severity::Low, Some(960), None),
        ("tencent-developer", Severity::Medium, Some(480), None),
        ("tencent-developer", Severity::High, None, None),
        ("tencent-business", Severity::High, Some(30), None),
        ("tencent-business", Severity::Critical, None, None),
        ("tencent-enterprise", Severity::Critical, Some(15), None),
        ("tencent-enterprise", Severity::High, Some(20), None),
        ("tencent-enterprise", Severity::Medium, Some(240), None),
        ("tencent-enterprise", Severity::Low, Some(480), None),
        ("virtuozzo", Severity::Critical, Some(120), None),
        ("virtuozzo", Severity::High, Some(360), None),
        ("virtuozzo", Severity::Medium, Some(720), None),
        ("virtuozzo", Severity::Low, Some(1440), None),
        ("vkcloud", Severity::Critical, Some(60), Some(120)),
        ("vkcloud", Severity::High, Some(60), Some(720)),
        ("vkcloud", Severity::Medium, Some(60), Some(1440)),
        ("vkcloud", Severity::Low, Some(60), Some(2880)),
        ("vkcloud-beta", Severity::Critical, None, None),
    ];
    let catalog = catalog();
    for &(id, severity, response, resolution) in expected {
        let plan = catalog
            .plan(id)
            .unwrap_or_else(|| panic!("{id} missing"))
            .plan;
        let targets = catalog.targets(plan, severity);
        assert_eq!(
            targets.first_response.map(|t| t.minutes),
            response,
            "{id} {severity} response"
        );
        assert_eq!(
            targets.resolution.map(|t| t.minutes),
            resolution,
            "{id} {severity} resolution"
        );
    }
}

#[test]
fn commitment_shares_match_the_sources() {
    let catalog = catalog();
    for (id, percent) in [
        ("express-8x5", 90),
        ("express-24x7", 90),
        ("express-premium", 90),
        ("vkcloud", 95),
    ] {
        let plan = catalog.plan(id).unwrap().plan;
        let share = plan
            .commitment_share
            .as_ref()
            .unwrap_or_else(|| panic!("{id} has no share"));
        assert_eq!(share.percent, percent, "{id}");
        if let Source::Quote { quote, .. } = &share.source {
            assert!(quote.contains(&percent.to_string()), "{id}: {quote}");
        }
    }
    assert!(catalog
        .plan("tencent-enterprise")
        .unwrap()
        .plan
        .commitment_share
        .is_none());
}

#[test]
fn each_provider_maps_all_four_levels_of_its_own_scale() {
    for provider in catalog().providers() {
        for severity in Severity::ALL {
            let level = provider.severities.iter().find(|s| s.level == severity);
            let level =
                level.unwrap_or_else(|| panic!("{} has no {severity} level", provider.provider.id));
            assert!(!level.name.is_empty() && !level.description.is_empty());
        }
    }
}

#[test]
fn eight_by_five_critical_on_friday_evening_waits_for_monday() {
    // The catalog's calendars do the work: eXpress 8/5 critical, 5 working
    // hours from Friday 18:00 MSK → Monday 14:00; 24/7 → Friday 23:00.
    let catalog = catalog();
    let opened = chrono::DateTime::parse_from_rfc3339("2026-11-20T18:00:00+03:00")
        .unwrap()
        .to_utc();
    let due = |id: &str| {
        let plan = catalog.plan(id).unwrap().plan;
        let target = catalog
            .targets(plan, Severity::Critical)
            .resolution
            .unwrap();
        target
            .calendar
            .due(opened, target.minutes)
            .unwrap()
            .unwrap()
            .to_rfc3339()
    };
    assert_eq!(due("express-8x5"), "2026-11-23T11:00:00+00:00");
    assert_eq!(due("express-24x7"), "2026-11-20T20:00:00+00:00");
}

#[test]
fn every_document_is_kept_so_its_quotes_are_checked() {
    for provider in catalog().providers() {
        for doc in provider.documents.iter() {
            assert!(
                document_text(doc).is_some(),
                "{}: no copy of {} to check its quotes against",
                provider.provider.id,
                doc.id
            );
        }
    }
}

// ---- Helpers for the figure-by-figure tests below ----

fn provider(id: &str) -> ProviderFile {
    catalog()
        .providers()
        .iter()
        .find(|p| p.provider.id == id)
        .unwrap_or_else(|| panic!("provider {id}"))
        .clone()
}

fn plan_of(provider: &ProviderFile, id: &str) -> Plan {
    provider
        .plans
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("plan {id}"))
        .clone()
}

fn offer<'a>(plan: &'a Plan, service: &str) -> &'a ServiceOffer {
    plan.services
        .iter()
        .find(|s| s.service == service)
        .unwrap_or_else(|| panic!("{}: no service {service}", plan.id))
}

/// The text of the provider's document `doc`, whitespace folded.
fn text_of(provider: &ProviderFile, doc: &str) -> String {
    let doc = provider
        .documents
        .iter()
        .find(|d| d.id == doc)
        .unwrap_or_else(|| panic!("document {doc}"));
    document_text(doc).expect("the document is kept")
}

/// The quote of `source`, after checking it stands in its document.
fn quoted(provider: &ProviderFile, source: &Source) -> String {
    match source {
        Source::Quote { doc, quote } => {
            assert!(
                text_of(provider, doc).contains(&normalize(quote)),
                "not in {doc}: {quote:?}"
            );
            normalize(quote)
        }
        Source::Assumption { assumption } => panic!("an assumption, not a quote: {assumption}"),
    }
}

/// Asserts `sentence` stands in the provider's document `doc` and some
/// fact of `facts` quotes it; returns that fact.
fn fact_quoting<'a>(
    provider: &ProviderFile,
    doc: &str,
    facts: &'a [Fact],
    sentence: &str,
) -> &'a Fact {
    assert!(
        text_of(provider, doc).contains(&normalize(sentence)),
        "the sentence is not in {doc}: {sentence:?}"
    );
    facts
        .iter()
        .find(|f| matches!(&f.source, Source::Quote { quote, .. } if normalize(quote) == normalize(sentence)))
        .unwrap_or_else(|| panic!("no fact quotes {sentence:?}"))
}

// ---- The reviewer's faults, one test each ----

#[test]
fn offhours_double_rate_is_premium_only() {
    let express = provider("express");
    let footnote =
        "If work needs to be carried out outside of working hours, hours are charged at double the rate.";
    // The footnote (*) hangs on Premium's "120 hours per year*"; the
    // other two columns say "Available optionally", with no asterisk.
    let row = "System administration services Available optionally Available optionally 120 hours per year*";
    let premium = plan_of(&express, "express-premium");
    let admin = offer(&premium, "system_administration");
    assert_eq!(quoted(&express, &admin.source), row);
    assert_eq!(admin.availability, Inclusion::Included);
    let term = fact_quoting(&express, "express-support", &admin.terms, footnote);
    assert!(term.text.contains("double"), "{}", term.text);
    for id in ["express-8x5", "express-24x7"] {
        let plan = plan_of(&express, id);
        let admin = offer(&plan, "system_administration");
        assert_eq!(admin.availability, Inclusion::Optional, "{id}");
        assert!(admin.quantity.is_none(), "{id}");
        assert!(
            admin.terms.iter().all(|f| !matches!(&f.source,
                Source::Quote { quote, .. } if quote.contains("double"))),
            "{id} cites the double rate"
        );
        for fact in admin.terms.iter().chain(plan.notes.iter()) {
            assert!(!fact.text.contains("double"), "{id}: {}", fact.text);
        }
        let note = admin.note.as_deref().unwrap_or_default();
        assert!(
            !note.contains("charged at double"),
            "{id} charges double: {note}"
        );
    }
}

#[test]
fn tencent_price_basis_is_within_a_certain_period() {
    let tencent = provider("tencent");
    let sentence = "Cloud service resource usage refers to the total amount spent by users on Tencent Cloud services within a certain period, including services such as servers, cloud storage, network bandwidth, and databases.";
    assert_eq!(
        quoted(&tencent, &tencent.price_model.source),
        normalize(sentence)
    );
    assert!(tencent.price_model.text.contains("within a certain period"));
    assert!(
        !tencent.price_model.text.to_lowercase().contains("monthly"),
        "the source says \"within a certain period\", not monthly: {}",
        tencent.price_model.text
    );
    for fact in tencent.price_details.iter() {
        assert!(
            !fact.text.to_lowercase().contains("monthly"),
            "{}",
            fact.text
        );
    }
    fact_quoting(
        &tencent,
        "tencent-support-plan",
        &tencent.price_details,
        "During settlement, the billing tiers are determined based on the usage of cloud services, with lower rates applied for higher usage levels.",
    );
    fact_quoting(
        &tencent,
        "tencent-support-plan",
        &tencent.price_details,
        "However, it does not include support plans, professional services.",
    );
}

#[test]
fn tencent_channels_per_plan_match_the_source() {
    let tencent = provider("tencent");
    let row = "Technical Support Ticket (24/7) Phone (24/7) Ticket (24/7) Phone (24/7) Ticket (24/7) Phone (24/7) Ticket (24/7) IM Group Chat (24/7)";
    assert!(text_of(&tencent, "tencent-support-plan").contains(row));
    // Basic: "Ticket (24/7)"; Developer and Business: "Phone (24/7)
    // Ticket (24/7)"; Enterprise adds "IM Group Chat (24/7)".
    let expected: [(&str, &[ChannelKind], &str); 4] = [
        ("tencent-basic", &[ChannelKind::Ticket], "ticket"),
        (
            "tencent-developer",
            &[ChannelKind::Phone, ChannelKind::Ticket],
            "phone and ticket",
        ),
        (
            "tencent-business",
            &[ChannelKind::Phone, ChannelKind::Ticket],
            "phone and ticket",
        ),
        (
            "tencent-enterprise",
            &[
                ChannelKind::Phone,
                ChannelKind::Ticket,
                ChannelKind::Messenger,
            ],
            "phone, ticket and IM group chat",
        ),
    ];
    for (id, kinds, words) in expected {
        let plan = plan_of(&tencent, id);
        let have: Vec<ChannelKind> = plan.channels.iter().map(|c| c.kind).collect();
        assert_eq!(have, kinds, "{id}");
        for channel in plan.channels.iter() {
            assert_eq!(
                quoted(&tencent, &channel.source),
                row,
                "{id} {}",
                channel.name
            );
            assert_eq!(channel.hours.as_deref(), Some("tencent-24x7"), "{id}");
        }
        // What the plan says it covers names exactly its own channels.
        assert_eq!(plan.coverage.len(), 1, "{id}");
        let coverage = &plan.coverage[0];
        assert!(
            coverage.activity.ends_with(words),
            "{id}: {}",
            coverage.activity
        );
        assert_eq!(quoted(&tencent, &coverage.source), row);
        if !kinds.contains(&ChannelKind::Messenger) {
            assert!(
                !coverage.activity.contains("IM"),
                "{id}: {}",
                coverage.activity
            );
        }
        if !kinds.contains(&ChannelKind::Phone) {
            assert!(
                !coverage.activity.contains("phone"),
                "{id}: {}",
                coverage.activity
            );
        }
    }
}

#[test]
fn virtuozzo_clock_is_an_assumption() {
    let virtuozzo = provider("virtuozzo");
    let calendar = &virtuozzo.calendars[0];
    assert!(matches!(calendar.source, Source::Assumption { .. }));
    let plan = plan_of(&virtuozzo, "virtuozzo");
    for severity in Severity::ALL {
        let Commitment::Target {
            source,
            calendar_source,
            ..
        } = &plan.targets_for(severity).first_response
        else {
            panic!("virtuozzo {severity}: a response time is promised");
        };
        // The figure is the source's; the clock it runs on is not.
        quoted(&virtuozzo, source);
        match calendar_source {
            Some(Source::Assumption { assumption }) => {
                assert!(
                    assumption.contains("names no support hours"),
                    "{assumption}"
                )
            }
            other => panic!("virtuozzo {severity}: calendar source {other:?}"),
        }
    }
    // Nothing in the source names hours or a zone.
    let text = text_of(&virtuozzo, "virtuozzo-platform-support").to_lowercase();
    for word in [
        "24/7",
        "business hours",
        "working hours",
        "around the clock",
        "utc",
    ] {
        assert!(!text.contains(word), "the source says {word:?} after all");
    }
}

#[test]
fn every_virtuozzo_target_cell_carries_an_assumption_citation() {
    let catalog = catalog();
    let comparison = compare::compare(&catalog, &["virtuozzo".to_owned()]).unwrap();
    let mut targets = 0;
    for group in comparison
        .groups
        .iter()
        .filter(|g| ["First response", "Resolution"].contains(&g.title.english().as_str()))
    {
        for row in group.rows.iter().filter(|r| {
            Severity::ALL
                .iter()
                .any(|s| r.label.english().eq_ignore_ascii_case(s.as_str()))
        }) {
            let cell = &row.cells[0];
            let citation = cell.lines[0].citation.as_ref().expect("cited");
            if cell.text() == "No commitment" {
                // No clock, nothing assumed: Virtuozzo promises no resolution.
                assert!(!citation.is_assumption(), "{} {}", group.title, row.label);
                continue;
            }
            assert!(
                citation.is_assumption(),
                "{} {}: {} cites no assumption",
                group.title,
                row.label,
                cell.text()
            );
            let reason = citation.assumption.as_ref().unwrap().english();
            assert!(reason.contains("names no support hours"), "{reason}");
            // The quote is still there: the figure itself is the source's.
            assert!(citation.document.is_some());
            targets += 1;
        }
    }
    assert_eq!(targets, 4, "one response time per severity");
}

#[test]
fn a_target_on_an_assumed_calendar_carries_the_assumption() {
    let catalog = catalog();
    for PlanRef { provider, plan } in catalog.plans() {
        for targets in plan.targets.iter() {
            for commitment in [&targets.first_response, &targets.resolution] {
                let Commitment::Target {
                    calendar,
                    calendar_source,
                    ..
                } = commitment
                else {
                    continue;
                };
                let entry = provider
                    .calendars
                    .iter()
                    .find(|c| &c.id == calendar)
                    .unwrap();
                if matches!(entry.source, Source::Assumption { .. }) {
                    assert!(
                        matches!(calendar_source, Some(Source::Assumption { .. })),
                        "{} {}: runs on the assumed calendar {calendar} without saying so",
                        plan.id,
                        targets.severity
                    );
                }
            }
        }
    }
}

#[test]
fn tencent_enterprise_iem_three_sessions_a_year() {
    let tencent = provider("tencent");
    let enterprise = plan_of(&tencent, "tencent-enterprise");
    let iem = offer(&enterprise, "infrastructure_event_management");
    assert_eq!(iem.availability, Inclusion::Included);
    let doc = "tencent-support-plan";
    let sessions = fact_quoting(&tencent, doc, &iem.terms,
        "For customers purchasing enterprise support plan, we offer three complimentary IEM support sessions per year, each lasting up to three consecutive days.");
    assert!(sessions.text.contains("Three") && sessions.text.contains("three consecutive days"));
    let notice = fact_quoting(&tencent, doc, &iem.terms,
        "To ensure sufficient preparation before the event, we recommend submitting the support activation request at least 10 business days in advance.");
    assert!(notice.text.contains("10 business days"), "{}", notice.text);
    fact_quoting(
        &tencent,
        doc,
        &iem.terms,
        "If additional days are required, separate purchase of IEM is necessary.",
    );
    for id in ["tencent-basic", "tencent-developer", "tencent-business"] {
        let plan = plan_of(&tencent, id);
        let iem = offer(&plan, "infrastructure_event_management");
        assert_eq!(iem.availability, Inclusion::NotOffered, "{id}");
        assert!(iem.terms.is_empty(), "{id}");
    }
}

#[test]
fn tencent_hotlines_im_tools_self_support_and_third_party_scope() {
    let tencent = provider("tencent");
    let doc = "tencent-support-plan";
    let enterprise = plan_of(&tencent, "tencent-enterprise");
    let detail = |kind: ChannelKind| {
        enterprise
            .channels
            .iter()
            .find(|c| c.kind == kind)
            .and_then(|c| c.detail.clone())
            .unwrap_or_else(|| panic!("no {kind:?} detail"))
    };
    let hotline = detail(ChannelKind::Phone);
    assert!(
        quoted(&tencent, &hotline.source).starts_with("Hotline China Hong Kong +852 800 906 020")
    );
    for number in [
        "+852 800 906 020",
        "+1 844 606 0804",
        "+1 888 605 7930",
        "+44 808 196 4551",
        "+61 1300 986 386",
    ] {
        assert!(hotline.text.contains(number), "{number}");
    }
    let im = detail(ChannelKind::Messenger);
    assert_eq!(
        quoted(&tencent, &im.source),
        "Supported IM group types: Slack, WeCom (Enterprise WeChat)"
    );
    assert!(im.text.contains("Slack") && im.text.contains("WeCom"));
    for plan in tencent.plans.iter() {
        let own = offer(plan, "self_support");
        assert_eq!(own.availability, Inclusion::Included, "{}", plan.id);
        assert!(quoted(&tencent, &own.source).starts_with("Self-Support FAQs and documentation"));
        let channels = &own.terms[0];
        quoted(&tencent, &channels.source);
        assert!(channels.text.contains("Whitepaper") && channels.text.contains("Pricing Center"));
        let third = offer(plan, "third_party_software_support");
        if plan.id == "tencent-basic" {
            assert_eq!(third.availability, Inclusion::NotOffered);
            continue;
        }
        for tool in [
            "SSH",
            "MSTSC",
            "SCP & Rsync",
            "SFTP",
            "vsftpd",
            "FileZilla",
            "iptables",
            "Windows Firewall",
        ] {
            let term = third
                .terms
                .iter()
                .find(|f| f.text.contains(tool))
                .unwrap_or_else(|| panic!("{}: third-party scope lacks {tool}", plan.id));
            quoted(&tencent, &term.source);
        }
        fact_quoting(&tencent, doc, &third.terms,
            "However, Tencent Cloud is not responsible for the implementation of the advice provided.");
    }
}

#[test]
fn vkcloud_critical_priority_has_three_criteria() {
    let vk = provider("vkcloud");
    let critical = vk
        .severities
        .iter()
        .find(|s| s.level == Severity::Critical)
        .unwrap();
    let doc = "vkcloud-sla";
    let sentences = [
        "Бизнес-процессы Заказчика блокированы: сервисы не работают / не разворачиваются / работают в режиме существенной деградации.",
        "Обнаруженная проблема потенциально ставит под угрозу конфиденциальность, доступность и целостность информации Заказчика.",
        "Обнаруженная проблема приводит к нарушению требований законодательства в части защиты конфиденциальной информации.",
    ];
    assert_eq!(critical.criteria.len(), 3);
    for sentence in sentences {
        fact_quoting(&vk, doc, &critical.criteria, sentence);
        assert!(critical.description.contains(sentence), "{sentence}");
    }
    // The other levels have one criterion each in the article.
    for level in vk
        .severities
        .iter()
        .filter(|s| s.level != Severity::Critical)
    {
        assert!(level.criteria.is_empty(), "{}", level.name);
        quoted(&vk, &level.source);
    }
}

#[test]
fn express_premium_lists_its_extras_and_nine_additional_services() {
    let express = provider("express");
    let doc = "express-support";
    let text = text_of(&express, doc);
    // "Additional set of services": nine lines, read back from the source
    // itself so that a tenth (or a lost one) fails here.
    let nine = [
        "Support for testing and developer platforms",
        "Chat Bot, standard and custom SmartApp support",
        "System administration services",
        "Monitoring key system parameters, tuning threshold values",
        "Proactive analysis and elimination of industrial operation errors, including in collaboration with engineers of related systems",
        "Regularly update production landscape servers",
        "Formulation of requirements for system improvements and monitoring of their implementation",
        "Publishing client software updates on internal resources, supporting the publication of a branded application",
        "Tracking client software updates",
    ];
    let heading = "# Additional set of services ";
    let list = &text[text.find(heading).expect("the heading") + heading.len()..];
    let list = &list[..list.find("# Priorities").expect("the next heading")];
    assert_eq!(
        normalize(list),
        normalize(&nine.join(" ")),
        "the source's list is these nine lines"
    );
    for plan in express.plans.iter() {
        let extra = offer(plan, "additional_services");
        assert_eq!(extra.availability, Inclusion::Optional, "{}", plan.id);
        assert_eq!(
            quoted(&express, &extra.source),
            "Additional set of services"
        );
        for line in nine {
            fact_quoting(&express, doc, &extra.terms, line);
        }
    }
    // Premium's extras, each a note quoting Premium's own description.
    let premium = plan_of(&express, "express-premium");
    for sentence in [
        "Includes 120 hours of system administration work.",
        "A dedicated engineer, familiar with the specifics of the exact installation, provides assistance in system administration, which reduces the time needed to troubleshoot problems.",
        "A dedicated support manager who takes on all organizational issues and tasks related to prioritizing requests, escalating them, and working on requests for new features.",
        "Analysis of key performance parameters and provision of recommendations.",
        "Proactive analysis and elimination of operation errors in production installation, including in collaboration with engineers of related systems",
        "Monitoring client software updates and publishing client software updates on internal resources",
    ] {
        fact_quoting(&express, doc, &premium.notes, sentence);
    }
    for service in [
        "system_administration",
        "dedicated_engineer",
        "personal_manager",
        "onsite_visit",
    ] {
        assert_eq!(
            offer(&premium, service).availability,
            Inclusion::Included,
            "{service}"
        );
    }
    // 8/5 names three examples of what it can add; they are its alone.
    let eight_five = plan_of(&express, "express-8x5");
    fact_quoting(
        &express,
        doc,
        &offer(&eight_five, "additional_services").terms,
        "» performance analysis and recommendations",
    );
    for id in ["express-24x7", "express-premium"] {
        let plan = plan_of(&express, id);
        assert!(offer(&plan, "additional_services")
            .terms
            .iter()
            .all(|f| !f.text.starts_with("For example")));
    }
}

#[test]
fn express_basic_package_and_agreement_are_there() {
    let express = provider("express");
    let doc = "express-support";
    let agreement = express.agreement.as_ref().expect("the agreement type");
    assert_eq!(
        agreement.text,
        "Agreement for the provision of technical support services"
    );
    quoted(&express, &agreement.source);
    let text = text_of(&express, doc);
    let start = text
        .find("basic package of services: ")
        .expect("the basic package");
    let list = &text[start..text.find("**Optionally available").unwrap()];
    // Markdown bullets: "- » item - » item …".
    let items: Vec<&str> = list
        .split("» ")
        .skip(1)
        .map(|item| {
            item.trim()
                .trim_end_matches(" -")
                .trim_end_matches('-')
                .trim()
        })
        .collect();
    assert_eq!(items.len(), 7, "{items:?}");
    for plan in express.plans.iter() {
        let basic = offer(plan, "basic_package");
        assert_eq!(basic.availability, Inclusion::Included);
        assert_eq!(
            quoted(&express, &basic.source),
            "Each type of technical support initially includes a basic package of services:"
        );
        assert_eq!(basic.terms.len(), items.len(), "{}", plan.id);
        for item in &items {
            fact_quoting(&express, doc, &basic.terms, &format!("» {item}"));
        }
    }
}

#[test]
fn every_shipped_channel_states_its_kind() {
    for PlanRef { plan, .. } in catalog().plans() {
        for channel in plan.channels.iter() {
            assert_ne!(
                channel.kind,
                ChannelKind::Other,
                "{}: {} has no kind",
                plan.id,
                channel.name
            );
        }
    }
}

/// A one-plan provider whose channels are `channels` as (name, kind).
fn provider_with_channels(id: &str, channels: &[(&str, &str)]) -> String {
    let assumed = r#"{"assumption": "Made up for a test of channel kinds."}"#;
    let none = format!(r#"{{"none": "No target in this test.", "source": {assumed}}}"#);
    let targets: Vec<String> = ["critical", "high", "medium", "low"]
        .iter()
        .map(|s| {
            format!(r#"{{"severity": "{s}", "first_response": {none}, "resolution": {none}}}"#)
        })
        .collect();
    let channels: Vec<String> = channels
        .iter()
        .map(|(name, kind)| {
            format!(r#"{{"name": "{name}", "kind": "{kind}", "source": {assumed}}}"#)
        })
        .collect();
    format!(
        r#"{{"provider": {{"id": "{id}", "name": "{id}"}}, "documents": [], "calendars": [],
        "severities": [], "price_model": {{"text": "None.", "source": {assumed}}},
        "plans": [{{"id": "{id}", "name": "{id}", "summary": {{"text": "Test.", "source": {assumed}}},
        "targets": [{targets}], "coverage": [], "channels": [{channels}], "staff": [], "services": []}}]}}"#,
        targets = targets.join(","),
        channels = channels.join(","),
    )
}

#[test]
fn phone_support_goes_by_the_channel_kind_not_its_name() {
    let hotline = provider_with_channels("hotline", &[("Telephone hotline", "phone")]);
    let russian = provider_with_channels("russian", &[("Горячая линия", "phone")]);
    let app = provider_with_channels(
        "app",
        &[
            ("Smartphone app", "portal"),
            ("Phone-home telemetry alerts", "other"),
        ],
    );
    let catalog = Catalog::from_files([
        ("hotline", hotline.as_str()),
        ("russian", russian.as_str()),
        ("app", app.as_str()),
    ])
    .expect("the test catalog loads");
    let ids = ["hotline", "russian", "app"].map(str::to_owned);
    let requirements = Requirements {
        phone: true,
        ..Requirements::default()
    };
    let verdicts = compare::rank(&catalog, &ids, &requirements).unwrap();
    let met = |id: &str| verdicts.iter().find(|v| v.plan_id == id).unwrap().meets();
    assert!(met("hotline"));
    assert!(met("russian"), "«Горячая линия» is phone support");
    assert!(
        !met("app"),
        "a name containing \"phone\" is not phone support"
    );
    let table = compare::compare(&catalog, &ids).unwrap();
    let phone = table
        .groups
        .iter()
        .flat_map(|g| &g.rows)
        .find(|r| r.label.english() == "Phone")
        .unwrap();
    let yes: Vec<String> = phone.cells.iter().map(|c| c.text()).collect();
    assert_eq!(yes, ["Yes", "Yes", "No"]);
}

#[test]
fn a_channel_name_typed_by_a_person_suggests_its_kind_by_whole_words() {
    // The package builder's free-text channels carry no kind.
    assert_eq!(
        ChannelKind::from_name("Telephone hotline"),
        ChannelKind::Phone
    );
    assert_eq!(ChannelKind::from_name("Горячая линия"), ChannelKind::Phone);
    assert_eq!(ChannelKind::from_name("Phone"), ChannelKind::Phone);
    assert_eq!(ChannelKind::from_name("Smartphone app"), ChannelKind::Other);
    assert_eq!(ChannelKind::from_name("E-Mail"), ChannelKind::Email);
    assert_eq!(
        ChannelKind::from_name("Telegram bot"),
        ChannelKind::Messenger
    );
    assert_eq!(ChannelKind::from_name("Web interface"), ChannelKind::Portal);
}

#[test]
fn a_file_without_the_new_fields_still_reads() {
    // Older files: no channel kind, no calendar_source, terms, criteria,
    // price details or agreement.
    let json =
        provider_with_channels("old", &[("Phone", "phone")]).replace(r#", "kind": "phone""#, "");
    let catalog = Catalog::from_files([("old", json.as_str())]).unwrap();
    let plan = catalog.plan("old").unwrap().plan;
    assert_eq!(plan.channels[0].kind, ChannelKind::Other);
    let provider = &catalog.providers()[0];
    assert!(provider.price_details.is_empty() && provider.agreement.is_none());
}
