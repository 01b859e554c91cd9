/**
 * GraphML/GEXF through the real import worker of the built app (saxes, xml-tree.ts): a peer-shaped
 * 1,715-node GEXF loads whole; a billion-laughs file is refused at once with its message in en, ru
 * and kk, naming file and line, and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, useBuiltApp } from './helpers/built-app.ts';
import { generateBenchGraph, PEER_SHAPE, toGexf } from '../../bench/browser/bench-graph.ts';

const LAUGHS = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="&lol9;"/><node id="b"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>`;
const REFUSED = { en: /laughs\.gexf, row 1, column \d+: the file declares its own XML entities/, ru: /laughs\.gexf.*XML-сущности/, kk: /laughs\.gexf.*XML нысандарын/ };

describe('GraphML/GEXF in the import worker', () => {
  const env = useBuiltApp();

  it.each([['en', 1280, 720], ['ru', 1024, 768], ['kk', 1920, 1080]] as const)('a billion-laughs GEXF is refused with its message (%s, %i×%i)', async (lang, w, h) => {
    const page = await (await env.browser.newContext({ viewport: { width: w, height: h } })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${env.url}?lang=${lang}`);
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
    const before = await page.textContent('[data-testid=node-count]');
    await page.setInputFiles('[data-testid=import-input]', { name: 'laughs.gexf', mimeType: 'application/gexf+xml', buffer: Buffer.from(LAUGHS) });
    await page.locator('[data-testid=import-error]').waitFor({ timeout: 20_000 });
    expect(await page.textContent('[data-testid=import-error]')).toMatch(REFUSED[lang]);
    await page.screenshot({ path: `${ARTIFACTS}/xml-refused-${lang}-${w}x${h}.png` });
    await page.click('[data-testid=import-error] button');
    expect(await page.textContent('[data-testid=node-count]')).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a peer-shaped GEXF (1,715 nodes, 6,676 links) loads whole', async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await page.goto(env.url);
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
    const gexf = toGexf(generateBenchGraph(PEER_SHAPE.nodes, 'peer', PEER_SHAPE.links));
    await page.setInputFiles('[data-testid=import-input]', { name: 'peer.gexf', mimeType: 'application/gexf+xml', buffer: Buffer.from(gexf) });
    await page.locator('[data-testid=import-preview]').waitFor({ timeout: 30_000 });
    expect(await page.textContent('[data-testid=import-nodes]')).toBe(String(PEER_SHAPE.nodes));
    expect(await page.textContent('[data-testid=import-links]')).toBe(String(PEER_SHAPE.links));
    await page.close();
  });
});
