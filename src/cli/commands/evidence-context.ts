/**
 * What a command in this folder gets from main.ts: its arguments and options, the catalogue, and the
 * shared ways to print, load a file and refuse bad usage (so exit codes stay main.ts's).
 */
import type { Catalogue } from '../../core/model/types.ts';
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import type { CliWords } from '../render.ts';

export interface EvidenceCommandContext {
  args: string[];
  opt: Record<string, string | boolean | undefined>;
  catalogue: Catalogue | undefined;
  /** every header, value and sentence of the text output, in the language of `--lang` */
  words: CliWords;
  /** prints value as JSON with --json, else the text */
  print: (value: unknown, text: () => string) => void;
  load: (file: string) => Promise<{ file: string; graph: InterlinkageGraph }>;
  usage: (message: string) => Error;
  input: (message: string) => Error;
  table: (rows: string[][]) => string;
}

/** `expected` is a locale key with its parameters: "an integer ≥ {{min}}". */
export function numberOption(ctx: EvidenceCommandContext, name: string, fallback: number, ok: (n: number) => boolean, expected: [string, Record<string, string | number>]): number {
  const raw = ctx.opt[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (typeof raw !== 'string' || !Number.isFinite(n) || !ok(n)) throw ctx.usage(ctx.words.text('cli.usage.mustBe', { name, expected: ctx.words.text(...expected), value: String(raw) }));
  return n;
}

/**
 * The co-movement layer is never to be read as causal or as ERI's: every output says so. This English
 * notice goes into JSON whatever `--lang` says; text says `cli.comove.notice` (the same words in English).
 */
export const COMOVE_NOTICE = "co-movement in national data — not causal, not ERI's";
