/** Dev aid: click-to-highlight on a generated bench graph, with timings of each step. */
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../tests/browser/helpers/browser.ts';
import { prepareWorkdir, SCALES } from '../../bench/browser/workdir.ts';
import { APP_FPS, measureSelect } from '../../bench/browser/scale.ts';
// @ts-expect-error plain ESM helper
import { serveDist } from '../serve.mjs';
const id = process.argv[2] ?? 'g2k';
const renderer = process.argv[3] ?? 'canvas';
const root = fileURLToPath(new URL('../../', import.meta.url));
const work = prepareWorkdir(root, SCALES.filter((s) => s.id === id));
const server = await serveDist(work, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();
const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
await page.goto(`${base}app/?src=../graphs/${id}.json&renderer=${renderer}`);
await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 120000 });
await page.waitForTimeout(2000);
console.log(await page.evaluate(`(() => { const cy = window.__sdgCy; const n = cy.getElementById('16.1.1'); return JSON.stringify({ zoom: cy.zoom(), rp: n.renderedPosition(), w: n.renderedWidth(), edges: cy.edges().length, ready: document.querySelector('[data-testid=graph]').dataset.ready }); })()`));
if (process.argv[4] === 'fps') console.log('fps', await page.evaluate(APP_FPS(3000)));
await page.evaluate(`window.__sdgCy.on('tap', () => console.log('tap at', performance.now()))`);
await page.evaluate(`window.__sdgCy.on('mousedown mouseup tapstart tapend vmousedown', (e) => console.log(e.type, e.target === window.__sdgCy ? 'core' : e.target.id()))`);
await page.evaluate(`document.addEventListener('mousedown', (e) => console.log('dom mousedown', e.clientX, e.clientY, e.target.tagName, e.target.className), true)`);
console.log(await page.evaluate(`JSON.stringify({ zoom: window.__sdgCy.zoom(), pan: window.__sdgCy.pan() })`));
page.on('console', (m) => console.log('[page]', m.text()));
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await measureSelect(page, ['16.1.1', '1.1.1'], 1);
await cdp.send('Profiler.start');
console.log(JSON.stringify(await measureSelect(page, ['16.1.1', '1.1.1'], 6)));
const { profile } = (await cdp.send('Profiler.stop')) as any;
const dt = profile.timeDeltas as number[];
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, any>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
const incl = new Map<string, number>();
profile.samples.forEach((sid: number, i: number) => {
  const seen = new Set<string>();
  for (let n: any = byId.get(sid); n; n = parent.get(n.id)) {
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    if (seen.has(k)) continue; seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + (dt[i] ?? 0));
  }
});
console.log([...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45).map(([k, v]) => `${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
console.log(await page.evaluate(`performance.getEntriesByType('mark').filter((m) => m.name.startsWith('sdg:tap') || m.name.startsWith('sdg:highlight')).map((m) => m.name + ' ' + Math.round(m.startTime)).join(', ')`));
await browser.close(); server.close();
