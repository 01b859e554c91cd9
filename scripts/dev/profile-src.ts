/** Dev aid: CPU profile (main thread) of opening a generated graph via ?src=, self time by function. */
import { fileURLToPath } from 'node:url';
import { prepareWorkdir } from '../../bench/browser/workdir.ts';
import { launchChromium } from '../../tests/browser/helpers/browser.ts';
// @ts-expect-error untyped
import { serveDist } from '../../scripts/serve.mjs';
const id = process.argv[2] ?? 'g2k';
const nodes = Number(process.argv[3] ?? 2000);
const root = fileURLToPath(new URL('../../', import.meta.url));
const work = prepareWorkdir(root, [{ id, nodes }]);
const server = await serveDist(work, 0);
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
await page.goto(`http://127.0.0.1:${server.address().port}/app/?src=../graphs/${id}.json`);
for (let i = 0; i < 600; i++) {
  const d = await page.evaluate('JSON.stringify(window.__sdgDraws || [])');
  if (String(d).includes(`"edges":${nodes * 10}`)) { console.log('draws', d); break; }
  await page.waitForTimeout(200);
}
const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
console.log(await page.evaluate('JSON.stringify(performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)]))'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
profile.samples.forEach((sid, i) => {
  const n = byId.get(sid)!;
  const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
console.log([...self.entries()].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
await browser.close(); server.close();
