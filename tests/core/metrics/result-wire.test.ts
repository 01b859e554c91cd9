/**
 * The metrics rows come back from the worker in columns (core/metrics/result-wire.ts): across a
 * structured clone, as postMessage sends them, they are made again equal to the rows computed, NaN
 * values and ranks included, on the bundled network and a graph with isolated nodes.
 */
import { describe, expect, it } from 'vitest';
import { DirectedGraph } from 'graphology';
import { buildGraph } from '../../../src/core/graph/build.ts';
import { computeAllMetrics, METRIC_NAMES } from '../../../src/core/metrics/index.ts';
import { fromMetricsResultWire, metricsRowsSteps, toMetricsResultWire } from '../../../src/core/metrics/result-wire.ts';
import type { InterlinkageGraph } from '../../../src/core/graph/types.ts';
import { loadCatalogue, loadDatasetList, loadLinkDataset } from '../../helpers/bundled.ts';

const roundTrip = (g: InterlinkageGraph) => fromMetricsResultWire(structuredClone(toMetricsResultWire(computeAllMetrics(g))));

describe('the metrics rows the worker sends back', () => {
  it('are every row of the bundled network, values, ranks and communities', () => {
    const entry = loadDatasetList().find((d) => d.level === 'indicator')!;
    const graph = buildGraph(loadCatalogue(), loadLinkDataset(entry.file));
    const rows = computeAllMetrics(graph);
    expect(rows.length).toBeGreaterThan(200);
    // Not all alike: the test would miss a column written to the wrong place otherwise.
    expect(new Set(rows.map((r) => r.community)).size).toBeGreaterThan(1);
    expect(roundTrip(graph)).toEqual(rows);
  });

  it('keep an isolated node, and NaN values and ranks', () => {
    const g: InterlinkageGraph = new DirectedGraph({ allowSelfLoops: false });
    for (const code of ['1.1.1', '1.2.1', '2.1.1', '3.1.1']) g.addNode(code, { code, kind: 'indicator', goal: code.split('.')[0], target: code.split('.').slice(0, 2).join('.'), blocks: [], title: { en: code, ru: code, kk: code }, category: null });
    g.addEdge('1.1.1', '1.2.1', { score: 2, evidence: 'imported' });
    g.addEdge('1.2.1', '2.1.1', { score: -1, evidence: 'imported' });
    const rows = computeAllMetrics(g);
    // No metric gives NaN on this graph; the ranks are built to carry one, so the columns must too.
    rows[3][METRIC_NAMES[0]] = NaN;
    rows[3].rank[METRIC_NAMES[0]] = NaN;
    const back = fromMetricsResultWire(structuredClone(toMetricsResultWire(rows)));
    expect(back).toEqual(rows);
    expect(back[3][METRIC_NAMES[0]]).toBeNaN();
    expect(back.map((r) => r.code)).toEqual(['1.1.1', '1.2.1', '2.1.1', '3.1.1']);
    expect(roundTrip(g)).toEqual(computeAllMetrics(g));
  });
});

describe('the rows made again in steps', () => {
  it('are the rows made at once, after one step per block of rows', () => {
    const entry = loadDatasetList().find((d) => d.level === 'indicator')!;
    const wire = toMetricsResultWire(computeAllMetrics(buildGraph(loadCatalogue(), loadLinkDataset(entry.file))));
    const steps = metricsRowsSteps(wire, 100);
    let yields = 0;
    let r = steps.next();
    while (!r.done) { yields++; r = steps.next(); }
    expect(yields).toBe(Math.ceil(wire.codes.length / 100) - 1);
    expect(r.value).toEqual(fromMetricsResultWire(wire));
  });
});
