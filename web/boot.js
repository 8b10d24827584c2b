// slacalc's first script: a classic script in <head>, run before the body is
// parsed, so what it sets applies to the very first paint. No inline script
// anywhere (the page's Content-Security-Policy allows none).
(function () {
  "use strict";
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  var embed = /^(1|true|yes)$/.test(params.get("embed") || "");

  // The page's language, chosen as the app chooses it (src/i18n.rs): an
  // embed speaks its link's language; otherwise the reader's saved choice,
  // then the link's, then the browser's. Set before the first paint, so
  // the right half of every two-language static text shows (main.css).
  function spoken(tag) {
    var primary = String(tag || "").trim().split(/[-_]/)[0].toLowerCase();
    return primary === "en" || primary === "ru" ? primary : null;
  }
  var saved = null;
  try { saved = spoken(localStorage.getItem("slacalc.lang")); } catch (e) { saved = null; }
  var linked = spoken(params.get("lang"));
  var browser = null;
  (navigator.languages || [navigator.language]).some(function (tag) { return (browser = spoken(tag)); });
  var lang = (embed ? linked || saved : saved || linked) || browser || "en";
  root.setAttribute("lang", lang);
  // Wasm the app is sure to fetch, fetched alongside it instead of after it
  // has started: a language's words, which the app loads before it mounts
  // (src/i18n.rs), and a route's code where the route has no page of its
  // own to preload it (a quote link opens index.html). The page names the
  // files (scripts/postbuild.mjs).
  function preload(files) {
    (files || "").split(" ").forEach(function (href) {
      if (!href) return;
      var link = document.createElement("link");
      link.rel = "preload";
      link.as = "fetch";
      link.crossOrigin = "anonymous";
      link.type = "application/wasm";
      link.href = href;
      document.head.appendChild(link);
    });
  }
  preload(root.getAttribute("data-words-" + lang));
  var route = location.pathname.replace(/\/(index\.html)?$/, "").slice(1);
  if (/^[a-z]+$/.test(route)) {
    preload(root.getAttribute("data-code-" + route));
    // A route reads saved work before it shows its view (src/store.rs,
    // `open`), and a compare link's package is JSON too: then the JSON part
    // is needed from the start (src/codec.rs, `prepare`).
    var stored = false;
    try { stored = localStorage.getItem("slacalc.saved-work") !== null; } catch (e) { /* storage blocked */ }
    if (stored || (route === "compare" && params.has("package"))) preload(root.getAttribute("data-code-saved-work"));
  }

  // A prerendered page (scripts/prerender.mjs) shows its route's default
  // state until the app takes over. It says which page it is; a link to
  // another path, or with a selection of its own (any parameter but embed),
  // must not pass that content off as the answer: the CSS dims it under
  // "Loading your selection…", or hides it. The prerendered words are
  // English: in another language they are dimmed the same way.
  var prerendered = root.getAttribute("data-prerendered");
  if (prerendered !== null) {
    var path = location.pathname.replace(/\/(index\.html)?$/, "") || "/";
    var selection = false;
    params.forEach(function (_, key) { if (key !== "embed" && key !== "lang") selection = true; });
    if (lang !== "en") selection = true;
    if (path !== prerendered) root.classList.add("pre-other");
    else if (selection) root.classList.add("pre-stale");
    if (embed) root.classList.add("pre-embed");
  }

  // Until the app takes over, the prerendered form is inert: a tap or key
  // on it does nothing. Say why instead of staying silent (scripts/
  // prerender.mjs wrote the words; the copy, notice and all, goes at
  // takeover). Links still work, as plain links.
  // A click (not a touch that scrolls) or a key that would type or press
  // (not Tab, arrows or a shortcut) counts as trying.
  function starting(e) {
    var notice = document.querySelector("#prerendered > .pre-starting");
    if (!notice || (e.target instanceof Element && e.target.closest("a"))) return;
    if (e.type === "keydown" && (e.ctrlKey || e.metaKey || e.altKey || !(e.key.length === 1 || e.key === "Enter"))) return;
    notice.textContent = notice.getAttribute("data-" + lang) || notice.getAttribute("data-en");
  }
  document.addEventListener("click", starting, true);
  document.addEventListener("keydown", starting, true);

  // The prerendered header's language switch is written for English; say
  // which language is chosen, as its looks already do (main.css), so a
  // screen reader hears the same before the app takes over.
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("#prerendered .lang-switch [data-lang]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-lang") === lang));
    });
  });

  // The fatal-error panel's Reload button (the panel is in index.html so it
  // works even when nothing rendered).
  document.addEventListener("click", function (e) {
    if (e.target instanceof Element && e.target.closest("#fatal [data-action=reload]")) location.reload();
  });

  // Embed mode (?embed=1) in a frame: tell the host page how tall the content
  // is, so the iframe follows it (docs/EMBEDDING.md has the host's listener).
  // The message goes to the embedding page's origin when the browser tells
  // it (location.ancestorOrigins, else the referrer), to "*" only when
  // neither is known; it carries nothing but the height.
  if (window.parent === window || !embed) return;
  var target = "*";
  try {
    if (location.ancestorOrigins && location.ancestorOrigins.length) target = location.ancestorOrigins[0];
    else if (document.referrer) target = new URL(document.referrer).origin;
  } catch (e) { target = "*"; }
  if (target === "null") target = "*";
  var last = 0;
  function report() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: "slacalc:height", height: height }, target);
    }
  }
  new ResizeObserver(report).observe(document.documentElement);
  addEventListener("load", report);
})();
