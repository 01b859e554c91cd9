/**
 * What changed between two versions of a network (a re-scored matrix, an imported file vs the bundled
 * one): links added, removed and re-scored, nodes added and removed, and each node's degree change.
 * Links are matched by (source, target), so the graphs may come from different files.
 */
import type { InterlinkageGraph } from '../graph/types.ts';

interface LinkRef {
  source: string;
  target: string;
  score: number;
}

interface ScoreChange {
  source: string;
  target: string;
  before: number;
  after: number;
}

interface DegreeChange {
  outBefore: number;
  outAfter: number;
  inBefore: number;
  inAfter: number;
}

export interface GraphDiff {
  added: LinkRef[];
  removed: LinkRef[];
  changed: ScoreChange[];
  nodesAdded: string[];
  nodesRemoved: string[];
  /** only nodes whose in- or out-degree differs */
  degree: Record<string, DegreeChange>;
}

export function diffGraphs(before: InterlinkageGraph, after: InterlinkageGraph): GraphDiff {
  const added: LinkRef[] = [];
  const removed: LinkRef[] = [];
  const changed: ScoreChange[] = [];
  before.forEachEdge((_e, attrs, s, t) => {
    const other = after.hasNode(s) && after.hasNode(t) ? after.edge(s, t) : undefined;
    if (other === undefined) removed.push({ source: s, target: t, score: attrs.score });
    else {
      const score = after.getEdgeAttribute(other, 'score');
      if (score !== attrs.score) changed.push({ source: s, target: t, before: attrs.score, after: score });
    }
  });
  after.forEachEdge((_e, attrs, s, t) => {
    if (!(before.hasNode(s) && before.hasNode(t) && before.hasEdge(s, t))) added.push({ source: s, target: t, score: attrs.score });
  });
  const nodesAdded = after.filterNodes((c) => !before.hasNode(c));
  const nodesRemoved = before.filterNodes((c) => !after.hasNode(c));
  const degree: Record<string, DegreeChange> = {};
  const all = new Set([...before.nodes(), ...after.nodes()]);
  for (const c of all) {
    const d: DegreeChange = {
      outBefore: before.hasNode(c) ? before.outDegree(c) : 0,
      outAfter: after.hasNode(c) ? after.outDegree(c) : 0,
      inBefore: before.hasNode(c) ? before.inDegree(c) : 0,
      inAfter: after.hasNode(c) ? after.inDegree(c) : 0,
    };
    if (d.outBefore !== d.outAfter || d.inBefore !== d.inAfter) degree[c] = d;
  }
  return { added, removed, changed, nodesAdded, nodesRemoved, degree };
}
