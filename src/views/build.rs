//! Package builder (`/build?package=1.…`): start from a schedule or any
//! catalog plan, edit targets, hours and services, name it, save it. The
//! package being edited lives in the URL (so a reload or a shared link
//! brings it back exactly); saved packages live in local storage and
//! appear as plans in every other view.

use leptos::prelude::*;
use slacalc_engine::catalog::{Catalog, Inclusion};
use slacalc_engine::package::{Package, PackageTarget, TargetClock, WorkingDays};
use slacalc_engine::{words, Severity};
use slacalc_state::links::{BuildLink, CompareLink, DeadlineLink, PriceLink, QuoteLink};
use slacalc_state::saved::{Change, Expect, Section};
use slacalc_state::{Field, ViewLink};

use crate::browser;
use crate::catalog::{self, Plans};
use crate::parts::{plan_options, use_link, CatalogMissing};
use crate::saved_work::SavedWorkPanel;
use crate::store::{use_store, Outcome, Store};

/// The schedules a package usually starts from (eXpress' three plans).
const SCHEDULES: [(&str, &str); 3] = [
    ("express-8x5", "8/5: working hours"),
    ("express-24x7", "24/7: around the clock"),
    ("express-premium", "Premium: 24/7 with a dedicated team"),
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
        edit.run(Box::new(move |l| l.package = Some(package)));
    });
    let clear_draft = Callback::new(move |_: ()| edit.run(Box::new(|l| l.package = None)));
    let draft = Memo::new(move |_| link.with(|l| l.package.clone()));
    let locale = crate::i18n::use_locale();
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
    // read-only first: the recipient looks before editing a copy.
    let received = draft.with_untracked(|d| {
        d.as_ref()
            .is_some_and(|p| saved.with_untracked(|s| s.iter().all(|x| x.id != p.id)))
    });
    let (reading, set_reading) = signal(received);
    let open_draft = Callback::new(move |package: Package| {
        set_reading.set(false);
        set_draft.run(package);
    });
    let catalog_for_start = catalog.clone();
    let catalog_for_summary = catalog.clone();
    view! {
        <section class="view build" data-testid="view-build">
            <h1>"Build a package"</h1>
            {move || link_error.get().map(|e| view! {
                <div class="notice" role="alert" data-testid="package-link-error">
                    <strong>"This package link cannot be opened: "</strong>{e}
                    <p>"Nothing saved was changed. Start a new package below, or ask for the link again."</p>
                </div>
            })}
            // Re-rendered only when another package is opened: edits go to
            // the URL without rebuilding the form (and losing focus).
            {move || match (draft_id.get(), reading.get()) {
                (Some(_), true) => match draft.get_untracked() {
                    Some(package) => view! {
                        <PackageSummary package catalog=catalog_for_summary.clone() edit_copy=Callback::new(move |_| set_reading.set(false))/>
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
    let (error, set_error) = signal(None::<String>);
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
            set_error.set(Some("Give the package a name.".to_owned()));
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
            Err(e) => set_error.set(Some(e.to_string())),
        }
    };
    view! {
        <form class="panel start-form" on:submit=start data-testid="start-form">
            <h2>"Start a package"</h2>
            <div class="row">
                <label class="field">"Start from"
                    <select node_ref=from_ref data-testid="start-from">
                        <optgroup label="Schedules">
                            {SCHEDULES.into_iter().map(|(id, label)| view! { <option value=id>{label}</option> }).collect_view()}
                        </optgroup>
                        {plan_options(&catalog, Signal::derive(String::new))}
                    </select>
                </label>
                <label class="field">"Name"
                    <input type="text" node_ref=name_ref maxlength="80" placeholder="e.g. Retail night cover" data-testid="package-name-new"/>
                </label>
                <button type="submit" data-testid="start-package">"Start"</button>
            </div>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
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
    let (problem, set_problem) = signal(None::<String>);
    let (status, set_status) = signal(String::new());
    let current = RwSignal::new(package.clone());
    // Applies a change; an invalid result stays out of the URL and is
    // explained at the top of the editor.
    let change = move |edit: Box<dyn FnOnce(&mut Package)>| {
        let mut next = current.get_untracked();
        edit(&mut next);
        match next.validate() {
            Ok(()) => {
                set_problem.set(None);
                current.set(next.clone());
                set_draft.run(next);
            }
            Err(e) => set_problem.set(Some(e.to_string())),
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
    let save = move |_| {
        let package = current.get_untracked();
        let expect = match revision.get_value() {
            0 => Expect::New,
            rev => Expect::Revision(rev),
        };
        let message = if expect == Expect::New {
            "Saved. It is now a plan in Compare and Deadline."
        } else {
            "Saved (updated)."
        };
        set_status.set("Saving…".to_owned());
        store.save(Change::save(package), expect, move |outcome| {
            if let Outcome::Saved(applied) = &outcome {
                revision.set_value(applied.revision);
                if applied.id != current.with_untracked(|p| p.id.clone()) {
                    // Another tab took this id first: this one is numbered.
                    let id = applied.id.clone();
                    current.update(|p| p.id = id);
                    set_draft.run(current.get_untracked());
                }
            }
            set_status.set(outcome.status(message));
        });
    };
    let share_url = move || {
        let link = BuildLink {
            package: Some(current.get()),
        };
        format!("{}{}", browser::origin(), link.href())
    };
    let is_saved = move || {
        let id = current.with(|p| p.id.clone());
        store.work.with(|w| w.find::<Package>(&id).is_some())
    };
    let copy_link = move |_| {
        let text = share_url();
        let Some(window) = web_sys::window() else {
            return;
        };
        let promise = window.navigator().clipboard().write_text(&text);
        leptos::task::spawn_local(async move {
            let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            set_status.set(if copied {
                "Link copied: it carries the whole package.".to_owned()
            } else {
                "The browser did not allow copying; copy the share link below.".to_owned()
            });
        });
    };
    let id = package.id.clone();
    view! {
        <form class="panel editor" on:submit=|ev| ev.prevent_default() data-testid="package-editor">
            <div class="row editor-head">
                <label class="field grow">"Name"
                    <input type="text" maxlength="80" data-testid="package-name" prop:value=package.name.clone()
                        on:change=move |ev| { let name = event_target_value(&ev); edit(Box::new(move |p| p.name = name)) }/>
                </label>
                <p class="muted">{format!("Based on {} · id {}", package.based_on, package.id)}</p>
            </div>
            {move || problem.get().map(|e| view! { <p class="field-error" role="alert" data-testid="package-problem">{e}</p> })}
            <fieldset class="hours">
                <legend>"Working hours"</legend>
                <div class="row">
                    <label class="field">"Zone"
                        <select data-testid="package-tz" on:change=move |ev| { let tz = event_target_value(&ev); edit(Box::new(move |p| p.hours.tz = tz)) }>
                            {chrono_tz::TZ_VARIANTS.iter().map(|tz| view! {
                                <option value=tz.name() selected=tz.name() == package.hours.tz>{tz.name()}</option>
                            }).collect_view()}
                        </select>
                    </label>
                    <label class="field">"From"
                        <input type="time" data-testid="package-start" prop:value=package.hours.start.clone()
                            on:change=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |p| p.hours.start = v)) }/>
                    </label>
                    <label class="field">"To"
                        <input type="time" data-testid="package-end" prop:value=package.hours.end.clone()
                            on:change=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |p| p.hours.end = v)) }/>
                    </label>
                    <label class="field">"Days"
                        <select data-testid="package-days" on:change=move |ev| {
                            let days = if event_target_value(&ev) == "ru" { WorkingDays::RussianProductionCalendar } else { WorkingDays::MondayToFriday };
                            edit(Box::new(move |p| p.hours.days = days))
                        }>
                            <option value="mf" selected=package.hours.days == WorkingDays::MondayToFriday>"Monday to Friday"</option>
                            <option value="ru" selected=package.hours.days == WorkingDays::RussianProductionCalendar>"Russian production calendar (Moscow)"</option>
                        </select>
                    </label>
                </div>
            </fieldset>
            <fieldset>
                <legend>"Targets"</legend>
                <div class="table-scroll">
                    <table class="targets">
                        <thead><tr><th scope="col">"Severity"</th><th scope="col">"First response"</th><th scope="col">"Resolution"</th></tr></thead>
                        <tbody>
                            {package.targets.iter().map(|t| {
                                let severity = t.severity;
                                view! {
                                    <tr>
                                        <th scope="row">{severity.as_str()}</th>
                                        <td><TargetInput severity kind="first response" target=t.first_response edit=Callback::new(move |target| edit(Box::new(move |p| {
                                            if let Some(row) = p.targets.iter_mut().find(|r| r.severity == severity) { row.first_response = target }
                                        })))/></td>
                                        <td><TargetInput severity kind="resolution" target=t.resolution edit=Callback::new(move |target| edit(Box::new(move |p| {
                                            if let Some(row) = p.targets.iter_mut().find(|r| r.severity == severity) { row.resolution = target }
                                        })))/></td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <label class="field narrow">"Share of requests promised (%)"
                    <input type="number" min="1" max="100" step="1" data-testid="package-share"
                        prop:value=package.commitment_share.map(|s| s.to_string()).unwrap_or_default()
                        on:change=move |ev| {
                            let text = event_target_value(&ev);
                            if text.trim().is_empty() { edit(Box::new(|p| p.commitment_share = None)); return; }
                            match text.trim().parse::<u8>() {
                                Ok(share) => edit(Box::new(move |p| p.commitment_share = Some(share))),
                                Err(_) => set_problem.set(Some(format!("commitment share: `{text}` is not a whole number from 1 to 100"))),
                            }
                        }/>
                </label>
            </fieldset>
            <fieldset>
                <legend>"Services"</legend>
                <ul class="services">
                    {package.services.iter().enumerate().map(|(i, s)| {
                        let availability = s.availability;
                        view! {
                            <li>
                                <label class="field">{s.name.clone()}
                                    <select data-testid=format!("service-{}", s.service) on:change=move |ev| {
                                        let a = match event_target_value(&ev).as_str() {
                                            "included" => Inclusion::Included,
                                            "optional" => Inclusion::Optional,
                                            _ => Inclusion::NotOffered,
                                        };
                                        edit(Box::new(move |p| if let Some(s) = p.services.get_mut(i) { s.availability = a }))
                                    }>
                                        <option value="included" selected=availability == Inclusion::Included>"Included"</option>
                                        <option value="optional" selected=availability == Inclusion::Optional>"Optional, paid"</option>
                                        <option value="not_offered" selected=availability == Inclusion::NotOffered>"Not offered"</option>
                                    </select>
                                </label>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <label class="field">"Channels (comma-separated)"
                    <input type="text" data-testid="package-channels" prop:value=package.channels.join(", ")
                        on:change=move |ev| {
                            let channels: Vec<String> = event_target_value(&ev).split(',').map(|c| c.trim().to_owned()).filter(|c| !c.is_empty()).collect();
                            edit(Box::new(move |p| p.channels = channels))
                        }/>
                </label>
            </fieldset>
            <div class="row actions journey">
                <button type="button" on:click=save data-testid="save-package">"1. Save"</button>
                <a class="button" class:disabled=move || !is_saved() aria-disabled=move || (!is_saved()).to_string()
                    href=PriceLink::default().href() data-testid="price-package">"2. Price it"</a>
                <a class="button" class:disabled=move || !is_saved() aria-disabled=move || (!is_saved()).to_string()
                    href=move || QuoteLink { plan: current.with(|p| p.id.clone()), ..QuoteLink::default() }.href() data-testid="quote-package">"3. Quote it"</a>
                <button type="button" class="secondary" on:click=copy_link data-testid="copy-package-link">"Copy link"</button>
                <a href=move || compare_href(&current.get()) data-testid="compare-package">"Compare it"</a>
                <a href=DeadlineLink { plan: id.clone(), ..DeadlineLink::default() }.href() data-testid="deadline-package">"Deadlines"</a>
                <button type="button" class="secondary" on:click=move |_| clear_draft.run(())>"Close"</button>
                <span role="status" class="muted" data-testid="save-status">{move || status.get()}</span>
            </div>
            <p class="muted no-print">{move || if is_saved() {
                "Saved here: price it for the customer's size, then quote it."
            } else {
                "Save it to price and quote it; it then appears as a plan in every view."
            }}</p>
            <label class="field">"Share link (the whole package is in it)"
                <textarea readonly rows="3" data-testid="share-link" prop:value=share_url
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
) -> impl IntoView {
    let (minutes, set_minutes) = signal(target.map(|t| t.minutes));
    let (clock, set_clock) = signal(target.map_or(TargetClock::AroundTheClock, |t| t.clock));
    let (error, set_error) = signal(None::<String>);
    let apply = move || {
        edit.run(minutes.get_untracked().map(|minutes| PackageTarget {
            minutes,
            clock: clock.get_untracked(),
        }));
    };
    let label = format!("{severity} {kind}");
    view! {
        <div class="target-input">
            <input type="number" min="0" step="15" aria-label=format!("{label}, minutes (empty: no target)")
                data-testid=format!("target-{severity}-{}", if kind == "resolution" { "resolution" } else { "response" })
                prop:value=move || minutes.get().map(|m| m.to_string()).unwrap_or_default()
                placeholder="no target"
                on:change=move |ev| {
                    let text = event_target_value(&ev);
                    match text.trim() {
                        "" => { set_error.set(None); set_minutes.set(None); apply() }
                        t => match t.parse::<u64>() {
                            Ok(m) if m > 0 => { set_error.set(None); set_minutes.set(Some(m)); apply() }
                            _ => set_error.set(Some(format!("`{t}` is not a number of minutes above 0"))),
                        },
                    }
                }/>
            <span class="muted">"min"</span>
            <select aria-label=format!("{label}, clock") on:change=move |ev| {
                set_clock.set(if event_target_value(&ev) == "hours" { TargetClock::WorkingHours } else { TargetClock::AroundTheClock });
                apply();
            }>
                <option value="hours" selected=move || clock.get() == TargetClock::WorkingHours>"working hours"</option>
                <option value="24x7" selected=move || clock.get() == TargetClock::AroundTheClock>"24/7"</option>
            </select>
            <span class="muted">{move || minutes.get().map(words::target_length).unwrap_or_else(|| "no target".to_owned())}</span>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
        </div>
    }
}

#[component]
fn SavedPackages(
    saved: Memo<Vec<Package>>,
    set_draft: Callback<Package>,
    store: Store,
) -> impl IntoView {
    view! {
        <section class="panel saved-packages" data-testid="saved-packages">
            <h2>"Your packages"</h2>
            {move || {
                let packages = saved.get();
                if packages.is_empty() {
                    return view! { <p class="muted">"No saved packages yet. Saved packages appear as plans in every view."</p> }.into_any();
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
                                    <span class="muted">{format!(" · based on {}", package.based_on)}</span>
                                    <div class="row">
                                        <button type="button" class="secondary small" on:click=move |_| set_draft.run(open.clone())>"Edit"</button>
                                        <a href=DeadlineLink { plan: id.clone(), ..DeadlineLink::default() }.href()>"Deadlines"</a>
                                        <a href=compare_href(&package)>"Compare"</a>
                                        <button type="button" class="secondary small" on:click=move |_| {
                                            store.save(Change::delete(&removed), Expect::Any, |_| {});
                                        }>"Delete"</button>
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
    CompareLink {
        plans: vec![
            package.id.clone(),
            "express-8x5".to_owned(),
            "express-24x7".to_owned(),
        ],
        package: Some(package.clone()),
        ..CompareLink::default()
    }
    .href()
}

/// A package someone sent, read-only: what it is, and what to do with it.
#[component]
fn PackageSummary(
    package: Package,
    catalog: std::sync::Arc<Catalog>,
    edit_copy: Callback<()>,
) -> impl IntoView {
    let description = catalog
        .with_packages(std::slice::from_ref(&package))
        .and_then(|c| slacalc_engine::price::describe(&c, &package.id));
    let compare = compare_href(&package);
    view! {
        <section class="panel package-summary" data-testid="package-summary">
            <p class="muted">"A package sent to you"</p>
            <h2 data-testid="summary-name">{package.name.clone()}</h2>
            <p class="muted">{format!("Based on {}", package.based_on)}</p>
            {match description {
                Ok(d) => view! {
                    <p><strong>"Hours: "</strong>{d.hours.join("; ")}</p>
                    <div class="table-scroll">
                        <table class="quote-targets">
                            <thead><tr><th scope="col">"Severity"</th><th scope="col">"First response"</th><th scope="col">"Resolution"</th></tr></thead>
                            <tbody>
                                {d.targets.into_iter().map(|row| view! {
                                    <tr><th scope="row">{words::capitalised(row.severity.as_str())}</th><td>{row.first_response}</td><td>{row.resolution}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <p><strong>"Channels: "</strong>{d.channels.join(", ")}</p>
                    <p><strong>"Included: "</strong>{d.included.join("; ")}</p>
                }.into_any(),
                Err(e) => view! { <p class="error" role="alert">{e.to_string()}</p> }.into_any(),
            }}
            <div class="row">
                <button type="button" on:click=move |_| edit_copy.run(()) data-testid="edit-copy">"Edit a copy"</button>
                <a href=compare data-testid="summary-compare">"Compare it"</a>
            </div>
        </section>
    }
}
