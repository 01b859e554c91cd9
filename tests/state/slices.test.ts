import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store.ts';
import { adjacencyOf } from '../../src/state/slices/adjacency-cache.ts';
import { parseUrl } from '../../src/state/view.ts';
import { diskDataSource } from '../helpers/bundled.ts';
import { english } from '../helpers/english.ts';

describe('store slices', () => {
  it('builds the adjacency once per graph and reuses it for clicks, paths and portfolios', async () => {
    const store = createAppStore(diskDataSource);
    await store.getState().init();
    const graph = store.getState().graph!;
    const adj = adjacencyOf(graph);
    store.getState().selectNode('16.6.1');
    store.getState().findPaths('16.6.1', '3.8.1');
    store.getState().runPortfolio(3, 2);
    expect(adjacencyOf(graph)).toBe(adj);
    expect(store.getState().highlight!.distance['16.6.1']).toBe(0);
    expect(store.getState().pathResult!.distance).toBeGreaterThan(0);
    expect(store.getState().portfolio!.picks).toHaveLength(3);
    // A new graph (goal level) gets its own adjacency.
    store.getState().setView({ goalLevel: true });
    expect(adjacencyOf(store.getState().graph!)).not.toBe(adj);
  });

  it('treats dataset ids from a link as data: an id like "constructor" is an unknown dataset, not a crash', async () => {
    const store = createAppStore(diskDataSource);
    await store.getState().init();
    const before = store.getState().graph;
    await store.getState().openDataset('constructor');
    expect(store.getState().graph).toBe(before);
    expect(english(store.getState().error)).toMatch(/constructor/);
  });

  it('reads a hand-edited query string through one schema, dropping what does not parse', () => {
    const url = parseUrl('?depth=7&direction=up&layout=spiral&size=bogus&goals=1,99,17,1&classes=accelerator,zzz&select=,,&level=x&lang=de');
    expect(url).toEqual({ dataset: undefined, lang: undefined, view: {}, filters: { goals: ['1', '17'], classes: ['accelerator'] } });
    const good = parseUrl('?select=16.6.1,%202.3.1&depth=2&direction=in&layout=grid&level=goal&lang=kk&size=pagerank&dataset=kz');
    expect(good).toEqual({
      dataset: 'kz', lang: 'kk', size: 'pagerank',
      view: { select: ['16.6.1', '2.3.1'], depth: 2, direction: 'in', layout: 'grid', goalLevel: true },
    });
  });
});
