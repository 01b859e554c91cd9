/**
 * `npx tsx bench/browser/profile-startup.ts [--peer] [url-query]` (after `vite build`): a CPU profile
 * from navigation until the metrics have arrived, as self and total time per function, to find where
 * first draw goes — on the default data, or with --peer on the peer-shaped GEXF of the bench
 * (bench-graph.ts PEER_SHAPE, opened through ?src= as peer.ts does). Diagnostic only.
 */
import { fileURLToPath } from 'node:url';
import { launchChromium, serveBuiltApp } from '../../tests/browser/helpers/browser.ts';
import { callersOf, summariseProfile, type CpuProfile } from './profile-summary.ts';
import { prepareWorkdir } from './workdir.ts';
// @ts-expect-error plain ESM helper without types
import { serveDist } from '../../scripts/serve.mjs';

const peer = process.argv.includes('--peer');
const query = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '';
// --callers=<function name> adds who calls it (e.g. --callers=styfn\$8.apply for Cytoscape's style passes).
let url: string;
let close: () => unknown;
if (peer) {
  const server = (await serveDist(prepareWorkdir(fileURLToPath(new URL('../../', import.meta.url)), []), 0)) as { address(): { port: number }; close(): void };
  url = `http://127.0.0.1:${server.address().port}/app/?src=../graphs/peer.gexf&renderer=canvas${query}`;
  close = () => server.close();
} else {
  const app = await serveBuiltApp();
  url = app.url + query;
  close = () => app.close();
}
const browser = await launchChromium();
try {
  const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 120_000 });
  const drawn = await page.evaluate('window.__sdgFirstDraw');
  await page.waitForTimeout(1500);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const marks = await page.evaluate('JSON.stringify(Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)])))');
  console.log(`first drawn ${Math.round(Number(drawn))} ms; marks ${marks}\n` + summariseProfile(profile));
  const callers = process.argv.find((a) => a.startsWith('--callers='))?.slice(10);
  if (callers) console.log(`\nCALLERS OF ${callers}\n` + callersOf(profile, callers, 8));
} finally {
  await browser.close();
  await close();
}
