/**
 * Every reader on thousands of random and mutated inputs: it returns a network or a located error, and
 * never throws or hangs. Budget: well under 20 s for the whole file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readGraphBytes, readGraphFile } from '../../../src/core/io/read-graph-file.ts';
import type { ReadResult } from '../../../src/core/io/result.ts';
import { parseSession } from '../../../src/core/io/session.ts';
import { graphFromImport } from '../../../src/core/io/import-graph.ts';
import { text } from './message-text.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url));

function wellFormed(r: ReadResult, file: string) {
  expect(typeof r.ok).toBe('boolean');
  if (r.ok) {
    expect(Array.isArray(r.network.nodes) && Array.isArray(r.network.links)).toBe(true);
    // Whatever was read must also build into a graph.
    graphFromImport(r.network);
  } else {
    expect(r.error.file).toBe(file);
    expect(text(r.error).length).toBeGreaterThan(0);
    expect(r.error.row === null || Number.isInteger(r.error.row)).toBe(true);
  }
}

/** A fixture with random edits: characters replaced, inserted, deleted, lines duplicated. */
const mutated = (base: string) =>
  fc.array(fc.tuple(fc.nat(), fc.constantFrom('replace', 'insert', 'delete', 'dup'), fc.constantFrom(',', ';', '\t', '"', '<', '>', '/', '{', '}', '[', ']', '\n', '-', '.', 'x', '0', '1', '−', '\uFFFD', ' ', '=', 'é', '\u0000')), { maxLength: 12 })
    .map((edits) => {
      let s = base;
      for (const [pos, op, ch] of edits) {
        const i = s.length ? pos % s.length : 0;
        if (op === 'replace') s = s.slice(0, i) + ch + s.slice(i + 1);
        else if (op === 'insert') s = s.slice(0, i) + ch + s.slice(i);
        else if (op === 'delete') s = s.slice(0, i) + s.slice(i + 2);
        else { const line = s.slice(s.lastIndexOf('\n', i) + 1, s.indexOf('\n', i) + 1 || undefined); s = s.slice(0, i) + line + s.slice(i); }
      }
      return s;
    });

const TEXT_CASES: [string, string][] = [
  ['matrix.csv', 'm.csv'], ['matrix-titled.csv', 'm2.csv'], ['edges.csv', 'e.csv'], ['edges-tab.tsv', 'e.tsv'], ['edges-semicolon.csv', 'e2.txt'],
  ['graph-undirected.graphml', 'g.graphml'], ['graph.gexf', 'g.gexf'], ['graph.cyjs', 'g.cyjs'], ['broken-dataset.json', 'd.json'], ['graph.gexf', 'g.xml'],
];

describe('fuzzing the readers', { timeout: 30_000 }, () => {
  it.each(TEXT_CASES)('mutations of %s read as %s', (fixtureName, name) => {
    const base = fixture(fixtureName).toString('utf8');
    fc.assert(fc.property(mutated(base), (text) => wellFormed(readGraphFile(name, text), name)), { numRuns: 300 });
  });

  it('random text under every extension', () => {
    const exts = ['csv', 'tsv', 'txt', 'json', 'cyjs', 'graphml', 'gexf', 'xml', ''];
    fc.assert(fc.property(fc.constantFrom(...exts), fc.string({ maxLength: 200, unit: 'binary' }), (ext, text) => {
      const name = ext ? `f.${ext}` : 'f';
      wellFormed(readGraphFile(name, text), name);
    }), { numRuns: 1500 });
  });

  it('random JSON values as dataset, Cytoscape JSON and session', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
      const text = JSON.stringify(v) ?? 'null';
      wellFormed(readGraphFile('j.json', text), 'j.json');
      wellFormed(readGraphFile('j.cyjs', text), 'j.cyjs');
      const s = parseSession(text);
      expect(typeof s.ok).toBe('boolean');
    }), { numRuns: 800 });
  });

  it('structured random CSV tables', () => {
    const cell = fc.oneof(fc.constantFrom('', '1', '-1', '2', '0', '1.1.1', '2.1.1', '16-6-1', 'x', 'source', 'target', 'score', '—', '"'), fc.string({ maxLength: 6 }));
    const table = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 10 });
    fc.assert(fc.property(table, fc.constantFrom(',', ';', '\t'), (rows, sep) => {
      wellFormed(readGraphFile('t.csv', rows.map((r) => r.join(sep)).join('\n')), 't.csv');
    }), { numRuns: 1500 });
  });

  it('random and mutated bytes (XLSX, encodings)', async () => {
    const xlsx = new Uint8Array(fixture('matrix-messy.xlsx'));
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), async (edits) => {
      const b = xlsx.slice();
      for (const [pos, v] of edits) b[pos % b.length] = v;
      wellFormed(await readGraphBytes('m.xlsx', b), 'm.xlsx');
    }), { numRuns: 60 });
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('r.csv', 'r.xlsx', 'r.graphml', 'r.json'), async (b, name) => {
      wellFormed(await readGraphBytes(name, b), name);
    }), { numRuns: 600 });
  });
});
