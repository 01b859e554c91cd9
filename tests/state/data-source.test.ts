/**
 * The bundled data's loader (state/data-source.ts) on the real data/ files: served by a stand-in for
 * the network that reads them from disk, so what is checked is which file is asked for when.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fetchCatalogue, fetchDatasetList, fetchLinkDataset, prefetchBundledData } from '../../src/state/data-source.ts';
import { datasetToOpen } from '../../src/state/dataset-to-open.ts';

const DATA = resolve(import.meta.dirname, '../../data');

/** Serves data/<name>.json; the catalogue only when `releaseCatalogue` is called. */
function serveData() {
  const asked: string[] = [];
  let releaseCatalogue = () => {};
  const gate = new Promise<void>((ok) => { releaseCatalogue = ok; });
  vi.stubGlobal('fetch', async (url: string) => {
    const file = String(url).split('/').pop()!.split('?')[0];
    asked.push(file);
    if (file === 'catalogue.json') await gate;
    return new Response(readFileSync(resolve(DATA, file)), { status: 200 });
  });
  return { asked, releaseCatalogue };
}

afterEach(() => { vi.unstubAllGlobals(); });

describe('prefetchBundledData', () => {
  it('asks for the default links while the catalogue is still on its way, and hands each file out once', async () => {
    const net = serveData();
    prefetchBundledData(undefined);
    const list = await fetchDatasetList();
    await vi.waitFor(() => expect(net.asked).toContain(list[0].file));
    expect(net.asked.filter((f) => f === 'catalogue.json')).toHaveLength(1); // not yet answered
    net.releaseCatalogue();
    const [catalogue, links] = await Promise.all([fetchCatalogue(), fetchLinkDataset(list[0])]);
    expect(catalogue.goals).toHaveLength(17);
    expect(links.id).toBe(list[0].id);
    expect(links.illustrative).toBe(true);
    // Taken once: asking again (a retry, a re-open) goes to the network, so no failure is kept.
    await fetchLinkDataset(list[0]);
    expect(net.asked.filter((f) => f === list[0].file)).toHaveLength(2);
  });

  it('prefetches the dataset the link names, and no links when the page opens another file first', async () => {
    const net = serveData();
    net.releaseCatalogue();
    prefetchBundledData('kz-vnr2025-goal-links');
    await fetchDatasetList();
    await vi.waitFor(() => expect(net.asked).toContain('kz-vnr2025-goal-links.json'));
    expect(net.asked).not.toContain('kz-illustrative-indicator-links.json');
    await fetchCatalogue();
    await fetchLinkDataset((await fetchDatasetList()).find((d) => d.id === 'kz-vnr2025-goal-links')!);

    net.asked.length = 0;
    prefetchBundledData(undefined, false);
    await fetchDatasetList();
    await fetchCatalogue();
    expect(net.asked.sort()).toEqual(['catalogue.json', 'datasets.json']);
  });

  it('prefetches what the store will open: the first dataset for an unknown id, nothing for an import this page has not got', async () => {
    const net = serveData();
    net.releaseCatalogue();
    prefetchBundledData('no-such-dataset'); // an old link: the store opens the list's first in its place
    const list = await fetchDatasetList();
    await vi.waitFor(() => expect(net.asked).toContain(list[0].file));
    expect(datasetToOpen(list, 'no-such-dataset')).toEqual({ kind: 'open', entry: list[0] });
    await fetchCatalogue();
    await fetchLinkDataset(list[0]);

    net.asked.length = 0;
    prefetchBundledData('import:abc'); // the store says it is missing and opens nothing
    await fetchDatasetList(); // the prefetch's own rule ran on this same list before this line continues
    await fetchCatalogue();
    expect(net.asked.sort()).toEqual(['catalogue.json', 'datasets.json']);
    expect(datasetToOpen(list, 'import:abc')).toEqual({ kind: 'missingImport', id: 'import:abc' });
  });
});
