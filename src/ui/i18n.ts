/**
 * Interface text in English, Russian and Kazakh (i18next; React reads it through useT below). The app store's `lang` is
 * the one source of truth: components ask for a translator fixed to it, so switching language (even
 * while presenting) is a store update like any other. Numbers and dates are formatted with Intl.
 */
import { useSyncExternalStore } from 'react';
import i18next from 'i18next';
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
void i18n.init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  // English is in hand, so initialisation is synchronous and the first render is translated.
  initAsync: false,
  partialBundledLanguages: true,
  interpolation: { escapeValue: false },
  returnNull: false,
});

const loading = new Map<Lang, Promise<void>>();

/** Loads a language's texts once; resolves at once for English or a language already loaded. */
export function loadLocale(lang: Lang): Promise<void> {
  if (lang === 'en' || i18n.hasResourceBundle(lang, 'translation')) return Promise.resolve();
  let p = loading.get(lang);
  if (!p) {
    p = LOADERS[lang]().then((m) => { i18n.addResourceBundle(lang, 'translation', m.default); textsArrived(); });
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

const fixedT = new Map<Lang, TFunction>();
// Bumped when a language's texts arrive: components shown in English meanwhile re-render (useT), and
// the new translators are new functions, so memo'd components and effects that take `t` redo their work.
let textsVersion = 0;
const textListeners = new Set<() => void>();
function textsArrived(): void {
  textsVersion++;
  fixedT.clear();
  textListeners.forEach((l) => l());
}
const onTexts = (l: () => void) => { textListeners.add(l); return () => { textListeners.delete(l); }; };

/** One translator per language, kept: a stable `t` lets memo'd components and effects skip work. */
export function tFor(lang: Lang): TFunction {
  let t = fixedT.get(lang);
  if (!t) fixedT.set(lang, (t = i18n.getFixedT(lang)));
  return t;
}

/**
 * A translator fixed to the store's language. Not react-i18next's useTranslation (no longer a
 * dependency): the language lives in the store, so its per-component subscription, memos and wrapper
 * copy of the i18n instance (made again on every mount) were pure cost on each click.
 */
export function useT(): TFunction {
  useSyncExternalStore(onTexts, () => textsVersion);
  return tFor(useAppState((s) => s.lang));
}

// Building an Intl.NumberFormat costs far more than formatting with one (locale data is looked up):
// panels format hundreds of numbers per selection, so formatters are kept per language and options.
const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(lang: Lang, n: number, options?: Intl.NumberFormatOptions): string {
  const key = options ? `${lang}|${JSON.stringify(options)}` : lang;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(INTL_LOCALE[lang], options)));
  return f.format(n);
}

export function formatTime(lang: Lang, d: Date): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(d);
}

export function formatDate(lang: Lang, d: Date): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: 'long' }).format(d);
}
