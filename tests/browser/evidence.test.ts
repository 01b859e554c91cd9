import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ARTIFACTS, useBuiltApp } from './helpers/built-app.ts';
import { openDrawnPage } from './helpers/open-page.ts';
import type { LinkDataset } from '../../src/core/model/types.ts';

const fx = (name: string) => resolve(import.meta.dirname, '../fixtures', name);
const dataset = (file: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data', file), 'utf8')) as LinkDataset;

/**
 * Clicks a link with the mouse, at the middle of one that lies clear of every node (so the click is
 * the link's), and returns the ends the evidence panel then shows.
 */
async function clickALink(page: Page): Promise<{ source: string; target: string }> {
  const box = (await page.locator('[data-testid=graph]').boundingBox())!;
  const link = page.locator('[data-testid=evidence-link]');
  // A busy machine may still be settling the canvas: try the next clear link when a click found none.
  for (let skip = 0; skip < 4 && !(await link.count()); skip++) {
    const at = await page.evaluate((skipN) => {
      const cy = window.__sdgCy!;
      const nodes = cy.nodes().map((n) => n.renderedPosition());
      const w = cy.width(), h = cy.height();
      let seen = 0;
      for (const e of cy.edges().toArray()) {
        const m = e.renderedMidpoint();
        if (m.x < 20 || m.y < 20 || m.x > w - 20 || m.y > h - 20) continue;
        if (nodes.some((p) => Math.hypot(p.x - m.x, p.y - m.y) < 25)) continue;
        if (seen++ < skipN) continue;
        return m;
      }
      return null;
    }, skip);
    expect(at).not.toBeNull();
    await page.mouse.move(box.x + at!.x, box.y + at!.y);
    await page.mouse.click(box.x + at!.x, box.y + at!.y);
    await link.waitFor({ timeout: 5_000 }).catch(() => {});
  }
  await link.waitFor({ timeout: 5_000 });
  // Leave the link so the panel shows the clicked one, not the hovered one.
  await page.mouse.move(box.x + 2, box.y + 2);
  return { source: (await link.getAttribute('data-source'))!, target: (await link.getAttribute('data-target'))! };
}

describe('evidence behind every link, in the built app', () => {
  const env = useBuiltApp();

  it('a click on a goal link of the Review shows its statements verbatim', async () => {
    const { page, errors } = await openDrawnPage(env, '?dataset=kz-vnr2025-goal-links', 1280, 720);
    const { source, target } = await clickALink(page);
    expect(await page.getAttribute('[data-testid=tab-evidence]', 'aria-selected')).toBe('true');
    const link = dataset('kz-vnr2025-goal-links.json').links.find((l) => l.source === source && l.target === target)!;
    const quotes = await page.locator('[data-testid=evidence-quote]').allTextContents();
    expect(quotes).toEqual(link.sources!.map((s) => `“${s.quote}”`));
    expect(await page.textContent('[data-testid=evidence-kind]')).toMatch(/Section 3\.\d/);
    await page.screenshot({ path: resolve(ARTIFACTS, 'evidence-goal-1280x720.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a click on an illustrative link says it is generated, with its rule and the national data', async () => {
    const { page, errors } = await openDrawnPage(env, '', 1024, 768);
    await clickALink(page);
    expect(await page.textContent('[data-testid=evidence-generated]')).toMatch(/Generated: this link is not ERI’s/);
    expect(await page.textContent('[data-testid=national-summary]')).toMatch(/Of 1535 links: \d+ agree in sign, \d+ contradict/);
    await page.screenshot({ path: resolve(ARTIFACTS, 'evidence-illustrative-1024x768.png') });
    // The evidence filter hides the generated links on the canvas itself.
    await page.click('[data-testid=evidence-kind-illustrative]');
    await page.waitForFunction(() => window.__sdgCy!.edges().every((e) => e.style('display') === 'none'), null, { timeout: 10_000 });
    await page.click('[data-testid=evidence-kind-illustrative]');
    await page.waitForFunction(() => window.__sdgCy!.edges().some((e) => e.style('display') !== 'none'), null, { timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an imported matrix shows where each link was read and its national-data column', async () => {
    const { page, errors } = await openDrawnPage(env, '', 1280, 720);
    await page.setInputFiles('[data-testid=import-input]', fx('matrix.csv'));
    await page.click('[data-testid=import-load]');
    await page.locator('[data-testid=node-count]', { hasText: /^4$/ }).waitFor({ timeout: 20_000 });
    await page.waitForSelector('[data-testid=graph][data-ready=true]');
    await clickALink(page);
    expect(await page.textContent('[data-testid=evidence-imported]')).toMatch(/matrix\.csv/);
    expect(await page.textContent('[data-testid=evidence-national]')).toMatch(/National data/);
    expect(await page.textContent('[data-testid=national-summary]')).toMatch(/Of 4 links: \d+ agree in sign, \d+ contradict, \d+ show no co-movement .* \d+ untestable/);
    await page.screenshot({ path: resolve(ARTIFACTS, 'evidence-import-1280x720.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  // One page per language: the co-movement layer (2,433 links) takes a while to draw on a busy machine.
  it.each([['kk', 1280, 720], ['ru', 1024, 768], ['en', 1920, 1080]] as const)('a co-movement link and the About and sources dialog in %s at %ix%i', async (lang, w, h) => {
    const { page, errors } = await openDrawnPage(env, `?dataset=kz-national-comovement&lang=${lang}`, w, h);
    await clickALink(page);
    await page.locator('[data-testid=comove-chart]').waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, `evidence-comove-${lang}-${w}x${h}.png`) });
    const folded = page.locator('[data-testid=topbar-menu-button][aria-expanded=false]');
    if (await folded.count()) await folded.click();
    await page.click('[data-testid=about-button]');
    expect(await page.textContent('[data-testid=about-kazstat]')).toMatch(/MIT License/);
    await page.screenshot({ path: resolve(ARTIFACTS, `about-${lang}-${w}x${h}.png`) });
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('the build ships the licence texts', async () => {
    const res = await fetch(`${env.url}licences/kazstat-sdg-data-MIT.txt`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/Permission is hereby granted/);
  });
});
