// @vitest-environment jsdom
/**
 * A click or a filter change re-renders only the components that show it: the rest of the app keeps
 * its frame (issue 19). Real components on the real store, each wrapped in React's <Profiler>.
 */
import { describe, expect, it } from 'vitest';
import { Profiler, type ReactNode } from 'react';
import { act, render, waitFor } from '@testing-library/react';
import { StoreContext } from '../../src/state/store-context.tsx';
import { createStoreFromUrl } from '../../src/state/store-from-url.ts';
import { CyProvider } from '../../src/ui/canvas/cy-context.tsx';
import { TopBar } from '../../src/ui/TopBar.tsx';
import { SearchBox } from '../../src/ui/SearchBox.tsx';
import { ViewControls } from '../../src/ui/ViewControls.tsx';
import { Filters } from '../../src/ui/Filters.tsx';
import { GraphTable } from '../../src/ui/GraphTable.tsx';
import { Legend } from '../../src/ui/Legend.tsx';
import { EmptyCanvasNotice } from '../../src/ui/EmptyCanvasNotice.tsx';
import { RightPanel } from '../../src/ui/RightPanel.tsx';
import { diskDataSource } from '../helpers/bundled.ts';

const PARTS: Record<string, () => ReactNode> = {
  TopBar, SearchBox, ViewControls, Filters, GraphTable, Legend, EmptyCanvasNotice, RightPanel,
};

async function renderParts(search = '') {
  const { store, url } = createStoreFromUrl(diskDataSource, search);
  await store.getState().init(url.dataset, url.view);
  const renders = new Map<string, number>();
  const onRender = (id: string) => renders.set(id, (renders.get(id) ?? 0) + 1);
  render(
    <StoreContext.Provider value={store}>
      <CyProvider>
        {Object.entries(PARTS).map(([id, Part]) => <Profiler key={id} id={id} onRender={onRender}><Part /></Profiler>)}
      </CyProvider>
    </StoreContext.Provider>,
  );
  await waitFor(() => expect(store.getState().metrics).not.toBeNull());
  return { store, renders };
}

/** Which parts committed during `step`, with every effect and deferred render flushed. */
async function rendersDuring(renders: Map<string, number>, step: () => void): Promise<string[]> {
  await act(async () => {});
  renders.clear();
  act(step);
  await act(async () => {});
  return [...renders.keys()].sort();
}

describe('render scope', () => {
  it('a click re-renders only the parts that show the selection', async () => {
    const { store, renders } = await renderParts();
    // The first selection changes what the view controls offer (clear); the export menu's "only the
    // selection" is in its panel, which is loaded and rendered only once the menu opens.
    expect(await rendersDuring(renders, () => store.getState().selectNode('16.6.1'))).toEqual(['GraphTable', 'RightPanel', 'ViewControls']);
    // Moving it to another node: only the details and the accessible table change.
    expect(await rendersDuring(renders, () => store.getState().selectNode('2.3.1'))).toEqual(['GraphTable', 'RightPanel']);
    expect(await rendersDuring(renders, () => store.getState().selectNode('16.6.1'))).toEqual(['GraphTable', 'RightPanel']);
  });

  it('a filter change re-renders the filters and the counts, not the panels', async () => {
    const { store, renders } = await renderParts('?select=16.6.1');
    expect(await rendersDuring(renders, () => store.getState().setFilters({ goals: ['1'] }))).toEqual(['EmptyCanvasNotice', 'Filters', 'TopBar']);
    expect(await rendersDuring(renders, () => store.getState().setFilters({ goals: [] }))).toEqual(['EmptyCanvasNotice', 'Filters', 'TopBar']);
  });
});
