import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsvEdgeList, readCsvMatrix } from '../../../src/core/io/formats/csv.ts';

import { readGraphFile } from '../../../src/core/io/read-graph-file.ts';
import { normaliseCode, parseScore } from '../../../src/core/io/normalise-code.ts';
import type { ReadResult } from '../../../src/core/io/result.ts';
import { formatReadError } from '../../../src/cli/render.ts';
import { rendered, text } from './message-text.ts';
import { graphFromNetworkSteps } from '../../../src/core/graph/from-network.ts';
import { runSteps } from '../../../src/core/graph/steps.ts';
import { loadCatalogue } from '../helpers.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const ok = (r: ReadResult) => { if (!r.ok) throw new Error(formatReadError(r.error)); return r; };

describe('normaliseCode', () => {
  it.each([
    ['16-6-1', '16.6.1'], ['16.6.1.', '16.6.1'], [' 16.6.1 ', '16.6.1'], ['16_6_1', '16.6.1'], ['SDG 16.6.1', '16.6.1'],
    ['16.A.1', '16.a.1'], ['10.5.1.1', '10.5.1.1'], ['Goal 5', '5'], ['Poverty', 'Poverty'], ['  two  words ', 'two words'],
  ])('%s → %s', (raw, code) => expect(normaliseCode(raw)).toBe(code));
});

describe('parseScore', () => {
  it.each([['2', 2], ['+1', 1], ['−2', -2], ['1,5', 1.5], ['-0.5', -0.5], ['x', NaN], ['', NaN], ['1-2', NaN]])('%s', (raw, v) => {
    expect(Object.is(parseScore(raw), v) || parseScore(raw) === v).toBe(true);
  });
});

describe('readCsvEdgeList', () => {
  it('reads a headed file, normalising codes and keeping the first of repeated links', () => {
    const r = ok(readCsvEdgeList('edges.csv', fixture('edges.csv')));
    expect(r.network.links.map((l) => [l.source, l.target, l.score])).toEqual([
      ['16.6.1', '4.1.1', 2], ['4.1.1', '8.5.2', 1], ['16.6.1', '8.5.2', 1], ['8.5.2', '1.2.1', -1],
    ]);
    expect(r.network.links[0].note).toBe('budget funds schools');
    expect(r.network.links[1].note).toBeUndefined();
  });

  it('reads a file without header, defaulting the score to 1', () => {
    const r = ok(readCsvEdgeList('edges-noheader.csv', fixture('edges-noheader.csv')));
    expect(r.network.links).toHaveLength(5);
    expect(r.network.links[2]).toMatchObject({ source: '16.6.1', target: '8.5.2', score: 1 });
  });

  it('matches header names loosely and sniffs the delimiter', () => {
    const r = ok(readCsvEdgeList('x.csv', fixture('edges-semicolon.csv')));
    expect(r.network.links.map((l) => l.score)).toEqual([2, 1]);
    const reordered = ok(readCsvEdgeList('y.csv', 'Weight,Influenced,Influencer\n3,2.1.1,1.1.1\n'));
    expect(reordered.network.links[0]).toMatchObject({ source: '1.1.1', target: '2.1.1', score: 3 });
  });

  it('warns on self-links, zero scores and repeats without failing', () => {
    const r = ok(readCsvEdgeList('w.csv', 'a,b,1\na,a,1\na,c,0\na,b,2\n'));
    expect(r.network.links).toHaveLength(1);
    expect(r.warnings.map((w) => w.row)).toEqual([2, 3, 4]);
  });

  it('names file, row and column of a bad score', () => {
    const r = readCsvEdgeList('broken-score.csv', fixture('broken-score.csv'));
    expect(rendered(r)).toEqual({ ok: false, error: { file: 'broken-score.csv', row: 3, column: 3, message: 'score "high" is not a number' } });
  });

  it('names the empty source cell', () => {
    const r = readCsvEdgeList('broken-empty.csv', fixture('broken-empty.csv'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.row, r.error.column]).toEqual([3, 1]);
  });

  it('fails cleanly on a one-column file and on an empty one', () => {
    expect(readCsvEdgeList('one.csv', 'abc\n').ok).toBe(false);
    expect(readCsvEdgeList('empty.csv', '').ok).toBe(false);
  });
});

describe('readCsvMatrix', () => {
  it('reads row → column scores, blanks as no link', () => {
    const r = ok(readCsvMatrix('matrix.csv', fixture('matrix.csv')));
    expect(r.network.nodes).toEqual(['16.6.1', '4.1.1', '8.5.2', '1.2.1']);
    expect(r.network.links.map((l) => `${l.source}>${l.target}:${l.score}`)).toEqual([
      '16.6.1>4.1.1:2', '16.6.1>8.5.2:1', '4.1.1>8.5.2:1', '8.5.2>1.2.1:-1',
    ]);
  });

  it('names the bad cell', () => {
    const r = readCsvMatrix('broken-matrix.csv', fixture('broken-matrix.csv'));
    expect(rendered(r)).toEqual({ ok: false, error: { file: 'broken-matrix.csv', row: 2, column: 4, message: 'cell "x" is not a number' } });
  });

  it('rejects a row code that is not a column', () => {
    const r = readCsvMatrix('m.csv', ',a,b\na,,1\nc,1,\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.row, r.error.column]).toEqual([3, 1]);
  });
});

describe('readGraphFile', () => {
  it('sniffs matrix vs edge list', () => {
    expect(ok(readGraphFile('matrix.csv', fixture('matrix.csv'))).network.format).toBe('csv-matrix');
    expect(ok(readGraphFile('edges.csv', fixture('edges.csv'))).network.format).toBe('csv-edge-list');
    expect(ok(readGraphFile('e.csv', fixture('edges-noheader.csv'))).network.format).toBe('csv-edge-list');
    expect(ok(readGraphFile('m.txt', 'label,1.1.1,2.1.1,3.1.1\n1.1.1,,1,\n2.1.1,,,2\n3.1.1,,,\n')).network.format).toBe('csv-matrix');
  });

  it('reads the bundled dataset JSON and builds it like the app does', () => {
    const text = readFileSync(new URL('../../../data/kz-illustrative-indicator-links.json', import.meta.url), 'utf8');
    const r = ok(readGraphFile('kz.json', text));
    expect(r.network.links).toHaveLength(1535);
    const g = runSteps(graphFromNetworkSteps(r.network, loadCatalogue()));
    expect([g.order, g.size]).toEqual([277, 1535]);
  });

  it('reports a bad dataset field and unsupported formats without throwing', () => {
    const r = readGraphFile('broken-dataset.json', fixture('broken-dataset.json'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(text(r.error)).toMatch(/links\[0\]\.score/);
    const bad = readGraphFile('x.json', '{ nope');
    expect(bad.ok).toBe(false);
    expect(readGraphFile('g.graphml', '<graphml/>').ok).toBe(false);
  });

  it('builds a CSV graph with only the named nodes, titled from the catalogue', () => {
    const r = ok(readGraphFile('edges-noheader.csv', fixture('edges-noheader.csv')));
    const g = runSteps(graphFromNetworkSteps(r.network, loadCatalogue()));
    expect(g.order).toBe(5);
    expect(g.getNodeAttribute('9.9.9', 'unknown')).toBe(true);
    expect(g.getNodeAttribute('16.6.1', 'unknown')).toBeUndefined();
  });
});
