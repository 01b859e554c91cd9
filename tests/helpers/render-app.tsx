/** The whole app rendered in jsdom as a link would open it: the real store on the files in data/. */
import { render } from '@testing-library/react';
import { App } from '../../src/ui/App.tsx';
import { StoreContext } from '../../src/state/store-context.tsx';
import { createStoreFromUrl } from '../../src/state/store-from-url.ts';
import type { AppStore } from '../../src/state/store.ts';
import { diskDataSource } from './bundled.ts';

export async function renderApp(search = ''): Promise<AppStore> {
  const { store, url } = createStoreFromUrl(diskDataSource, search);
  await store.getState().init(url.dataset, url.view);
  render(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
  );
  return store;
}

/**
 * How long a component test waits for a lazily loaded tab (rankings, paths, portfolio, scenes): on a
 * cold run, as in CI's fresh clone, transforming a tab's modules took more than testing-library's 1 s.
 */
export const LAZY_TAB = { timeout: 10_000 };
