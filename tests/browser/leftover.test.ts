import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { ARTIFACTS, useBuiltApp } from './helpers/built-app.ts';
import { openDrawnPage } from './helpers/open-page.ts';

const shot = (page: Page, name: string) => page.screenshot({ path: resolve(ARTIFACTS, `leftover-${name}.png`) });

/** What the ranking table shows: its box, the rows drawn inside that box, and how wide the titles are. */
const tableInView = (page: Page) => page.evaluate(() => {
  const box = document.querySelector('[data-testid=ranking-rows]')!;
  const panel = box.closest('.tab-body')!.getBoundingClientRect();
  const r = box.getBoundingClientRect();
  // Only what the user can see: the part of the table inside the scrolled panel.
  const top = Math.max(r.top, panel.top);
  const bottom = Math.min(r.bottom, panel.bottom, window.innerHeight);
  const rows = [...box.querySelectorAll<HTMLElement>('[data-code]')].map((e) => ({ code: e.dataset.code!, rect: e.getBoundingClientRect() }));
  const seen = rows.filter((x) => x.rect.bottom > top && x.rect.top < bottom);
  const covered = seen.reduce((sum, x) => sum + Math.min(x.rect.bottom, bottom) - Math.max(x.rect.top, top), 0);
  const title = box.querySelector('.title')!.getBoundingClientRect().width;
  return { visibleHeight: bottom - top, covered, codes: seen.map((x) => x.code), title, tableFitsPanel: r.bottom <= Math.min(panel.bottom, window.innerHeight) + 1 };
});

describe('the loose ends of issues 13 and 16 in real Chromium', () => {
  const env = useBuiltApp();

  it.each([['en', 1024, 768], ['ru', 1024, 768], ['kk', 1280, 720], ['en', 1280, 720]])('Rankings with a selection far down the table has no blank rows and readable titles (%s %i×%i)', async (lang, w, h) => {
    const { page, errors } = await openDrawnPage(env, `?lang=${lang}&select=1.1.1`, w, h);
    await page.click('[data-testid=tab-rankings]');
    await page.locator('[data-testid=ranking-rows] [data-code="1.1.1"]').waitFor();
    await page.waitForTimeout(300);
    const t = await tableInView(page);
    await shot(page, `rankings-${lang}-${w}x${h}`);
    // The table scrolls itself inside the panel (virtualised), and every pixel of it in view is a drawn row.
    expect(t.tableFitsPanel).toBe(true);
    expect(t.visibleHeight).toBeGreaterThan(100);
    expect(t.covered).toBeGreaterThanOrEqual(t.visibleHeight - 1);
    expect(t.codes).toContain('1.1.1');
    expect(t.title).toBeGreaterThanOrEqual(90);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([['en', 1280, 720], ['kk', 1024, 768]])('a shared path link opens the Paths tab with the chain (%s %i×%i)', async (lang, w, h) => {
    const { page, errors } = await openDrawnPage(env, `?lang=${lang}&path=7.1.1,3.6.1`, w, h);
    await page.locator('[data-testid=path-panel] [data-testid=path]').first().waitFor({ timeout: 10_000 });
    expect(await page.getAttribute('[data-testid=tab-paths]', 'aria-selected')).toBe('true');
    const chains = await page.locator('[data-testid=path]').allTextContents();
    expect(chains.length).toBeGreaterThan(0);
    for (const c of chains) expect(c.replace(/\s+/g, ' ')).toMatch(/^7\.1\.1 → .* → 3\.6\.1/);
    // The canvas draws the same chain: its ends are on the path.
    const onPath = await page.evaluate('window.__sdgCy.nodes(".path").map((n) => n.id())') as string[];
    await shot(page, `path-link-${lang}-${w}x${h}`);
    expect(onPath).toEqual(expect.arrayContaining(['7.1.1', '3.6.1']));
    expect(errors).toEqual([]);
    await page.close();
  });
});
