/**
 * Presentation mode end to end in real Chromium at projector (1920×1080) and laptop (1280×720) sizes:
 * three scenes played with the keyboard, screenshots of each, a language switch mid-presentation, the
 * handout PDF (one page per scene) and axe-core on the main view and in presentation mode.
 */
import { openDrawnPage } from './helpers/open-page.ts';
import { blur, saveThreeIndicatorScenes } from './helpers/scenes.ts';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ARTIFACTS, useBuiltApp } from './helpers/built-app.ts';

const SIZES: [number, number][] = [[1920, 1080], [1280, 720]];

describe('presentation mode in real Chromium', () => {
  const env = useBuiltApp();

  const open = (query: string, width: number, height: number) => openDrawnPage(env, query, width, height);

  const count = (page: Page) => page.textContent('[data-testid=present-count]');
  const settle = (page: Page) => page.waitForTimeout(700);

  /** Label boxes on screen (rendered px) of nodes that carry a label. */
  async function labelStats(page: Page) {
    return page.evaluate(`(() => {
      // Under a highlight the overlay holds the labels (graph/highlight-overlay.ts), the dimmed graph none.
      const o = window.__sdgOverlay; const cy = o && o.nodes().nonempty() ? o : window.__sdgCy; const z = cy.zoom(); const pan = cy.pan();
      const boxes = cy.nodes('.lbl').map((n) => { const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        return { x1: b.x1 * z + pan.x, y1: b.y1 * z + pan.y, x2: b.x2 * z + pan.x, y2: b.y2 * z + pan.y }; });
      let overlaps = 0;
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i], b = boxes[j];
        if (a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1) overlaps++;
      }
      const n = cy.nodes('.lbl')[0];
      return { labelled: boxes.length, overlaps, fontPx: n ? parseFloat(n.style('font-size')) * z : 0 };
    })()`) as Promise<{ labelled: number; overlaps: number; fontPx: number }>;
  }

  for (const [W, H] of SIZES) {
    it(`creates three scenes, plays them with the keyboard and switches language at ${W}×${H}`, async () => {
      const { page, errors } = await open('?select=16.6.1', W, H);
      // Scene 1: 16.6.1, depth 1. Scene 2: depth 2. Scene 3: another indicator found by search.
      await saveThreeIndicatorScenes(page);
      await page.click('[data-testid=tab-scenes]');
      await page.locator('[data-testid=scene-save]').waitFor();
      expect(await page.locator('[data-testid=scene]').count()).toBe(3);
      await page.locator('[data-testid=scene-notes]').first().fill('Start with governance: 16.6.1 moves 64 indicators.');

      // Enter presentation mode: only the graph, the title line and the legend.
      await blur(page);
      await page.keyboard.press('p');
      await page.waitForSelector('[data-testid=app][data-presenting=true]');
      expect(await page.isVisible('[data-testid=present-bar]')).toBe(true);
      expect(await page.isVisible('[data-testid=legend]')).toBe(true);
      expect(await page.locator('.left-panel, .details-panel, .topbar').count()).toBe(0);
      expect(await page.isVisible('[data-testid=present-illustrative]')).toBe(true);

      await page.keyboard.press('Home');
      await page.locator('[data-testid=present-count]', { hasText: 'Scene 1 of 3' }).waitFor();
      await settle(page);
      expect(await page.evaluate('window.__sdgOverlay.nodes(".selected").map((n) => n.id())')).toEqual(['16.6.1']);
      const stats = await labelStats(page);
      expect(stats.labelled).toBeGreaterThan(5);
      expect(stats.fontPx).toBeGreaterThanOrEqual(28);
      expect(stats.overlaps).toBe(0);
      await page.screenshot({ path: resolve(ARTIFACTS, `present-scene1-${W}x${H}.png`) });

      const t0 = Date.now();
      await page.keyboard.press('ArrowRight');
      await page.locator('[data-testid=present-count]', { hasText: 'Scene 2 of 3' }).waitFor();
      for (let i = 0; i < 40 && (await page.evaluate('window.__sdgCy.animated() || window.__sdgCy.nodes().some((n) => n.animated())')); i++) await page.waitForTimeout(25);
      console.log(`scene transition ${W}×${H}: ${Date.now() - t0} ms (key to animation end, software rendering)`);
      expect(await page.evaluate('window.__sdgOverlay.nodes(".hl").length')).toBeGreaterThan(64);
      await settle(page);
      await page.screenshot({ path: resolve(ARTIFACTS, `present-scene2-${W}x${H}.png`) });

      await page.keyboard.press('PageDown');
      await page.locator('[data-testid=present-count]', { hasText: 'Scene 3 of 3' }).waitFor();
      await settle(page);
      expect(await page.evaluate('window.__sdgOverlay.nodes(".selected").map((n) => n.id())')).toEqual(['3.8.1']);
      expect((await labelStats(page)).overlaps).toBe(0);
      await page.screenshot({ path: resolve(ARTIFACTS, `present-scene3-${W}x${H}.png`) });

      // Space at the end stays; PageUp / ← go back; End jumps to the last.
      await page.keyboard.press('Space');
      expect(await count(page)).toContain('Scene 3 of 3');
      await page.keyboard.press('PageUp');
      await page.locator('[data-testid=present-count]', { hasText: 'Scene 2 of 3' }).waitFor();
      await page.keyboard.press('ArrowLeft');
      await page.locator('[data-testid=present-count]', { hasText: 'Scene 1 of 3' }).waitFor();
      await page.keyboard.press('End');
      await page.locator('[data-testid=present-count]', { hasText: 'Scene 3 of 3' }).waitFor();

      // B blanks the screen and brings it back.
      await page.keyboard.press('b');
      expect(await page.isVisible('[data-testid=blank-screen]')).toBe(true);
      await page.keyboard.press('b');
      expect(await page.isVisible('[data-testid=blank-screen]')).toBe(false);

      // Language switch while presenting: the indicator title and the interface text change.
      const enTitle = await page.textContent('[data-testid=present-titles]');
      await page.selectOption('[data-testid=present-lang]', 'ru');
      await page.locator('[data-testid=present-count]', { hasText: 'Сцена 3 из 3' }).waitFor();
      const ruTitle = await page.textContent('[data-testid=present-titles]');
      expect(ruTitle).not.toBe(enTitle);
      expect(ruTitle).toMatch(/[а-яё]/i);
      await page.selectOption('[data-testid=present-lang]', 'kk');
      await page.locator('[data-testid=present-count]', { hasText: '3-сахна' }).waitFor();
      expect(await page.textContent('[data-testid=present-titles]')).not.toBe(ruTitle);
      expect(page.url()).toMatch(/lang=kk/);
      await page.screenshot({ path: resolve(ARTIFACTS, `present-kk-dark-${W}x${H}.png`) });

      // Dark theme keeps labels at size and without overlaps.
      await page.selectOption('[data-testid=present-theme]', 'dark');
      await blur(page);
      await page.keyboard.press('Home');
      await settle(page);
      expect((await labelStats(page)).overlaps).toBe(0);
      await page.screenshot({ path: resolve(ARTIFACTS, `present-dark-${W}x${H}.png`) });

      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid=app][data-presenting=false]');
      expect(await page.isVisible('.left-panel')).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('makes a handout PDF with one page per scene', async () => {
    const { page } = await open('?select=16.6.1', 1920, 1080);
    await page.click('[data-testid=tab-scenes]');
    for (let i = 0; i < 3; i++) await page.click('[data-testid=scene-save]');
    await page.click('[data-testid=scene-delete] >> nth=2');
    expect(await page.locator('[data-testid=scene]').count()).toBe(2);
    await page.click('[data-testid=scene-duplicate] >> nth=0');
    expect(await page.locator('[data-testid=scene]').count()).toBe(3);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click('[data-testid=handout]')]);
    const path = await download.path();
    const pdf = readFileSync(path).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    // One page per scene at least: a scene's full indicator list continues on further pages (issue 15).
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('has no serious or critical axe violations on the main view and in presentation mode', async () => {
    const { page } = await open('?select=16.6.1', 1280, 720);
    const serious = async () => {
      const r = await new AxeBuilder({ page }).analyze();
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    };
    expect(await serious()).toEqual([]);
    await blur(page);
    await page.keyboard.press('p');
    await page.waitForSelector('[data-testid=app][data-presenting=true]');
    expect(await serious()).toEqual([]);
    await page.selectOption('[data-testid=present-theme]', 'dark');
    expect(await serious()).toEqual([]);
    await page.keyboard.press('?');
    await page.waitForSelector('[data-testid=help]');
    expect(await serious()).toEqual([]);
    await page.close();
  });
});
