/**
 * `npx tsx bench/browser/profile-click.ts` (after `vite build`): a CPU profile of clicks on the default
 * data, summarised as self time per function, to find where click-to-highlight goes. Diagnostic only.
 */
import { launchChromium, serveBuiltApp } from '../../tests/browser/helpers/browser.ts';

const app = await serveBuiltApp();
const browser = await launchChromium();
try {
  const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await page.goto(app.url);
  await page.waitForSelector('[data-testid=graph][data-ready=true]');
  await page.waitForTimeout(2000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < 6; i++) {
    const code = i % 2 ? '2.3.1' : '16.6.1';
    const pos = (await page.evaluate(`(() => { const cy = window.__sdgCy; const p = cy.getElementById(${JSON.stringify(code)}).renderedPosition(); const r = cy.container().getBoundingClientRect(); return { x: r.left + p.x, y: r.top + p.y }; })()`)) as { x: number; y: number };
    await page.mouse.click(pos.x, pos.y);
    await page.waitForTimeout(700);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  const key = (n: { callFrame: { functionName: string; url: string; lineNumber: number } }) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  for (const [id, us] of self) {
    const n = byNode.get(id)!;
    selfBy.set(key(n), (selfBy.get(key(n)) ?? 0) + us);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byNode.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + us);
    }
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, us]) => `${(us / 1000 / 6).toFixed(1).padStart(7)} ms/click  ${k}`).join('\n');
  console.log('SELF\n' + top(selfBy) + '\n\nTOTAL\n' + top(totalBy));
} finally {
  await browser.close();
  await app.close();
}
