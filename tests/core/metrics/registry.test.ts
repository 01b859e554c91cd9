import { describe, expect, it } from 'vitest';
import {
  CLI_RANK_METRICS, METRIC_DESCRIPTORS, METRIC_NAMES, isMetricName, metricLabelKey, metricShortLabelKey,
} from '../../../src/core/metrics/registry.ts';
import { MetricContext } from '../../../src/core/metrics/context.ts';
import { reachProfile } from '../../../src/core/metrics/reach.ts';
import { toAdjacency } from '../../../src/core/graph/adjacency.ts';
import { graphOf, kazakhstanGraph } from '../helpers.ts';

describe('metric registry', () => {
  it('names every descriptor once, in registry order', () => {
    expect(METRIC_NAMES).toEqual(METRIC_DESCRIPTORS.map((d) => d.id));
    expect(new Set(METRIC_NAMES).size).toBe(METRIC_NAMES.length);
    for (const d of METRIC_DESCRIPTORS) {
      expect(d.labelKey).toBe(`metrics.${d.id}`);
      if (d.shortLabelKey) expect(d.shortLabelKey).toBe(`shortMetrics.${d.id}`);
    }
  });

  it('recognises only registered names', () => {
    expect(isMetricName('pagerank')).toBe(true);
    expect(isMetricName('toString')).toBe(false);
    expect(isMetricName('nonsense')).toBe(false);
  });

  it('gives label keys, falling back to the full label where there is no short one', () => {
    expect(metricLabelKey('reach2')).toBe('metrics.reach2');
    expect(metricShortLabelKey('reach2')).toBe('shortMetrics.reach2');
    expect(metricShortLabelKey('reach3')).toBe('metrics.reach3');
  });

  it('offers the CLI its rankable metrics', () => {
    expect([...CLI_RANK_METRICS].sort()).toEqual(
      ['out', 'in', 'outStrength', 'inStrength', 'first', 'second', 'total', 'pagerank', 'betweenness', 'reach2'].sort(),
    );
  });
});

describe('MetricContext', () => {
  it('computes shared work once and matches the direct computation', () => {
    const g = kazakhstanGraph();
    const ctx = new MetricContext(g);
    expect(ctx.adjacency).toBe(ctx.adjacency);
    const out = ctx.reachProfile('out');
    expect(ctx.reachProfile('out')).toBe(out);
    expect(ctx.reachProfile('in')).not.toBe(out);
    expect(out.map((a) => [...a])).toEqual(reachProfile(toAdjacency(g), 3, 'out').map((a) => [...a]));
    expect(ctx.first).toBe(ctx.first);
    expect(ctx.second).toBe(ctx.second);
  });

  it('gives each descriptor a value for every node', () => {
    const g = graphOf([['A', 'B', 2], ['B', 'C', -1]], ['D']);
    const ctx = new MetricContext(g);
    for (const d of METRIC_DESCRIPTORS) expect(Object.keys(d.compute(ctx)).sort()).toEqual(['A', 'B', 'C', 'D']);
  });
});
