/**
 * Presentation in the room (issue 12), in real Chromium on the built app at projector sizes:
 * the highlighted part is fitted into the canvas a person can see (not under the bar or the legend)
 * on entering and for every scene; the clicker keys keep working after any control in the bar is used;
 * keys pressed in the presenter window move the main window, which sends it pictures of the scenes.
 */
import { openDrawnPage } from './helpers/open-page.ts';
import { blur, saveThreeIndicatorScenes } from './helpers/scenes.ts';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { ARTIFACTS, useBuiltApp } from './helpers/built-app.ts';

// The app's CSP forbids eval, so page predicates are functions, not strings; they read the test hook.
declare global { interface Window { __sdgCy?: import('cytoscape').Core } }

const SIZES: [number, number][] = [[1024, 768], [1280, 720]];

interface Fit { part: number; box: { x1: number; y1: number; x2: number; y2: number }; canvas: { x1: number; y1: number; x2: number; y2: number }; legend: { x1: number; y1: number; x2: number; y2: number } | null; bar: number }

describe('presentation fits the room and the clicker never stops', () => {
  const env = useBuiltApp();

  const open = (query: string, width: number, height: number) => openDrawnPage(env, query, width, height);

  /** Animations done, and the canvas (which may have been rebuilt for a scene's level) drawn with the selection. */
  const settle = async (page: Page, selection = true) => {
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
    if (selection) await page.waitForFunction(() => { const cy = window.__sdgOverlay; return cy && !cy.destroyed() && cy.nodes('.selected').length > 0; }, undefined, { timeout: 30_000 });
    await page.waitForTimeout(150);
    for (let i = 0; i < 60 && (await page.evaluate('window.__sdgCy.animated() || window.__sdgCy.nodes().some((n) => n.animated())')); i++) await page.waitForTimeout(25);
    await page.waitForTimeout(250);
  };
  const countText = (page: Page) => page.textContent('[data-testid=present-count]');

  /** Page-space boxes: the highlighted nodes' union, the canvas, the legend and the bar's bottom edge. */
  function measure(page: Page): Promise<Fit> {
    return page.evaluate(`(() => {
      const cy = window.__sdgCy;
      // The highlight's copies sit in the overlay, at the graph's places (graph/highlight-overlay.ts).
      let part = window.__sdgOverlay.nodes('.hl, .selected, .path').filter((n) => !n.hasClass('filtered'));
      if (!part.length) part = cy.nodes().filter((n) => !n.hasClass('filtered'));
      const c = cy.container().getBoundingClientRect();
      const b = part.renderedBoundingBox({ includeLabels: false, includeEdges: false });
      const l = document.querySelector('[data-testid=legend]');
      const lr = l && l.getBoundingClientRect();
      const bar = document.querySelector('[data-testid=present-bar]');
      return {
        part: part.length,
        box: { x1: c.left + b.x1, y1: c.top + b.y1, x2: c.left + b.x2, y2: c.top + b.y2 },
        canvas: { x1: c.left, y1: c.top, x2: c.right, y2: c.bottom },
        legend: lr && lr.width > 0 ? { x1: lr.left, y1: lr.top, x2: lr.right, y2: lr.bottom } : null,
        bar: bar ? bar.getBoundingClientRect().bottom : 0,
      };
    })()`) as Promise<Fit>;
  }

  function expectVisible(f: Fit, what: string) {
    const { box, canvas, legend } = f;
    expect(f.part, what).toBeGreaterThan(0);
    expect(box.x1, `${what}: left`).toBeGreaterThanOrEqual(canvas.x1);
    expect(box.x2, `${what}: right`).toBeLessThanOrEqual(canvas.x2);
    expect(box.y1, `${what}: top, under the bar`).toBeGreaterThanOrEqual(Math.max(canvas.y1, f.bar));
    expect(box.y2, `${what}: bottom`).toBeLessThanOrEqual(canvas.y2);
    if (legend) {
      const under = box.x1 < legend.x2 && legend.x1 < box.x2 && box.y1 < legend.y2 && legend.y1 < box.y2;
      expect(under, `${what}: ${f.part} nodes under the legend ${JSON.stringify(legend)} vs ${JSON.stringify(box)}`).toBe(false);
    }
    // The fit uses the room: the part is not a speck in a corner.
    const share = Math.max((box.x2 - box.x1) / (canvas.x2 - canvas.x1), (box.y2 - box.y1) / (canvas.y2 - canvas.y1));
    if (f.part > 3) expect(share, `${what}: share of the canvas`).toBeGreaterThan(0.4);
  }

  /** Four scenes: 16.6.1 at depth 1 and 2, 3.8.1, and goal level with goal 2 selected. */
  async function saveScenes(page: Page) {
    await saveThreeIndicatorScenes(page);
    await page.check('[data-testid=goal-level]');
    await page.waitForFunction(() => { const n = window.__sdgCy?.nodes().length ?? 0; return n > 0 && n <= 17; }, undefined, { timeout: 30_000 });
    await page.evaluate(`void window.__sdgCy.getElementById('2').emit('tap')`);
    await page.waitForFunction(() => window.__sdgOverlay?.nodes('.selected').length === 1, undefined, { timeout: 10_000 });
    await blur(page);
    await page.keyboard.press('s');
    await page.uncheck('[data-testid=goal-level]');
    await page.waitForFunction(() => (window.__sdgCy?.nodes().length ?? 0) > 17, undefined, { timeout: 30_000 });
  }

  for (const [W, H] of SIZES) {
    it(`fits the selection and every scene into the visible canvas at ${W}×${H}`, async () => {
      const { page, errors } = await open('?select=16.6.1', W, H);
      await page.click('[data-testid=present]');
      await page.waitForSelector('[data-testid=app][data-presenting=true]');
      await settle(page);
      await page.waitForTimeout(300);
      expectVisible(await measure(page), `entering with a selection at ${W}×${H}`);
      await page.screenshot({ path: resolve(ARTIFACTS, `room-enter-${W}x${H}.png`) });
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid=app][data-presenting=false]');

      await saveScenes(page);
      await page.click('[data-testid=present]');
      await page.waitForSelector('[data-testid=app][data-presenting=true]');

      // Every scene, reached forwards and backwards (so each one is reached from another).
      const order = [0, 1, 2, 3, 1, 0, 3];
      await page.keyboard.press('Home');
      for (const i of order) {
        const cur = Number((await countText(page))?.match(/\d+/)?.[0] ?? 0) - 1;
        if (i === 0) await page.keyboard.press('Home');
        else if (i === 3) await page.keyboard.press('End');
        else for (let k = cur; k !== i; k += i > k ? 1 : -1) await page.keyboard.press(i > k ? 'PageDown' : 'PageUp');
        await page.locator('[data-testid=present-count]', { hasText: `Scene ${i + 1} of 4` }).waitFor();
        // Every scene keeps its selection, the goal-level one too whichever scene came before it.
        await settle(page);
        expectVisible(await measure(page), `scene ${i + 1} at ${W}×${H}`);
        await page.screenshot({ path: resolve(ARTIFACTS, `room-scene${i + 1}-${W}x${H}.png`) });
      }

      // A resize (projector plugged in) fits again.
      await page.setViewportSize({ width: W === 1024 ? 1280 : 1024, height: W === 1024 ? 720 : 768 });
      await page.waitForTimeout(500);
      await settle(page, false);
      expectVisible(await measure(page), `after resizing from ${W}×${H}`);
      expect(errors).toEqual([]);
      await page.close();
    }, 180_000);
  }

  it('keeps the clicker keys working after each control in the bar, and B blanks the bar too', async () => {
    const { page, errors } = await open('?select=16.6.1', 1280, 720);
    await blur(page);
    for (let i = 0; i < 6; i++) await page.keyboard.press('s');
    await page.click('[data-testid=present]');
    await page.waitForSelector('[data-testid=app][data-presenting=true]');
    await page.keyboard.press('Home');
    await page.locator('[data-testid=present-count]', { hasText: 'Scene 1 of 6' }).waitFor();

    let expected = 1;
    const advances = async (what: string) => {
      await page.keyboard.press('PageDown');
      expected++;
      await page.locator('[data-testid=present-count]', { hasText: `Scene ${expected} of 6` }).waitFor({ timeout: 5000 })
        .catch(() => { throw new Error(`PageDown did nothing after ${what}`); });
    };
    const before = await page.isChecked('[data-testid=present-colour-safe]');
    await page.click('[data-testid=present-colour-safe]');
    await advances('the colour-blind checkbox');
    // Space advances and never toggles the checkbox.
    await page.keyboard.press(' ');
    expected++;
    await page.locator('[data-testid=present-count]', { hasText: `Scene ${expected} of 6` }).waitFor();
    expect(await page.isChecked('[data-testid=present-colour-safe]')).toBe(!before);
    await page.selectOption('[data-testid=present-theme]', 'dark');
    await advances('the theme menu');
    await page.click('[data-testid=present-lang]');
    await page.keyboard.press('Escape'); // closes the open list, as a mouse user's click elsewhere would
    await page.selectOption('[data-testid=present-lang]', 'en');
    await advances('the language menu');
    await page.click('[aria-label="Previous scene"]');
    await page.locator('[data-testid=present-count]', { hasText: `Scene ${expected - 1} of 6` }).waitFor();
    expected--;
    await advances('the previous button');
    // Home, ? and Esc still work after the controls.
    await page.keyboard.press('Home');
    await page.locator('[data-testid=present-count]', { hasText: 'Scene 1 of 6' }).waitFor();
    await page.keyboard.press('?');
    await page.waitForSelector('[data-testid=help]');
    await page.keyboard.press('?');
    await page.waitForSelector('[data-testid=help]', { state: 'detached' });

    // B blanks the whole screen: the bar goes black with the canvas.
    await page.keyboard.press('b');
    await page.waitForSelector('[data-testid=blank-screen]');
    const bar = await page.evaluate(`getComputedStyle(document.querySelector('[data-testid=present-bar]')).backgroundColor`);
    expect(bar).toBe('rgb(0, 0, 0)');
    expect(await page.isVisible('[data-testid=present-caption]')).toBe(false);
    await page.screenshot({ path: resolve(ARTIFACTS, 'room-blank-1280x720.png') });
    await page.keyboard.press('b');
    expect(await page.isVisible('[data-testid=present-caption]')).toBe(true);

    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=app][data-presenting=false]');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves the main window with keys pressed in the presenter window, which shows pictures of the scenes', async () => {
    const { page, errors } = await open('?select=16.6.1', 1280, 720);
    await blur(page);
    await page.keyboard.press('s');
    await page.click('[data-testid=depth-2]');
    await blur(page);
    await page.keyboard.press('s');
    await page.click('[data-testid=depth-1]');
    await blur(page);
    await page.keyboard.press('s');
    const presenter = await page.context().newPage();
    await presenter.setViewportSize({ width: 1024, height: 768 });
    await presenter.goto(`${env.url}?presenter=1`);
    await presenter.waitForSelector('[data-testid=presenter-caption]');
    await page.click('[data-testid=present]');
    await page.waitForSelector('[data-testid=app][data-presenting=true]');
    await page.keyboard.press('Home');
    await page.locator('[data-testid=present-count]', { hasText: 'Scene 1 of 3' }).waitFor();

    await presenter.bringToFront();
    const main = (n: number) => page.locator('[data-testid=present-count]', { hasText: `Scene ${n} of 3` }).waitFor({ timeout: 5000 });
    // Each clicker key pressed in the presenter window, and the scene the main window must then show.
    const steps: [string, number][] = [['PageDown', 2], ['ArrowRight', 3], ['PageUp', 2], ['ArrowLeft', 1], ['End', 3], ['Home', 1], [' ', 2]];
    for (const [key, scene] of steps) {
      await presenter.keyboard.press(key);
      await main(scene);
    }
    await presenter.keyboard.press('b');
    await page.waitForSelector('[data-testid=blank-screen]');
    await presenter.keyboard.press('B');
    await page.waitForSelector('[data-testid=blank-screen]', { state: 'detached' });
    await presenter.keyboard.press('?');
    await page.waitForSelector('[data-testid=help]');
    await presenter.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=help]', { state: 'detached' });

    // Pictures of the current and next scene; every button has a name.
    await presenter.locator('[data-testid=presenter-next]', { hasText: /./ }).waitFor();
    await presenter.waitForFunction(() => document.querySelectorAll('img[data-testid=presenter-thumb]').length === 2, undefined, { timeout: 10_000 });
    const srcs = await presenter.$$eval('img[data-testid=presenter-thumb]', (els) => els.map((e) => (e as HTMLImageElement).src.slice(0, 22)));
    expect(srcs).toEqual(['data:image/png;base64,', 'data:image/png;base64,']);
    const unnamed = await presenter.$$eval('button', (els) => els.filter((b) => !(b.getAttribute('aria-label') || '').trim() && (b.textContent ?? '').trim().length < 2).length);
    expect(unnamed).toBe(0);
    expect(await presenter.getAttribute('button[aria-keyshortcuts=B]', 'aria-label')).toBe('Blank the screen (B)');
    await presenter.screenshot({ path: resolve(ARTIFACTS, 'room-presenter-1024x768.png') });

    await presenter.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=app][data-presenting=false]');
    expect(errors).toEqual([]);
    await presenter.close();
    await page.close();
  });
});
