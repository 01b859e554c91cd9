/** Save and restore the whole session through the app store (see core/io/session.ts for the file). */
import type { AppStore } from '../store.ts';
import { parseSession, serialiseSession, type SessionResult } from '../../core/io/session.ts';
import { message } from '../../core/model/message.ts';
import { addImportedDataset, importedDatasets, isImportedId } from './imported-datasets.ts';

export function sessionText(store: AppStore): string {
  const s = store.getState();
  const view = s.view ?? { select: [], depth: 1, direction: 'out', layout: 'goals', goalLevel: false };
  const imports = importedDatasets(store);
  const entry = s.datasets.find((d) => d.id === s.datasetId);
  const illustrative = entry?.illustrative === true || s.graph?.getAttribute('illustrative') === true;
  return serialiseSession({
    datasetId: s.datasetId, lang: s.lang,
    view: { select: [...view.select], depth: view.depth, direction: view.direction, layout: view.layout, goalLevel: view.goalLevel },
    imported: imports, scenes: s.scenes ?? [], ...(s.marks && Object.keys(s.marks).length ? { marks: s.marks } : {}),
    illustrative, ...(entry?.provenance ? { provenance: entry.provenance } : {}),
    ...(s.pathResult || s.portfolio ? { questions: {
      path: s.pathResult ? { from: s.pathResult.from, to: s.pathResult.to, longer: s.pathResult.longer ?? false } : null,
      portfolio: s.portfolio ? { k: s.portfolio.k, depth: s.portfolio.depth } : null,
    } } : {}),
  });
}

/**
 * Restores a session; on any problem returns the message and leaves the current session as it is
 * (nothing is changed before the file has been fully validated).
 */
export async function restoreSession(store: AppStore, text: string, fileName = 'session file'): Promise<SessionResult> {
  const parsed = parseSession(text, fileName);
  if (!parsed.ok) return parsed;
  const { session } = parsed;
  const s = store.getState();
  const known = new Set([...s.datasets.map((d) => d.id), ...session.imported.map((i) => i.id)]);
  if (session.datasetId && !known.has(session.datasetId)) {
    return { ok: false, error: message('sessionUnknownDataset', { file: fileName, dataset: session.datasetId }) };
  }
  for (const item of session.imported) {
    await addImportedDataset(store, item.network, item.fileName, { open: false, id: item.id });
  }
  if (session.lang !== s.lang) s.setLang(session.lang);
  const view = { ...session.view, layout: session.view.layout as never };
  if (session.datasetId) {
    await store.getState().openDataset(session.datasetId, view);
    if (!isImportedId(session.datasetId) && typeof store.getState().setView === 'function') store.getState().setView(view, { record: false });
  }
  // Scenes and marks (presentation feature) come back last, once their dataset is open.
  const st = store.getState();
  // Already parsed and typed by the session schema (core/model/view-schema.ts).
  if (typeof st.setScenes === 'function') st.setScenes(session.scenes);
  if (typeof st.setMarks === 'function') st.setMarks(session.marks ?? Object.create(null));
  // The path and portfolio are asked again of the graph now on screen.
  const q = session.questions;
  if (q?.path && st.graph?.hasNode(q.path.from) && st.graph.hasNode(q.path.to)) st.findPaths(q.path.from, q.path.to, { longer: q.path.longer });
  if (q?.portfolio) st.runPortfolio(q.portfolio.k, q.portfolio.depth);
  return parsed;
}
