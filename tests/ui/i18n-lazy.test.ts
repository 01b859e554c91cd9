/**
 * Russian and Kazakh are chunks loaded on demand (ui/i18n.ts). tests/setup.ts has loaded them all for
 * every test, so this checks loading stays idempotent; that the page's first scripts carry no Russian
 * or Kazakh is tests/browser/startup.test.ts.
 */
import { describe, expect, it } from 'vitest';
import ru from '../../src/ui/locales/ru.json';
import kk from '../../src/ui/locales/kk.json';
import en from '../../src/ui/locales/en.json';
import { loadAllLocales, loadLocale, tFor } from '../../src/ui/i18n.ts';

describe('lazy locales', () => {
  it('translates each language once loaded, loading again changing nothing', async () => {
    await loadLocale('ru');
    expect(tFor('ru')('details.latest')).toBe(ru.details.latest);
    await loadAllLocales();
    expect(tFor('kk')('details.latest')).toBe(kk.details.latest);
    expect(tFor('en')('details.latest')).toBe(en.details.latest);
  });
});
