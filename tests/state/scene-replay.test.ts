/**
 * A scene replays identically whichever scene was on screen before it: level, selection, filters,
 * depth, direction, layout, size metric and the links it highlights. Real store, real bundled data.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store.ts';
import { diskDataSource } from '../helpers/bundled.ts';
import { saveThreeScenes, shown } from './scene-fixtures.ts';

const ORDERS = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];

describe('scene replay', () => {
  it('a goal-level scene reached from an indicator scene keeps its selection (goal 2)', async () => {
    const store = createAppStore(diskDataSource);
    await saveThreeScenes(store);
    await store.getState().goToScene(0);
    await store.getState().goToScene(1);
    const s = store.getState();
    expect(s.view.goalLevel).toBe(true);
    expect(s.view.select).toEqual(['2']);
    expect(s.highlight?.links.length).toBeGreaterThan(0);
    expect(s.highlight!.links.length).toBeLessThan(s.graph!.size);
    // and back: the indicator scene keeps its indicator
    await store.getState().goToScene(0);
    expect(store.getState().view).toMatchObject({ goalLevel: false, select: ['16.6.1'] });
  });

  it('every scene shows what was saved, in every order', async () => {
    const store = createAppStore(diskDataSource);
    const direct = await saveThreeScenes(store);
    expect(direct[1]).toMatchObject({ goalLevel: true, select: ['2'], sizeMetric: 'pagerank' });
    expect(direct[2]).toMatchObject({ goalLevel: false, select: ['3.8.1'], depth: 2, direction: 'both', layout: 'grid', sizeMetric: 'in' });
    expect(direct[2].filters).toEqual({ goals: ['3', '4'], classes: ['accelerator', 'integrated'] });
    expect(direct[0]).toMatchObject({ select: ['16.6.1'], filters: { goals: [], classes: [] }, visible: null });
    for (const order of ORDERS) {
      for (const i of order) {
        await store.getState().goToScene(i);
        expect(shown(store), `scene ${i} in order ${order.join('')}`).toEqual(direct[i]);
      }
    }
  });
});
