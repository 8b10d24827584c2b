// Simulated incidents per second in the release build, in headless
// Chromium: `node e2e/bench-simulate.mjs` (after `trunk build --release`).
// Prints the seconds the page reports for each case, three runs each.
import { appReady, launchBrowser, serveDist } from './harness.mjs';

const cases = [
  ['1,000,000 incidents, 1 plan', 'plans=express-24x7&n=1000000'],
  ['1,000,000 incidents, 3 plans', 'plans=express-8x5,express-24x7,express-premium&n=1000000'],
];
const server = await serveDist();
const browser = await launchBrowser();
const page = await (await browser.newContext()).newPage();
for (const [name, query] of cases) {
  const seconds = [];
  for (let run = 0; run < 3; run++) {
    await page.goto(`${server.origin}/simulate?${query}&seed=${run + 1}`);
    await appReady(page);
    const done = page.getByTestId('run-done');
    await done.waitFor({ timeout: 120000 });
    seconds.push(Number((await done.textContent()).match(/in ([\d.]+) s/)[1]));
  }
  seconds.sort((a, b) => a - b);
  console.log(`${name}\tmedian ${seconds[1]} s\truns ${seconds.join(', ')}`);
}
await browser.close();
await server.close();
