import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileSizes, hasFileSizes, scaleSizes } from '../../../src/core/graph/node-sizes.ts';
import { readGraphFile } from '../../../src/core/io/read-graph-file.ts';
import { graphFromImport } from '../../../src/core/io/import-graph.ts';
import { kazakhstanGraph, loadCatalogue } from '../helpers.ts';

const imported = (file: string) => {
  const r = readGraphFile(file, readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(`${file} did not read`);
  return graphFromImport(r.network, loadCatalogue()).graph;
};

describe('node sizes', () => {
  it("reads a GEXF file's viz:size as proportions of the largest", () => {
    const g = imported('food-web.gexf');
    expect(hasFileSizes(g)).toBe(true);
    const s = fileSizes(g);
    // algae 8, zooplankton 12, minnow 16, pike 28
    expect(s.get('pike')).toBe(1);
    expect(s.get('algae')).toBeCloseTo(8 / 28);
    expect(s.get('minnow')).toBeCloseTo(16 / 28);
  });

  it('finds no file sizes in the bundled network', () => {
    expect(hasFileSizes(kazakhstanGraph())).toBe(false);
  });

  it('scales a metric by its largest magnitude, with missing and non-finite values smallest', () => {
    const g = kazakhstanGraph();
    const s = scaleSizes(g.nodes(), (c) => g.outDegree(c));
    const top = g.nodes().reduce((a, b) => (g.outDegree(b) > g.outDegree(a) ? b : a));
    expect(s.get(top)).toBe(1);
    expect(Math.max(...s.values())).toBe(1);
    expect(Math.min(...s.values())).toBeGreaterThanOrEqual(0);
    const odd = scaleSizes(['a', 'b', 'c', 'd'], (c) => ({ a: -4, b: 2, c: NaN })[c as 'a' | 'b' | 'c']);
    expect([...odd]).toEqual([['a', 1], ['b', 0.5], ['c', 0], ['d', 0]]);
    expect([...scaleSizes(['a'], () => 0)]).toEqual([['a', 0]]);
  });
});
