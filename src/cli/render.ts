/**
 * The CLI's words: the same message codes the app shows, rendered through the English locale file
 * (read as data, so the CLI and the app cannot drift apart), with `{{param}}` interpolation and
 * numbers grouped as in English ("20,000").
 */
import { readFileSync } from 'node:fs';
import type { AppMessage, MessageParams } from '../core/model/message.ts';
import type { ReadError } from '../core/io/result.ts';

type Tree = { [key: string]: string | Tree };
const EN = JSON.parse(readFileSync(new URL('../ui/locales/en.json', import.meta.url), 'utf8')) as Tree;

function lookup(key: string): string | undefined {
  let node: string | Tree | undefined = EN;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const show = (v: string | number) => (typeof v === 'number' ? v.toLocaleString('en') : v);

/** An English locale text with its `{{param}}`s filled in; the key itself when the text is missing. */
function englishText(key: string, params: MessageParams = {}): string {
  const text = lookup(key) ?? key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (params[name] !== undefined ? show(params[name]) : m));
}

/** A message code in English, with its cause. */
export function renderMessage(msg: AppMessage): string {
  const text = englishText(`messages.${msg.code}`, msg.params);
  if (!msg.cause) return text;
  const c = msg.cause;
  return `${text}: ${'file' in c && 'row' in c ? formatReadError(c as ReadError) : renderMessage(c)}`;
}

/** "file, sheet "x", row 3, column 2: cell "strong" is not a number" — as the CLI has always printed it. */
export function formatReadError(e: ReadError): string {
  const where = [
    e.file, e.sheet ? englishText('io.where.sheet', { name: e.sheet }) : null,
    e.row !== null ? englishText('io.where.row', { n: e.row }) : null, e.column !== null ? englishText('io.where.column', { n: e.column }) : null,
  ].filter(Boolean).join(', ');
  return `${where}: ${renderMessage(e)}`;
}
