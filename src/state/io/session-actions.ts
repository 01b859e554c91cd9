/** Save and restore the whole session through the app store (see core/io/session.ts for the file). */
import type { AppStore } from '../store.ts';
import { parseSession, serialiseSession, type SessionResult } from '../../core/io/session.ts';
import { message, type AppMessage } from '../../core/model/message.ts';
import { importedDatasets, isImportedId, saveImport } from './imported-datasets.ts';
import { stateMessage } from '../messages.ts';

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
    // The whole view: what is shown (goal and class filters) and how nodes are sized.
    ...(s.filters ? { filters: { goals: [...s.filters.goals], classes: [...s.filters.classes] } } : {}),
    ...(s.sizeMetric ? { sizeMetric: s.sizeMetric } : {}),
  });
}

/**
 * Restores a session, all or nothing: the file is fully validated first (its imports through the same
 * checks as any import), then the imports are registered together and the dataset opened; if that
 * fails, the imports it added are taken back and the message returned. They are saved in the
 * browser only once the session is on screen. `onProgress` hears each step of a big file.
 */
export async function restoreSession(store: AppStore, text: string, fileName = 'session file', onProgress: (m: AppMessage) => void = () => {}): Promise<SessionResult> {
  const parsed = parseSession(text, fileName);
  if (!parsed.ok) return parsed;
  const { session } = parsed;
  const s = store.getState();
  const known = new Set([...s.datasets.map((d) => d.id), ...session.imported.map((i) => i.id)]);
  if (session.datasetId && !known.has(session.datasetId)) {
    return { ok: false, error: message('sessionUnknownDataset', { file: fileName, dataset: session.datasetId }) };
  }
  const total = session.imported.length;
  onProgress(stateMessage('sessionRestoring', { done: total, total }));
  const before = { imports: s.imports, lang: s.lang };
  s.registerImports(session.imported);
  if (session.lang !== s.lang) s.setLang(session.lang);
  const view = { ...session.view, layout: session.view.layout as never };
  if (session.datasetId) {
    await store.getState().openDataset(session.datasetId, view);
    if (store.getState().datasetId !== session.datasetId) {
      // Nothing half-restored: the imports this file added go again, the language comes back.
      const added = session.imported.filter((i) => !before.imports.has(i.id));
      for (const i of added) store.getState().forgetImport(i.id);
      if (before.lang !== store.getState().lang) store.getState().setLang(before.lang);
      return { ok: false, error: store.getState().error ?? message('sessionUnknownDataset', { file: fileName, dataset: session.datasetId }) };
    }
    if (!isImportedId(session.datasetId) && typeof store.getState().setView === 'function') store.getState().setView(view, { record: false });
  }
  for (const item of session.imported) saveImport(store, item);
  // Filters, size metric, scenes and marks come back last, once their dataset is open.
  const st = store.getState();
  if (session.filters && typeof st.setFilters === 'function') st.setFilters(session.filters);
  if (session.sizeMetric && typeof st.setSizeMetric === 'function') st.setSizeMetric(session.sizeMetric);
  // Already parsed and typed by the session schema (core/model/view-schema.ts).
  if (typeof st.setScenes === 'function') st.setScenes(session.scenes);
  if (typeof st.setMarks === 'function') st.setMarks(session.marks ?? Object.create(null));
  // The path and portfolio are asked again of the graph now on screen.
  const q = session.questions;
  if (q?.path && st.graph?.hasNode(q.path.from) && st.graph.hasNode(q.path.to)) st.findPaths(q.path.from, q.path.to, { longer: q.path.longer });
  if (q?.portfolio) st.runPortfolio(q.portfolio.k, q.portfolio.depth);
  return parsed;
}
