/**
 * What main.ts hands each systems-analysis command: its arguments, the parsed options, output, and the
 * loader and error kinds main already has (usage → exit 2, bad input → exit 1), so a command file never
 * imports main.ts back.
 */
import type { Lang } from '../../core/model/types.ts';
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import { graphKey } from '../../core/graph/keys.ts';
import { normaliseCode } from '../../core/io/normalise-code.ts';
import type { CliWords } from '../render.ts';
import type { MessageParams } from '../../core/model/message.ts';
import { minMax } from '../../core/model/min-max.ts';

export interface CommandContext {
  args: string[];
  opt: Readonly<Record<string, string | boolean | undefined>>;
  lang: Lang;
  /** every header, value and sentence of the text output, in the language of `--lang` */
  words: CliWords;
  json: boolean;
  out(s: string): void;
  load(file: string): Promise<{ file: string; graph: InterlinkageGraph; illustrative: boolean }>;
  usageError(message: string): Error;
  inputError(message: string): Error;
}

/** Generated links must never pass for real ones: the first line of text output (in the language), and a JSON flag. */
export function emit(ctx: CommandContext, illustrative: boolean, value: object, text: () => string[]): void {
  if (ctx.json) ctx.out(JSON.stringify(illustrative ? { ...value, illustrative: true } : value, null, 2));
  else ctx.out([...(illustrative ? [`${ctx.words.text('cli.illustrativeNotice')} — ${ctx.words.text('cli.systemGenerated')}`] : []), ...text()].join('\n'));
}

export function need(ctx: CommandContext, command: string, n: number): void {
  if (ctx.args.length < n) throw ctx.usageError(ctx.words.text('cli.usage.expectedArgs', { command, n }));
}

function stringOpt(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.opt[name];
  return typeof v === 'string' ? v : undefined;
}

export function intOpt(ctx: CommandContext, name: string, fallback: number, min: number): number {
  const raw = stringOpt(ctx, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw ctx.usageError(ctx.words.text('cli.usage.integer', { name, min, value: raw }));
  return n;
}

export function numberOpt(ctx: CommandContext, name: string, fallback: number | undefined, min: number, max: number): number | undefined {
  const raw = stringOpt(ctx, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw ctx.usageError(ctx.words.text('cli.usage.number', { name, min, max, value: raw }));
  return n;
}

export const textOpt = stringOpt;

/** A node argument as the graph keys it; unknown codes are bad input (exit 1). */
export function nodeCode(ctx: CommandContext, graph: InterlinkageGraph, file: string, raw: string | undefined, what: string): string {
  if (!raw) throw ctx.usageError(ctx.words.text('cli.usage.missing', { what }));
  const code = graphKey(normaliseCode(raw));
  if (!graph.hasNode(code)) throw ctx.inputError(ctx.words.text('cli.input.nodeNotFound', { file, code: raw }));
  return code;
}

export function nodeTitle(graph: InterlinkageGraph, code: string, lang: Lang): string {
  const t = graph.getNodeAttribute(code, 'title')?.[lang];
  return t && t !== code && t !== graph.getNodeAttribute(code, 'code') ? t : '';
}

export function columns(rows: string[][]): string[] {
  // minMax, not Math.max(...): a rank of every node of a big file is too many arguments for a spread.
  const widths = rows[0].map((_, j) => minMax(rows.map((r) => (r[j] ?? '').length))?.max ?? 0);
  return rows.map((r) => r.map((c, j) => (j === r.length - 1 ? c : c.padEnd(widths[j]))).join('  '));
}

/** A command's line of `sdg-graph --help`: its synopsis as typed (never translated) and the locale key of what it does. */
export type UsageRow = readonly [synopsis: string, key: string, params?: MessageParams];

/** Where the descriptions of `--help` start; a longer synopsis has its description on the next line. */
const USAGE_COLUMN = 36;

export function usageLines(words: CliWords, rows: readonly UsageRow[]): string[] {
  return rows.flatMap(([synopsis, key, params]) => {
    const head = `  ${synopsis}`, description = words.text(key, params);
    return head.length < USAGE_COLUMN ? [head.padEnd(USAGE_COLUMN) + description] : [head, ' '.repeat(USAGE_COLUMN) + description];
  });
}
