/** Dev aid: click-to-highlight latency of the built app (median of 7 clicks on a node). */
import { launchChromium, serveBuiltApp } from '../../tests/browser/helpers/browser.ts';
import { measureSelect } from '../../bench/browser/scale.ts';
const code = process.argv[2] ?? '16.6.1';
const hideCss = process.argv[3];
const app = await serveBuiltApp();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.goto(app.url);
await page.waitForSelector('[data-testid=graph][data-ready=true]');
await page.waitForTimeout(1500);
if (hideCss) await page.addStyleTag({ content: `${hideCss} { display: none !important; }` });
console.log('select', code, await measureSelect(page, [code, process.argv[4] ?? '2.3.1']));
console.log(await page.evaluate('JSON.stringify(performance.getEntriesByType("mark").filter((m) => m.name.startsWith("sdg:")).slice(-8).map((m) => [m.name, Math.round(m.startTime)]))'));
// The canvas alone: the same class toggles without React, to split the budget.
console.log('cy only', await page.evaluate(`new Promise((ok) => { const cy = window.__sdgCy; const t0 = performance.now();
  cy.batch(() => { cy.elements().addClass('faded'); cy.getElementById('16.6.1').closedNeighborhood().removeClass('faded').addClass('hl'); });
  requestAnimationFrame(() => requestAnimationFrame(() => ok(performance.now() - t0))); })`));
await browser.close();
await app.close();
