/**
 * The same network one level up: indicators grouped by target, goal or thematic block.
 *
 * Each group becomes a node; the links between two groups become one edge whose `links` is the number of
 * indicator links and `score` their sum (`meanScore` = score / links). Links inside one group would be
 * self-loops, which hide everything else in a drawing and distort degree, so they are kept as the node
 * attributes `internalLinks` / `internalScore` instead of edges. Hence
 *   Σ edge.links + Σ node.internalLinks = number of indicator links (target and goal level).
 * At block level a node of a goal in two blocks (goal 8: social and economic) belongs to both, and its
 * links count once per (source block, target block) pair, so the identity holds with each link weighted
 * |blocks(source)| × |blocks(target)|. A node with no group at the level (free-text imports) stays a
 * group of its own under its own code.
 *
 * Undirected links are aggregated in their stored direction (not doubled).
 */
import { DirectedGraph } from 'graphology';
import type { BlockId, Catalogue, Evidence } from '../model/types.ts';
import type { EdgeAttrs, GraphAttrs, InterlinkageGraph, NodeAttrs } from '../graph/types.ts';
import { compareCodes } from '../model/codes.ts';

export type AggregateLevel = 'target' | 'goal' | 'block';

interface AggregateNodeAttrs extends NodeAttrs {
  /** indicator nodes in the group */
  members: number;
  internalLinks: number;
  internalScore: number;
}

interface AggregateEdgeAttrs extends EdgeAttrs {
  /** number of indicator links merged into this edge */
  links: number;
  /** score / links */
  meanScore: number;
}

export type AggregateGraph = DirectedGraph<AggregateNodeAttrs, AggregateEdgeAttrs, GraphAttrs>;

/** Group codes of a node at a level (several for a node in several blocks). */
function groupsOf(attrs: NodeAttrs, level: AggregateLevel): string[] {
  if (level === 'target') return [attrs.target ?? attrs.code];
  if (level === 'goal') return [attrs.goal ?? attrs.code];
  return attrs.blocks.length ? [...attrs.blocks] : [attrs.code];
}

// "illustrative" wins so an aggregate never hides that some of its links are made up.
function mergeEvidence(a: Evidence, b: Evidence): Evidence {
  if (a === b) return a;
  return a === 'illustrative' || b === 'illustrative' ? 'illustrative' : 'imported';
}

function groupAttrs(code: string, level: AggregateLevel, sample: NodeAttrs, catalogue?: Catalogue): AggregateNodeAttrs {
  const base = { members: 0, internalLinks: 0, internalScore: 0, category: null, extra: undefined };
  if (level === 'block' && sample.blocks.includes(code as BlockId)) {
    const block = catalogue?.blocks.find((b) => b.id === code);
    return { ...base, code, kind: 'block', goal: null, target: null, blocks: [code as BlockId], title: block?.name ?? { en: code, ru: code, kk: code } };
  }
  if (level === 'goal' && sample.goal === code) {
    const goal = catalogue?.goals.find((g) => g.code === code);
    return { ...base, code, kind: 'goal', goal: code, target: null, blocks: sample.blocks, title: goal?.short ?? { en: `Goal ${code}`, ru: `Цель ${code}`, kk: `${code}-мақсат` } };
  }
  if (level === 'target' && sample.target === code) {
    const target = catalogue?.targets.find((t) => t.code === code);
    return { ...base, code, kind: 'target', goal: sample.goal, target: code, blocks: sample.blocks, title: target?.title ?? { en: code, ru: code, kk: code } };
  }
  return { ...sample, ...base, unknown: sample.unknown };
}

export function aggregateGraph(graph: InterlinkageGraph, level: AggregateLevel, catalogue?: Catalogue): AggregateGraph {
  const out: AggregateGraph = new DirectedGraph({ allowSelfLoops: false });
  out.replaceAttributes({ ...graph.getAttributes(), level });
  const nodeGroups = new Map<string, string[]>();
  const codesByGroup = new Map<string, NodeAttrs>();
  graph.forEachNode((code, attrs) => {
    const groups = groupsOf(attrs, level);
    nodeGroups.set(code, groups);
    for (const g of groups) if (!codesByGroup.has(g)) codesByGroup.set(g, attrs);
  });
  for (const g of [...codesByGroup.keys()].sort(compareCodes)) out.addNode(g, groupAttrs(g, level, codesByGroup.get(g)!, catalogue));
  for (const groups of nodeGroups.values()) for (const g of groups) out.updateNodeAttribute(g, 'members', (m) => (m ?? 0) + 1);
  graph.forEachEdge((_e, attrs, s, t) => {
    for (const gs of nodeGroups.get(s)!) {
      for (const gt of nodeGroups.get(t)!) {
        if (gs === gt) {
          out.updateNodeAttributes(gs, (a) => ({ ...a, internalLinks: a.internalLinks + 1, internalScore: a.internalScore + attrs.score }));
          continue;
        }
        const existing = out.edge(gs, gt);
        if (existing === undefined) {
          out.addEdge(gs, gt, { score: attrs.score, links: 1, meanScore: attrs.score, evidence: attrs.evidence });
        } else {
          out.updateEdgeAttributes(existing, (a) => {
            const links = a.links + 1;
            const score = a.score + attrs.score;
            return { ...a, links, score, meanScore: score / links, evidence: mergeEvidence(a.evidence, attrs.evidence) };
          });
        }
      }
    }
  });
  return out;
}
