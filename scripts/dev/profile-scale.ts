/** Dev aid: open a generated bench graph in the built app, print perf marks and the hottest functions. */
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../tests/browser/helpers/browser.ts';
import { prepareWorkdir, SCALES } from '../../bench/browser/workdir.ts';
// @ts-expect-error plain ESM helper
import { serveDist } from '../serve.mjs';
const id = process.argv[2] ?? 'g2k';
const renderer = process.argv[3] ?? 'canvas';
const root = fileURLToPath(new URL('../../', import.meta.url));
const work = prepareWorkdir(root, SCALES.filter((s) => s.id === id));
const server = await serveDist(work, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
const page = await context.newPage();
page.on('console', (m) => { if (!m.text().includes('GL Driver')) console.log('[page]', m.text()); });
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
const t0 = Date.now();
await page.goto(`${base}app/?src=../graphs/${id}.json&renderer=${renderer}`);
const limit = Number(process.argv[4] ?? 120) * 1000;
let drawn: unknown = null;
while (Date.now() - t0 < limit) {
  drawn = await page.evaluate('(window.__sdgDraws || []).find((d) => d.edges > 5000) ?? null').catch(() => null);
  if (drawn) break;
  await page.waitForTimeout(500);
}
console.log('drawn', JSON.stringify(drawn), 'after', Date.now() - t0, 'ms');
const marks = await page.evaluate(`performance.getEntriesByType('mark').map((m) => m.name + ' ' + Math.round(m.startTime)).join('\\n')`).catch((e) => String(e));
console.log(marks);
const { profile } = (await cdp.send('Profiler.stop')) as any;
const self = new Map<string, number>();
const dt = profile.timeDeltas as number[];
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const counts = new Map<number, number>();
profile.samples.forEach((sid: number, i: number) => counts.set(sid, (counts.get(sid) ?? 0) + (dt[i] ?? 0)));
for (const [sid, us] of counts) { const n: any = byId.get(sid); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; self.set(k, (self.get(k) ?? 0) + us); }
console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
await browser.close(); server.close();
// Callers (two levels up) of the functions named in PARENTS_OF, weighted by self time.
const parentsOf = (process.env.PARENTS_OF ?? '').split(',').filter(Boolean);
if (parentsOf.length) {
  const parent = new Map<number, any>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const name = (n: any) => n ? `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}` : '-';
  for (const fn of parentsOf) {
    const agg = new Map<string, number>();
    for (const [sid, us] of counts) {
      const n: any = byId.get(sid);
      if ((n.callFrame.functionName || '(anon)') !== fn) continue;
      const chain: any[] = [];
      for (let p = parent.get(n.id); p && chain.length < Number(process.env.DEPTH ?? 3); p = parent.get(p.id)) chain.push(p);
      const k = chain.map(name).join(' < ');
      agg.set(k, (agg.get(k) ?? 0) + us);
    }
    console.log(`callers of ${fn}:`);
    console.log([...agg.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
  }
}
if (process.env.INCLUSIVE) {
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
  console.log('INCLUSIVE');
  console.log([...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.INCLUSIVE)).map(([k, v]) => `${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
}
