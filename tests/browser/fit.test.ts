/**
 * Every screen fits from 1024×768 up in en, ru and kk: the page never scrolls sideways, every top-bar
 * control and every tab is on screen and is what a click at its centre reaches, and a fitted graph lies
 * in the free canvas, never under the legend. One page per language, resized through the sizes.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { ARTIFACTS, useBuiltApp } from './helpers/built-app.ts';

const SIZES = [[1024, 768], [1280, 720], [1920, 1080]] as const;
const LANGS = ['en', 'ru', 'kk'] as const;

interface Box { left: number; top: number; right: number; bottom: number }
interface Miss { what: string; why: string }

/** Controls that are visible (a folded menu's content is not) and are not on screen or not reachable by a click. */
function unreachable(page: Page, selector: string): Promise<Miss[]> {
  return page.evaluate((sel) => {
    const out: { what: string; why: string }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      const r = el.getBoundingClientRect();
      // Not shown: a collapsed panel, the inside of a closed menu (<details> hides it by content-visibility).
      if (r.width === 0 || r.height === 0 || !el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
      const what = el.dataset.testid ?? el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
      if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight) {
        out.push({ what, why: `outside the viewport: ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}` });
        continue;
      }
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || !(hit === el || el.contains(hit))) out.push({ what, why: `covered by ${hit?.className || hit?.tagName}` });
    }
    return out;
  }, selector);
}

const CONTROLS = '.topbar button, .topbar select, .topbar summary, [role=tab], .panel-toggle';
const PRESENT_CONTROLS = '[data-testid=present-bar] button, [data-testid=present-bar] select, [data-testid=present-bar] input, [data-testid=present-bar] summary';

/** Client boxes of the drawn nodes (not filtered out), the canvas and the legend. */
function boxes(page: Page): Promise<{ nodes: Box; canvas: Box; legend: Box }> {
  return page.evaluate(() => {
    const cy = window.__sdgCy!;
    const c = cy.container()!.getBoundingClientRect();
    const b = cy.nodes().filter((n) => !n.hasClass('filtered')).renderedBoundingBox({ includeLabels: false });
    const l = document.querySelector('[data-testid=legend]')!.getBoundingClientRect();
    const box = (r: { left: number; top: number; right: number; bottom: number }) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    return { nodes: { left: c.left + b.x1, top: c.top + b.y1, right: c.left + b.x2, bottom: c.top + b.y2 }, canvas: box(c), legend: box(l) };
  });
}

const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Box, b: Box, slack = 1) => a.left >= b.left - slack && a.top >= b.top - slack && a.right <= b.right + slack && a.bottom <= b.bottom + slack;

/** Layout, the canvas's resize observer and its refit have run. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 60)))));
}

/** Enter fits the view (useShortcuts); the body must have focus, not a control. */
async function fitWithEnter(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Enter');
  await settle(page);
}

describe('the layout fits every screen in every language', () => {
  const env = useBuiltApp();

  for (const lang of LANGS) {
    it(`${lang}: no sideways scroll, every control reachable, the fitted graph clear of the legend`, async () => {
      const page = await env.browser.newPage({ viewport: { width: SIZES[0][0], height: SIZES[0][1] } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${env.url}?lang=${lang}`);
      await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
      for (const [w, h] of SIZES) {
        await page.setViewportSize({ width: w, height: h });
        await settle(page);
        const where = `${lang} ${w}×${h}`;
        expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), where).toBeLessThanOrEqual(0);
        expect(await unreachable(page, CONTROLS), where).toEqual([]);

        // Folded controls: open the menu, and each of them is on screen and reachable too.
        if (await page.locator('[data-testid=topbar-menu]').count()) {
          await page.click('[data-testid=topbar-menu-button]');
          expect(await unreachable(page, '.topbar-menu-panel select, .topbar-menu-panel button, .topbar-menu-panel summary'), `${where} menu`).toEqual([]);
          await page.screenshot({ path: resolve(ARTIFACTS, `fit-${lang}-${w}x${h}-menu.png`) });
          await page.click('[data-testid=topbar-menu-button]');
          expect(await page.isVisible('[data-testid=export-menu]'), `${where} menu closed`).toBe(false);
        }

        // The first draw's fit (refitted to the new size) and a fit asked for with Enter.
        for (const step of ['first draw', 'Enter']) {
          if (step === 'Enter') await fitWithEnter(page);
          const b = await boxes(page);
          expect(intersects(b.nodes, b.legend), `${where} ${step}: nodes ${JSON.stringify(b.nodes)} legend ${JSON.stringify(b.legend)}`).toBe(false);
          expect(inside(b.nodes, b.canvas), `${where} ${step}: nodes ${JSON.stringify(b.nodes)} canvas ${JSON.stringify(b.canvas)}`).toBe(true);
        }
        await page.screenshot({ path: resolve(ARTIFACTS, `fit-${lang}-${w}x${h}.png`) });
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  // The same in presentation mode: the bar's controls (and any tab or top-bar control still shown) are on
  // screen and reachable, the page never scrolls sideways, and the fitted part is on the canvas.
  for (const lang of LANGS) {
    it(`${lang}, presenting: no sideways scroll, every control of the bar reachable, the part on the canvas`, async () => {
      const page = await env.browser.newPage({ viewport: { width: SIZES[0][0], height: SIZES[0][1] } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${env.url}?lang=${lang}&select=16.6.1`);
      await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
      await page.click('[data-testid=present]');
      await page.waitForSelector('[data-testid=app][data-presenting=true]');
      for (const [w, h] of SIZES) {
        await page.setViewportSize({ width: w, height: h });
        await page.waitForTimeout(300);
        await settle(page);
        const where = `${lang} ${w}×${h} presenting`;
        expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), where).toBeLessThanOrEqual(0);
        const shown = await page.evaluate((sel) => [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => el.getBoundingClientRect().width > 0).length, PRESENT_CONTROLS);
        expect(shown, `${where}: the bar's controls`).toBeGreaterThanOrEqual(4);
        expect(await unreachable(page, PRESENT_CONTROLS), where).toEqual([]);
        expect(await unreachable(page, CONTROLS), `${where}: top bar and tabs`).toEqual([]);
        const part = await page.evaluate(() => {
          const cy = window.__sdgOverlay!;
          const c = cy.container()!.getBoundingClientRect();
          const b = cy.nodes('.selected, .hl').renderedBoundingBox({ includeLabels: false });
          return { nodes: { left: c.left + b.x1, top: c.top + b.y1, right: c.left + b.x2, bottom: c.top + b.y2 }, canvas: { left: c.left, top: c.top, right: c.right, bottom: c.bottom } };
        });
        expect(inside(part.nodes, part.canvas), `${where}: ${JSON.stringify(part)}`).toBe(true);
        await page.screenshot({ path: resolve(ARTIFACTS, `fit-present-${lang}-${w}x${h}.png`) });
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('goal level and a selection at 1280×720: the fitted nodes stay clear of the legend', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 720 } });
    for (const query of ['?level=goal', '?select=16.6.1&layout=grid']) {
      await page.goto(env.url + query);
      await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
      await fitWithEnter(page);
      const b = await boxes(page);
      expect(intersects(b.nodes, b.legend), query).toBe(false);
      expect(inside(b.nodes, b.canvas), query).toBe(true);
      await page.screenshot({ path: resolve(ARTIFACTS, `fit-${query.replace(/[?&=]/g, '_')}-1280x720.png`) });
    }
    await page.close();
  });

  it('hiding the side panels and folding the legend give the graph the room, and the fit follows', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(`${env.url}?lang=kk`);
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
    const before = await boxes(page);
    await page.click('[data-testid=toggle-left-panel]');
    await page.click('[data-testid=toggle-right-panel]');
    await page.click('[data-testid=legend-toggle]');
    await settle(page);
    const after = await boxes(page);
    const width = (b: Box) => b.right - b.left;
    const height = (b: Box) => b.bottom - b.top;
    expect(width(after.canvas)).toBeGreaterThan(width(before.canvas) + 400);
    expect(height(after.canvas)).toBeGreaterThan(height(before.canvas));
    // The refit uses the new room: the graph is drawn larger than before, and still inside and clear.
    expect(width(after.nodes)).toBeGreaterThan(width(before.nodes) * 1.3);
    expect(inside(after.nodes, after.canvas)).toBe(true);
    expect(intersects(after.nodes, after.legend)).toBe(false);
    expect(await page.locator('.left-panel').isVisible()).toBe(false);
    expect(await unreachable(page, CONTROLS)).toEqual([]);
    await page.screenshot({ path: resolve(ARTIFACTS, 'fit-kk-1024x768-panels-hidden.png') });
    // And back.
    await page.click('[data-testid=toggle-left-panel]');
    await page.click('[data-testid=toggle-right-panel]');
    await settle(page);
    expect(await page.locator('[data-testid=search]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid=tab-details]').isVisible()).toBe(true);
    await page.close();
  });
});
