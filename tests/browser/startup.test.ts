/**
 * What the page fetches before its first drawn frame (issue 19): the scripts carry one language's
 * texts, not three, and the other languages arrive when asked for.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './helpers/built-app.ts';
import { openDrawnPage } from './helpers/open-page.ts';
import ru from '../../src/ui/locales/ru.json';
import kk from '../../src/ui/locales/kk.json';

const env = useBuiltApp();

/** The text of every script whose download ended before the first drawn frame. */
const SCRIPTS_BEFORE_DRAW = `(async () => {
  const t = window.__sdgFirstDraw;
  const urls = performance.getEntriesByType('resource').filter((r) => r.responseEnd <= t && /\\.js$/.test(r.name)).map((r) => r.name);
  return Promise.all(urls.map(async (u) => (await fetch(u)).text()));
})()`;

describe('start-up', () => {
  it('draws in English with no Russian or Kazakh texts downloaded, and loads Kazakh when it is chosen', async () => {
    const { page, errors } = await openDrawnPage(env, '', 1920, 1080);
    const scripts = (await page.evaluate(SCRIPTS_BEFORE_DRAW)) as string[];
    expect(scripts.length).toBeGreaterThan(1);
    const all = scripts.join('\n');
    expect(all).toContain('Language'); // en.top.language: English is bundled
    expect(all).not.toContain(ru.messages.datasetListEmpty);
    expect(all).not.toContain(kk.messages.datasetListEmpty);
    await page.selectOption('[data-testid=lang-select]', 'kk');
    await expect.poll(() => page.getAttribute('[data-testid=lang-select]', 'aria-label')).toBe(kk.top.language);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a Russian link in Russian from the first frame', async () => {
    const { page, errors } = await openDrawnPage(env, '?lang=ru', 1920, 1080);
    expect(await page.getAttribute('[data-testid=lang-select]', 'aria-label')).toBe(ru.top.language);
    const scripts = (await page.evaluate(SCRIPTS_BEFORE_DRAW)) as string[];
    expect(scripts.join('\n')).not.toContain(kk.messages.datasetListEmpty);
    expect(errors).toEqual([]);
    await page.close();
  });
});
