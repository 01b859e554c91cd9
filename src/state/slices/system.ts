/**
 * System slice: feedback loops, MICMAC, robustness of a ranking, propagation of one node's effect and
 * the diff against another network — all on the graph on screen. Results remember the graph they were
 * computed on (`graph`), so opening another dataset makes them stale without this slice being told.
 * Robustness and loops longer than 4 links run in the worker (system-runner.ts) with progress and Stop.
 */
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import { findLoops } from '../../core/analysis/loops.ts';
import { micmac } from '../../core/analysis/micmac.ts';
import { propagate } from '../../core/analysis/propagation.ts';
import { diffGraphs } from '../../core/analysis/diff.ts';
import type { RobustMetric } from '../../core/analysis/robust-metrics.ts';
import { buildGraph } from '../../core/graph/build.ts';
import { oncePerGraph } from '../../core/graph/once-per-graph.ts';
import { graphFromImport } from '../../core/io/import-graph.ts';
import { isAbortError } from '../workers/protocol.ts';
import { messageOf } from '../messages.ts';
import type { AppState, DataSource, RankChange, SliceCreator, SystemSlice, SystemState } from '../types.ts';
import { adjacencyOf } from './adjacency-cache.ts';

/** Loops up to this length are listed on the main thread (≈ 2 ms on the default network); longer ones in the worker. */
const MAIN_THREAD_LOOP_LENGTH = 4;

const EMPTY: Omit<SystemState, 'graph'> = {
  loops: null, loopsBusy: false, loop: null, micmac: null, propagation: null,
  robustness: null, robustnessBusy: null, robustnessError: null, diff: null, diffBusy: false, diffError: null,
};

const emptyFor = oncePerGraph((graph): SystemState => ({ ...EMPTY, graph }));
const NO_GRAPH: SystemState = { ...EMPTY, graph: null };

/** The system state of the graph on screen; empty when it was computed on another graph (one object per graph, so selectors stay stable). */
export function systemOf(s: AppState): SystemState {
  if (s.system.graph === s.graph) return s.system;
  if (!s.graph) return NO_GRAPH;
  return emptyFor(s.graph);
}

/** The rank code is loaded with the first diff: it is not needed before first draw (initial JS budget). */
type RankCode = typeof import('../../core/analysis/robust-metrics.ts');

function ranksBy({ competitionRanks, perturbedMetric }: RankCode, graph: InterlinkageGraph, metric: RobustMetric): Map<string, number> {
  const adj = adjacencyOf(graph);
  const rank = competitionRanks(perturbedMetric(adj, adj.outScores, metric).values);
  return new Map(adj.codes.map((c, i) => [c, rank[i]]));
}

export function createSystemSlice(source: DataSource): SliceCreator<SystemSlice> {
  return (set, get) => {
    let stop: AbortController | null = null;
    /** The current graph's system state with a patch, dropping results of any other graph. */
    const patch = (p: Partial<SystemState>) => set((s) => ({ system: { ...systemOf(s), ...p, graph: s.graph } }));

    async function otherGraph(id: string): Promise<InterlinkageGraph> {
      const s = get();
      const imported = s.imports.get(id);
      if (imported) return graphFromImport(imported.network, s.catalogue ?? undefined).graph;
      const entry = s.datasets.find((d) => d.id === id);
      if (!entry || !s.catalogue) throw new Error(`unknown dataset ${id}`);
      return buildGraph(s.catalogue, await source.fetchLinkDataset(entry));
    }

    return {
      system: { ...EMPTY, graph: null },

      computeLoops(maxLength = MAIN_THREAD_LOOP_LENGTH) {
        const graph = get().graph;
        if (!graph) return;
        if (maxLength <= MAIN_THREAD_LOOP_LENGTH) {
          patch({ loops: { ...findLoops(graph, { maxLength }, adjacencyOf(graph)), maxLength } });
          return;
        }
        patch({ loopsBusy: true });
        void import('../system-runner.ts')
          .then(({ runLoops }) => runLoops(graph, { maxLength }, new AbortController().signal))
          .then((r) => { if (get().graph === graph) patch({ loops: { ...r, maxLength }, loopsBusy: false }); })
          .catch(() => { if (get().graph === graph) patch({ loopsBusy: false }); });
      },

      showLoop(loop) {
        patch({ loop });
      },

      computeMicmac() {
        const graph = get().graph;
        if (graph) patch({ micmac: micmac(graph, adjacencyOf(graph)) });
      },

      propagateFrom(code) {
        const graph = get().graph;
        if (!graph) return;
        patch({ propagation: code && graph.hasNode(code) ? propagate(graph, code, {}, adjacencyOf(graph)) : null });
      },

      async runRobustness(options) {
        const graph = get().graph;
        if (!graph) return;
        stop?.abort();
        const controller = (stop = new AbortController());
        patch({ robustnessBusy: { done: 0, runs: options.runs ?? 1000 }, robustnessError: null });
        try {
          const { runRobustness } = await import('../system-runner.ts');
          const result = await runRobustness(graph, options, (p) => { if (stop === controller) patch({ robustnessBusy: p }); }, controller.signal);
          if (stop === controller && get().graph === graph) patch({ robustness: result, robustnessBusy: null });
        } catch (e) {
          if (stop !== controller || get().graph !== graph) return;
          patch({ robustnessBusy: null, robustnessError: isAbortError(e) ? null : messageOf(e) });
        } finally {
          if (stop === controller) stop = null;
        }
      },

      stopRobustness() {
        stop?.abort();
      },

      async diffWith(otherId, metric = 'out') {
        const graph = get().graph;
        if (!graph) return;
        if (!otherId) { patch({ diff: null, diffError: null }); return; }
        patch({ diffBusy: true, diffError: null });
        try {
          const [other, code] = await Promise.all([otherGraph(otherId), import('../../core/analysis/robust-metrics.ts')]);
          if (get().graph !== graph) return;
          const before = ranksBy(code, other, metric);
          const after = ranksBy(code, graph, metric);
          const ranks: RankChange[] = [];
          for (const [code, rank] of after) {
            const was = before.get(code) ?? null;
            if (was !== rank) ranks.push({ code, before: was, after: rank });
          }
          // the biggest moves first; nodes new in this network after them
          ranks.sort((a, b) => (a.before === null ? 1 : 0) - (b.before === null ? 1 : 0) || Math.abs(b.after - (b.before ?? b.after)) - Math.abs(a.after - (a.before ?? a.after)) || a.after - b.after);
          patch({ diff: { otherId, metric, links: diffGraphs(other, graph), ranks }, diffBusy: false });
        } catch (e) {
          if (get().graph === graph) patch({ diffBusy: false, diffError: messageOf(e) });
        }
      },
    };
  };
}
