import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasFileColours, networkKind } from '../../../src/core/graph/network-kind.ts';
import { readGraphFile } from '../../../src/core/io/read-graph-file.ts';
import { graphFromImport } from '../../../src/core/io/import-graph.ts';
import { buildGraph } from '../../../src/core/graph/build.ts';
import { kazakhstanGraph, loadCatalogue, loadDataset } from '../helpers.ts';

const imported = (file: string) => {
  const r = readGraphFile(file, readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(`${file} did not read`);
  return graphFromImport(r.network, loadCatalogue());
};

describe('networkKind', () => {
  it('calls the bundled indicator and goal networks SDG networks', () => {
    expect(networkKind(kazakhstanGraph())).toBe('sdg');
    expect(networkKind(buildGraph(loadCatalogue(), loadDataset('kz-vnr2025-goal-links.json')))).toBe('sdg');
  });

  it('calls imported files of SDG codes SDG networks, even with a free-text node among them', () => {
    expect(networkKind(imported('graph.gexf').graph)).toBe('sdg');
    expect(networkKind(imported('graph-undirected.graphml').graph)).toBe('sdg');
    expect(networkKind(imported('graph.cyjs').graph)).toBe('sdg');
  });

  it('calls a network of characters or of species generic', () => {
    expect(networkKind(imported('characters.graphml').graph)).toBe('generic');
    expect(networkKind(imported('food-web.gexf').graph)).toBe('generic');
  });
});

describe('file colours, sizes and positions', () => {
  it('carries GraphML r/g/b and size, GEXF viz colour and size, and both files\' positions', () => {
    const chars = imported('characters.graphml');
    expect(chars.graph.getNodeAttribute('Hamlet', 'viz')).toEqual({ color: '#c81e1e', size: 30 });
    expect(chars.positions?.Ophelia).toEqual({ x: 120, y: 40 });
    const web = imported('food-web.gexf');
    expect(web.graph.getNodeAttribute('pike', 'viz')).toEqual({ color: 'rgb(178,34,34)', size: 28 });
    expect(web.positions?.algae).toEqual({ x: 0, y: 100 });
    expect(hasFileColours(web.graph)).toBe(true);
    expect(hasFileColours(imported('graph.gexf').graph)).toBe(false);
    expect(imported('graph.cyjs').positions?.['4.1.1']).toEqual({ x: 100, y: 0 });
  });
});
