/**
 * `?src=path/to/file` opens a network file that sits next to the app (same origin only: the page's
 * Content-Security-Policy refuses any other), through the same import worker as the file picker. It
 * lets a team publish the app and its own matrix in one folder, and the benchmark open big graphs.
 */
import type { AppStore } from '../store.ts';
import { parseFile } from './import-client.ts';
import { addImportedDataset, installImportedDatasets } from './imported-datasets.ts';
import { indexedDbPersistence } from './persistence.ts';
import type { UrlState } from '../view.ts';
import { MessageError } from '../../core/model/message.ts';
import { messageOf, stateMessage } from '../messages.ts';

/**
 * `fallback` is the rest of the link: when the file cannot be opened and nothing is on screen yet
 * (the app skips the bundled dataset while a `?src=` file loads), that dataset opens instead.
 */
export async function openFromUrl(store: AppStore, src: string, fallback: UrlState = { view: {} }): Promise<boolean> {
  const name = decodeURIComponent(src.split(/[?#]/)[0].split('/').pop() || 'network');
  try {
    const url = new URL(src, location.href);
    if (url.origin !== location.origin) throw new MessageError(stateMessage('linkCrossOrigin'));
    const res = await fetch(url);
    if (!res.ok) throw new MessageError(stateMessage('linkHttpStatus', { status: res.status }));
    const blob = Object.assign(await res.blob(), { name });
    const result = await parseFile(blob).promise;
    if (!result) return false;
    if (!result.ok) throw new MessageError(result.error);
    installImportedDatasets(store, indexedDbPersistence());
    await addImportedDataset(store, result.network, name);
    return true;
  } catch (e) {
    // Nothing is lost: the dataset already on screen stays, or the bundled one opens.
    const s = store.getState();
    const first = s.datasets.find((d) => d.id === fallback.dataset) ?? s.datasets[0];
    if (!s.graph && first) await s.openDataset(first.id, fallback.view);
    store.setState({ error: stateMessage('linkOpenFailed', { name }, messageOf(e)) });
    return false;
  }
}
