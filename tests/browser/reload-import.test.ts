/**
 * Issue 16, class 12 in real Chromium on the built app: with an imported dataset open, a reload opens
 * that import again and keeps `dataset=` in the URL; a link to an import this browser does not have
 * says so instead of opening the bundled (illustrative) network.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { ARTIFACTS, useBuiltApp } from './helpers/built-app.ts';
import { openDrawnPage } from './helpers/open-page.ts';

const fx = (name: string) => resolve(import.meta.dirname, '../fixtures', name);

describe('an imported dataset survives a reload and a link', () => {
  const env = useBuiltApp();

  it('a reload reopens the import, with dataset= kept', async () => {
    const { page, errors } = await openDrawnPage(env, '', 1280, 720);
    await page.setInputFiles('[data-testid=import-input]', fx('matrix.csv'));
    await page.locator('[data-testid=import-preview]').waitFor();
    await page.click('[data-testid=import-load]');
    await page.locator('[data-testid=node-count]', { hasText: /^4$/ }).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.url()).toMatch(/dataset=import%3Amatrix|dataset=import:matrix/);
    await page.reload();
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
    await page.locator('[data-testid=node-count]', { hasText: /^4$/ }).waitFor({ timeout: 20_000 });
    expect(await page.inputValue('[data-testid=dataset-select]')).toMatch(/^import:matrix/);
    expect(page.url()).toMatch(/dataset=import(%3A|:)matrix/);
    await page.screenshot({ path: resolve(ARTIFACTS, 'reload-import.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a link to an import this browser does not have says so and opens nothing else', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${env.url}?dataset=import:elsewhere`);
    const banner = page.locator('[data-testid=error-banner]');
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.textContent()).toMatch(/import:elsewhere.*this browser does not have/);
    expect(await page.locator('[data-testid=graph][data-ready=true]').count()).toBe(0);
    expect(page.url()).toContain('dataset=import:elsewhere');
    await page.screenshot({ path: resolve(ARTIFACTS, 'link-missing-import.png') });
    await context.close();
  });
});
