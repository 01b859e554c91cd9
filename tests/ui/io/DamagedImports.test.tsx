// @vitest-environment jsdom
/**
 * Damaged saved imports are listed in the session menu with the reason and deleted one by one. The
 * browser's storage is the store's own storage interface over an in-memory map of raw records, read
 * back through the same record check as IndexedDB (fake-indexeddb is not installed).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/store.ts';
import { StoreContext } from '../../../src/state/store-context.tsx';
import { installImportedDatasets } from '../../../src/state/io/imported-datasets.ts';
import { checkRecord, type ImportPersistence } from '../../../src/state/io/persistence.ts';
import type { SessionImport } from '../../../src/core/io/session.ts';
import { readGraphFile } from '../../../src/core/io/read-graph-file.ts';
import { SessionMenu } from '../../../src/ui/io/SessionMenu.tsx';
import { diskDataSource } from '../../helpers/bundled.ts';

function mapPersistence(records: Map<string, unknown>): ImportPersistence {
  return {
    async loadAll() {
      const items: SessionImport[] = [];
      const problems = [];
      for (const [key, value] of records) {
        const r = checkRecord(key, value);
        if ('code' in r) problems.push(r);
        else items.push(r);
      }
      return { items, problems };
    },
    async save(item) { records.set(item.id, { version: 1, ...item }); },
    async remove(id) { records.delete(id); },
  };
}

async function setup(lang: 'en' | 'ru' | 'kk' = 'en') {
  const read = readGraphFile('edges.csv', readFileSync(resolve(import.meta.dirname, '../../fixtures/edges.csv'), 'utf8'));
  if (!read.ok) throw new Error('fixture');
  const n = read.network;
  const records = new Map<string, unknown>([
    ['import:edges', { version: 1, id: 'import:edges', name: 'edges.csv', fileName: 'edges.csv', importedAt: 'x', network: n }],
    ['import:bad', { version: 1, id: 'import:bad', name: 'bad', network: { ...n, links: [{ source: 'a', target: 'b', score: 'high' }] } }],
    ['import:old', { version: 7, id: 'import:old', name: 'old', network: n }],
  ]);
  const persistence = mapPersistence(records);
  const store = createAppStore(diskDataSource);
  await store.getState().init();
  if (lang !== 'en') store.getState().setLang(lang);
  // As the app does at start (store-from-url.ts), before the menu is drawn.
  await installImportedDatasets(store, persistence);
  render(<StoreContext.Provider value={store}><SessionMenu /></StoreContext.Provider>);
  return { store, records, persistence };
}

describe('SessionMenu: damaged saved imports', () => {
  it('lists each damaged record with why, and Delete removes it from the browser', async () => {
    const { store, records, persistence } = await setup();
    const items = await screen.findAllByTestId('damaged-import');
    expect(items.map((i) => i.getAttribute('data-key'))).toEqual(['import:bad', 'import:old']);
    expect(items[0].textContent).toContain('saved import import:bad is damaged (network.links[0].score) and was skipped');
    // The good one is open-able and not listed.
    expect(store.getState().imports.has('import:edges')).toBe(true);
    await act(async () => { fireEvent.click(within(items[0]).getByTestId('damaged-delete')); });
    await waitFor(() => expect(screen.getAllByTestId('damaged-import')).toHaveLength(1));
    expect(records.has('import:bad')).toBe(false);
    expect(records.has('import:edges')).toBe(true);
    expect(screen.getByTestId('session-message').textContent).toBe('The damaged saved import import:bad was deleted from this browser.');
    // Read back after a reload: one damaged record is left.
    expect((await persistence.loadAll()).problems.map((p) => p.params?.key)).toEqual(['import:old']);
    await act(async () => { fireEvent.click(screen.getByTestId('damaged-delete')); });
    await waitFor(() => expect(screen.queryByTestId('damaged-imports')).toBeNull());
    expect([...records.keys()]).toEqual(['import:edges']);
  });

  it.each([['ru', 'Удалить', 'Сохранённые импорты, которые не удаётся открыть'], ['kk', 'Жою', 'Ашылмайтын сақталған импорттар']])('is labelled in %s', async (lang, del, title) => {
    await setup(lang as 'ru' | 'kk');
    expect((await screen.findAllByTestId('damaged-delete'))[0].textContent).toBe(del);
    expect(screen.getByTestId('damaged-imports').getAttribute('aria-label')).toBe(title);
  });
});
