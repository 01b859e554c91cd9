/**
 * Preparation survives a reload in real Chromium (real IndexedDB): three scenes, one at goal level,
 * a note and a mark are saved, the page is reloaded, and they are listed again; each scene, played
 * after any other, shows what it showed when saved. Leaving before a change is written asks first.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { ARTIFACTS, useBuiltApp } from './helpers/built-app.ts';

/** What the canvas and the level box show. */
const look = (page: Page) => page.evaluate(`(() => ({
  selected: window.__sdgOverlay.nodes('.selected').map((n) => n.id()).sort(),
  highlighted: window.__sdgOverlay.nodes('.hl').length,
  nodes: window.__sdgCy.nodes().length,
  goalLevel: document.querySelector('[data-testid=goal-level]').checked,
}))()`) as Promise<{ selected: string[]; highlighted: number; nodes: number; goalLevel: boolean }>;

/** The canvas updates a frame or two after the store: poll (the CSP forbids waitForFunction). */
async function lookUntil(page: Page, done: (l: Awaited<ReturnType<typeof look>>) => boolean) {
  let l = await look(page);
  for (let i = 0; i < 60 && !done(l); i++) { await page.waitForTimeout(100); l = await look(page); }
  return l;
}

const leaveAsks = (page: Page) => page.evaluate(`(() => {
  const e = new Event('beforeunload', { cancelable: true }); dispatchEvent(e); return e.defaultPrevented;
})()`) as Promise<boolean>;

const blur = (page: Page) => page.evaluate('document.activeElement && document.activeElement.blur && document.activeElement.blur()');

async function saveScene(page: Page) {
  await blur(page);
  await page.keyboard.press('s');
}

async function waitSaved(page: Page) {
  await page.locator('[data-testid=scenes-saved][data-state=saved]').waitFor({ timeout: 10_000 });
}

describe('scenes and marks survive a reload in real Chromium', () => {
  const env = useBuiltApp();

  it('saves three scenes (one at goal level) and marks, reloads, lists them again and replays each as saved', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(env.url + '?select=16.6.1');
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
    const saved: Awaited<ReturnType<typeof look>>[] = [];

    // Scene 1: 16.6.1, with a mark.
    await page.locator('[data-testid=details-code]', { hasText: '16.6.1' }).waitFor();
    await page.selectOption('[data-testid=mark-kind]', 'priority');
    await page.fill('[data-testid=mark-note]', 'budget line');
    saved.push(await lookUntil(page, (l) => l.highlighted === 64));
    await saveScene(page);

    // Scene 2: goal level, goal 2 clicked on the canvas.
    await page.check('[data-testid=goal-level]');
    await lookUntil(page, (l) => l.nodes === 17);
    const pos = (await page.evaluate('(() => { const n = window.__sdgCy.getElementById("2"); const r = window.__sdgCy.container().getBoundingClientRect(); const p = n.renderedPosition(); return { x: r.left + p.x, y: r.top + p.y }; })()')) as { x: number; y: number };
    await page.mouse.click(pos.x, pos.y);
    saved.push(await lookUntil(page, (l) => l.selected.join() === '2' && l.highlighted > 0));
    await saveScene(page);

    // Scene 3: back to indicators, 1.2.2 at depth 2.
    await page.uncheck('[data-testid=goal-level]');
    await lookUntil(page, (l) => l.nodes > 17);
    await page.fill('[data-testid=search]', '1.2.2');
    await page.locator('[data-testid=search-hits] li', { hasText: '1.2.2' }).first().waitFor();
    await page.press('[data-testid=search]', 'Enter');
    await page.locator('[data-testid=details-code]', { hasText: '1.2.2' }).waitFor();
    await page.click('[data-testid=depth-2]');
    saved.push(await lookUntil(page, (l) => l.selected.join() === '1.2.2' && l.highlighted > 5));
    await saveScene(page);

    await page.click('[data-testid=tab-scenes]');
    await page.locator('[data-testid=scene-notes]').nth(1).fill('Goal 2: hunger and nutrition');
    expect(await leaveAsks(page)).toBe(true);
    await waitSaved(page);
    expect(await leaveAsks(page)).toBe(false);
    await page.screenshot({ path: resolve(ARTIFACTS, 'persist-before-reload-1280x720.png') });

    await page.reload();
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
    await page.click('[data-testid=tab-scenes]');
    await page.locator('[data-testid=scene]').nth(2).waitFor();
    expect(await page.locator('[data-testid=scene]').count()).toBe(3);
    expect(await page.locator('[data-testid=scene-notes]').nth(1).inputValue()).toBe('Goal 2: hunger and nutrition');
    expect(await page.textContent('[data-testid=scenes-saved]')).toContain('Saved in this browser');
    await page.screenshot({ path: resolve(ARTIFACTS, 'persist-after-reload-1280x720.png') });

    for (const order of [[0, 1, 2], [2, 1, 0], [1, 0, 2], [0, 2, 1]]) {
      for (const i of order) {
        await page.locator('[data-testid=scene-go]').nth(i).click();
        const want = saved[i];
        const got = await lookUntil(page, (l) => JSON.stringify(l) === JSON.stringify(want));
        expect(got, `scene ${i + 1} in order ${order.map((x) => x + 1).join('')}`).toEqual(want);
      }
    }
    await page.screenshot({ path: resolve(ARTIFACTS, 'persist-goal-scene-1280x720.png') });

    // The mark came back too.
    await page.locator('[data-testid=scene-go]').nth(0).click();
    await page.click('[data-testid=tab-details]');
    await page.locator('[data-testid=details-code]', { hasText: '16.6.1' }).waitFor();
    expect(await page.inputValue('[data-testid=mark-kind]')).toBe('priority');
    expect(await page.inputValue('[data-testid=mark-note]')).toBe('budget line');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('says the scenes are saved, inside the panel, in every language at projector sizes', async () => {
    const saidSaved = { en: 'Saved in this browser', ru: 'Сохранено в этом браузере', kk: 'Осы браузерде сақталды' };
    for (const [w, h] of [[1024, 768], [1280, 720], [1920, 1080]]) {
      for (const lang of ['en', 'ru', 'kk'] as const) {
        const context = await env.browser.newContext({ viewport: { width: w, height: h } });
        const page = await context.newPage();
        await page.goto(`${env.url}?select=16.6.1&lang=${lang}`);
        await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
        await saveScene(page);
        await page.click('[data-testid=tab-scenes]');
        await waitSaved(page);
        const status = page.locator('[data-testid=scenes-saved]');
        expect(await status.textContent()).toContain(saidSaved[lang]);
        const box = (await status.boundingBox())!;
        const panel = (await page.locator('[data-testid=scenes-panel]').boundingBox())!;
        expect(box.x + box.width, `${lang} ${w}×${h}`).toBeLessThanOrEqual(panel.x + panel.width + 1);
        await page.screenshot({ path: resolve(ARTIFACTS, `persist-saved-${lang}-${w}x${h}.png`) });
        await context.close();
      }
    }
  }, 180_000);
});
