import type { DirectedGraph } from 'graphology';
import type { BlockId, Customisation, Evidence, LinkComove, LinkLocation, Localized, LinkSource } from '../model/types.ts';

type NodeKind = 'indicator' | 'target' | 'goal' | 'block' | 'other';

/** Attributes every node of an interlinkage graph carries; files may add more (kept in `extra`). */
export interface NodeAttrs {
  code: string;
  kind: NodeKind;
  /** "1".."17" or null for non-SDG nodes */
  goal: string | null;
  target: string | null;
  blocks: BlockId[];
  title: Localized;
  category: Customisation | null;
  /** true when the code is not in the catalogue (imported free text) */
  unknown?: boolean;
  /** how the file drew the node (imported GEXF/GraphML/cyjs), shown instead of goal colours on request */
  viz?: { color?: string; size?: number };
  extra?: Record<string, string | number | boolean | null>;
}

/** "source influences target". Score 0 means no link, so such links are never stored. */
export interface EdgeAttrs {
  score: number;
  evidence: Evidence;
  note?: string;
  sources?: LinkSource[];
  undirectedInSource?: boolean;
  /** read from an undirected file: counts once, influences both ways in the metrics */
  undirected?: boolean;
  comove?: LinkComove;
  location?: LinkLocation;
}

export interface GraphAttrs {
  datasetId: string;
  name: string;
  illustrative: boolean;
  level: 'indicator' | 'target' | 'goal' | 'block';
  /** every link is undirected (e.g. an undirected GEXF/GraphML file) */
  undirected?: boolean;
}

export type InterlinkageGraph = DirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>;
