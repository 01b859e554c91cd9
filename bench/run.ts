/**
 * `npm run bench` (after `vite build`): browser figures for the built app plus the graph-core bench.
 * Writes bench/results/latest.json (an array of { name, value, unit, target, met }) and latest.md.
 * Timings are medians of several runs in one session; compare ratios, not absolute numbers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveBuiltApp } from '../tests/browser/helpers/browser.ts';
import { measureFirstRender } from './browser/first-render.ts';
import { runCoreBench, type BenchResult } from './core.ts';
// @ts-expect-error plain ESM script without types
import { initialJsGzipKB, INITIAL_JS_BUDGET_KB } from '../scripts/check-bundle-size.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const only = process.argv.includes('--browser-only') ? 'browser' : process.argv.includes('--core-only') ? 'core' : 'all';

type Row = Omit<BenchResult, 'target' | 'met'> & { target: number | null; met: boolean | null };

function result(name: string, value: number, unit: string, target?: number, lowerIsBetter = true): Row {
  return { name, value, unit, target: target ?? null, met: target === undefined ? null : lowerIsBetter ? value <= target : value >= target };
}

const results: Row[] = [];
const notes: string[] = [];

const initial = initialJsGzipKB(`${root}dist`) as { kb: number; files: string[] };
results.push(result('initialJs.gzKB', initial.kb, 'KB', INITIAL_JS_BUDGET_KB));

if (only !== 'core') {
  const app = await serveBuiltApp();
  const browser = await launchChromium();
  try {
    const fr = await measureFirstRender(browser, app.url);
    results.push(result('kz.firstRender.ms', fr.median, 'ms', 1500));
    notes.push(`kz.firstRender runs (ms): ${fr.runs.join(', ')}; marks of the last run: ${JSON.stringify(fr.marks)}`);
  } finally {
    await browser.close();
    await app.close();
  }
}

if (only !== 'browser') {
  for (const r of await runCoreBench({ log: (s) => console.log(s) })) {
    results.push({ ...r, target: r.target ?? null, met: r.met ?? null });
  }
}

mkdirSync(`${root}bench/results`, { recursive: true });
writeFileSync(`${root}bench/results/latest.json`, JSON.stringify(results, null, 2) + '\n');
const rows = results.map((r) => `| ${r.name} | ${Number.isFinite(r.value) ? +r.value.toFixed(2) : '—'} | ${r.unit} | ${r.target ?? ''} | ${r.met === null ? '' : r.met ? 'yes' : '**no**'} |`);
const md = [
  '# Benchmark results',
  '',
  `${new Date().toISOString()} · Node ${process.version} · headless Debian Chromium (software rendering) · 2-core machine.`,
  'Medians of several runs in one session. Machines are noisy: read ratios, not absolutes.',
  '',
  '| name | value | unit | target | met |',
  '|---|---:|---|---:|---|',
  ...rows,
  '',
  ...notes.map((n) => `- ${n}`),
  '',
].join('\n');
writeFileSync(`${root}bench/results/latest.md`, md);
console.log(md);
const missed = results.filter((r) => r.met === false);
if (missed.length) console.log(`targets missed: ${missed.map((r) => `${r.name} (${r.value} vs ${r.target})`).join('; ')}`);
