// @vitest-environment jsdom
/** Removing a saved import from the session menu, with the real store and component. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/store.ts';
import { StoreContext } from '../../../src/state/store-context.tsx';
import { addImportedDataset } from '../../../src/state/io/imported-datasets.ts';
import { readGraphFile } from '../../../src/core/io/read-graph-file.ts';
import { SessionMenu } from '../../../src/ui/io/SessionMenu.tsx';
import { sessionText } from '../../../src/state/io/session-actions.ts';
import { diskDataSource } from '../../helpers/bundled.ts';

async function setup(lang: 'en' | 'ru' = 'en') {
  const store = createAppStore(diskDataSource);
  await store.getState().init();
  if (lang !== 'en') store.getState().setLang(lang);
  render(<StoreContext.Provider value={store}><SessionMenu /></StoreContext.Provider>);
  const read = readGraphFile('matrix.csv', readFileSync(resolve(import.meta.dirname, '../../fixtures/matrix.csv'), 'utf8'));
  if (!read.ok) throw new Error('fixture');
  const bundled = store.getState().datasetId;
  let id = '';
  await act(async () => { id = await addImportedDataset(store, read.network, 'matrix.csv'); });
  return { store, id, bundled };
}

describe('SessionMenu: remove an imported dataset', () => {
  it('offers to remove the open import, then lists it no more and shows a bundled dataset', async () => {
    const { store, id, bundled } = await setup();
    expect(store.getState().datasetId).toBe(id);
    const button = await screen.findByTestId('import-remove');
    expect(button.textContent).toBe('Remove “matrix.csv” from this browser');
    await act(async () => { fireEvent.click(button); });
    await waitFor(() => expect(store.getState().datasetId).toBe(bundled));
    expect(store.getState().datasets.map((d) => d.id)).not.toContain(id);
    expect(store.getState().imports.get(id)).toBeUndefined();
    expect(screen.queryByTestId('import-remove')).toBeNull();
    expect(screen.getByTestId('session-message').textContent).toBe('“matrix.csv” was removed from this browser.');
  });

  it('is labelled in the interface language and absent for bundled datasets', async () => {
    const { store, bundled } = await setup('ru');
    expect((await screen.findByTestId('import-remove')).textContent).toBe('Удалить «matrix.csv» из этого браузера');
    await act(async () => { await store.getState().openDataset(bundled!); });
    expect(screen.queryByTestId('import-remove')).toBeNull();
  });
});

describe('SessionMenu: opening a session file shows its progress', () => {
  it('says it is reading, then how many imported datasets were checked, then that it is restored', async () => {
    // A session with an imported network, saved from one store and opened in another.
    const { store: from } = await setup();
    const text = sessionText(from);
    cleanup();
    const store = createAppStore(diskDataSource);
    await store.getState().init();
    render(<StoreContext.Provider value={store}><SessionMenu /></StoreContext.Provider>);
    const seen: string[] = [];
    const menu = screen.getByTestId('session-menu');
    const watch = new MutationObserver(() => {
      const m = menu.querySelector('[data-testid=session-message]')?.textContent;
      if (m && seen.at(-1) !== m) seen.push(m);
    });
    watch.observe(menu, { subtree: true, childList: true, characterData: true });
    // jsdom's File has no text(); the browser's does.
    const file = Object.assign(new File([text], 'big-session.json', { type: 'application/json' }), { text: async () => text });
    await act(async () => { fireEvent.change(screen.getByTestId('session-input'), { target: { files: [file] } }); });
    await waitFor(() => expect(screen.getByTestId('session-message').textContent).toBe('Session “big-session.json” restored.'));
    watch.disconnect();
    expect(seen).toEqual([
      'Reading big-session.json…',
      'restoring the session: 1 of 1 imported datasets checked',
      'Session “big-session.json” restored.',
    ]);
    expect(store.getState().datasetId).toBe(from.getState().datasetId);
  });
});
