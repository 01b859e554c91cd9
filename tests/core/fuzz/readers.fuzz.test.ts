/**
 * Issue 16 fuzzing: every reader (CSV edge list, CSV matrix, XLSX, GraphML, GEXF, Cytoscape JSON,
 * dataset JSON, session JSON) on generated networks whose codes are prototype names, look-alikes,
 * invisible or control characters and random text, then mutated character by character. Seeded and
 * small, so the whole file stays well under a minute. Invariants: no exception escapes, every link
 * endpoint is a node, every score is finite, nodes are unique and free of invisible characters, the result builds into a graph, and
 * Object.prototype is never changed. Run counts are in RUNS (10,650 inputs in all).
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readGraphBytes, readGraphFile } from '../../../src/core/io/read-graph-file.ts';
import type { ImportedNetwork, ReadResult } from '../../../src/core/io/result.ts';
import { parseSession } from '../../../src/core/io/session.ts';
import { graphFromImport } from '../../../src/core/io/import-graph.ts';

const PROTO_BEFORE = Object.getOwnPropertyNames(Object.prototype).sort().join();
const SEED = 16;
const RUNS = { csvEdges: 1500, csvMatrix: 1500, graphml: 1400, gexf: 1400, cyjs: 1400, dataset: 1400, session: 1400, xlsx: 250 };
const tried: Record<string, number> = {};

const CODES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '1.1.1', '16.6.1', '16-6-1', 'SDG 4.1.1',
  '1.1.1\u200B', '\u202E1.1.1', '１.１.１', 'Dаta', 'Data', '1.1.1\u0007', '1.1.1\u0000', 'a\r\nb', '"q"', '<x>', '&amp;', ''];
const code = fc.oneof(fc.constantFrom(...CODES), fc.string({ maxLength: 6 }), fc.stringMatching(/^\d{1,2}\.\d{1,2}\.\d$/));
const score = fc.oneof(fc.integer({ min: -3, max: 3 }).map(String), fc.double().map(String), fc.constantFrom('1e309', '-1e309', 'NaN', '', 'x', '1,5', '−2', '0'));
const links = fc.array(fc.tuple(code, code, score), { maxLength: 6 });

/** Random edits: characters replaced, inserted or deleted. */
const mutate = (s: string, edits: [number, number, string][]) => {
  for (const [pos, op, ch] of edits) {
    const i = s.length ? pos % s.length : 0;
    s = op === 0 ? s.slice(0, i) + ch + s.slice(i + 1) : op === 1 ? s.slice(0, i) + ch + s.slice(i) : s.slice(0, i) + s.slice(i + 2);
  }
  return s;
};
const edits = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 2 }), fc.constantFrom(',', ';', '"', '<', '>', '{', '}', '\n', '\r', '\u0000', '\u200B', '.', '1', 'e', ':', '[')), { maxLength: 4 });

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Zero-width, bidi and C0 control characters: none may survive in a code (look-alike nodes). */
const invisible = (c: string) => [...c].some((ch) => { const n = ch.codePointAt(0)!; return n < 0x20 || (n >= 0x200b && n <= 0x200f) || (n >= 0x202a && n <= 0x202e); });

function invariants(network: ImportedNetwork) {
  const nodes = new Set(network.nodes);
  expect(network.nodes.filter(invisible)).toEqual([]);
  expect(nodes.size).toBe(network.nodes.length);
  for (const l of network.links) {
    expect(nodes.has(l.source) && nodes.has(l.target)).toBe(true);
    expect(Number.isFinite(l.score)).toBe(true);
  }
  graphFromImport(network);
}

function check(r: ReadResult) {
  if (r.ok) invariants(r.network);
  else expect(typeof r.error.code).toBe('string');
  expect(({} as Record<string, unknown>).title).toBeUndefined();
}

function textCase(name: string, file: string, runs: number, render: (ls: [string, string, string][]) => string) {
  it(`${name}: ${runs} generated and mutated inputs`, () => {
    fc.assert(fc.property(links, edits, (ls, ed) => {
      tried[name] = (tried[name] ?? 0) + 1;
      check(readGraphFile(file, mutate(render(ls), ed)));
    }), { seed: SEED, numRuns: runs });
  });
}

const num = (s: string) => (Number.isFinite(Number(s)) ? Number(s) : s);

describe('fuzzing every reader', { timeout: 60_000 }, () => {
  textCase('csv-edge-list', 'e.csv', RUNS.csvEdges, (ls) => `source,target,score\n${ls.map(([a, b, s]) => `${csvCell(a)},${csvCell(b)},${s}`).join('\n')}`);
  textCase('csv-matrix', 'm.csv', RUNS.csvMatrix, (ls) => {
    const cs = [...new Set(ls.flatMap(([a, b]) => [a, b]))];
    return [`,${cs.map(csvCell).join(',')}`, ...cs.map((c, i) => `${csvCell(c)},${cs.map((_, j) => ls[(i + j) % Math.max(ls.length, 1)]?.[2] ?? '').join(',')}`)].join('\r\n');
  });
  textCase('graphml', 'g.graphml', RUNS.graphml, (ls) => `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="w" for="edge" attr.name="weight" attr.type="string"/><graph edgedefault="directed">${[...new Set(ls.flatMap(([a, b]) => [a, b]))].map((c) => `<node id="${xml(c)}"/>`).join('')}${ls.map(([a, b, s]) => `<edge source="${xml(a)}" target="${xml(b)}"><data key="w">${xml(s)}</data></edge>`).join('')}</graph></graphml>`);
  textCase('gexf', 'g.gexf', RUNS.gexf, (ls) => `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes>${[...new Set(ls.flatMap(([a, b]) => [a, b]))].map((c) => `<node id="${xml(c)}" label="${xml(c)}"/>`).join('')}</nodes><edges>${ls.map(([a, b, s], i) => `<edge id="${i}" source="${xml(a)}" target="${xml(b)}" weight="${xml(s)}"/>`).join('')}</edges></graph></gexf>`);
  textCase('cytoscape-json', 'g.cyjs', RUNS.cyjs, (ls) => JSON.stringify({ elements: { nodes: [...new Set(ls.flatMap(([a, b]) => [a, b]))].map((id) => ({ data: { id, name: id } })), edges: ls.map(([source, target, s]) => ({ data: { source, target, weight: num(s) } })) } }));
  textCase('dataset-json', 'd.json', RUNS.dataset, (ls) => JSON.stringify({ id: 'x', level: 'indicator', illustrative: true, links: ls.map(([source, target, s]) => ({ source, target, score: num(s) })), nodes: ls.map(([c]) => ({ code: c, title: { en: c }, x: 1, y: 2 })) }).replace('"score":"1e309"', '"score":1e309'));

  it(`session-json: ${RUNS.session} generated and mutated inputs`, () => {
    fc.assert(fc.property(links, edits, fc.constantFrom('import:a', '__proto__', 'kz-illustrative-indicator-links', 'import:'), (ls, ed, id) => {
      tried['session-json'] = (tried['session-json'] ?? 0) + 1;
      const network = { format: 'csv-edge-list', name: 'a', level: 'unknown', undirected: false, nodes: ls.map(([a]) => a), links: ls.map(([source, target, s]) => ({ source, target, score: num(s), evidence: 'imported' })), nodeInfo: { [ls[0]?.[0] ?? 'a']: { title: { en: 't' }, x: 'bad' } } };
      const text = mutate(JSON.stringify({ kind: 'sdg-session', version: 1, datasetId: id, lang: 'en', view: {}, imported: [{ id, name: 'a', network }], scenes: [] }), ed);
      const r = parseSession(text, 's.json');
      if (r.ok) for (const i of r.session.imported) { expect(i.id.startsWith('import:')).toBe(true); invariants(i.network); }
      expect(({} as Record<string, unknown>).title).toBeUndefined();
    }), { seed: SEED, numRuns: RUNS.session });
  });

  it(`xlsx: ${RUNS.xlsx} mutated workbooks`, async () => {
    const base = new Uint8Array(readFileSync(new URL('../../fixtures/edges.xlsx', import.meta.url)));
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }), async (flips) => {
      tried.xlsx = (tried.xlsx ?? 0) + 1;
      const bytes = base.slice();
      // Flips late in the file hit the central directory and the sheets, not only the first header.
      for (const [pos, b] of flips) bytes[pos % bytes.length] = b;
      check(await readGraphBytes('w.xlsx', bytes));
    }), { seed: SEED, numRuns: RUNS.xlsx });
  });

  afterAll(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(PROTO_BEFORE);
    const total = Object.values(tried).reduce((a, b) => a + b, 0);
    console.log(`fuzz inputs per reader: ${JSON.stringify(tried)}; total ${total}`);
  });
});
