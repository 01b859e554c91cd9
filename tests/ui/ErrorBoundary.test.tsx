// @vitest-environment jsdom
/** A failing part shows a message in place; its siblings, the store and the open dataset stay. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { createAppStore } from '../../src/state/store.ts';
import { StoreContext } from '../../src/state/store-context.tsx';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary.tsx';
import { diskDataSource } from '../helpers/bundled.ts';

let broken = true;
function Fragile() {
  if (broken) throw new RangeError('Maximum call stack size exceeded');
  return <p>preview shown</p>;
}

function Page() {
  const [n, setN] = useState(0);
  return (
    <div>
      <button type="button" onClick={() => setN(n + 1)}>sibling {n}</button>
      <ErrorBoundary onDismiss={() => setN(-1)}><Fragile /></ErrorBoundary>
    </div>
  );
}

afterEach(() => { vi.restoreAllMocks(); broken = true; });

describe('ErrorBoundary', () => {
  it.each([['en', 'This part could not be shown', 'Try again'], ['ru', 'Эту часть не удалось показать', 'Повторить'], ['kk', 'Бұл бөлікті көрсету мүмкін болмады', 'Қайталау']] as const)('%s: message in place, rest of the tree and the dataset stay, Try again re-renders', async (lang, text, retry) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = createAppStore(diskDataSource);
    await store.getState().init();
    store.getState().setLang(lang);
    const dataset = store.getState().datasetId;
    const graph = store.getState().graph;
    render(<StoreContext.Provider value={store}><Page /></StoreContext.Provider>);
    expect(screen.getByRole('alert').textContent).toContain(text);
    fireEvent.click(screen.getByText('sibling 0'));
    expect(screen.getByText('sibling 1')).toBeTruthy();
    expect(store.getState().datasetId).toBe(dataset);
    expect(store.getState().graph).toBe(graph);
    broken = false;
    act(() => { fireEvent.click(screen.getByText(retry)); });
    expect(screen.getByText('preview shown')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
