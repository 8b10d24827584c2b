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
