/**
 * A scene replays identically whichever scene was on screen before it: level, selection, filters,
 * depth, direction, layout, size metric and the links it highlights. Real store, real bundled data.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store.ts';
import { diskDataSource } from '../helpers/bundled.ts';
import { saveThreeScenes, shown } from './scene-fixtures.ts';
import { parseScenes } from '../../src/core/model/view-schema.ts';

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

describe('scenes carry the path and the portfolio', () => {
  it('a scene saved with a path and a portfolio asks them again; one saved without clears them', async () => {
    const store = createAppStore(diskDataSource);
    const s = () => store.getState();
    await s().init();
    s().setView({ select: ['7.1.1'] });
    s().findPaths('7.1.1', '3.6.1', { longer: true });
    s().runPortfolio(5, 2);
    const asked = { paths: s().pathResult!.paths, picks: s().portfolio!.picks.map((p) => p.code) };
    s().saveScene({}, 'Energy to road safety');
    s().clearPaths();
    store.setState({ portfolio: null }); // the panel has no "clear"; a new graph starts without one
    s().setView({ select: ['16.6.1'] });
    s().saveScene({}, 'No questions');
    await s().goToScene(0);
    expect(s().pathResult).toMatchObject({ from: '7.1.1', to: '3.6.1', longer: true });
    expect(s().pathResult!.paths).toEqual(asked.paths);
    expect(s().portfolio).toMatchObject({ k: 5, depth: 2 });
    expect(s().portfolio!.picks.map((p) => p.code)).toEqual(asked.picks);
    await s().goToScene(1);
    expect(s().pathResult).toBeNull();
    expect(s().portfolio).toBeNull();
  });

  it('the questions survive a goal-level scene in between and a session round trip of the scenes', async () => {
    const store = createAppStore(diskDataSource);
    const s = () => store.getState();
    await s().init();
    s().findPaths('7.1.1', '3.6.1');
    s().saveScene({}, 'Path');
    s().setView({ goalLevel: true });
    s().setView({ select: ['2'] });
    s().saveScene({}, 'Goal 2');
    // The scenes as a session file carries them: JSON, parsed again by the scene schema.
    const fresh = createAppStore(diskDataSource);
    await fresh.getState().init();
    fresh.getState().setScenes(parseScenes(JSON.parse(JSON.stringify(s().scenes))));
    await fresh.getState().goToScene(1);
    expect(fresh.getState().pathResult).toBeNull();
    await fresh.getState().goToScene(0);
    expect(fresh.getState().view.goalLevel).toBe(false);
    expect(fresh.getState().pathResult).toMatchObject({ from: '7.1.1', to: '3.6.1' });
    expect(fresh.getState().pathResult!.paths.length).toBeGreaterThan(0);
  });
});

describe('scenes carry the choice of the file\'s own colours and sizes', () => {
  it('replays the choice saved with it, and one saved before the choice was kept leaves it as it is', async () => {
    const store = createAppStore(diskDataSource);
    const s = () => store.getState();
    await s().init();
    s().setFileStyle({ colours: false, sizes: true });
    s().saveScene({}, 'Own colours off');
    s().setFileStyle({ colours: true, sizes: false });
    s().saveScene({}, 'Own sizes off');
    await s().goToScene(0);
    expect(s().fileStyle).toEqual({ colours: false, sizes: true });
    await s().goToScene(1);
    expect(s().fileStyle).toEqual({ colours: true, sizes: false });
    // Through a session file or the browser's storage the choice comes back the same.
    const [again] = parseScenes(JSON.parse(JSON.stringify(s().scenes)));
    expect(again.fileStyle).toEqual({ colours: false, sizes: true });
    // An older scene has no such field: playing it keeps what is on screen.
    const { fileStyle: _dropped, ...old } = JSON.parse(JSON.stringify(s().scenes[0])) as Record<string, unknown>;
    const [legacy] = parseScenes([old]);
    expect(legacy.fileStyle).toBeNull();
    s().setScenes([legacy]);
    s().setFileStyle({ colours: false, sizes: false });
    await s().goToScene(0);
    expect(s().fileStyle).toEqual({ colours: false, sizes: false });
  });
});
