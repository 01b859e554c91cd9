/**
 * Work several metrics share, computed at most once per `computeAllMetrics` run and only when some
 * metric asks for it: the CSR adjacency, both reach profiles (one BFS per node yields reach 1–3 at
 * once) and first/second-order influence (second and total reuse first).
 */
import type { InterlinkageGraph } from '../graph/types.ts';
import { toAdjacency, toRecord, type Adjacency } from '../graph/adjacency.ts';
import { reachProfile } from './reach.ts';
import { firstOrderArray, secondOrderArray } from './influence-order.ts';

export interface MetricsOptions {
  betweenness?: boolean | 'auto';
  /** Louvain seed */
  seed?: string;
}

/** Steps the reach profiles go to (reach1–reach3, reachIn1–reachIn3). */
const REACH_STEPS = 3;

export class MetricContext {
  private adj?: Adjacency;
  private reach = new Map<'out' | 'in', Int32Array[]>();
  private firstOrder?: Float64Array;
  private secondOrder?: Float64Array;

  constructor(readonly graph: InterlinkageGraph, readonly options: MetricsOptions = {}) {}

  get adjacency(): Adjacency {
    return (this.adj ??= toAdjacency(this.graph));
  }

  /** profile[k-1][i] = nodes within k steps of node i, k = 1..REACH_STEPS. */
  reachProfile(direction: 'out' | 'in'): Int32Array[] {
    let p = this.reach.get(direction);
    if (!p) this.reach.set(direction, (p = reachProfile(this.adjacency, REACH_STEPS, direction)));
    return p;
  }

  get first(): Float64Array {
    return (this.firstOrder ??= firstOrderArray(this.adjacency));
  }

  get second(): Float64Array {
    return (this.secondOrder ??= secondOrderArray(this.adjacency, this.first));
  }

  /** Per-node values in adjacency (= graph) order → record keyed by code. */
  record(values: ArrayLike<number>): Record<string, number> {
    return toRecord(this.adjacency, values);
  }
}
