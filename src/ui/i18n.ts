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
import ru from './locales/ru.json';
import kk from './locales/kk.json';

const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, ru: { translation: ru }, kk: { translation: kk } },
  lng: 'en',
  fallbackLng: 'en',
  // Resources are bundled, so initialisation is synchronous and the first render is translated.
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

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
