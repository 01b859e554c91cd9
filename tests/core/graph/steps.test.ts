/**
 * A graph built in steps (core/graph/steps.ts) is the graph built at once: the same nodes, links and
 * attributes in the same order, for a bundled dataset and for imported files of both kinds (the app's
 * dataset JSON, built like the bundled data, and a plain edge list). A step ends every `linksPerStep` links.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, buildGraphSteps } from '../../../src/core/graph/build.ts';
import { graphFromImport, graphFromImportSteps } from '../../../src/core/io/import-graph.ts';
import { runSteps, type Steps } from '../../../src/core/graph/steps.ts';
import type { InterlinkageGraph } from '../../../src/core/graph/types.ts';
import { readGraphFile } from '../../../src/core/io/read-graph-file.ts';
import { loadCatalogue, loadDatasetList, loadLinkDataset } from '../../helpers/bundled.ts';

function countSteps<T>(steps: Steps<T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value, yields };
    yields++;
  }
}

/** A graph's export without the edge keys graphology generates per instance. */
function shape(g: InterlinkageGraph) {
  const { attributes, nodes, edges } = g.export();
  return { attributes, nodes, edges: edges.map((e) => ({ source: e.source, target: e.target, attributes: e.attributes })) };
}

const catalogue = loadCatalogue();
const entry = loadDatasetList().find((d) => d.level === 'indicator')!;
const dataset = loadLinkDataset(entry.file);

describe('graphs built in steps', () => {
  it('builds a bundled dataset in steps into the graph built at once', () => {
    const whole = buildGraph(catalogue, dataset);
    const { value, yields } = countSteps(buildGraphSteps(catalogue, dataset, 100));
    expect(shape(value)).toEqual(shape(whole));
    expect(whole.size).toBeGreaterThan(1000);
    expect(yields).toBe(Math.floor(dataset.links.length / 100));
    // Without a step size there is one step.
    expect(countSteps(buildGraphSteps(catalogue, dataset)).yields).toBe(0);
  });

  it('builds imported files in steps into the graphs built at once', () => {
    const json = JSON.stringify({ id: 'steps-test', name: 'steps', level: 'indicator', illustrative: true, links: dataset.links.slice(0, 700) });
    const edges = ['source,target,weight', ...dataset.links.slice(0, 500).map((l) => `${l.source},${l.target},${l.score}`)].join('\n');
    for (const [name, text] of [['steps.json', json], ['steps.csv', edges]] as const) {
      const read = readGraphFile(name, text);
      if (!read.ok) throw new Error(`${name} does not read`);
      const whole = graphFromImport(read.network, catalogue);
      const { value, yields } = countSteps(graphFromImportSteps(read.network, catalogue, 64));
      expect(shape(value.graph)).toEqual(shape(whole.graph));
      expect(value.positions).toEqual(whole.positions);
      expect(yields).toBe(Math.floor(read.network.links.length / 64));
      expect(runSteps(graphFromImportSteps(read.network, catalogue, 64)).graph.size).toBe(whole.graph.size);
    }
  });
});
