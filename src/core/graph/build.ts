import { DirectedGraph } from 'graphology';
import type { Catalogue, Link, LinkDataset } from '../model/types.ts';
import type { EdgeAttrs, InterlinkageGraph, NodeAttrs } from './types.ts';
import { goalOf, targetOf } from '../model/codes.ts';
import { graphKey } from './keys.ts';
import { runSteps, type Steps } from './steps.ts';

const indexes = new WeakMap<Catalogue, ReturnType<typeof buildIndex>>();

function buildIndex(catalogue: Catalogue) {
  return {
    indicators: new Map(catalogue.indicators.map((i) => [i.code, i])),
    goals: new Map(catalogue.goals.map((g) => [g.code, g])),
    targets: new Map(catalogue.targets.map((t) => [t.code, t])),
  };
}

/** Lookup maps of a catalogue, built once per catalogue object (imports may hold 20k nodes). */
export function indexCatalogue(catalogue: Catalogue) {
  let index = indexes.get(catalogue);
  if (!index) indexes.set(catalogue, (index = buildIndex(catalogue)));
  return index;
}

/** Node attributes of any code, from the catalogue when it knows it. */
export function nodeFromCatalogue(catalogue: Catalogue, code: string): NodeAttrs {
  const index = indexCatalogue(catalogue);
  const ind = index.indicators.get(code);
  const goalCode = goalOf(code);
  const goal = goalCode ? index.goals.get(goalCode) : undefined;
  if (ind) {
    return {
      code, kind: 'indicator', goal: ind.goal, target: ind.target, blocks: goal?.blocks ?? [],
      title: ind.title, category: ind.customisation,
    };
  }
  if (goal && code === goal.code) {
    return { code, kind: 'goal', goal: goal.code, target: null, blocks: goal.blocks, title: goal.short, category: null };
  }
  const tgt = index.targets.get(code);
  if (tgt) {
    return { code, kind: 'target', goal: tgt.goal, target: tgt.code, blocks: goal?.blocks ?? [], title: tgt.title, category: null };
  }
  return {
    code, kind: 'other', goal: goalCode, target: targetOf(code), blocks: goal?.blocks ?? [],
    title: { en: code, ru: code, kk: code }, category: null, unknown: true,
  };
}

/** The optional evidence fields of a link, only those it has (graphs of plain links stay as they were). */
export function evidenceAttrs(link: Link): Pick<EdgeAttrs, 'undirected' | 'comove' | 'location'> {
  return {
    ...(link.undirected ? { undirected: true } : {}),
    ...(link.comove ? { comove: link.comove } : {}),
    ...(link.location ? { location: link.location } : {}),
  };
}

/**
 * The directed interlinkage graph of a bundled dataset: every catalogue node of the dataset's level
 * (so isolated indicators count, as in the Review's "low influence" group) plus every link.
 */
export function buildGraph(catalogue: Catalogue, dataset: LinkDataset): InterlinkageGraph {
  return runSteps(buildGraphSteps(catalogue, dataset));
}

/** buildGraph in steps of `linksPerStep` links (steps.ts), for a caller that spreads them over tasks. */
export function* buildGraphSteps(catalogue: Catalogue, dataset: LinkDataset, linksPerStep = Infinity): Steps<InterlinkageGraph> {
  const graph: InterlinkageGraph = new DirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({
    datasetId: dataset.id, name: dataset.name, illustrative: dataset.illustrative, level: dataset.level,
  });
  const codes = dataset.level === 'goal' ? catalogue.goals.map((g) => g.code) : catalogue.indicators.map((i) => i.code);
  const byCode = new Map<string, NodeAttrs>();
  for (const code of codes) byCode.set(code, nodeFromCatalogue(catalogue, code));
  // Node keys go through graphKey (keys.ts): a code named like an Object.prototype member stays safe.
  for (const [code, attrs] of byCode) graph.addNode(graphKey(code), attrs);
  let n = 0;
  for (const link of dataset.links) {
    if (++n % linksPerStep === 0) yield;
    if (link.score === 0 || link.source === link.target) continue;
    for (const end of [link.source, link.target]) {
      if (!graph.hasNode(graphKey(end))) graph.addNode(graphKey(end), nodeFromCatalogue(catalogue, end));
    }
    graph.mergeEdge(graphKey(link.source), graphKey(link.target), {
      score: link.score, evidence: link.evidence, note: link.note, sources: link.sources,
      undirectedInSource: link.undirectedInSource,
      ...evidenceAttrs(link),
    });
  }
  return graph;
}
