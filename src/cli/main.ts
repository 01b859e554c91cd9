/**
 * sdg-graph: the graph core from a terminal, on every format the app imports (CSV/XLSX edge lists and
 * matrices, GraphML, GEXF, Cytoscape JSON, the app's dataset JSON).
 * Exit codes: 0 ok, 1 bad input (unreadable file, empty network, unknown code) or an internal error,
 * 2 usage error. No stack trace reaches the user: anything unexpected is reported as `internalError`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LANGS, type Catalogue, type Lang } from '../core/model/types.ts';
import type { InterlinkageGraph } from '../core/graph/types.ts';
import { parseCatalogue } from '../core/io/bundled.ts';
import { readGraphFileFromPath } from '../core/io/node-read-graph-file.ts';
import type { ImportedNetwork, ReadWarning } from '../core/io/result.ts';
import { cliWords, renderMessage, type CliWords } from './render.ts';
import { minMax } from '../core/model/min-max.ts';
import { FORMATS } from '../core/io/formats/index.ts';
import { graphFromImport } from '../core/io/import-graph.ts';
import { CLI_RANK_METRICS, computeAllMetrics, sortByMetric, type MetricName } from '../core/metrics/index.ts';
import { metricShortLabelKey } from '../core/metrics/registry.ts';
import { classifyNodes } from '../core/analysis/classify.ts';
import { egoNetwork } from '../core/analysis/ego.ts';
import { allShortestPaths, formatChain, kShortestPaths } from '../core/analysis/paths.ts';
import { greedyPortfolio } from '../core/analysis/portfolio.ts';
import { diffGraphs } from '../core/analysis/diff.ts';
import { markedJson, markedText } from './mark.ts';
import { SYSTEM_USAGE, loopsCommand, micmacCommand, propagateCommand, robustnessCommand } from './commands/index.ts';
import { comoveCommand } from './commands/comove.ts';
import { evidenceCommand } from './commands/evidence.ts';
import type { EvidenceCommandContext } from './commands/evidence-context.ts';
import { columns, intOpt, need as needArgs, nodeCode, nodeTitle, usageLines } from './commands/context.ts';

/** What `rank --by` offers: every metric whose descriptor says `cliRank` (core/metrics/registry.ts). */
const RANK_BY: readonly string[] = CLI_RANK_METRICS;

/** `sdg-graph --help`, also printed after a usage error: names, options and lists as typed, the descriptions in the language. */
function usage(words: CliWords): string {
  const t = words.text;
  return [
    t('cli.help.usage', { program: 'sdg-graph' }), '', t('cli.help.commands'),
    ...usageLines(words, [
      ['info FILE', 'cli.help.info'],
      ['rank FILE [--by METRIC] [--top N]', 'cli.help.rank', { metrics: RANK_BY.join('|') }],
      ['ego FILE CODE [--depth N] [--direction out|in|both]', 'cli.help.ego'],
      ['path FILE A B [--k N] [--max-length L]', 'cli.help.path'],
      ['portfolio FILE --k N [--depth D]', 'cli.help.portfolio'],
      ['diff FILE1 FILE2', 'cli.help.diff'],
      ...SYSTEM_USAGE,
      ['comove [--min-years 8] [--threshold 0.6] [--q 0.05]', 'cli.help.comove'],
      ['evidence FILE', 'cli.help.evidence'],
    ]),
    '', t('cli.help.file'), ...FORMATS.map((f) => `  ${f.name} (.${f.extensions.join(', .')})`),
    `${t('cli.help.options')} --json (${t('cli.help.json')}), --lang en|ru|kk (${t('cli.help.lang')}), --help`,
    t('cli.help.exitCodes'),
  ].join('\n');
}

const isLang = (v: string): v is Lang => (LANGS as readonly string[]).includes(v);

const OPTIONS = {
  json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, by: { type: 'string' }, top: { type: 'string' },
  depth: { type: 'string' }, direction: { type: 'string' }, k: { type: 'string' }, 'max-length': { type: 'string' },
  lang: { type: 'string' },
  through: { type: 'string' }, limit: { type: 'string' }, metric: { type: 'string' }, runs: { type: 'string' }, drop: { type: 'string' }, jitter: { type: 'string' }, seed: { type: 'string' }, alpha: { type: 'string' },
  'min-years': { type: 'string' }, threshold: { type: 'string' }, q: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** `--lang X` or `--lang=X` as typed (the last one, as parseArgs takes it), for a command line parseArgs refused. */
function langInArgv(argv: string[]): Lang {
  let lang: Lang = 'en';
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice('--lang='.length) : undefined;
    if (value !== undefined && isLang(value)) lang = value;
  }
  return lang;
}

/**
 * parseArgs' refusal in the user's words, from its error code and the option its message quotes
 * ("Unknown option '--foo'…", "Option '--depth <value>' argument missing", "Option '-h, --help' does
 * not take an argument"); any other error keeps Node's own (English) message.
 */
function parseErrorText(e: unknown, words: CliWords): string {
  const { code, message } = e instanceof Error ? (e as Error & { code?: unknown }) : { code: undefined, message: String(e) };
  const quoted = /'([^']+)'/.exec(message)?.[1];
  const name = quoted === undefined ? undefined : /--([\w-]+)/.exec(quoted)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted !== undefined) return words.text('cli.usage.unknownOption', { option: quoted });
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && quoted !== undefined) return words.text('cli.usage.unexpectedArgument', { value: quoted });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && name !== undefined && Object.hasOwn(OPTIONS, name)) {
    // a boolean given a value (--json=1), or a string option with none (at the end, or before another option or "-1")
    return words.text(OPTIONS[name as keyof typeof OPTIONS].type === 'boolean' ? 'cli.usage.noValue' : 'cli.usage.valueMissing', { name });
  }
  return message;
}

class UsageError extends Error {}
class InputError extends Error {}

interface Loaded {
  file: string;
  network: ImportedNetwork;
  graph: InterlinkageGraph;
  warnings: ReadWarning[];
}

function loadCatalogue(): Catalogue | undefined {
  const path = fileURLToPath(new URL('../../data/catalogue.json', import.meta.url));
  if (!existsSync(path)) return undefined;
  return parseCatalogue(JSON.parse(readFileSync(path, 'utf8')), path);
}

function isIllustrative(network: ImportedNetwork): boolean {
  return network.dataset?.illustrative === true || network.illustrative === true || network.links.some((l) => l.evidence === 'illustrative');
}

async function load(file: string, catalogue: Catalogue | undefined, warn: (s: string) => void, words: CliWords): Promise<Loaded> {
  const result = await readGraphFileFromPath(file);
  if (!result.ok) throw new InputError(words.readError(result.error));
  // Generated links must never pass for real ones, in any output (stdout too: mark.ts).
  if (isIllustrative(result.network)) warn(`${file}: ${words.text('cli.illustrativeNotice')}`);
  const graph = graphFromImport(result.network, catalogue).graph;
  // A header-only file reads fine but leaves nothing to rank, path or compare: say so for every command.
  if (graph.order === 0) throw new InputError(`${file}: ${words.message({ code: 'networkEmpty' })}`);
  return { file, network: result.network, graph, warnings: result.warnings };
}

// Tables as the systems commands lay them out (commands/context.ts columns), one string.
const table = (rows: string[][]): string => columns(rows).join('\n');

/** An unexpected failure as one line of English, never a stack trace. */
function internalErrorText(e: unknown): string {
  const reason = (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 200);
  return renderMessage({ code: 'internalError', params: { reason } });
}

export async function run(argv: string[], out: (s: string) => void = console.log, errOut: (s: string) => void = console.error): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (e) {
    const words = cliWords(langInArgv(argv));
    errOut(`sdg-graph: ${parseErrorText(e, words)}\n\n${usage(words)}`);
    return 2;
  }
  const { values: opt, positionals } = parsed;
  // A language it does not have is a usage error, told (with the usage) in English.
  const lang = (opt.lang ?? 'en') as Lang;
  const words = cliWords(isLang(lang) ? lang : 'en');
  if (opt.help) { out(usage(words)); return 0; }
  const [command, ...args] = positionals;
  try {
    if (!isLang(lang)) throw new UsageError(words.text('cli.usage.oneOf', { name: 'lang', values: LANGS.join(', ') }));
    // Set when a file read has generated links: everything printed then carries the mark (info has its own row).
    let marked = false;
    const markAndWarn = (s: string) => { marked = true; errOut(s); };
    const print = (value: unknown, text: () => string) => out(opt.json
      ? JSON.stringify(marked ? markedJson(value) : value, null, 2)
      : marked && command !== 'info' ? markedText(text(), words.text('cli.illustrativeNotice')) : text());
    if (!command) throw new UsageError(words.text('cli.usage.missingCommand'));
    const catalogue = loadCatalogue();
    const system = { args, opt, lang, words, json: opt.json === true, out, load: async (f: string) => { const l = await load(f, catalogue, errOut, words); return { ...l, illustrative: isIllustrative(l.network) }; }, usageError: (m: string) => new UsageError(m), inputError: (m: string) => new InputError(m) };
    const need = (n: number) => needArgs(system, command, n);
    const ctx: EvidenceCommandContext = {
      args, opt, catalogue, words, print, table, load: (file) => load(file, catalogue, errOut, words),
      usage: (m) => new UsageError(m), input: (m) => new InputError(m),
    };
    switch (command) {
      case 'loops': return await loopsCommand(system);
      case 'micmac': return await micmacCommand(system);
      case 'robustness': return await robustnessCommand(system);
      case 'propagate': return await propagateCommand(system);
      case 'info': {
        need(1);
        const l = await load(args[0], catalogue, markAndWarn, words);
        const scores = l.graph.mapEdges((_e, a) => a.score);
        const range = minMax(scores);
        const unknown = l.graph.filterNodes((_c, a) => a.unknown === true);
        const info = {
          file: l.file, format: l.network.format, name: l.graph.getAttribute('name'), illustrative: isIllustrative(l.network),
          nodes: l.graph.order, edges: l.graph.size,
          directed: !l.network.undirected, scoreMin: range?.min ?? null, scoreMax: range?.max ?? null,
          negativeLinks: scores.filter((s) => s < 0).length, unknownCodes: unknown, warnings: l.warnings.map(words.readError),
        };
        // The rows and values the app's import preview shows (ui/io/ImportButton.tsx), in its words
        // ("Links are" is the CLI's own: in Russian and Kazakh the app's label is the word "links" again).
        const t = words.text;
        const orientation = l.network.details?.orientation ?? { code: info.directed ? 'orientationSourceToTarget' : 'orientationUndirected' };
        print(info, () => table([
          [t('evidence.imported.file'), l.file], [t('io.preview.format'), t(`io.format.${info.format}`)],
          ...(l.network.details?.sheet ? [[t('io.preview.sheet'), l.network.details.sheet]] : []),
          ...(info.illustrative ? [[t('cli.info.linksAre'), t('badge.exportMark')]] : []),
          [t('io.preview.nodes'), words.num(info.nodes)], [t('io.preview.links'), words.num(info.edges)],
          [t('io.preview.direction'), words.message(orientation)],
          [t('io.preview.scores'), range ? `${words.num(range.min)} … ${words.num(range.max)} (${t('io.preview.negative', { n: info.negativeLinks })})` : '—'],
          [t('io.preview.unknown'), unknown.length ? `${words.num(unknown.length)}: ${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ', …' : ''}` : t('cli.info.none')],
          ...l.warnings.map((w) => [t('cli.info.warning'), words.readError(w)]),
        ]));
        return 0;
      }
      case 'rank': {
        need(1);
        const by = (opt.by ?? 'out') as MetricName;
        if (!RANK_BY.includes(by)) throw new UsageError(words.text('cli.usage.oneOf', { name: 'by', values: RANK_BY.join(', ') }));
        const top = intOpt(system, 'top', 20, 1);
        const l = await load(args[0], catalogue, markAndWarn, words);
        const classes = classifyNodes(l.graph);
        const rows = sortByMetric(computeAllMetrics(l.graph, { betweenness: by === 'betweenness' ? true : 'auto' }), by).slice(0, top);
        const cols: MetricName[] = [by, ...(['out', 'in'] as MetricName[]).filter((m) => m !== by)];
        const records = rows.map((r) => ({
          rank: r.rank[by], code: r.code, ...Object.fromEntries(cols.map((m) => [m, r[m]])), class: classes[r.code], title: nodeTitle(l.graph, r.code, lang),
        })) as ({ rank: number; code: string; class: string; title: string } & Record<string, number>)[];
        // Headers and class names as the app's Rankings tab and details panel say them.
        print(records, () => table([[words.text('cli.rank.rank'), words.text('rankings.code'), ...cols.map((m) => words.text(metricShortLabelKey(m))), words.text('details.class'), words.text('table.title')],
          ...records.map((r) => [words.num(r.rank), r.code, ...cols.map((m) => words.num(r[m])), words.text(`classes.${r.class}`), r.title])]));
        return 0;
      }
      case 'ego': {
        need(2);
        const l = await load(args[0], catalogue, markAndWarn, words);
        const code = nodeCode(system, l.graph, l.file, args[1], 'CODE');
        const depth = intOpt(system, 'depth', 1, 1);
        const direction = (opt.direction ?? 'both') as 'out' | 'in' | 'both';
        if (!['out', 'in', 'both'].includes(direction)) throw new UsageError(words.text('cli.usage.oneOf', { name: 'direction', values: words.or(['out', 'in', 'both']) }));
        const ego = egoNetwork(l.graph, code, { depth, direction });
        print({ center: code, depth, direction, ...ego }, () =>
          `${words.text('cli.ego.summary', { steps: words.text('cli.steps', { count: depth }), code, direction: words.text(`cli.direction.${direction}`), nodes: ego.nodes.length, links: ego.links.length })}\n` +
          table([[words.text('cli.ego.steps'), words.text('table.code'), words.text('table.title')], ...ego.nodes.map((c) => [words.num(ego.distance[c]), c, nodeTitle(l.graph, c, lang)])]));
        return 0;
      }
      case 'path': {
        need(3);
        const l = await load(args[0], catalogue, markAndWarn, words);
        const a = nodeCode(system, l.graph, l.file, args[1], 'A');
        const b = nodeCode(system, l.graph, l.file, args[2], 'B');
        const k = intOpt(system, 'k', 5, 1);
        const maxLength = intOpt(system, 'max-length', 4, 1);
        const shortest = allShortestPaths(l.graph, a, b);
        const kPaths = kShortestPaths(l.graph, a, b, k, maxLength);
        print({ from: a, to: b, distance: shortest.distance, shortest: shortest.paths, truncated: shortest.truncated, kShortest: kPaths }, () => {
          if (shortest.distance === null) return words.text('paths.none', { from: a, to: b });
          const chains = `${words.num(shortest.paths.length)}${shortest.truncated ? '+' : ''}`;
          const lines = [words.text('cli.path.summary', { from: a, to: b, steps: words.text('cli.steps', { count: shortest.distance }), chains })];
          for (const p of shortest.paths) lines.push(`  ${formatChain(p.codes, l.graph, lang)}  [${words.text('cli.path.scores', { list: p.scores.map((x) => words.num(x)).join('; ') })}]`);
          lines.push(`${words.text('cli.path.kShortest', { max: maxLength, count: kPaths.length })}`);
          for (const p of kPaths) lines.push(`  ${words.num(p.length)}: ${p.chain}`);
          return lines.join('\n');
        });
        return 0;
      }
      case 'portfolio': {
        need(1);
        if (opt.k === undefined) throw new UsageError(words.text('cli.usage.kRequired'));
        const k = intOpt(system, 'k', 5, 1);
        const depth = intOpt(system, 'depth', 2, 1);
        const l = await load(args[0], catalogue, markAndWarn, words);
        const p = greedyPortfolio(l.graph, { k, depth });
        print({ k, depth, nodes: p.nodes, picks: p.picks, coverageCurve: p.coverageCurve }, () =>
          `${words.text('cli.portfolio.summary', { steps: words.text('cli.steps', { count: depth }), nodes: p.nodes })}\n` +
          table([['#', words.text('table.code'), words.text('portfolio.gain'), words.text('portfolio.covered'), words.text('table.title')],
            ...p.picks.map((x, i) => [words.num(i + 1), x.code, words.num(x.gain), `${words.num(x.coverage)} (${words.num((100 * x.coverage) / p.nodes, 3)} %)`, nodeTitle(l.graph, x.code, lang)])]));
        return 0;
      }
      case 'diff': {
        need(2);
        const a = await load(args[0], catalogue, markAndWarn, words);
        const b = await load(args[1], catalogue, markAndWarn, words);
        const d = diffGraphs(a.graph, b.graph);
        print(d, () => {
          const n = words.num;
          const lines = [words.text('cli.diff.summary', { added: d.added.length, removed: d.removed.length, changed: d.changed.length, nodesAdded: d.nodesAdded.length, nodesRemoved: d.nodesRemoved.length })];
          for (const x of d.added) lines.push(`  + ${x.source} → ${x.target} (${n(x.score)})`);
          for (const x of d.removed) lines.push(`  - ${x.source} → ${x.target} (${n(x.score)})`);
          for (const x of d.changed) lines.push(`  ~ ${x.source} → ${x.target} (${n(x.before)} → ${n(x.after)})`);
          const deg = Object.entries(d.degree);
          if (deg.length) lines.push(words.text('cli.diff.degree'), ...deg.map(([c, x]) => `  ${c}: ${words.text('cli.diff.degreeLine', { ...x })}`));
          return lines.join('\n');
        });
        return 0;
      }
      case 'comove': return comoveCommand(ctx);
      case 'evidence': return await evidenceCommand(ctx);
      default:
        throw new UsageError(words.text('cli.usage.unknownCommand', { command }));
    }
  } catch (e) {
    if (e instanceof UsageError) { errOut(`sdg-graph: ${e.message}\n\n${usage(words)}`); return 2; }
    if (e instanceof InputError) { errOut(`sdg-graph: ${e.message}`); return 1; }
    errOut(`sdg-graph: ${internalErrorText(e)}`);
    return 1;
  }
}

const isMain = process.argv[1] !== undefined && /(?:sdg-graph(?:\.mjs)?|main\.ts)$/.test(process.argv[1]);
if (isMain) {
  // `sdg-graph rank … | head`: the reader left, so stop quietly instead of a stack trace for EPIPE.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); else throw e; });
  // run() reports its own failures; this also catches what escapes it (a rejected import, a bug).
  process.exitCode = await run(process.argv.slice(2)).catch((e: unknown) => { console.error(`sdg-graph: ${internalErrorText(e)}`); return 1; });
}
