/**
 * Every word in the user's language: walks the screens of the built app in Russian and Kazakh (main,
 * each right-panel tab, the import preview of a good and of a bad file, the export and session menus,
 * presentation, help and the error state) and fails on any visible text that is English. What is the
 * same in every language (codes, numbers, format names, SDG, PageRank) is allowed by
 * tests/i18n/english-words.ts. Screenshots of each screen go to tests/artifacts/.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { ARTIFACTS, useBuiltApp } from './helpers/built-app.ts';
import { openDrawnPage } from './helpers/open-page.ts';
import { clickTopBarMenu } from './helpers/topbar.ts';
import { englishWords } from '../i18n/english-words.ts';

const env = useBuiltApp();
const fx = (name: string) => resolve(import.meta.dirname, '../fixtures', name);
/**
 * Not ours to translate: the language menu names each language in itself, and the user's own file
 * shows its own words — file names, sheet names and cells in quotes, and the titles a file carries
 * (matrix-messy.xlsx: sheet "Matrix", a title column in English).
 */
const NOT_OURS = [/\bEnglish\b/g, /[\w.-]+\.(csv|xlsx|graphml|json)\b/g, /«[^»]*»|“[^”]*”|"[^"]*"/g, /^Matrix$/, /^Republican budget expenditure$/];
const withoutTheirWords = (text: string) => NOT_OURS.reduce((s, re) => s.replace(re, ''), text);

/** The visible text nodes (and placeholders) of the page, each with the test id of its nearest marked ancestor. */
async function visibleTexts(page: Page): Promise<{ where: string; text: string }[]> {
  return page.evaluate(() => {
    const out: { where: string; text: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (!el || !text || ['SCRIPT', 'STYLE', 'KBD', 'CODE'].includes(el.tagName)) continue;
      // An <option> shows only when it is the chosen one; a closed list is not read.
      if (el.tagName === 'OPTION' ? !(el as HTMLOptionElement).selected : !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      out.push({ where: el.closest('[data-testid]')?.getAttribute('data-testid') ?? el.tagName, text });
    }
    for (const el of document.querySelectorAll<HTMLInputElement>('input[placeholder], textarea[placeholder]')) {
      if (el.checkVisibility()) out.push({ where: el.getAttribute('data-testid') ?? el.tagName, text: el.placeholder });
    }
    return out;
  });
}

/** The English left on screen, as "where: text" lines, after a screenshot of the screen. */
async function englishOn(page: Page, lang: string, screen: string): Promise<string[]> {
  await page.screenshot({ path: resolve(ARTIFACTS, `language-${lang}-${screen}.png`) });
  return (await visibleTexts(page))
    .filter(({ text }) => englishWords(withoutTheirWords(text)).length > 0)
    .map(({ where, text }) => `${screen} · ${where}: ${text.slice(0, 120)}`);
}

async function walkScreens(page: Page, lang: string): Promise<string[]> {
  const found: string[] = [];
  const look = async (screen: string) => found.push(...(await englishOn(page, lang, screen)));
  await look('main');
  for (const tab of ['details', 'rankings', 'paths', 'portfolio', 'scenes']) {
    await page.click(`[data-testid=tab-${tab}]`);
    await page.waitForSelector('.tab-body [data-testid], .tab-body p', { timeout: 10_000 });
    if (tab === 'paths') {
      await page.fill('input[data-testid=path-from]', '16.6.1');
      await page.fill('input[data-testid=path-to]', '3.8.1');
      await page.click('[data-testid=path-find]');
      await page.waitForSelector('[data-testid=path-count]');
    }
    if (tab === 'portfolio') {
      await page.click('[data-testid=portfolio-run]');
      await page.waitForSelector('[data-testid=portfolio-picks]');
    }
    if (tab === 'scenes') await page.click('[data-testid=scene-save]');
    await look(`tab-${tab}`);
  }
  await clickTopBarMenu(page, 'export-menu');
  await look('export-menu');
  await page.keyboard.press('Escape');
  await page.click('[data-testid=export-menu] > summary').catch(() => {});
  await clickTopBarMenu(page, 'session-menu');
  await look('session-menu');
  await page.click('[data-testid=session-menu] > summary').catch(() => {});

  await page.setInputFiles('[data-testid=import-input]', fx('matrix-messy.xlsx'));
  await page.waitForSelector('[data-testid=import-preview]');
  await look('import-preview');
  await page.click('[data-testid=import-cancel]');
  await page.setInputFiles('[data-testid=import-input]', fx('broken-cell.xlsx'));
  await page.waitForSelector('[data-testid=import-error]');
  await look('import-error');
  await page.click('[data-testid=import-error] button');

  await page.keyboard.press('?');
  await page.waitForSelector('[data-testid=help]');
  await look('help');
  await page.click('[data-testid=help-close]');
  await page.keyboard.press('p');
  await page.waitForSelector('[data-testid=present-bar]');
  await look('present');
  await page.keyboard.press('Escape');
  return found;
}

describe('every visible word in Russian and Kazakh', { timeout: 180_000 }, () => {
  for (const lang of ['ru', 'kk']) {
    it(`${lang}: main, tabs, menus, import preview and error, help and presentation`, async () => {
      const { page, errors } = await openDrawnPage(env, `?lang=${lang}&select=16.6.1`, 1024, 768);
      // The window's title names the dataset in the language too.
      expect(englishWords(withoutTheirWords(await page.title()))).toEqual([]);
      expect(await page.title()).toMatch(lang === 'ru' ? /Взаимосвязи ЦУР/ : /ТДМ/);
      const english = await walkScreens(page, lang);
      expect(english).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`${lang}: the error state when a dataset cannot be opened`, async () => {
      const context = await env.browser.newContext({ viewport: { width: 1024, height: 768 } });
      const page = await context.newPage();
      await page.route('**/kz-illustrative-indicator-links-*.json', (r) => r.fulfill({ status: 503, body: 'down' }));
      await page.goto(`${env.url}?lang=${lang}`);
      await page.waitForSelector('[data-testid=error-banner]', { timeout: 30_000 });
      expect(await englishOn(page, lang, 'error')).toEqual([]);
      await context.close();
    });
  }
});
