//! Package builder (`/build?package=1.…`): start from a schedule or any
//! catalog plan, edit targets, hours and services, name it, save it. The
//! package being edited lives in the URL (so a reload or a shared link
//! brings it back exactly); saved packages live in local storage and
//! appear as plans in every other view.

use leptos::prelude::*;
use slacalc_engine::catalog::{Catalog, Inclusion};
use slacalc_engine::package::{
    check_target_minutes, Package, PackageTarget, TargetClock, WorkingDays,
};
use slacalc_engine::price::{severity as severity_name, target_length};
use slacalc_engine::Severity;
use slacalc_i18n::{catalog_text, Key, Text};
use slacalc_state::links::{BuildLink, CompareLink, DeadlineLink, PriceLink, QuoteLink};
use slacalc_state::saved::{Change, Expect, Section};
use slacalc_state::{Field, ViewLink};

use crate::browser;
use crate::catalog::{self, Plans};
use crate::i18n::{msg, tr, use_locale, IntlFormats};
use crate::parts::{plan_options, use_link, CatalogMissing};
use crate::saved_work::SavedWorkPanel;
use crate::store::{self, use_store, Outcome, Store};

/// The schedules a package usually starts from (eXpress' three plans).
const SCHEDULES: [(&str, Key); 3] = [
    ("express-8x5", msg::BUILD_SCHEDULE_8X5),
    ("express-24x7", msg::BUILD_SCHEDULE_24X7),
    ("express-premium", msg::BUILD_SCHEDULE_PREMIUM),
];

#[component]
pub fn Build() -> impl IntoView {
    // Packages start from the shipped catalog (not from other packages).
    match (catalog::shipped(), catalog::use_plans(), use_store()) {
        (Ok(catalog), Ok(plans), Some(store)) => {
            view! { <BuildView catalog plans store/> }.into_any()
        }
        (Err(error), _, _) | (_, Err(error), _) => view! { <CatalogMissing error/> }.into_any(),
        // The store is provided by the app shell; without it there is no builder.
        (_, _, None) => ().into_any(),
    }
}

#[component]
fn BuildView(catalog: std::sync::Arc<Catalog>, plans: Memo<Plans>, store: Store) -> impl IntoView {
    let state = use_link::<BuildLink>(plans);
    let (link, notices, edit) = (state.link, state.notices, state.edit);
    let set_draft = Callback::new(move |package: Package| {
        store::keep_own_package(Some(&package.id));
        edit.run(Box::new(move |l| l.package = Some(package)));
    });
    let clear_draft = Callback::new(move |_: ()| {
        store::keep_own_package(None);
        edit.run(Box::new(|l| l.package = None))
    });
    let draft = Memo::new(move |_| link.with(|l| l.package.clone()));
    let locale = use_locale();
    let link_error = Memo::new(move |_| {
        notices.with(|n| {
            n.iter()
                .find(|n| n.field == Field::Package)
                .map(|n| locale.text(&n.message))
        })
    });
    let draft_id = Memo::new(move |_| draft.with(|d| d.as_ref().map(|p| p.id.clone())));

    let saved = Memo::new(move |_| store.work.with(|w| w.packages.clone()));
    // A package that arrived in a link and is not saved here is shown
    // read-only first: the recipient looks before editing a copy. This
    // tab's own unsaved work, back after a reload, stays in the editor.
    let received = draft.with_untracked(|d| {
        d.as_ref().is_some_and(|p| {
            saved.with_untracked(|s| s.iter().all(|x| x.id != p.id))
                && !store::is_own_package(&p.id)
        })
    });
    let (reading, set_reading) = signal(received);
    let edit_copy = Callback::new(move |_| {
        if let Some(id) = draft.with_untracked(|d| d.as_ref().map(|p| p.id.clone())) {
            store::keep_own_package(Some(&id));
        }
        set_reading.set(false);
    });
    let open_draft = Callback::new(move |package: Package| {
        set_reading.set(false);
        set_draft.run(package);
    });
    let catalog_for_start = catalog.clone();
    let catalog_for_summary = catalog.clone();
    view! {
        <section class="view build" data-testid="view-build">
            <h1>{tr(msg::BUILD_TITLE)}</h1>
            {move || link_error.get().map(|e| view! {
                <div class="notice" role="alert" data-testid="package-link-error">
                    <strong>{tr(msg::BUILD_LINK_ERROR)}" "</strong>{e}
                    <p>{tr(msg::BUILD_LINK_ERROR_NEXT)}</p>
                </div>
            })}
            // Re-rendered only when another package is opened: edits go to
            // the URL without rebuilding the form (and losing focus).
            {move || match (draft_id.get(), reading.get()) {
                (Some(_), true) => match draft.get_untracked() {
                    Some(package) => view! {
                        <PackageSummary package catalog=catalog_for_summary.clone() edit_copy/>
                    }.into_any(),
                    None => ().into_any(),
                },
                (Some(_), false) => match draft.get_untracked() {
                    Some(package) => view! { <Editor package set_draft clear_draft store/> }.into_any(),
                    None => ().into_any(),
                },
                (None, _) => view! { <StartForm catalog=catalog_for_start.clone() set_draft=open_draft saved/> }.into_any(),
            }}
            <SavedPackages saved set_draft=open_draft store/>
            <SavedWorkPanel/>
        </section>
    }
}

#[component]
fn StartForm(
    catalog: std::sync::Arc<Catalog>,
    set_draft: Callback<Package>,
    saved: Memo<Vec<Package>>,
) -> impl IntoView {
    let locale = use_locale();
    let (error, set_error) = signal(None::<Text>);
    let from_ref = NodeRef::<leptos::html::Select>::new();
    let name_ref = NodeRef::<leptos::html::Input>::new();
    let catalog_for_submit = catalog.clone();
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(from), Some(name)) = (from_ref.get(), name_ref.get()) else {
            return;
        };
        let name = name.value();
        if name.trim().is_empty() {
            set_error.set(Some(Text::new(msg::BUILD_NEEDS_NAME)));
            return;
        }
        let id = saved.with_untracked(|s| {
            Package::new_id(&name, &s.iter().map(|p| p.id.as_str()).collect::<Vec<_>>())
        });
        match Package::from_plan(&catalog_for_submit, &from.value(), &id, name.trim()) {
            Ok(package) => {
                set_error.set(None);
                set_draft.run(package);
            }
            Err(e) => set_error.set(Some(e.text().clone())),
        }
    };
    view! {
        <form class="panel start-form" on:submit=start data-testid="start-form">
            <h2>{tr(msg::BUILD_START_TITLE)}</h2>
            <div class="row">
                <label class="field">{tr(msg::BUILD_START_FROM)}
                    <select node_ref=from_ref data-testid="start-from">
                        <optgroup label=tr(msg::BUILD_SCHEDULES)>
                            {SCHEDULES.into_iter().map(|(id, label)| view! { <option value=id>{tr(label)}</option> }).collect_view()}
                        </optgroup>
                        {plan_options(&catalog, Signal::derive(String::new))}
                    </select>
                </label>
                <label class="field">{tr(msg::BUILD_NAME)}
                    <input type="text" node_ref=name_ref maxlength="80" placeholder=tr(msg::BUILD_NAME_PLACEHOLDER) data-testid="package-name-new"/>
                </label>
                <button type="submit" data-testid="start-package">{tr(msg::BUILD_START)}</button>
            </div>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{locale.text(&e)}</p> })}
        </form>
    }
}

#[component]
fn Editor(
    package: Package,
    set_draft: Callback<Package>,
    clear_draft: Callback<()>,
    store: Store,
) -> impl IntoView {
    let locale = use_locale();
    let (problem, set_problem) = signal(None::<Text>);
    // What happened last, said when it happened.
    let (status, set_status) = signal(String::new());
    let say = move |text: Text| set_status.set(locale.text(&text));
    // The last valid package (saved, linked, compared) and the package as
    // the form shows it: an edit that makes it invalid is kept in the form
    // and explained at the top of the editor, so the next edit (the one the
    // message asks for) builds on what the reader sees, not on what was
    // valid before it.
    // A field whose text is not even a value (a share of "1.5") never
    // reaches the package: its refusal is kept apart, until that field is
    // fixed, so an edit elsewhere cannot clear it.
    let (share_problem, set_share_problem) = signal(None::<Text>);
    // The same for each target field (said at the field, by its key).
    let target_problems = RwSignal::new(Vec::<(String, Text)>::new());
    let report_target = Callback::new(move |(key, refused): (String, Option<Text>)| {
        target_problems.update(|all| {
            all.retain(|(k, _)| *k != key);
            all.extend(refused.map(|text| (key, text)));
        })
    });
    // A field's own refusal first: the package's problem may still be
    // about the value the field held before ("0 %" while it says "-1").
    let refusal = move || {
        share_problem
            .get()
            .or_else(|| target_problems.with(|all| all.first().map(|(_, t)| t.clone())))
            .or_else(|| problem.get())
    };
    let current = RwSignal::new(package.clone());
    let shown = StoredValue::new(package.clone());
    let change = move |edit: Box<dyn FnOnce(&mut Package)>| {
        let mut next = shown.get_value();
        edit(&mut next);
        shown.set_value(next.clone());
        match next.validate() {
            Ok(()) => {
                set_problem.set(None);
                current.set(next.clone());
                set_draft.run(next);
            }
            Err(e) => set_problem.set(Some(e.text().clone())),
        }
    };
    let change = StoredValue::new(change);
    let edit = move |f: Box<dyn FnOnce(&mut Package)>| change.with_value(|c| c(f));

    // The revision this editor started from: a save from an older one
    // than is stored (another tab saved or deleted it since) is a conflict.
    let revision = StoredValue::new(
        store
            .work
            .with_untracked(|w| w.revision(Section::Packages, &package.id)),
    );
    // While the form shows an edit the package refused, saving or sending
    // it would save or send the last valid package instead, under the
    // reader's eyes: refuse, pointing at the problem.
    let refused = move |not_done: slacalc_i18n::Key| {
        let refused = untrack(refusal).is_some();
        if refused {
            say(Text::new(not_done));
        }
        refused
    };
    let save = move |_| {
        if refused(msg::BUILD_NOT_SAVED_FIX_FIRST) {
            return;
        }
        let package = current.get_untracked();
        let expect = match revision.get_value() {
            0 => Expect::New,
            rev => Expect::Revision(rev),
        };
        let message = Text::new(if expect == Expect::New {
            msg::BUILD_SAVED_NEW
        } else {
            msg::BUILD_SAVED_UPDATED
        });
        say(Text::new(msg::BUILD_SAVING));
        store.save(Change::save(package), expect, move |outcome| {
            if let Outcome::Saved(applied) = &outcome {
                revision.set_value(applied.revision);
                if applied.id != current.with_untracked(|p| p.id.clone()) {
                    // Another tab took this id first: this one is numbered.
                    let id = applied.id.clone();
                    shown.update_value(|p| p.id = id.clone());
                    current.update(|p| p.id = id);
                    set_draft.run(current.get_untracked());
                }
            }
            set_status.set(locale.text(&outcome.status_text(message)));
        });
    };
    // The link carries the reader's language, so it opens in the
    // language it was sent in.
    let share_url = move || {
        let link = BuildLink {
            package: Some(current.get()),
        };
        let frame = slacalc_state::links::Frame {
            lang: Some(locale.lang()),
            embed: false,
        };
        format!("{}{}", browser::origin(), frame.apply(&link.href()))
    };
    let is_saved = move || {
        let id = current.with(|p| p.id.clone());
        store.work.with(|w| w.find::<Package>(&id).is_some())
    };
    let copy_link = move |_| {
        if refused(msg::BUILD_NOT_COPIED_FIX_FIRST) {
            return;
        }
        browser::copy(&share_url(), move |copied| {
            say(Text::new(if copied {
                msg::BUILD_LINK_COPIED
            } else {
                msg::BUILD_COPY_REFUSED
            }))
        })
    };
    view! {
        <form class="panel editor" on:submit=|ev| ev.prevent_default() data-testid="package-editor">
            <div class="row editor-head">
                <label class="field grow">{tr(msg::BUILD_NAME)}
                    <input type="text" maxlength="80" data-testid="package-name" prop:value=package.name.clone()
                        on:change=move |ev| { let name = event_target_value(&ev); edit(Box::new(move |p| p.name = name)) }/>
                </label>
                // The id is an identifier, shown as code in every language.
                <p class="muted">{
                    let based_on = Text::new(msg::BUILD_BASED_ON_ID)
                        .with("plan", package.based_on.as_str());
                    move || locale.text(&based_on)
                }" "<code>{package.id.clone()}</code></p>
            </div>
            {move || refusal().map(|e| view! { <p class="field-error" role="alert" data-testid="package-problem">{locale.text(&e)}</p> })}
            <fieldset class="hours">
                <legend>{tr(msg::BUILD_HOURS)}</legend>
                <div class="row">
                    <label class="field">{tr(msg::BUILD_ZONE)}
                        <select data-testid="package-tz" on:change=move |ev| { let tz = event_target_value(&ev); edit(Box::new(move |p| p.hours.tz = tz)) }>
                            // The picker's curated zones, by city in the reader's
                            // language; a package's zone outside them stays offered
                            // (first), so opening a package never changes its zone.
                            {(!slacalc_engine::zones::ZONES.iter().any(|z| z.iana == package.hours.tz)).then(|| {
                                let tz = package.hours.tz.clone();
                                view! { <option value=tz.clone() selected=true>{tz.clone()}</option> }
                            })}
                            {move || {
                                let lang = locale.lang();
                                let mut listed = slacalc_engine::zones::search_in("", lang);
                                slacalc_engine::zones::in_reading_order(&mut listed, lang);
                                // The zone as edited: the list is drawn again when
                                // the language changes.
                                let tz = shown.with_value(|p| p.hours.tz.clone());
                                listed.into_iter().map(|zone| view! {
                                    <option value=zone.iana selected=zone.iana == tz>
                                        {format!("{} ({})", zone.city_in(lang), zone.iana)}
                                    </option>
                                }).collect_view()
                            }}
                        </select>
                    </label>
                    <label class="field">{tr(msg::BUILD_FROM)}
                        <input type="time" data-testid="package-start" prop:value=package.hours.start.clone()
                            on:change=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |p| p.hours.start = v)) }/>
                    </label>
                    <label class="field">{tr(msg::BUILD_TO)}
                        <input type="time" data-testid="package-end" prop:value=package.hours.end.clone()
                            on:change=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |p| p.hours.end = v)) }/>
                    </label>
                    <label class="field">{tr(msg::BUILD_DAYS)}
                        <select data-testid="package-days" on:change=move |ev| {
                            let days = if event_target_value(&ev) == "ru" { WorkingDays::RussianProductionCalendar } else { WorkingDays::MondayToFriday };
                            edit(Box::new(move |p| p.hours.days = days))
                        }>
                            <option value="mf" selected=package.hours.days == WorkingDays::MondayToFriday>{tr(msg::BUILD_DAYS_WEEKDAYS)}</option>
                            <option value="ru" selected=package.hours.days == WorkingDays::RussianProductionCalendar>{tr(msg::BUILD_DAYS_RUSSIAN)}</option>
                        </select>
                    </label>
                </div>
            </fieldset>
            <fieldset>
                <legend>{tr(msg::BUILD_TARGETS)}</legend>
                <div class="table-scroll">
                    <table class="targets">
                        <thead><tr><th scope="col">{tr(msg::BUILD_SEVERITY)}</th><th scope="col">{tr(msg::BUILD_FIRST_RESPONSE)}</th><th scope="col">{tr(msg::BUILD_RESOLUTION)}</th></tr></thead>
                        <tbody>
                            {package.targets.iter().map(|t| {
                                let severity = t.severity;
                                view! {
                                    <tr>
                                        <th scope="row">{move || locale.text(&severity_name(severity))}</th>
                                        <td><TargetInput severity kind="first" target=t.first_response report=report_target edit=Callback::new(move |target| edit(Box::new(move |p| {
                                            if let Some(row) = p.targets.iter_mut().find(|r| r.severity == severity) { row.first_response = target }
                                        })))/></td>
                                        <td><TargetInput severity kind="resolution" target=t.resolution report=report_target edit=Callback::new(move |target| edit(Box::new(move |p| {
                                            if let Some(row) = p.targets.iter_mut().find(|r| r.severity == severity) { row.resolution = target }
                                        })))/></td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <label class="field narrow">{tr(msg::BUILD_SHARE)}
                    <input type="number" min="1" max="100" step="1" data-testid="package-share"
                        prop:value=package.commitment_share.map(|s| s.to_string()).unwrap_or_default()
                        on:change=move |ev| {
                            let text = event_target_value(&ev);
                            if text.trim().is_empty() { set_share_problem.set(None); edit(Box::new(|p| p.commitment_share = None)); return; }
                            match text.trim().parse::<u8>() {
                                Ok(share) => { set_share_problem.set(None); edit(Box::new(move |p| p.commitment_share = Some(share))) }
                                Err(_) => set_share_problem.set(Some(Text::new(msg::BUILD_SHARE_NOT_WHOLE).with("text", text.trim()))),
                            }
                        }/>
                </label>
            </fieldset>
            <fieldset>
                <legend>{tr(msg::BUILD_SERVICES)}</legend>
                <ul class="services">
                    {package.services.iter().enumerate().map(|(i, s)| {
                        let availability = s.availability;
                        let name = s.name.clone();
                        view! {
                            <li>
                                <label class="field">{move || catalog_text(locale.lang(), &name).into_owned()}
                                    <select data-testid=format!("service-{}", s.service) on:change=move |ev| {
                                        let a = match event_target_value(&ev).as_str() {
                                            "included" => Inclusion::Included,
                                            "optional" => Inclusion::Optional,
                                            _ => Inclusion::NotOffered,
                                        };
                                        edit(Box::new(move |p| if let Some(s) = p.services.get_mut(i) { s.availability = a }))
                                    }>
                                        <option value="included" selected=availability == Inclusion::Included>{tr(msg::BUILD_INCLUDED)}</option>
                                        <option value="optional" selected=availability == Inclusion::Optional>{tr(msg::BUILD_OPTIONAL)}</option>
                                        <option value="not_offered" selected=availability == Inclusion::NotOffered>{tr(msg::BUILD_NOT_OFFERED)}</option>
                                    </select>
                                </label>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <label class="field">{tr(msg::BUILD_CHANNELS)}
                    <input type="text" data-testid="package-channels" prop:value=package.channels.join(", ")
                        on:change=move |ev| {
                            let channels: Vec<String> = event_target_value(&ev).split(',').map(|c| c.trim().to_owned()).filter(|c| !c.is_empty()).collect();
                            edit(Box::new(move |p| p.channels = channels))
                        }/>
                </label>
            </fieldset>
            <div class="row actions journey">
                <button type="button" on:click=save data-testid="save-package">{tr(msg::BUILD_SAVE)}</button>
                // Until saved, the package is no plan the other views know:
                // these lead nowhere, and without an address they cannot be
                // followed by keyboard either.
                <a class="button" class:disabled=move || !is_saved() aria-disabled=move || (!is_saved()).to_string()
                    href=move || is_saved().then(|| PriceLink::default().href()) data-testid="price-package">{tr(msg::BUILD_PRICE_IT)}</a>
                <a class="button" class:disabled=move || !is_saved() aria-disabled=move || (!is_saved()).to_string()
                    href=move || is_saved().then(|| QuoteLink { plan: current.with(|p| p.id.clone()), ..QuoteLink::default() }.href()) data-testid="quote-package">{tr(msg::BUILD_QUOTE_IT)}</a>
                <button type="button" class="secondary" on:click=copy_link data-testid="copy-package-link">{tr(msg::BUILD_COPY_LINK)}</button>
                <a href=move || compare_href(&current.get()) data-testid="compare-package"
                    aria-disabled=move || refusal().is_some().to_string()
                    on:click=move |ev| if refused(msg::BUILD_NOT_COMPARED_FIX_FIRST) { ev.prevent_default() }>{tr(msg::BUILD_COMPARE_IT)}</a>
                <a class:disabled=move || !is_saved() aria-disabled=move || (!is_saved()).to_string()
                    href=move || is_saved().then(|| DeadlineLink { plan: current.with(|p| p.id.clone()), ..DeadlineLink::default() }.href())
                    data-testid="deadline-package">{tr(msg::BUILD_DEADLINES)}</a>
                <button type="button" class="secondary" on:click=move |_| clear_draft.run(())>{tr(msg::BUILD_CLOSE)}</button>
                <span role="status" class="muted" data-testid="save-status">{move || status.get()}</span>
            </div>
            <p class="muted no-print">{move || locale.t(if is_saved() {
                msg::BUILD_SAVED_NEXT
            } else {
                msg::BUILD_UNSAVED_NEXT
            })}</p>
            <label class="field">{tr(msg::BUILD_SHARE_LINK)}
                // Empty while the form shows a refused edit: the link would
                // carry the last valid package, not the one on screen.
                <textarea readonly rows="3" data-testid="share-link"
                    prop:value=move || if refusal().is_some() { String::new() } else { share_url() }
                    on:focus=move |ev| { event_target::<web_sys::HtmlTextAreaElement>(&ev).select() }></textarea>
            </label>
        </form>
    }
}

#[component]
fn TargetInput(
    severity: Severity,
    kind: &'static str,
    target: Option<PackageTarget>,
    edit: Callback<Option<PackageTarget>>,
    /// Tells the editor what this field refuses (`None`: nothing), so the
    /// package is not saved or sent while the field shows an error.
    report: Callback<(String, Option<Text>)>,
) -> impl IntoView {
    let (minutes, set_minutes) = signal(target.map(|t| t.minutes));
    let (clock, set_clock) = signal(target.map_or(TargetClock::AroundTheClock, |t| t.clock));
    let locale = use_locale();
    let (error, set_error) = signal(None::<Text>);
    let key = format!("{severity}-{kind}");
    // At the field in its own words; above the editor, naming the field.
    let refuse = move |refused: Option<Text>| {
        set_error.set(refused.clone());
        let named = refused.map(|text| {
            Text::new(msg::ERROR_IN_CONTEXT)
                .with(
                    "context",
                    Text::new(msg::BUILD_TARGET_FIELD)
                        .with("severity", severity.as_str())
                        .with("kind", kind),
                )
                .with("message", text)
        });
        report.run((key.clone(), named));
    };
    let apply = move || {
        edit.run(minutes.get_untracked().map(|minutes| PackageTarget {
            minutes,
            clock: clock.get_untracked(),
        }));
    };
    let label = move |key: Key| {
        locale.text(
            &Text::new(key)
                .with("severity", severity.as_str())
                .with("kind", kind),
        )
    };
    view! {
        <div class="target-input">
            <input type="number" min="0" step="15" aria-label=move || label(msg::BUILD_TARGET_MINUTES)
                data-testid=format!("target-{severity}-{}", if kind == "resolution" { "resolution" } else { "response" })
                prop:value=move || minutes.get().map(|m| m.to_string()).unwrap_or_default()
                placeholder=tr(msg::BUILD_NO_TARGET)
                on:change=move |ev| {
                    let text = event_target_value(&ev);
                    match text.trim() {
                        "" => { refuse(None); set_minutes.set(None); apply() }
                        t => match t.parse::<u64>().map(|m| (m, check_target_minutes(m))) {
                            Ok((m, Ok(()))) => { refuse(None); set_minutes.set(Some(m)); apply() }
                            // Out of range: said here, the package keeps its last target.
                            Ok((_, Err(e))) => refuse(Some(e.text().clone())),
                            Err(_) => refuse(Some(Text::new(msg::BUILD_NOT_MINUTES).with("text", t))),
                        },
                    }
                }/>
            <span class="muted">{tr(msg::BUILD_MINUTES_UNIT)}</span>
            <select aria-label=move || label(msg::BUILD_TARGET_CLOCK) on:change=move |ev| {
                set_clock.set(if event_target_value(&ev) == "hours" { TargetClock::WorkingHours } else { TargetClock::AroundTheClock });
                apply();
            }>
                <option value="hours" selected=move || clock.get() == TargetClock::WorkingHours>{tr(msg::BUILD_CLOCK_WORKING)}</option>
                <option value="24x7" selected=move || clock.get() == TargetClock::AroundTheClock>{tr(msg::BUILD_CLOCK_AROUND)}</option>
            </select>
            // No summary beside a refused value: it would describe the old one.
            <span class="muted">{move || match (error.with(Option::is_some), minutes.get()) {
                (true, _) => String::new(),
                (false, Some(m)) => locale.text(&target_length(m)),
                (false, None) => locale.t(msg::BUILD_NO_TARGET),
            }}</span>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{locale.text(&e)}</p> })}
        </div>
    }
}

#[component]
fn SavedPackages(
    saved: Memo<Vec<Package>>,
    set_draft: Callback<Package>,
    store: Store,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="panel saved-packages" data-testid="saved-packages">
            <h2>{tr(msg::BUILD_YOUR_PACKAGES)}</h2>
            {move || {
                let packages = saved.get();
                if packages.is_empty() {
                    return view! { <p class="muted">{locale.t(msg::BUILD_NO_PACKAGES)}</p> }.into_any();
                }
                view! {
                    <ul class="package-list">
                        {packages.into_iter().map(|package| {
                            let id = package.id.clone();
                            let removed = package.clone();
                            let open = package.clone();
                            view! {
                                <li data-testid=format!("saved-{id}")>
                                    <strong>{package.name.clone()}</strong>
                                    <span class="muted">" "{locale.text(&Text::new(msg::BUILD_BASED_ON_SHORT).with("plan", package.based_on.as_str()))}</span>
                                    <div class="row">
                                        <button type="button" class="secondary small" on:click=move |_| set_draft.run(open.clone())>{locale.t(msg::BUILD_EDIT)}</button>
                                        <a href=DeadlineLink { plan: id.clone(), ..DeadlineLink::default() }.href()>{locale.t(msg::BUILD_DEADLINES)}</a>
                                        <a href=compare_href(&package)>{locale.t(msg::BUILD_COMPARE)}</a>
                                        <button type="button" class="secondary small" on:click=move |_| {
                                            store.save(Change::delete(&removed), Expect::Any, |_| {});
                                        }>{locale.t(msg::BUILD_DELETE)}</button>
                                    </div>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// Compare a package with eXpress 8/5 and 24/7; the package travels in
/// the link, so this works before it is saved, and for whoever receives it.
fn compare_href(package: &Package) -> String {
    let plans = vec![
        package.id.clone(),
        "express-8x5".to_owned(),
        "express-24x7".to_owned(),
    ];
    CompareLink::with_package(plans, package)
}

/// A package someone sent, read-only: what it is, and what to do with it.
#[component]
fn PackageSummary(
    package: Package,
    catalog: std::sync::Arc<Catalog>,
    edit_copy: Callback<()>,
) -> impl IntoView {
    let locale = use_locale();
    let description = catalog
        .with_packages(std::slice::from_ref(&package))
        .and_then(|c| slacalc_engine::price::describe(&c, &package.id));
    let compare = compare_href(&package);
    let based_on = Text::new(msg::BUILD_BASED_ON).with("plan", package.based_on.as_str());
    let joined = move |texts: &[Text], separator: &str| {
        texts
            .iter()
            .map(|t| locale.text(t))
            .collect::<Vec<_>>()
            .join(separator)
    };
    view! {
        <section class="panel package-summary" data-testid="package-summary">
            <p class="muted">{tr(msg::BUILD_SENT_TO_YOU)}</p>
            <h2 data-testid="summary-name">{package.name.clone()}</h2>
            <p class="muted">{move || locale.text(&based_on)}</p>
            {match description {
                Ok(d) => {
                    let (hours, channels, included) = (d.hours, d.channels, d.included);
                    view! {
                        <p><strong>{tr(msg::BUILD_SUMMARY_HOURS)}" "</strong>{move || joined(&hours, "; ")}</p>
                        <div class="table-scroll">
                            <table class="quote-targets">
                                <thead><tr><th scope="col">{tr(msg::BUILD_SEVERITY)}</th><th scope="col">{tr(msg::BUILD_FIRST_RESPONSE)}</th><th scope="col">{tr(msg::BUILD_RESOLUTION)}</th></tr></thead>
                                <tbody>
                                    {d.targets.into_iter().map(|row| view! {
                                        <tr><th scope="row">{move || locale.text(&severity_name(row.severity))}</th>
                                            <td>{move || row.first_response.render(locale.lang(), &IntlFormats)}</td>
                                            <td>{move || row.resolution.render(locale.lang(), &IntlFormats)}</td></tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        <p><strong>{tr(msg::BUILD_SUMMARY_CHANNELS)}" "</strong>{move || joined(&channels, ", ")}</p>
                        <p><strong>{tr(msg::BUILD_SUMMARY_INCLUDED)}" "</strong>{move || joined(&included, "; ")}</p>
                    }.into_any()
                }
                Err(e) => view! { <p class="error" role="alert">{move || locale.text(e.text())}</p> }.into_any(),
            }}
            <div class="row">
                <button type="button" on:click=move |_| edit_copy.run(()) data-testid="edit-copy">{tr(msg::BUILD_EDIT_COPY)}</button>
                <a href=compare data-testid="summary-compare">{tr(msg::BUILD_COMPARE_IT)}</a>
            </div>
        </section>
    }
}
