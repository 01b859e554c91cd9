import { launchChromium, serveBuiltApp } from '../../tests/browser/helpers/browser.ts';
const app = await serveBuiltApp();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.goto(app.url);
await page.waitForSelector('[data-testid=graph][data-ready=true]');
await page.waitForTimeout(1500);
for (const code of ['16.6.1', '2.3.1', '16.6.1']) {
  const pos = (await page.evaluate(`(() => { const cy = window.__sdgCy; const p = cy.getElementById('${code}').renderedPosition(); const r = cy.container().getBoundingClientRect(); return { x: r.left + p.x, y: r.top + p.y }; })()`)) as { x: number; y: number };
  await page.mouse.click(pos.x, pos.y);
  await page.waitForTimeout(800);
  console.log(code, await page.evaluate('JSON.stringify({ url: location.search, hl: window.__sdgLastHighlightMs, marks: performance.getEntriesByType("mark").filter((m) => m.name.startsWith("sdg:")).slice(-4).map((m) => [m.name, Math.round(m.startTime)]) })'));
}
await browser.close(); await app.close();
