import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store.ts';
import { parseMarks, parseScenes } from '../../src/core/model/view-schema.ts';
import { labelBox, planLabels } from '../../src/state/label-lod.ts';
import { diskDataSource } from '../helpers/bundled.ts';

describe('present slice', () => {
  it('keeps scenes independent of later view changes and survives a JSON round trip', async () => {
    const store = createAppStore(diskDataSource);
    await store.getState().init(undefined, { select: ['16.6.1'] });
    const s1 = store.getState().saveScene({ positions: { '16.6.1': { x: 1, y: 2 } }, zoom: 0.5, pan: { x: 3, y: 4 } }, 'A');
    store.getState().setView({ select: ['1.2.2'] });
    expect(store.getState().scenes[0].view.select).toEqual(['16.6.1']);
    const back = parseScenes(JSON.parse(JSON.stringify(store.getState().scenes)));
    expect(back).toEqual([{ ...s1 }]);
    expect(parseScenes([null, 3, { caption: 7 }])).toHaveLength(1);
    expect(parseScenes('nope')).toEqual([]);
  });

  it('deleting the current scene keeps the index in range; marks trim their note', async () => {
    const store = createAppStore(diskDataSource);
    await store.getState().init();
    const a = store.getState().saveScene({}, 'a');
    store.getState().saveScene({}, 'b');
    expect(store.getState().sceneIndex).toBe(1);
    store.getState().deleteScene(store.getState().scenes[1].id);
    expect(store.getState().sceneIndex).toBe(0);
    store.getState().deleteScene(a.id);
    expect(store.getState().sceneIndex).toBe(-1);
    store.getState().setMark('16.6.1', 'discussed', '  two\nlines  ');
    expect(store.getState().marks['16.6.1']).toEqual({ kind: 'discussed', note: 'two lines' });
    expect(parseMarks({ x: { kind: 'bogus' }, y: { kind: 'priority' } })).toEqual({ y: { kind: 'priority', note: '' } });
  });
});

describe('label level of detail', () => {
  const vp = { width: 1000, height: 600 };
  it('never places two overlapping labels and prefers the most important', () => {
    const nodes = Array.from({ length: 200 }, (_, i) => ({ id: `n${i}`, x: (i * 37) % 1000, y: (i * 53) % 600, importance: i, chars: 6 }));
    const { full } = planLabels(nodes, 30, vp);
    const boxes = [...full].map((id) => { const n = nodes.find((m) => m.id === id)!; return labelBox(n.x, n.y, n.chars, 30); });
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
    }
    expect(full.has('n199')).toBe(true);
    expect(full.size).toBeGreaterThan(10);
    expect(full.size).toBeLessThan(200);
  });

  it('gives the slot to the more important of two overlapping nodes, and a short label where a long one does not fit', () => {
    const plan = planLabels([
      { id: 'big', x: 100, y: 100, importance: 10, chars: 6, shortChars: 2 },
      { id: 'small', x: 110, y: 100, importance: 1, chars: 6, shortChars: 2 },
      { id: 'near', x: 100, y: 160, importance: 0, chars: 12, shortChars: 2 },
    ], 30, vp);
    expect([...plan.full]).toContain('big');
    expect(plan.full.has('small')).toBe(false);
    expect(plan.full.has('near') || plan.short.has('near')).toBe(true);
  });

  it('keeps labels out of areas covered by the legend', () => {
    const legend = { x0: 0, y0: 450, x1: 400, y1: 600 };
    const nodes = [{ id: 'under', x: 100, y: 500, importance: 9, chars: 5 }, { id: 'clear', x: 700, y: 500, importance: 1, chars: 5 }];
    expect([...planLabels(nodes, 30, vp, 24, [legend]).full]).toEqual(['clear']);
    expect(planLabels(nodes, 30, vp).full.has('under')).toBe(true);
  });

  it('skips labels outside the viewport', () => {
    expect(planLabels([{ id: 'off', x: -500, y: 10, importance: 1, chars: 4 }], 30, vp).full.size).toBe(0);
  });
});

describe('session file carries scenes and marks', () => {
  it('saves and restores them through the io helper', async () => {
    const { sessionText, restoreSession } = await import('../../src/state/io/session-actions.ts');
    const store = createAppStore(diskDataSource);
    await store.getState().init(undefined, { select: ['16.6.1'] });
    store.getState().saveScene({ zoom: 1, pan: { x: 0, y: 0 } }, 'Governance');
    store.getState().setMark('16.6.1', 'priority', 'budget');
    const text = sessionText(store);
    const other = createAppStore(diskDataSource);
    await other.getState().init();
    const r = await restoreSession(other, text, 'x.json');
    expect(r.ok).toBe(true);
    expect(other.getState().scenes.map((s) => s.caption)).toEqual(['Governance']);
    expect(other.getState().marks).toEqual({ '16.6.1': { kind: 'priority', note: 'budget' } });
  });
});
