/**
 * The CLI's words: the same message codes the app shows, rendered through the locale files (read as
 * data, so the CLI and the app cannot drift apart) in the language of `--lang`, with `{{param}}`
 * interpolation, i18next's plural suffixes (`_one`, `_few`, …) chosen by Intl.PluralRules, and
 * numbers grouped as the language groups them ("20,000", "20 000").
 */
import { readFileSync } from 'node:fs';
import type { AppMessage, MessageParams } from '../core/model/message.ts';
import type { ReadError } from '../core/io/result.ts';
import type { Lang } from '../core/model/types.ts';

type Tree = { [key: string]: string | Tree };
const readLocale = (lang: Lang) => JSON.parse(readFileSync(new URL(`../ui/locales/${lang}.json`, import.meta.url), 'utf8')) as Tree;
const LOCALES = new Map<Lang, Tree>();
const localeOf = (lang: Lang): Tree => LOCALES.get(lang) ?? LOCALES.set(lang, readLocale(lang)).get(lang)!;

/** BCP 47 tags, as the app uses them (ui/i18n.ts). */
const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' };

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' && Object.hasOwn(node, part) ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** The CLI's translator for one language; English fills any key the language lacks. */
export interface CliWords {
  lang: Lang;
  /** a locale text with its parameters filled in; the key itself when no language has it */
  text(key: string, params?: MessageParams): string;
  /** a message code with its cause */
  message(msg: AppMessage): string;
  /** "file, sheet "x", row 3, column 2: cell "strong" is not a number" */
  readError(e: ReadError): string;
  /** a table value: integers grouped ("1 535"), others to `digits` significant digits ("0,5000"); NaN is "—" */
  num(v: number, digits?: number): string;
  /** a statistic as the core rounded it (six significant digits at most), "—" when not computed */
  stat(v: number | null | undefined): string;
  /** "a, b or c" */
  or(values: readonly string[]): string;
}

export function cliWords(lang: Lang = 'en'): CliWords {
  const plural = new Intl.PluralRules(INTL_LOCALE[lang]);
  const show = (v: string | number) => (typeof v === 'number' ? v.toLocaleString(INTL_LOCALE[lang]) : v);
  const find = (tree: Tree, key: string, count: unknown) =>
    (typeof count === 'number' ? lookup(tree, `${key}_${plural.select(count)}`) ?? lookup(tree, `${key}_other`) : undefined) ?? lookup(tree, key);
  const text = (key: string, params: MessageParams = {}) => {
    const raw = find(localeOf(lang), key, params.count) ?? find(localeOf('en'), key, params.count) ?? key;
    return raw.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (params[name] !== undefined ? show(params[name]) : m));
  };
  const isReadError = (m: AppMessage): m is ReadError => 'file' in m && 'row' in m && 'column' in m;
  const message = (msg: AppMessage): string => {
    const own = text(`messages.${msg.code}`, msg.params);
    return msg.cause ? `${own}: ${isReadError(msg.cause) ? readError(msg.cause) : message(msg.cause)}` : own;
  };
  const readError = (e: ReadError): string => {
    const where = [
      e.file, e.sheet ? text('io.where.sheet', { name: e.sheet }) : null,
      e.row !== null ? text('io.where.row', { n: e.row }) : null, e.column !== null ? text('io.where.column', { n: e.column }) : null,
    ].filter(Boolean).join(', ');
    return `${where}: ${message(e)}`;
  };
  const grouped = new Intl.NumberFormat(INTL_LOCALE[lang]);
  const significant = new Map<number, Intl.NumberFormat>();
  const precise = (digits: number) => significant.get(digits)
    ?? significant.set(digits, new Intl.NumberFormat(INTL_LOCALE[lang], { minimumSignificantDigits: digits, maximumSignificantDigits: digits })).get(digits)!;
  const upToSix = new Intl.NumberFormat(INTL_LOCALE[lang], { maximumSignificantDigits: 6 });
  const num = (v: number, digits = 4) => (Number.isNaN(v) ? '—' : Number.isInteger(v) ? grouped.format(v) : precise(digits).format(v));
  const stat = (v: number | null | undefined) => (v === null || v === undefined || Number.isNaN(v) ? '—' : Number.isInteger(v) ? grouped.format(v) : upToSix.format(v));
  const or = (values: readonly string[]) =>
    values.length < 2 ? values.join('') : text('cli.usage.orList', { list: values.slice(0, -1).join(', '), last: values[values.length - 1] });
  return { lang, text, message, readError, num, stat, or };
}

const ENGLISH = cliWords('en');
/** A message code in English, with its cause (for callers that have no language). */
export const renderMessage = (msg: AppMessage): string => ENGLISH.message(msg);
/** A read error with its place, in English.
 * @internal also used by its unit test */
export const formatReadError = (e: ReadError): string => ENGLISH.readError(e);
