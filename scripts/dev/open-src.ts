/** Dev aid: open a generated bench graph in the built app via ?src= and screenshot it. */
import { fileURLToPath } from 'node:url';
import { prepareWorkdir } from '../../bench/browser/workdir.ts';
import { launchChromium } from '../../tests/browser/helpers/browser.ts';
// @ts-expect-error untyped
import { serveDist } from '../../scripts/serve.mjs';
const id = process.argv[2] ?? 'g2k';
const nodes = Number(process.argv[3] ?? 2000);
const query = process.argv[4] ?? '';
const root = fileURLToPath(new URL('../../', import.meta.url));
const work = prepareWorkdir(root, [{ id, nodes }]);
const server = await serveDist(work, 0);
const browser = await launchChromium(['--enable-unsafe-swiftshader']);
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(`http://127.0.0.1:${server.address().port}/app/?src=../graphs/${id}.json${query}`);
for (let i = 0; i < 600; i++) {
  const d = await page.evaluate('JSON.stringify(window.__sdgDraws || [])');
  if (String(d).includes(`"edges":${nodes * 10}`)) { console.log('draws', d); break; }
  await page.waitForTimeout(200);
}
await page.waitForTimeout(1500);
await page.screenshot({ path: `/tmp/${id}.png` });
console.log(await page.evaluate('document.querySelector("[role=alert]")?.textContent ?? "no alert"'));
await browser.close(); server.close();
