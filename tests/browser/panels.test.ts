import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { ARTIFACTS, useBuiltApp } from './helpers/built-app.ts';
import { openDrawnPage } from './helpers/open-page.ts';

const fx = (f: string) => resolve(import.meta.dirname, '../fixtures', f);
const shot = (page: Page, name: string) => page.screenshot({ path: resolve(ARTIFACTS, `panels-${name}.png`) });
const selected = (page: Page) => page.evaluate('window.__sdgOverlay.nodes(".selected").map((n) => n.id())') as Promise<string[]>;

describe('search, filters and generic networks in real Chromium', () => {
  const env = useBuiltApp();

  it.each([[1280, 720], [1920, 1080]])('search "16.6" + Enter selects 16.6.1; ↓ Enter selects the second hit (%i×%i)', async (w, h) => {
    const { page, errors } = await openDrawnPage(env, '', w, h);
    await page.fill('[data-testid=search]', '16.6');
    await page.locator('[role=option][data-code="16.6.2"]').waitFor();
    expect(await page.locator('[role=listbox] [role=option]').evaluateAll((os) => os.slice(0, 2).map((o) => o.getAttribute('data-code')))).toEqual(['16.6.1', '16.6.2']);
    await shot(page, `search-${w}x${h}`);
    await page.press('[data-testid=search]', 'Enter');
    await page.locator('[data-testid=details-code]', { hasText: '16.6.1' }).waitFor();
    expect(await selected(page)).toEqual(['16.6.1']);
    expect(await page.locator('[role=listbox]').count()).toBe(0);

    await page.fill('[data-testid=search]', '2.3');
    await page.locator('[role=option][data-code="2.3.2"]').waitFor();
    await page.press('[data-testid=search]', 'ArrowDown');
    expect(await page.getAttribute('[data-testid=search]', 'aria-activedescendant')).toBe(await page.locator('[role=option]').nth(1).getAttribute('id'));
    await page.press('[data-testid=search]', 'Enter');
    await page.locator('[data-testid=details-code]', { hasText: '2.3.2' }).waitFor();
    expect(await selected(page)).toEqual(['2.3.2']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([[1280, 720], [1920, 1080]])('a filter leaves the counter and the view right (%i×%i)', async (w, h) => {
    const { page } = await openDrawnPage(env, '', w, h);
    await page.click('[data-testid=class-accelerator]');
    await page.click('[data-testid=goal-5]');
    // The canvas hides nodes within the click and the store follows a frame later in its own task,
    // so the counter, its sentence and the canvas are read together, once the URL says both filters are on.
    await page.waitForFunction(() => /goals=5/.test(location.search) && /classes=accelerator/.test(location.search));
    const seen = await page.evaluate(() => ({
      shown: Number(document.querySelector('[data-testid=shown-count]')?.textContent),
      sentence: document.querySelector('[data-testid=shown-of]')?.textContent,
      drawn: (window as unknown as { __sdgCy: { nodes(): { filter(f: (n: { hasClass(c: string): boolean }) => boolean): { length: number } } } })
        .__sdgCy.nodes().filter((n) => !n.hasClass('filtered')).length,
    }));
    expect(seen.sentence).toBe(`${seen.shown} of 277 indicators shown`);
    expect(seen.drawn).toBe(seen.shown);
    expect(seen.shown).toBeGreaterThan(0);
    expect(seen.shown).toBeLessThan(277);
    await shot(page, `filtered-${w}x${h}`);
    await page.close();
  });

  it.each([[1280, 720], [1920, 1080]])('goal level with a class filter explains itself and clears in one click (%i×%i)', async (w, h) => {
    const { page } = await openDrawnPage(env, '?classes=accelerator', w, h);
    await page.click('[data-testid=goal-level]');
    await page.locator('[data-testid=node-count]', { hasText: /^17$/ }).waitFor();
    await page.locator('[data-testid=classes-not-applicable]').waitFor();
    expect(await page.isVisible('[data-testid=empty-canvas]')).toBe(true);
    expect(await page.textContent('[data-testid=empty-canvas]')).toMatch(/does not apply/);
    await shot(page, `goal-level-classes-${w}x${h}`);
    await page.click('[data-testid=clear-classes]');
    await page.locator('[data-testid=empty-canvas]').waitFor({ state: 'detached' });
    expect(await page.evaluate('window.__sdgCy.nodes().filter((n) => !n.hasClass("filtered")).length')).toBe(17);
    await page.close();
  });

  it.each([['characters.graphml', 'Hamlet', 'rgb(200,30,30)', 5], ['food-web.gexf', 'pike', 'rgb(178,34,34)', 4]])(
    'importing %s shows no goal legend and draws the file\'s colours', async (file, node, colour, n) => {
      const { page, errors } = await openDrawnPage(env, '', 1920, 1080);
      await page.setInputFiles('[data-testid=import-input]', fx(file));
      await page.click('[data-testid=import-load]');
      await page.locator('[data-testid=node-count]', { hasText: new RegExp(`^${n}$`) }).waitFor({ timeout: 20_000 });
      await page.waitForSelector('[data-testid=graph][data-ready=true]');
      expect(await page.textContent('[data-testid=counts]')).toMatch(new RegExp(`^${n} nodes`));
      expect(await page.locator('[data-testid=legend-goals]').count()).toBe(0);
      expect(await page.locator('[data-testid=goal-1]').count()).toBe(0);
      const bg = (await page.evaluate(`window.__sdgCy.getElementById(${JSON.stringify(node)}).style('background-color')`)) as string;
      expect(bg.replace(/\s/g, '')).toBe(colour);
      await shot(page, `import-${file}-1920x1080`);
      // Recolour by the app's scheme: no goals here, so the neutral grey.
      await page.click('[data-testid=file-colours]');
      const after = (await page.evaluate(`window.__sdgCy.getElementById(${JSON.stringify(node)}).style('background-color')`)) as string;
      expect(after.replace(/\s/g, '')).not.toBe(colour);
      expect(errors).toEqual([]);
      await page.close();
    });

  it.each([['en', 1024, 768], ['ru', 1024, 768], ['kk', 1024, 768], ['ru', 1920, 1080], ['kk', 1280, 720]])('panels in %s at %i×%i (screenshots)', async (lang, w, h) => {
    const { page } = await openDrawnPage(env, `?lang=${lang}&select=1.1.1&path=16.6.1,1.2.2&portfolio=50,3`, w, h);
    await page.click('[data-testid=tab-paths]');
    await page.locator('[data-testid=path]').first().waitFor();
    const wraps = await page.locator('[data-testid=path]').evaluateAll((ls) => ls.map((l) => l.scrollHeight > 40));
    expect(wraps.every((x) => !x)).toBe(true);
    await shot(page, `paths-${lang}-${w}x${h}`);
    await page.click('[data-testid=tab-portfolio]');
    await page.locator('[data-testid=portfolio-saturated]').waitFor();
    await shot(page, `portfolio-${lang}-${w}x${h}`);
    await page.click('[data-testid=tab-rankings]');
    await page.locator('[data-testid=ranking-rows]').waitFor();
    await shot(page, `rankings-${lang}-${w}x${h}`);
    await page.click('[data-testid=tab-details]');
    await page.locator('[data-testid=details-source]').waitFor();
    await shot(page, `details-${lang}-${w}x${h}`);
    await page.close();
  });
});
