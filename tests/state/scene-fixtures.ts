/** Scenes for the replay and persistence tests: saved on the real store from the bundled data. */
import { createAppStore, type AppStore } from '../../src/state/store.ts';
import { diskDataSource } from '../helpers/bundled.ts';

/** What a viewer sees of a scene, read from the store. */
export const shown = (store: AppStore) => {
  const s = store.getState();
  return {
    goalLevel: s.view.goalLevel, select: s.view.select, depth: s.view.depth, direction: s.view.direction,
    layout: s.view.layout, filters: s.filters, sizeMetric: s.sizeMetric,
    links: s.highlight?.links.length ?? null, graphLinks: s.graph?.size ?? null, visible: s.visible?.size ?? null,
  };
};

/** Three scenes: an indicator, a goal-level one (goal 2), and a filtered depth-2 one in another layout. */
export async function saveThreeScenes(store: AppStore) {
  const s = () => store.getState();
  if (!s().graph) await s().init(undefined, { select: ['16.6.1'] });
  s().setView({ select: ['16.6.1'] });
  s().saveScene({ zoom: 1.5, pan: { x: 10, y: 20 }, viewSize: { w: 1280, h: 720 } }, 'Governance');
  s().setView({ goalLevel: true });
  s().setView({ select: ['2'] });
  s().setSizeMetric('pagerank');
  s().saveScene({ zoom: 0.8, pan: { x: 0, y: 5 } }, 'Goal 2');
  s().setView({ goalLevel: false });
  s().setView({ select: ['3.8.1'], depth: 2, direction: 'both', layout: 'grid' });
  s().setFilters({ goals: ['3', '4'], classes: ['accelerator', 'integrated'] });
  s().setSizeMetric('in');
  s().saveScene({}, 'Health, filtered');
  // Record what each looks like when entered directly, from a fresh store.
  const direct: ReturnType<typeof shown>[] = [];
  for (let i = 0; i < 3; i++) {
    const fresh = createAppStore(diskDataSource);
    await fresh.getState().init();
    fresh.getState().setScenes(s().scenes);
    await fresh.getState().goToScene(i);
    direct.push(shown(fresh));
  }
  return direct;
}
