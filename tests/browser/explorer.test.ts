import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { ARTIFACTS, useBuiltApp } from './helpers/built-app.ts';


/** Highlighted neighbours on the canvas (the selected node itself carries `selected`, not `hl`). */
const highlighted = (page: Page) => page.evaluate('window.__sdgOverlay.nodes(".hl").length') as Promise<number>;

describe('explorer in real Chromium', () => {
  const env = useBuiltApp();

  async function open(query: string, width: number, height: number): Promise<{ page: Page; errors: string[] }> {
    const page = await env.browser.newPage({ viewport: { width, height } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(env.url + query);
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
    return { page, errors };
  }

  it('opens ?select=16.6.1 with its 64 influenced indicators listed and highlighted', async () => {
    const { page, errors } = await open('?select=16.6.1', 1920, 1080);
    await page.locator('[data-testid=details-code]', { hasText: '16.6.1' }).waitFor();
    expect(await page.textContent('[data-testid=influences-count]')).toBe('64');
    expect(await page.locator('[data-testid=influences] li').count()).toBe(64);
    expect(await highlighted(page)).toBe(64);
    expect(await page.evaluate('window.__sdgOverlay.nodes(".selected").map((n) => n.id())')).toEqual(['16.6.1']);
    expect(await page.isVisible('[data-testid=details-illustrative]')).toBe(true);
    expect(await page.isVisible('[data-testid=legend]')).toBe(true);
    await page.locator('[data-testid=details-rank]', { hasText: '#1 of 277 by influence' }).waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'explorer-16.6.1-1920x1080.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('grows the highlight with depth and puts the view in the URL', async () => {
    const { page } = await open('?select=16.6.1', 1280, 720);
    const d1 = await highlighted(page);
    await page.click('[data-testid=depth-2]');
    await page.waitForURL(/depth=2/);
    const d2 = await highlighted(page);
    expect(d2).toBeGreaterThan(d1);
    await page.click('[data-testid=depth-3]');
    await page.waitForURL(/depth=3/);
    expect(await highlighted(page)).toBeGreaterThan(d2);
    // Back steps to the previous view.
    await page.goBack();
    await page.waitForURL(/depth=2/);
    expect(await highlighted(page)).toBe(d2);
    await page.screenshot({ path: resolve(ARTIFACTS, 'explorer-depth2-1280x720.png') });
    await page.close();
  });

  it('clicks a node on the canvas and highlights its ego network fast', async () => {
    const { page } = await open('', 1280, 720);
    const pos = (await page.evaluate('(() => { const n = window.__sdgCy.getElementById("16.6.1"); const r = window.__sdgCy.container().getBoundingClientRect(); const p = n.renderedPosition(); return { x: r.left + p.x, y: r.top + p.y }; })()')) as { x: number; y: number };
    await page.mouse.click(pos.x, pos.y);
    await page.locator('[data-testid=details-code]', { hasText: '16.6.1' }).waitFor();
    // The CSP forbids waitForFunction; poll with evaluate instead.
    for (let i = 0; i < 50 && (await page.evaluate('window.__sdgLastHighlightMs')) === undefined; i++) await page.waitForTimeout(50);
    expect(await highlighted(page)).toBe(64);
    const ms = (await page.evaluate('window.__sdgLastHighlightMs')) as number | undefined;
    expect(ms).toBeGreaterThan(0);
    console.log('click-to-highlight ms (pointer release to the frame after, software rendering)', ms);
    await page.close();
  });

  it('finds the shortest paths between two indicators and highlights them', async () => {
    const { page } = await open('?select=16.6.1', 1280, 720);
    await page.click('[data-testid=tab-paths]');
    await page.fill('[data-testid=path-from]', '16.6.1');
    await page.fill('[data-testid=path-to]', '1.2.2');
    await page.click('[data-testid=path-find]');
    await page.locator('[data-testid=path]').first().waitFor();
    const chain = await page.textContent('[data-testid=path]');
    expect(chain).toContain('16.6.1');
    expect(chain).toContain('1.2.2');
    const onCanvas = (await page.evaluate('window.__sdgCy.edges(".path").length')) as number;
    expect(onCanvas).toBeGreaterThan(0);
    await page.screenshot({ path: resolve(ARTIFACTS, 'explorer-path-1280x720.png') });
    await page.close();
  });
});
