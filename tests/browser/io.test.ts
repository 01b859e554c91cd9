import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ARTIFACTS, useBuiltApp } from './helpers/built-app.ts';
import { clickTopBarMenu } from './helpers/topbar.ts';

const fx = (name: string) => resolve(import.meta.dirname, '../fixtures', name);

describe('import, export and sessions in the built app', () => {
  const env = useBuiltApp();
  let page: Page;
  const errors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(env.url);
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
  });

  const nodeCount = (n: number) => page.locator('[data-testid=node-count]', { hasText: new RegExp(`^${n}$`) }).waitFor({ timeout: 20_000 });

  it('imports a matrix CSV through the file picker, with a preview, and draws it', async () => {
    await page.setInputFiles('[data-testid=import-input]', fx('matrix.csv'));
    await page.locator('[data-testid=import-preview]').waitFor();
    expect(await page.textContent('[data-testid=import-format]')).toMatch(/CSV adjacency matrix/);
    expect(await page.textContent('[data-testid=import-nodes]')).toBe('4');
    expect(await page.textContent('[data-testid=import-links]')).toBe('4');
    await page.screenshot({ path: resolve(ARTIFACTS, 'import-preview.png') });
    await page.click('[data-testid=import-load]');
    await nodeCount(4);
    expect(await page.textContent('[data-testid=link-count]')).toBe('4');
    await page.waitForSelector('[data-testid=graph][data-ready=true]');
    expect(await page.evaluate('window.__sdgCy.nodes().length')).toBe(4);
    expect(await page.inputValue('[data-testid=dataset-select]')).toMatch(/^import:matrix/);
  });

  it('exports PNG and GraphML as downloads named for what they hold', async () => {
    await clickTopBarMenu(page, 'export-menu');
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-png-2x]')]);
    expect(png.suggestedFilename()).toMatch(/^import-matrix_all_\d{4}-\d{2}-\d{2}\.2x\.png$/);
    const pngPath = resolve(ARTIFACTS, 'export-2x.png');
    await png.saveAs(pngPath);
    const bytes = readFileSync(pngPath);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(bytes.readUInt32BE(16)).toBe(2400); // 1200 px × 2
    const [gml] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-graphml]')]);
    expect(gml.suggestedFilename()).toMatch(/\.graphml$/);
    const text = readFileSync(await gml.path());
    expect(text.toString()).toMatch(/<graphml[\s\S]*<node id="16\.6\.1">[\s\S]*<edge /);
    await clickTopBarMenu(page, 'export-menu');
  });

  it('exports the same picture as one landscape PDF page', async () => {
    await clickTopBarMenu(page, 'export-menu');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-pdf]')]);
    expect(pdf.suggestedFilename()).toMatch(/^import-matrix_all_\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdfPath = resolve(ARTIFACTS, 'export.pdf');
    await pdf.saveAs(pdfPath);
    const text = readFileSync(pdfPath).toString('latin1');
    expect(text.startsWith('%PDF')).toBe(true);
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(text).toMatch(/\/MediaBox \[0 0 841\.(89|88)\d* 595\.(28|27)\d*\]/); // A4 landscape, in points
    // Real text in an embedded font (DejaVu Sans), no longer one JPEG per page (issue 15).
    expect(text).toMatch(/\/FontFile2/);
    expect(text).not.toMatch(/\/Subtype \/Image/);
    await clickTopBarMenu(page, 'export-menu');
  });

  it('a file that cannot be read changes nothing', async () => {
    await page.setInputFiles('[data-testid=import-input]', fx('broken-matrix.csv'));
    await page.locator('[data-testid=import-error]').waitFor();
    expect(await page.textContent('[data-testid=import-error]')).toMatch(/broken-matrix\.csv, row 2, column 4: cell "x" is not a number/);
    await page.click('[data-testid=import-error] button');
    expect(await page.textContent('[data-testid=node-count]')).toBe('4');
    // Cancel on a good file also leaves everything as it was.
    await page.setInputFiles('[data-testid=import-input]', fx('edges.csv'));
    await page.locator('[data-testid=import-preview]').waitFor();
    await page.click('[data-testid=import-cancel]');
    expect(await page.textContent('[data-testid=node-count]')).toBe('4');
  });

  it('shows names from files as text and runs nothing', async () => {
    await page.setInputFiles('[data-testid=import-input]', fx('xss-edges.csv'));
    await page.locator('[data-testid=import-preview]').waitFor();
    expect(await page.textContent('[data-testid=import-sample]')).toContain('<img src=x onerror=alert(1)>');
    await page.click('[data-testid=import-load]');
    await nodeCount(3);
    await page.waitForTimeout(300);
    expect(await page.locator('img[src=x]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate('window.__sdgCy.nodes().map((n) => n.id()).sort()')).toContain('<img src=x onerror=alert(1)>');
  });

  it('saves a session and restores it; a newer session file is refused and nothing changes', async () => {
    await page.selectOption('[data-testid=dataset-select]', { label: 'matrix.csv (imported)' });
    await nodeCount(4);
    await clickTopBarMenu(page, 'session-menu');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=session-save]')]);
    const sessionPath = await dl.path();
    const session = JSON.parse(readFileSync(sessionPath, 'utf8'));
    expect(session).toMatchObject({ kind: 'sdg-session', version: 1, scenes: [] });
    expect(session.datasetId).toMatch(/^import:matrix/);

    await page.selectOption('[data-testid=dataset-select]', 'kz-vnr2025-goal-links');
    await nodeCount(17);
    await page.setInputFiles('[data-testid=session-input]', fx('session-newer.json'));
    await page.locator('[data-testid=session-message]', { hasText: /newer version/ }).waitFor();
    expect(await page.textContent('[data-testid=node-count]')).toBe('17');

    await page.setInputFiles('[data-testid=session-input]', sessionPath);
    await nodeCount(4);
    await page.locator('[data-testid=session-message]', { hasText: /restored/ }).waitFor();
  });

  it('keeps imported datasets after a reload', async () => {
    await page.reload();
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
    await page.locator('[data-testid=dataset-select] option', { hasText: 'matrix.csv (imported)' }).waitFor({ state: 'attached', timeout: 10_000 });
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('shows the import preview and the error dialog in Russian', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const ru = await context.newPage();
    try {
      await ru.goto(`${env.url}?lang=ru`);
      await ru.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
      await ru.setInputFiles('[data-testid=import-input]', fx('matrix.csv'));
      await ru.locator('[data-testid=import-preview]').waitFor();
      expect(await ru.textContent('[data-testid=import-format]')).toMatch(/Матрица смежности CSV/);
      const preview = await ru.textContent('[data-testid=import-preview]');
      expect(preview).toMatch(/Импорт «matrix\.csv»/);
      expect(preview).toMatch(/Направление/);
      expect(preview).not.toMatch(/Unknown codes|Direction|Load|Cancel/);
      await ru.screenshot({ path: resolve(ARTIFACTS, 'import-preview-ru.png') });
      await ru.click('[data-testid=import-cancel]');
      await ru.setInputFiles('[data-testid=import-input]', fx('broken-matrix.csv'));
      await ru.locator('[data-testid=import-error]').waitFor();
      expect(await ru.textContent('[data-testid=import-error]')).toMatch(/Не удалось импортировать «broken-matrix\.csv»[\s\S]*строка 2, столбец 4[\s\S]*Ничего не изменилось/);
      await ru.click('[data-testid=import-error] button');
    } finally {
      await context.close();
    }
  });
  it('opens a file next to the app from ?src= straight away, and falls back to the bundled data when it cannot', async () => {
    // The file sits next to the built app, as a team publishing its own matrix would put it.
    const served = resolve(import.meta.dirname, '../../dist/src-test-matrix.csv');
    copyFileSync(fx('matrix.csv'), served);
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const p = await context.newPage();
      await p.goto(`${env.url}?src=src-test-matrix.csv&renderer=canvas`);
      await p.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
      // The bundled dataset is never drawn first: the first graph on screen is the file's.
      expect(await p.evaluate('window.__sdgDraws.map((d) => d.nodes)')).toEqual([4]);
      await p.locator('[data-testid=node-count]', { hasText: /^4$/ }).waitFor();
      // A view change keeps the forced renderer in the address bar.
      await p.evaluate('void window.__sdgCy.nodes()[0].emit("tap")');
      await p.waitForURL(/select=/);
      expect(new URL(p.url()).searchParams.get('renderer')).toBe('canvas');

      const q = await context.newPage();
      await q.goto(`${env.url}?src=no-such-file.csv`);
      await q.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
      await q.locator('[data-testid=node-count]', { hasText: /^277$/ }).waitFor();
      expect(await q.textContent('[role=alert]')).toMatch(/Could not open no-such-file\.csv from the link: HTTP 404/);
    } finally {
      await context.close();
      rmSync(served, { force: true });
    }
  });
});
