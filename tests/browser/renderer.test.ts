import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './helpers/built-app.ts';
import { openDrawnPage } from './helpers/open-page.ts';

const webgl = 'Boolean(window.__sdgCy.renderer().webgl)';

describe('renderer preference in real Chromium', () => {
  const env = useBuiltApp();

  it('draws the next graph with the saved renderer, after a reload and on a dataset switch', async () => {
    const { page, errors } = await openDrawnPage(env, '', 1280, 720);
    // Automatic keeps the canvas renderer for 1.5k links.
    expect(await page.evaluate(webgl)).toBe(false);

    await page.selectOption('[data-testid=renderer]', 'webgl');
    // The graph on screen is not redrawn; the next one is.
    expect(await page.evaluate(webgl)).toBe(false);
    await page.reload();
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
    expect(await page.inputValue('[data-testid=renderer]')).toBe('webgl');
    expect(await page.evaluate(webgl)).toBe(true);
    expect(await page.evaluate('window.__sdgCy.nodes().length')).toBe(277);

    await page.selectOption('[data-testid=renderer]', 'canvas');
    await page.selectOption('[data-testid=dataset-select]', 'kz-vnr2025-goal-links');
    // page.waitForFunction would evaluate a string, which the app's CSP refuses: poll instead.
    for (let i = 0; i < 200 && (await page.evaluate('window.__sdgCy.nodes().length')) !== 17; i++) await page.waitForTimeout(50);
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
    expect(await page.evaluate('window.__sdgCy.nodes().length')).toBe(17);
    expect(await page.evaluate(webgl)).toBe(false);

    // ?renderer= overrides the saved choice.
    await page.selectOption('[data-testid=renderer]', 'canvas');
    await page.goto(`${env.url}?renderer=webgl`);
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
    expect(await page.evaluate(webgl)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
