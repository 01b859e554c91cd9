/** Dev aid: CPU profile of one click-to-highlight on the built app, self time by function. */
import { launchChromium, serveBuiltApp } from '../../tests/browser/helpers/browser.ts';
const code = process.argv[2] ?? '16.6.1';
const app = await serveBuiltApp();
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
const page = await context.newPage();
await page.addInitScript(() => {
  const w = window as unknown as { __lt: [number, number][] };
  w.__lt = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
});
await page.goto(app.url);
await page.waitForSelector('[data-testid=graph][data-ready=true]');
await page.waitForTimeout(2000);
const pos = (await page.evaluate(`(() => { const cy = window.__sdgCy; const p = cy.getElementById(${JSON.stringify(code)}).renderedPosition(); const r = cy.container().getBoundingClientRect(); return { x: r.left + p.x, y: r.top + p.y }; })()`)) as { x: number; y: number };
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.mouse.click(pos.x, pos.y);
await page.waitForTimeout(1000);
const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
const byIdAll = new Map((profile.nodes as any[]).map((n) => [n.id, n]));
console.log('highlight ms', await page.evaluate('window.__sdgLastHighlightMs'));
console.log('long tasks', await page.evaluate('JSON.stringify(window.__lt.slice(-3))'), 'tap mark', await page.evaluate(`JSON.stringify(performance.getEntriesByName('sdg:tap').map((m) => Math.round(m.startTime)))`));
{
  const parent = new Map<number, any>();
  for (const n of profile.nodes as any[]) for (const c of n.children ?? []) parent.set(c, n);
  const incl = new Map<string, number>();
  profile.samples.forEach((sid, i) => {
    const seen = new Set<string>();
    for (let n: any = byIdAll.get(sid); n; n = parent.get(n.id)) {
      const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
      if (seen.has(k)) continue; seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0));
    }
  });
  console.log([...incl.entries()].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${(v / 1000).toFixed(1).padStart(7)} ms  ${k}`).join('\n'));
}
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const n = byId.get(id)!;
  const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
console.log([...self.entries()].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 22).map(([k, v]) => `${(v / 1000).toFixed(1).padStart(7)} ms  ${k}`).join('\n'));
await browser.close();
await app.close();
