/**
 * The metrics worker gets the graph as core/graph/metrics-wire.ts packs it: every metric computed on
 * the unpacked graph equals the metric computed on the graph itself, for the bundled network, an
 * undirected file and a file mixing directed and undirected links.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildGraph } from '../../../src/core/graph/build.ts';
import { fromMetricsWire, toMetricsWire, wireBuffers } from '../../../src/core/graph/metrics-wire.ts';
import { computeAllMetrics } from '../../../src/core/metrics/index.ts';
import { graphFromImport } from '../../../src/core/io/import-graph.ts';
import { readGraphFile } from '../../../src/core/io/read-graph-file.ts';
import type { InterlinkageGraph } from '../../../src/core/graph/types.ts';
import { loadCatalogue, loadDatasetList, loadLinkDataset } from '../../helpers/bundled.ts';

const catalogue = loadCatalogue();

function imported(name: string, text: string): InterlinkageGraph {
  const read = readGraphFile(name, text);
  if (!read.ok) throw new Error(`${name} does not read`);
  return graphFromImport(read.network, catalogue).graph;
}

/** Across a structured clone, as postMessage sends it. */
const sent = (g: InterlinkageGraph) => structuredClone(toMetricsWire(g));

describe('the graph the metrics worker gets', () => {
  it('gives every metric of the bundled network', () => {
    const entry = loadDatasetList().find((d) => d.level === 'indicator')!;
    const graph = buildGraph(catalogue, loadLinkDataset(entry.file));
    expect(graph.size).toBeGreaterThan(1000);
    expect(computeAllMetrics(fromMetricsWire(sent(graph)))).toEqual(computeAllMetrics(graph));
  });

  it('gives every metric of an undirected file and of a file mixing both kinds of link', () => {
    const undirected = imported('graph-undirected.graphml', readFileSync(resolve(import.meta.dirname, '../../fixtures/graph-undirected.graphml'), 'utf8'));
    expect(undirected.getAttribute('undirected')).toBe(true);
    const mixed = imported('mixed.gexf', `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
<nodes><node id="1.1.1"/><node id="2.1.1"/><node id="3.1.1"/><node id="4.1.1"/></nodes>
<edges><edge id="a" source="1.1.1" target="2.1.1"/><edge id="b" source="2.1.1" target="3.1.1" type="undirected"/>
<edge id="c" source="3.1.1" target="4.1.1"/><edge id="d" source="4.1.1" target="1.1.1" type="undirected"/></edges>
</graph></gexf>`);
    expect(mixed.someEdge((_e, a) => a.undirected === true)).toBe(true);
    for (const graph of [undirected, mixed]) {
      expect(computeAllMetrics(fromMetricsWire(sent(graph)))).toEqual(computeAllMetrics(graph));
    }
    // Dropping the flags changes the metrics: the test sees them.
    const flat = { ...toMetricsWire(mixed), undirected: new Uint8Array(mixed.size) };
    expect(computeAllMetrics(fromMetricsWire(flat))).not.toEqual(computeAllMetrics(mixed));
  });

  it('hands over its link arrays rather than copying them', () => {
    const graph = imported('edges.csv', readFileSync(resolve(import.meta.dirname, '../../fixtures/edges.csv'), 'utf8'));
    const wire = toMetricsWire(graph);
    const buffers = wireBuffers(wire);
    structuredClone(wire, { transfer: buffers });
    expect(buffers.every((b) => b.byteLength === 0)).toBe(true);
  });
});
