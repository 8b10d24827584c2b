// Takes screenshots of the release build for a person to look at:
//   node e2e/screenshots.mjs [--lang ru] [path ...]      (default: /)
// Writes e2e/artifacts/<name>[-ru]-{wide,phone,dark}.png. Not a test.
import { mkdir } from 'node:fs/promises';
import { appReady, launchBrowser, serveDist } from './harness.mjs';

const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const lang = langAt >= 0 ? args.splice(langAt, 2)[1] : 'en';
const paths = args;
if (paths.length === 0) paths.push('/');
const out = new URL('./artifacts/', import.meta.url).pathname;
await mkdir(out, { recursive: true });

const server = await serveDist();
const browser = await launchBrowser();
const looks = {
  wide: { viewport: { width: 1280, height: 800 }, colorScheme: 'light', timezoneId: 'Europe/Berlin' },
  phone: { viewport: { width: 375, height: 740 }, colorScheme: 'light', deviceScaleFactor: 2, timezoneId: 'Europe/Berlin' },
  dark: { viewport: { width: 1280, height: 800 }, colorScheme: 'dark', timezoneId: 'Europe/Berlin' },
};
for (const path of paths) {
  const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
  for (const [look, options] of Object.entries(looks)) {
    const context = await browser.newContext({ ...options, locale: lang === 'ru' ? 'ru-RU' : 'en-GB' });
    const page = await context.newPage();
    await page.goto(server.origin + path);
    await appReady(page);
    await page.waitForTimeout(300);
    const file = `${out}${name}${lang === 'en' ? '' : `-${lang}`}-${look}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await context.close();
  }
}
await browser.close();
await server.close();
