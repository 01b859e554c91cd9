/**
 * What the page loads before its first drawn frame (issue 19), past the languages (startup.test.ts):
 * a few scripts, not one per shared module, and neither the export writers nor the file readers —
 * the export menu brings its writers when it opens, the import button its readers after the draw.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './helpers/built-app.ts';
import { openDrawnPage } from './helpers/open-page.ts';
import { clickTopBarMenu } from './helpers/topbar.ts';

const env = useBuiltApp();

/** Each script whose download started before the first drawn frame, with its text. */
const SCRIPTS_BEFORE_DRAW = `(async () => {
  const t = window.__sdgFirstDraw;
  const urls = performance.getEntriesByType('resource').filter((r) => r.startTime <= t && /\\.js$/.test(r.name)).map((r) => r.name);
  return Promise.all(urls.map(async (u) => ({ url: u, text: await (await fetch(u)).text() })));
})()`;

// Strings only these libraries' code holds: papaparse (the CSV tables and the CSV reader), the GEXF writer.
const CSV_PARSER = 'BAD_DELIMITERS';
const GEXF_WRITER = 'gexf.net';

describe('start-up chunks', () => {
  it('fetches a handful of scripts before the first draw, none with an export writer or a file reader', async () => {
    const { page, errors } = await openDrawnPage(env, '', 1280, 720);
    const scripts = (await page.evaluate(SCRIPTS_BEFORE_DRAW)) as { url: string; text: string }[];
    // The entry, its data chunk, the app, its two big libraries (Cytoscape, React: a chunk each, evaluated
    // in a task each), the bundler's runtime and the metrics worker (27 scripts before the chunks were grouped).
    expect(scripts.length).toBeLessThanOrEqual(7);
    for (const { url, text } of scripts) {
      expect(text, url).not.toContain(CSV_PARSER);
      expect(text, url).not.toContain(GEXF_WRITER);
    }
    await clickTopBarMenu(page, 'export-menu');
    await page.waitForSelector('[data-testid=export-gexf]');
    expect(await page.locator('[data-testid=export-menu] h4').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
