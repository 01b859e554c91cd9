/** Dev aid: cold first-render cost of Cytoscape variants, one fresh page per variant. */
import { launchChromium } from '../../tests/browser/helpers/browser.ts';
// @ts-expect-error untyped
import { serveDist } from '../../scripts/serve.mjs';
const server = await serveDist('/tmp/cylab/dist', 0);
const browser = await launchChromium();
for (let rep = 0; rep < 2; rep++) {
  for (const n of ['base', 'noLabels', 'nodesOnly', 'fontSans', 'fontSystem', 'fontDejaVu']) {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForTimeout(300);
    const raf = await page.evaluate('window.raf()');
    console.log(rep, n, 'raf', Math.round(Number(raf)), JSON.stringify(await page.evaluate(`window.run(${JSON.stringify(n)})`)));
    await page.close();
  }
}
await browser.close(); server.close();
