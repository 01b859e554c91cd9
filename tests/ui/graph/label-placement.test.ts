/** The placer's must-label mode (state/label-lod.ts) as the screen labels use it, and the wheel and glide arithmetic. */
import { describe, expect, it } from 'vitest';
import { labelBox, planLabels } from '../../../src/state/label-lod.ts';
import { wheelFactor, ZOOM_STEP } from '../../../src/ui/canvas/wheel-zoom.ts';
import { glideMs, LARGE_GRAPH_ELEMENTS, TRANSITION_BUDGET_MS } from '../../../src/ui/canvas/glide-budget.ts';

const vp = { width: 800, height: 600 };
const overlap = (a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('labels that must be shown', () => {
  // Eight neighbours 12 px apart in a row: one spot each above the node cannot hold them all.
  const row = Array.from({ length: 8 }, (_, i) => ({ x: 300 + i * 12, y: 300 }));
  const spotsOf = (p: { x: number; y: number }) => [0, 1, 2, 3].flatMap((k) => [
    { x: p.x, y: p.y - 20 - k * 20 }, { x: p.x, y: p.y + 20 + k * 20 }, { x: p.x + 50 + k * 40, y: p.y }, { x: p.x - 50 - k * 40, y: p.y },
  ]);

  it('moves a must-label to another spot round its node rather than drop it, and never overlaps', () => {
    const nodes = row.map((p, i) => ({ id: `m${i}`, x: p.x, y: p.y - 20, importance: 1000 + i, chars: 6, midChars: 6, must: true, spots: spotsOf(p), midSpots: spotsOf(p) }));
    const plan = planLabels(nodes, 12, vp);
    expect(plan.full.size + plan.mid.size).toBe(8);
    expect(plan.moved.size).toBeGreaterThan(0);
    const boxes = nodes.map((n) => { const at = plan.moved.get(n.id) ?? n; return labelBox(at.x, at.y, 6, 12); });
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j])).toBe(false);
  });

  it('without spots the same row loses labels (the spots are what keeps them)', () => {
    const nodes = row.map((p, i) => ({ id: `m${i}`, x: p.x, y: p.y - 20, importance: 1000 + i, chars: 6, midChars: 6, must: true }));
    const plan = planLabels(nodes, 12, vp);
    expect(plan.full.size + plan.mid.size).toBeLessThan(8);
  });

  it('places must-labels before a larger node that is not one', () => {
    const plan = planLabels([
      { id: 'big', x: 100, y: 100, importance: 999, chars: 6 },
      { id: 'neighbour', x: 104, y: 100, importance: 1000, chars: 6, must: true },
    ], 12, vp);
    expect([...plan.full]).toEqual(['neighbour']);
  });
});

describe('the wheel', () => {
  it('zooms ×1.25 a notch, the same in pixel and line mode, at most three notches an event', () => {
    expect(wheelFactor(-100, 0)).toBeCloseTo(ZOOM_STEP, 10);
    expect(wheelFactor(100, 0)).toBeCloseTo(1 / ZOOM_STEP, 10);
    expect(wheelFactor(-3, 1)).toBeCloseTo(wheelFactor(-99, 0), 10);
    expect(wheelFactor(-5000, 0)).toBeCloseTo(ZOOM_STEP ** 3, 10);
    // Four notches from the overview (0.42 at 1920×1080) pass zoom 1.
    expect(0.42 * wheelFactor(-100, 0) ** 4).toBeGreaterThan(1);
  });
});

describe('the glide budget', () => {
  it('glides in full first, shortens after an overrun, skips when little would be left or the graph is large', () => {
    expect(glideMs(450, 1812, null)).toBe(450);
    // 648 ms for a 450-ms glide: the next one is cut so that the whole transition fits the budget.
    const next = glideMs(450, 1812, { planned: 450, took: 648 });
    expect(next).toBeLessThan(450);
    expect(next).toBeGreaterThan(0);
    expect((TRANSITION_BUDGET_MS - (648 - 450)) / next).toBeGreaterThanOrEqual(648 / 450 - 1e-9);
    expect(glideMs(450, 1812, { planned: 450, took: 1500 })).toBe(0);
    expect(glideMs(450, LARGE_GRAPH_ELEMENTS + 1, null)).toBe(0);
    expect(glideMs(450, 1812, { planned: 450, took: 470 })).toBe(450);
  });
});
