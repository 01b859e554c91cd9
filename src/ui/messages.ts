/**
 * Renders the typed messages of core and state (AppMessage: a code and its parameters) in the
 * interface language: `messages.<code>` in the locale files, numbers formatted for the language, and
 * the place of a read error (file, sheet, row, column) in that language's words. The import dialog,
 * the session menu and anything showing an AppMessage go through here — never through English text.
 */
import type { TFunction } from 'i18next';
import type { AppMessage } from '../core/model/message.ts';
import type { ReadError } from '../core/io/result.ts';
import type { DatasetEntry, Lang } from '../core/model/types.ts';
import { datasetName, realDataNoteOf } from '../state/labels.ts';
import { formatNumber } from './i18n.ts';

/** The language a translator is fixed to (getFixedT sets it). */
const langOf = (t: TFunction): Lang => ((t as unknown as { lng?: string }).lng as Lang | undefined) ?? 'en';

export function formatMessage(t: TFunction, msg: AppMessage): string {
  const lang = langOf(t);
  // `count` stays a number: i18next picks the plural form (`_one`, `_few`, …) from it.
  const params = Object.fromEntries(Object.entries(msg.params ?? {}).map(([k, v]) => [k, typeof v === 'number' && k !== 'count' ? formatNumber(lang, v) : v]));
  const text = t(`messages.${msg.code}`, params);
  return msg.cause ? `${text}: ${formatAny(t, msg.cause)}` : text;
}

const isReadError = (m: AppMessage): m is ReadError => 'file' in m && 'row' in m && 'column' in m;

/** A message of either kind: a read error with its place, or a plain message. */
export const formatAny = (t: TFunction, m: AppMessage): string => (isReadError(m) ? formatReadError(t, m) : formatMessage(t, m));

/** "broken-cell.xlsx, sheet "Matrix", row 3, column 2" in the interface language. */
function formatPlace(t: TFunction, e: Pick<ReadError, 'file' | 'row' | 'column' | 'sheet'>): string {
  return [
    e.file, e.sheet ? t('io.where.sheet', { name: e.sheet }) : null,
    e.row !== null ? t('io.where.row', { n: e.row }) : null, e.column !== null ? t('io.where.column', { n: e.column }) : null,
  ].filter(Boolean).join(', ');
}

export const formatReadError = (t: TFunction, e: ReadError): string => `${formatPlace(t, e)}: ${formatMessage(t, e)}`;

/** A dataset's name in the interface language: the bundled set's own translation, or an imported file's name with "(imported)" in the language. */
export function datasetTitle(t: TFunction, entry: Pick<DatasetEntry, 'name' | 'names' | 'importedName'>): string {
  return entry.importedName !== undefined ? t('datasets.imported', { name: entry.importedName }) : datasetName(entry, langOf(t));
}

/** Where an illustrative set's real data would come from, in the interface language. */
export const datasetNote = (t: TFunction, entry: Pick<DatasetEntry, 'realDataNote' | 'realDataNotes'>): string => realDataNoteOf(entry, langOf(t));
