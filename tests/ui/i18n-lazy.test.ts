/**
 * Russian and Kazakh are chunks loaded on demand (ui/i18n.ts), so the first frame carries English only.
 * Node environment on purpose: tests/setup.ts loads every language for the jsdom component tests.
 */
import { describe, expect, it } from 'vitest';
import ru from '../../src/ui/locales/ru.json';
import kk from '../../src/ui/locales/kk.json';
import en from '../../src/ui/locales/en.json';
import { loadAllLocales, loadLocale, tFor } from '../../src/ui/i18n.ts';

describe('lazy locales', () => {
  it('shows a language not yet loaded in English, then in its own words once loaded', async () => {
    expect(tFor('ru')('details.latest')).toBe(en.details.latest);
    const once = loadLocale('ru');
    expect(loadLocale('ru')).toBe(once); // asked twice while loading: one fetch
    await once;
    expect(tFor('ru')('details.latest')).toBe(ru.details.latest);
    expect(tFor('kk')('details.latest')).toBe(en.details.latest);
    await loadAllLocales();
    expect(tFor('kk')('details.latest')).toBe(kk.details.latest);
    expect(tFor('en')('details.latest')).toBe(en.details.latest);
  });
});
