// Page objects for the compare and deadline views: tests say what a user
// does ("choose severity high"), these know the test ids.
import { appReady } from './harness.mjs';

export class ComparePage {
  constructor(page, origin) { this.page = page; this.origin = origin; }
  async open(query = '') {
    await this.page.goto(`${this.origin}/compare${query}`);
    await appReady(this.page);
    await this.page.waitForSelector('[data-testid=view-compare]');
  }
  // The view's inputs: the address's query without the frame every link carries (lang=).
  query() { return viewQuery(this.page.url()); }
  columns() { return this.page.locator('[data-testid=comparison] thead th[data-plan]').evaluateAll((ths) => ths.map((t) => t.dataset.plan)); }
  row(group, label) { return this.page.locator(`[data-testid="row-${group}-${label}"]`); }
  async bestInRow(group, label) {
    const columns = await this.columns();
    const best = await this.row(group, label).locator('td').evaluateAll((tds) => tds.map((td) => td.dataset.best === 'true'));
    return columns.filter((_, i) => best[i]);
  }
  async togglePlan(id) { await this.page.getByTestId(`pick-${id}`).click(); }
  async requireCriticalWithin(minutes) { await this.page.getByTestId('req-critical').selectOption(String(minutes)); }
  async requirePhone() { await this.page.getByTestId('req-phone').check(); }
  verdict(id) { return this.page.getByTestId(`verdict-${id}`); }
  notices() { return this.page.getByTestId('link-notices'); }
}

export class DeadlinePage {
  constructor(page, origin) { this.page = page; this.origin = origin; }
  async open(query = '') {
    await this.page.goto(`${this.origin}/deadline${query}`);
    await appReady(this.page);
    await this.page.waitForSelector('[data-testid=view-deadline]');
    await this.page.waitForSelector('[data-testid=response-due]');
  }
  // The view's inputs: the address's query without the frame every link carries (lang=).
  query() { return viewQuery(this.page.url()); }
  due(kind) { return this.page.getByTestId(`${kind}-due`); }
  async dueUtc(kind) { return this.due(kind).getAttribute('datetime'); }
  async choosePlan(id) { await this.page.getByTestId('plan').selectOption(id); }
  async chooseSeverity(level) { await this.page.getByTestId('severity').selectOption(level); }
  async chooseZone(name) { await this.page.getByTestId('zone').selectOption(name); }
  async addEvent(kind, date, time) {
    await this.page.getByTestId('event-kind').selectOption(kind);
    await this.page.getByTestId('event-date').fill(date);
    await this.page.getByTestId('event-time').fill(time);
    await this.page.getByTestId('add-event').click();
  }
  notices() { return this.page.getByTestId('link-notices'); }
}

/** Resolves once `read()` returns `want`, or fails with the last value. */
/** The query of `url` without `lang` (the language every address carries). */
export function viewQuery(url) {
  const params = new URL(url).searchParams;
  params.delete('lang');
  return params;
}

export async function eventually(read, want, timeout = 5000) {
  const until = Date.now() + timeout;
  let last;
  while (Date.now() < until) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(want)) return last;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error(`expected ${JSON.stringify(want)}, last saw ${JSON.stringify(last)}`);
}

export class BuildPage {
  constructor(page, origin) { this.page = page; this.origin = origin; }
  async open(query = '') {
    await this.page.goto(`${this.origin}/build${query}`);
    await appReady(this.page);
    await this.page.waitForSelector('[data-testid=view-build]');
  }
  async start(from, name) {
    await this.page.getByTestId('start-from').selectOption(from);
    await this.page.getByTestId('package-name-new').fill(name);
    await this.page.getByTestId('start-package').click();
    await this.page.waitForSelector('[data-testid=package-editor]');
  }
  async setTarget(severity, kind, minutes) {
    const input = this.page.getByTestId(`target-${severity}-${kind}`);
    await input.fill(String(minutes));
    await input.press('Tab');
  }
  async save() { await this.page.getByTestId('save-package').click(); }
  async close() { await this.page.getByRole('button', { name: 'Close' }).click(); }
  status() { return this.page.getByTestId('save-status').textContent(); }
  shareLink() { return this.page.getByTestId('share-link').inputValue(); }
  saved(id) { return this.page.getByTestId(`saved-${id}`); }
}

/**
 * The Latin-script words a Russian reader meets in `selector`: every text
 * under it, shown or in a tooltip, except quoted sources (`<q>`, evidence in
 * the words they were written in) and what is marked as another language
 * (`lang="en"`), addresses and
 * zone ids (anything with `/`, `@` or `.` inside), and the names that stay
 * as they are (products, plans, currency and file-format codes). Each word
 * comes with the text it was found in, so a failure says where to look.
 */
export async function latinWords(page, selector) {
  return page.locator(selector).first().evaluate((root) => {
    const KEPT = new Set([
      'slacalc', 'SLA', 'eXpress', 'Premium', 'VK', 'Cloud', 'Tencent', 'Virtuozzo',
      'Basic', 'Developer', 'Business', 'Enterprise', 'USD', 'EUR', 'RUB', 'CNY', 'US',
      'CSV', 'JSON', 'PDF', 'UTC', 'GMT', 'IANA', 'iframe', 'SmartApp', 'Ticket',
      // Acronyms and product names Russian uses as they are.
      'API', 'SDK', 'IEM', 'TSA', 'Smart', 'Advisor',
      // VK Cloud's own Russian pages name this service in English.
      'Managed', 'Services',
      // Products named as their makers name them (AWS Support, Virtuozzo Platform Support).
      'AWS', 'Platform', 'Support',
      // The language switch names each language by its code.
      'RU', 'Telegram',
    ]);
    const found = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const host = node.parentElement;
      // noscript: never shown while scripts run (and then raw text).
      if (!host || host.closest('script, style, code, pre, textarea, noscript')) continue;
      // A quoted source is evidence, in the words it was written in.
      if (host.closest('q')) continue;
      const lang = host.closest('[lang]')?.getAttribute('lang') ?? 'ru';
      if (!lang.startsWith('ru')) continue;
      // Ids, addresses and zones (a digit, `/`, `@` or an inner `.`) are not words.
      const text = node.textContent.replace(/\S*([/@]|\d|[A-Za-z]\.[A-Za-z])\S*/g, ' ');
      for (const word of text.match(/[A-Za-z][A-Za-z'’]+(-[A-Za-z]+)*/g) ?? []) {
        if (!KEPT.has(word)) found.push(`${word} — in “${node.textContent.trim().slice(0, 80)}”`);
      }
    }
    return [...new Set(found)];
  });
}
