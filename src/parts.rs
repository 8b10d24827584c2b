//! Small pieces the views share: a view's typed link from the URL and the
//! one way to change it, link notices, cited values with their source on
//! hover or focus, the embed-code box, and the panel shown when the
//! catalog is missing. Views import these; no view imports another.

use leptos::prelude::*;
use slacalc_engine::catalog::{Catalog, PlanChoice, ProviderPlans};
use slacalc_engine::compare::Citation;
use slacalc_i18n::{catalog_text, translation, Lang, Text};
use slacalc_state::links::Frame;
use slacalc_state::query::Query;
use slacalc_state::{Notice, ViewLink};

use crate::catalog::Plans;
use crate::error::AppError;
use crate::i18n::{msg, tr, use_locale};
use crate::nav::{use_location, Location};

/// A change to a view's input `T` (its link, or the raw query), applied
/// by the one writer that puts it in the URL.
pub type Edit<T> = Callback<Box<dyn FnOnce(&mut T)>>;

/// A view's link as read from the URL, what could not be used from it,
/// and the one way the view changes it.
pub struct LinkState<L: ViewLink + Send + Sync> {
    /// The link, as the view's inputs.
    pub link: Memo<L>,
    /// What the URL held that could not be used.
    pub notices: Signal<Vec<Notice>>,
    /// Writes a changed link to the URL.
    pub edit: Edit<L>,
}

/// Reads the view's link `L` from the raw query (the state layer decodes
/// it) and writes changes back canonically, replacing the history entry
/// so typing does not fill the back button, and keeping embed mode.
pub fn use_link<L: ViewLink + Send + Sync>(catalog: Memo<Plans>) -> LinkState<L> {
    let location = use_location();
    let search = location.search;
    let parsed = Memo::new(move |_| {
        let query = search.with(|s| Query::parse(s));
        let (link, mut notices) = catalog.with(|c| L::parse(c, &query));
        // What the frame (language, embed) could not use is the link's too.
        notices.extend(Frame::read(&query).1);
        (link, notices)
    });
    let link = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    let notices = Signal::derive(move || parsed.with(|p| p.1.clone()));
    let locale = use_locale();
    let edit = Callback::new(move |change: Box<dyn FnOnce(&mut L)>| {
        let mut next = link.get_untracked();
        change(&mut next);
        let embed = untrack(|| location.is_embed());
        let href = locale.frame(embed).apply(&next.href());
        if still_here(location, &href) {
            location.replace(&href);
        }
    });
    LinkState {
        link,
        notices,
        edit,
    }
}

/// Whether `href` is on the page the address shows. A view stays on screen
/// while the next route's code loads (src/routes.rs) and sees the address
/// change under it; an edit it makes then (the deadline view pins "now")
/// must not pull the address back to itself and cancel the navigation.
fn still_here(location: Location, href: &str) -> bool {
    let path = href.split(['?', '#']).next().unwrap_or_default();
    untrack(|| location.is_at(path))
}

/// The raw query of the URL and a way to edit it as typed, for forms that
/// keep a wrong value visible until it is corrected (the price view).
pub fn use_raw_query(path: &'static str) -> (Memo<Query>, Edit<Query>) {
    let location = use_location();
    let search = location.search;
    let query = Memo::new(move |_| search.with(|s| Query::parse(s)));
    let edit = Callback::new(move |change: Box<dyn FnOnce(&mut Query)>| {
        let mut next = query.get_untracked();
        change(&mut next);
        // The raw query keeps every pair as it was, `embed=1` included.
        if still_here(location, path) {
            location.replace(&format!("{path}?{}", next.to_query()));
        }
    });
    (query, edit)
}

/// Shown instead of a view when the shipped catalog cannot be read.
#[component]
pub fn CatalogMissing(error: AppError) -> impl IntoView {
    let locale = use_locale();
    let message = error.text();
    view! {
        <section class="panel error-panel" role="alert">
            <h1>{tr(msg::PLANS_UNAVAILABLE)}</h1>
            <p>{move || locale.text(&message)}</p>
        </section>
    }
}

/// Test ids from labels: the engine's slug.
pub use slacalc_engine::words::slug;

/// What could not be used from the link, at the top of a view. The notices
/// of the link the page was opened with stay until dismissed, even after
/// the view rewrites the link into its clean form.
#[component]
pub fn LinkNotices(notices: Signal<Vec<Notice>>) -> impl IntoView {
    let locale = use_locale();
    let first = notices.get_untracked();
    let (dismissed, set_dismissed) = signal(false);
    let shown = Memo::new(move |_| {
        if dismissed.get() {
            return Vec::new();
        }
        let mut all = first.clone();
        for notice in notices.get() {
            if !all.contains(&notice) {
                all.push(notice);
            }
        }
        all
    });
    view! {
        <Show when=move || !shown.with(Vec::is_empty)>
            <div class="notice" role="status" data-testid="link-notices">
                <strong>{tr(msg::NOTICES_TITLE)}</strong>
                <ul>
                    {move || shown.get().into_iter().map(|n| view! { <li data-field=n.field.key()>{locale.text(&n.message)}</li> }).collect_view()}
                </ul>
                <button type="button" class="secondary small" on:click=move |_| set_dismissed.set(true)>{tr(msg::DISMISS)}</button>
            </div>
        </Show>
    }
}

/// A value with its source shown on hover or keyboard focus; screen
/// readers hear the source as the value's description. A value that rests
/// on an assumption says so on its face ("assumption"), with the reason in
/// the same description, wherever it appears.
///
/// A quote stays in the words of its source, marked with its language
/// (`lang`, for screen readers and hyphenation); when the reader's
/// language differs and the data files translate it, the translation
/// follows, labelled as one. An assumption's reason is slacalc's own
/// words, shown in the reader's language.
///
/// `focusable = false` keeps the value out of the tab order, for tables
/// with many cited values: the view then offers one control that shows
/// every source at once (`.sources-shown` on an ancestor shows them in
/// place), so the keyboard reaches the sources without a stop per cell.
#[component]
pub fn Cited(
    text: String,
    citation: Option<Citation>,
    #[prop(default = true)] focusable: bool,
) -> impl IntoView {
    match citation {
        None => view! { <span class="value">{text}</span> }.into_any(),
        Some(citation) => {
            // The citation's words about the source are texts (a document
            // title, a price book); the quote stays as the source wrote it.
            let locale = use_locale();
            let id = format!("src-{}", next_id());
            let described_by = id.clone();
            let assumption = citation.assumption.clone();
            let quote = citation.document.clone().map(|document| {
                let original = citation.text.clone();
                let source_lang = written_in(&original);
                let translated = move || {
                    let lang = locale.lang();
                    let words = (lang != source_lang)
                        .then(|| translation(lang, &original))
                        .flatten()?;
                    Some(view! {
                        <span class="translation" lang=lang.code()>
                            <strong>{locale.t(msg::PARTS_TRANSLATION)}" "</strong>{words}
                        </span>
                    })
                };
                view! {
                    <strong>{tr(msg::PARTS_SOURCE)}" "{move || locale.text(&document)}</strong>
                    <q lang=source_lang.code()>{citation.text.clone()}</q>
                    {translated}
                }
            });
            let class = if assumption.is_some() {
                "source assumption"
            } else {
                "source"
            };
            view! {
                <span class="value cited" tabindex=focusable.then_some("0") aria-describedby=described_by>
                    {text}
                    {assumption.is_some().then(|| view! {
                        <span class="assumption-mark" data-testid="assumption-mark">" "{tr(msg::PARTS_ASSUMPTION_MARK)}</span>
                    })}
                    <span class=class role="tooltip" id=id>
                        {quote}
                        {assumption.map(|reason| view! {
                            <span class="assumption-reason">
                                <strong>{tr(msg::PARTS_ASSUMPTION)}" "</strong>
                                {move || locale.text(&reason)}
                            </span>
                        })}
                    </span>
                </span>
            }
            .into_any()
        }
    }
}

/// An SVG coordinate or length: two decimals, trailing zeros dropped.
/// Never an `f64` straight into an attribute: tachys writes those with
/// `core::fmt`, whose float formatting then rides in the main wasm
/// (i18n/src/decimal.rs).
pub fn coordinate(value: f64) -> String {
    slacalc_i18n::decimal(value, 2)
}

/// The window's width in CSS pixels, following resizes: for views whose
/// structure or label layout depends on the room they have.
pub fn use_window_width() -> Signal<f64> {
    let width = || {
        web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|w| w.as_f64())
            .unwrap_or(1280.0)
    };
    let (current, set_current) = signal(width());
    let handle = window_event_listener(leptos::ev::resize, move |_| {
        let now = width();
        if current.get_untracked() != now {
            set_current.set(now);
        }
    });
    on_cleanup(move || handle.remove());
    current.into()
}

/// True while the window is at most `max_px` CSS pixels wide (a phone):
/// views that need a different structure there, not only a different
/// style, read it.
pub fn use_narrow(max_px: f64) -> Signal<bool> {
    let width = use_window_width();
    let narrow = Memo::new(move |_| width.get() <= max_px);
    narrow.into()
}

/// The language a source is written in, from its script: the catalog's
/// documents are Russian or English, and only Russian uses Cyrillic.
fn written_in(text: &str) -> Lang {
    if text.chars().any(|c| matches!(c, '\u{0400}'..='\u{04FF}')) {
        Lang::Ru
    } else {
        Lang::En
    }
}

fn next_id() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// The iframe snippet for a view; its height follows the content through
/// the message listener documented in docs/EMBEDDING.md. The frame opens
/// in the language the interface has now (`lang=`), so a documentation
/// page in Russian embeds a Russian view; `title` should be in that
/// language too. Call it inside a reactive closure: it follows the switch.
pub fn embed_snippet(origin: &str, path_and_query: &str, title: &str) -> String {
    let frame = Frame {
        lang: Some(use_locale().lang()),
        embed: true,
    };
    let src = frame.apply(path_and_query);
    let title = title.replace('"', "&quot;");
    format!(
        "<iframe src=\"{origin}{src}\" title=\"{title}\" data-slacalc \
style=\"width:100%;border:0\" height=\"600\" loading=\"lazy\"></iframe>\n\
<script>addEventListener(\"message\",function(e){{var d=e.data;if(e.origin!==\"{origin}\"||!d||d.type!==\"slacalc:height\")return;\
document.querySelectorAll(\"iframe[data-slacalc]\").forEach(function(f){{if(f.contentWindow===e.source)f.style.height=d.height+\"px\"}})}});</script>"
    )
}

/// "Embed this view": the snippet in a box, and a button that copies it.
#[component]
pub fn EmbedCode(snippet: Signal<String>) -> impl IntoView {
    let locale = use_locale();
    let (status, set_status) = signal(None::<Text>);
    let copy = move |_| {
        set_status.set(Some(Text::new(msg::PARTS_EMBED_COPYING)));
        crate::browser::copy(&snippet.get_untracked(), move |copied| {
            set_status.set(Some(Text::new(if copied {
                msg::PARTS_EMBED_COPIED
            } else {
                msg::PARTS_EMBED_COPY_REFUSED
            })))
        });
    };
    let shown = move || status.with(|s| s.as_ref().map(|t| locale.text(t)).unwrap_or_default());
    view! {
        <details class="embed-code" data-testid="embed">
            <summary>{tr(msg::PARTS_EMBED_SUMMARY)}</summary>
            <p class="muted">{tr(msg::PARTS_EMBED_LEDE)}</p>
            <textarea readonly rows="5" data-testid="embed-code" aria-label=tr(msg::PARTS_EMBED_CODE)
                on:focus=move |ev| { event_target::<web_sys::HtmlTextAreaElement>(&ev).select() }
                prop:value=move || snippet.get()></textarea>
            <div class="row">
                <button type="button" on:click=copy data-testid="copy-embed">{tr(msg::PARTS_EMBED_COPY)}</button>
                <span role="status" class="muted">{shown}</span>
            </div>
        </details>
    }
}

/// Every plan as a checkbox, grouped by provider: the plans a view shows
/// side by side. `testid` prefixes each box's test id (`pick-<plan>`).
#[component]
pub fn PlanChecklist(
    catalog: Memo<Plans>,
    /// The plans ticked, in order.
    selected: Signal<Vec<String>>,
    /// Called with the plan and whether it is now ticked.
    on_toggle: Callback<(String, bool)>,
    testid: &'static str,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <fieldset class="panel plan-picker">
            <legend>{tr(msg::PARTS_PLANS)}</legend>
            {move || catalog.with(|c| c.plans_by_provider()).into_iter().map(|ProviderPlans { provider, plans }| view! {
                <div class="provider-plans">
                    <span class="provider-name">{catalog_text(locale.lang(), &provider).into_owned()}</span>
                    {plans.into_iter().map(|PlanChoice { id, name }| {
                        let checked = id.clone();
                        view! {
                            <label class="check">
                                <input type="checkbox" data-testid=format!("{testid}-{id}")
                                    prop:checked=move || selected.with(|s| s.contains(&checked))
                                    on:change=move |ev| on_toggle.run((id.clone(), event_target_checked(&ev)))/>
                                {catalog_text(locale.lang(), &name).into_owned()}
                            </label>
                        }
                    }).collect_view()}
                </div>
            }).collect_view()}
        </fieldset>
    }
}

/// Every plan as an `<option>`, in an `<optgroup>` per provider, for a
/// `<select>`; `selected` marks the current one (none: the first).
/// Provider and plan names are catalog words, in the reader's language
/// where the data files translate them (each follows the switch).
pub fn plan_options(catalog: &Catalog, selected: Signal<String>) -> impl IntoView {
    let locale = use_locale();
    catalog
        .plans_by_provider()
        .into_iter()
        .map(|ProviderPlans { provider, plans }| {
            view! {
                <optgroup label=move || catalog_text(locale.lang(), &provider).into_owned()>
                    {plans.into_iter().map(|PlanChoice { id, name }| {
                        let mine = id.clone();
                        let name = move || catalog_text(locale.lang(), &name).into_owned();
                        view! { <option value=id selected=move || selected.with(|s| *s == mine)>{name}</option> }
                    }).collect_view()}
                </optgroup>
            }
        })
        .collect_view()
}

/// Ticks or unticks `id` in a list of plans, keeping the order of the rest.
pub fn toggle_plan(plans: &mut Vec<String>, id: String, on: bool) {
    plans.retain(|p| *p != id);
    if on {
        plans.push(id);
    }
}
