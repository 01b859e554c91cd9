/**
 * Interface text in English, Russian and Kazakh (i18next + react-i18next). The app store's `lang` is
 * the one source of truth: components ask for a translator fixed to it, so switching language (even
 * while presenting) is a store update like any other. Numbers and dates are formatted with Intl.
 */
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Lang } from '../core/model/types.ts';
import { useAppState } from '../state/store-context.tsx';
import en from './locales/en.json';

// English is bundled (it is every text's fallback); Russian and Kazakh are chunks of their own, so the
// first frame does not download and parse the two languages it is not shown in (~110 KB).
const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<{ default: Record<string, unknown> }>> = {
  ru: () => import('./locales/ru.json'),
  kk: () => import('./locales/kk.json'),
};

const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  // English is in hand, so initialisation is synchronous and the first render is translated.
  initAsync: false,
  partialBundledLanguages: true,
  interpolation: { escapeValue: false },
  returnNull: false,
  // A language chosen before its chunk arrived is shown in English until then: re-render when it lands.
  react: { bindI18nStore: 'added' },
});

const loading = new Map<Lang, Promise<void>>();

/** Loads a language's texts once; resolves at once for English or a language already loaded. */
export function loadLocale(lang: Lang): Promise<void> {
  if (lang === 'en' || i18n.hasResourceBundle(lang, 'translation')) return Promise.resolve();
  let p = loading.get(lang);
  if (!p) {
    p = LOADERS[lang]().then((m) => { i18n.addResourceBundle(lang, 'translation', m.default); });
    loading.set(lang, p);
  }
  return p;
}

/** Every language, e.g. once the first frame is drawn, so exports in another language need no wait. */
export function loadAllLocales(): Promise<void> {
  return Promise.all((Object.keys(LOADERS) as Lang[]).map(loadLocale)).then(() => undefined);
}

/** BCP 47 tags for Intl. */
const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' };

/** A translator fixed to the store's language. */
export function useT(): TFunction {
  const lang = useAppState((s) => s.lang);
  return useTranslation(undefined, { lng: lang, i18n }).t;
}

export function tFor(lang: Lang): TFunction {
  return i18n.getFixedT(lang);
}

export function formatNumber(lang: Lang, n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(INTL_LOCALE[lang], options).format(n);
}

export function formatTime(lang: Lang, d: Date): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(d);
}

export function formatDate(lang: Lang, d: Date): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: 'long' }).format(d);
}
