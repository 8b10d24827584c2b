// Starts the app: loads the wasm-bindgen glue and the wasm (names filled in
// by scripts/postbuild.mjs), then lets the app take over from the
// prerendered page. A module file, not Trunk's inline loader, so the page's
// Content-Security-Policy needs no 'unsafe-inline'; nothing is put on window.
import init from "__APP_JS__";

function fatal(detail) {
  const notice = document.getElementById("fatal");
  if (!notice) return;
  const pre = notice.querySelector("pre");
  if (pre) pre.textContent = detail;
  notice.hidden = false;
}

// The prerendered copy stays until the app has rendered the view in its
// place (the CSS keeps the app hidden meanwhile), then goes in the same
// task: no frame shows both or neither.
function takeOver() {
  const prerendered = document.getElementById("prerendered");
  if (!prerendered) return;
  const rendered = () => document.querySelector(
    '[data-testid=app] main :is([data-testid^="view-"], [data-testid=quote])');
  if (rendered()) {
    prerendered.remove();
    return;
  }
  // A view that renders later (a route loaded on demand): wait for it, but
  // never keep the app hidden for good.
  const done = () => {
    observer.disconnect();
    clearTimeout(timer);
    prerendered.remove();
  };
  const observer = new MutationObserver(() => { if (rendered()) done(); });
  const timer = setTimeout(done, 10000);
  observer.observe(document.body, { childList: true, subtree: true });
}

try {
  await init({ module_or_path: "__APP_WASM__" });
  takeOver();
} catch (e) {
  // The wasm could not be fetched or started (offline, an old browser):
  // say so; the prerendered page stays readable underneath.
  console.error(e);
  fatal(`slacalc could not start: ${e && e.message ? e.message : e}`);
}
