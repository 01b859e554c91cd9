/**
 * Pictures and PDFs of the current view in the built app: the highlight of ?select=16.6.1 is in the
 * PNG (pixels differ from the whole-network PNG where the highlight is), the SVG footer is complete
 * text, the PDF is real text (pdftotext, installed by .ci/run) with the selected code, Cyrillic and the
 * mark in the chosen language, and the export menu can export in another language than the interface.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { ARTIFACTS, useBuiltApp } from './helpers/built-app.ts';
import { openDrawnPage } from './helpers/open-page.ts';
import { clickTopBarMenu } from './helpers/topbar.ts';

type Tree = { [k: string]: string | Tree };
const words = (lang: string) => (JSON.parse(readFileSync(resolve(import.meta.dirname, `../../src/ui/locales/${lang}.json`), 'utf8')) as Tree).export as Tree;

async function download(page: Page, testId: string, save: string): Promise<{ name: string; path: string }> {
  await clickTopBarMenu(page, 'export-menu');
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click(`[data-testid=${testId}]`)]);
  const path = resolve(ARTIFACTS, save);
  await d.saveAs(path);
  await clickTopBarMenu(page, 'export-menu');
  return { name: d.suggestedFilename(), path };
}

async function choose(page: Page, testId: string, value: string) {
  await clickTopBarMenu(page, 'export-menu');
  await page.selectOption(`[data-testid=${testId}]`, value);
  await clickTopBarMenu(page, 'export-menu');
}

/** Mean absolute RGB difference of two PNGs inside a box (in PNG pixels), computed in the page's canvas. */
function pixelDiff(page: Page, a: string, b: string, box: { x: number; y: number; w: number; h: number }): Promise<number> {
  return page.evaluate(async ({ a, b, box }) => {
    const load = async (b64: string) => { const img = new Image(); img.src = `data:image/png;base64,${b64}`; await img.decode(); return img; };
    const data = async (b64: string) => {
      const img = await load(b64);
      const c = document.createElement('canvas');
      c.width = img.width; c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(box.x, box.y, box.w, box.h).data;
    };
    const [p, q] = [await data(a), await data(b)];
    let sum = 0;
    for (let i = 0; i < p.length; i += 4) sum += Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]);
    return sum / (p.length / 4);
  }, { a: readFileSync(a).toString('base64'), b: readFileSync(b).toString('base64'), box });
}

describe('pictures and PDFs of the current view', () => {
  const env = useBuiltApp();
  const pages: Page[] = [];
  afterAll(async () => { for (const p of pages) await p.close().catch(() => {}); });

  it('a PNG of ?select=16.6.1 shows the highlight (differs from the whole network there); the SVG footer is complete', async () => {
    const { page, errors } = await openDrawnPage(env, '?select=16.6.1', 1280, 720);
    pages.push(page);
    const view = await download(page, 'export-png-1x', 'export-view-16.6.1.png');
    const svg = readFileSync((await download(page, 'export-svg', 'export-view-16.6.1.svg')).path, 'utf8');
    await choose(page, 'export-picture', 'whole');
    const whole = await download(page, 'export-png-1x', 'export-whole.png');
    await choose(page, 'export-picture', 'view');
    expect(view.name).toMatch(/^kz-illustrative-indicator-links_all_\d{4}-\d{2}-\d{2}\.png$/);

    // Where the selected node is drawn, and a pale node far from the highlight.
    const at = /data-code="16\.6\.1"/.exec(svg) ? /<(?:path d="M([\d.]+),([\d.]+)|circle cx="([\d.]+)" cy="([\d.]+)"|rect x="([\d.]+)" y="([\d.]+)")[^>]*data-code="16\.6\.1"/.exec(svg) : null;
    expect(at).not.toBeNull();
    const [x, y] = (at![1] ? [at![1], at![2]] : at![3] ? [at![3], at![4]] : [at![5], at![6]]).map(Number);
    const box = { x: Math.max(0, Math.round(x) - 40), y: Math.max(0, Math.round(y) - 40), w: 80, h: 80 };
    expect(await pixelDiff(page, view.path, whole.path, box)).toBeGreaterThan(2);
    expect(svg).toMatch(/opacity="0\.15"/);
    expect(svg.match(/<line [^>]*data-hl="1"/g)!.length).toBeGreaterThan(3);

    // The footer: every line is its own <text>, together the whole source line, the mark and the date.
    const footer = [...svg.matchAll(/<text [^>]*data-role="footer"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(footer).toContain('ILLUSTRATIVE links — generated, not ERI data');
    expect(footer).toMatch(/\d{4}-\d{2}-\d{2} · SDG interlinkage graph explorer/);
    expect(footer).not.toMatch(/…/);
    expect(footer.length).toBeGreaterThan(160);
    expect(svg).toMatch(/<text [^>]*font-weight="bold"[^>]*>16\.6\.1<\/text>/);
    expect(errors).toEqual([]);
  });

  it('in ru the PDF is real text: the selected code, Cyrillic words and the Russian mark', async () => {
    const { page, errors } = await openDrawnPage(env, '?select=16.6.1&lang=ru', 1280, 720);
    pages.push(page);
    const pdf = await download(page, 'export-pdf', 'export-ru.pdf');
    const text = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' });
    expect(text).toContain('16.6.1');
    expect(text).toMatch(/вокруг\s+16\.6\.1/);
    expect(text).toContain(String(words('ru').mark));
    expect(text).toMatch(/Цели/);
    const info = execFileSync('pdfinfo', [pdf.path], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+\S/);
    expect(info).toMatch(/Subject:\s+Сеть взаимосвязей ЦУР/);
    expect(readFileSync(pdf.path).toString('latin1')).toMatch(/\/FontFile2/);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf.path, resolve(ARTIFACTS, 'export-ru-page')]);
    expect(errors).toEqual([]);
  });

  it('in kk the SVG, PDF and XLSX speak Kazakh with the Kazakh mark; another export language can be chosen', async () => {
    const { page, errors } = await openDrawnPage(env, '?select=16.6.1&lang=kk', 1920, 1080);
    pages.push(page);
    const kk = words('kk');
    const svg = readFileSync((await download(page, 'export-svg', 'export-kk.svg')).path, 'utf8');
    const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('\n');
    expect(texts).toContain(String(kk.mark));
    expect(texts).toContain(String(kk.goals));
    expect(texts).toMatch(/түйіндер: 277/);
    const pdf = await download(page, 'export-pdf', 'export-kk.pdf');
    const text = execFileSync('pdftotext', [pdf.path, '-'], { encoding: 'utf8' });
    expect(text).toContain('ИЛЛЮСТРАТИВТІ');
    expect(text).toContain('16.6.1');
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf.path, resolve(ARTIFACTS, 'export-kk-page')]);
    const xlsx = await download(page, 'export-xlsx', 'export-kk.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx.path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Байланыстар', 'Түйіндер', 'Деректер туралы']);
    expect(String(wb.worksheets[1].getCell('A2').value)).toMatch(/^Код/);

    // The interface stays Kazakh; the file is in English on request.
    await choose(page, 'export-lang', 'en');
    const en = readFileSync((await download(page, 'export-svg', 'export-kk-ui-en.svg')).path, 'utf8');
    expect(en).toContain('ILLUSTRATIVE links — generated, not ERI data');
    expect(en).not.toContain(String(kk.mark));
    expect(await page.textContent('[data-testid=export-menu] h4')).not.toMatch(/Image/);
    expect(errors).toEqual([]);
  });

  it('the handout in ru: a labelled picture, the legend, the full indicator list with titles, notes and the mark, as text', async () => {
    const { page, errors } = await openDrawnPage(env, '?select=16.6.1&lang=ru', 1920, 1080);
    pages.push(page);
    await page.click('[data-testid=tab-scenes]');
    await page.click('[data-testid=scene-save]');
    const codes = await page.evaluate("window.__sdgOverlay.nodes('.hl, .selected').map((n) => n.id())") as string[];
    expect(codes.length).toBeGreaterThan(40);
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('[data-testid=handout]')]);
    const path = resolve(ARTIFACTS, 'handout-ru.pdf');
    await d.saveAs(path);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    // Every indicator of the scene is listed (none hidden behind "+ 25"), with a Russian title.
    for (const c of codes) expect(text, c).toContain(c);
    expect(text).not.toMatch(/\+ \d+\s*$/m);
    expect(text).toMatch(/16\.6\.1 — \S*[А-Яа-яЁё]/);
    expect(text).toContain(String(words('ru').mark));
    expect(text).toContain('Заметки ведущего');
    expect(text).toContain('Цели');
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Title:\s+.*Раздаточный материал/);
    execFileSync('pdftoppm', ['-png', '-r', '60', path, resolve(ARTIFACTS, 'handout-ru-page')]);
    expect(errors).toEqual([]);
  });

  it('the links CSV and nodes CSV chosen together re-import to 277 nodes and 1,535 links; the nodes CSV alone says what it is', async () => {
    const { page, errors } = await openDrawnPage(env, '', 1280, 720);
    pages.push(page);
    const links = await download(page, 'export-links-csv', 'kz.links.csv');
    const nodes = await download(page, 'export-nodes-csv', 'kz.nodes.csv');
    expect(readFileSync(links.path, 'utf8').replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^source,target,score,evidence/);
    // The app passes its catalogue: the illustrative links carry their national-data columns (issue 18).
    expect(readFileSync(links.path, 'utf8').split('\r\n')[0]).toMatch(/,rho,n_years,years,detrended_rho,p,q,survives_detrending,national_rho,national_n,national_detrended_rho,national_q,notice$/);
    await page.setInputFiles('[data-testid=import-input]', [links.path, nodes.path]);
    await page.locator('[data-testid=import-preview]').waitFor();
    await page.click('[data-testid=import-load]');
    await page.locator('[data-testid=node-count]', { hasText: /^277$/ }).waitFor({ timeout: 20_000 });
    expect((await page.textContent('[data-testid=link-count]'))?.replace(/\D/g, '')).toBe('1535');
    await page.setInputFiles('[data-testid=import-input]', nodes.path);
    await page.locator('[data-testid=import-error]').waitFor();
    expect(await page.textContent('[data-testid=import-error]')).toMatch(/is a nodes table .* choose it together with its links CSV/);
    expect(await page.textContent('[data-testid=import-error]')).not.toMatch(/is not a number/);
    expect(errors).toEqual([]);
  });
});
