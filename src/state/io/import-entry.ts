/** How an imported network is listed among the datasets. */
import type { DatasetEntry } from '../../core/model/types.ts';
import type { SessionImport } from '../../core/io/session.ts';

// One rule with sessions and stored records (core/io/session-imports.ts).
export { IMPORT_PREFIX, isImportedId } from '../../core/io/session-imports.ts';

export function entryOf(item: SessionImport): DatasetEntry {
  const n = item.network;
  return {
    id: item.id, name: `${item.name} (imported)`, description: `Imported from ${item.fileName}`,
    importedName: item.name,
    provenance: `imported from ${item.fileName}${item.importedAt ? ` on ${item.importedAt.slice(0, 10)}` : ''}`,
    licence: 'as the source file', illustrative: n.illustrative === true || n.dataset?.illustrative === true,
    level: n.level === 'goal' ? 'goal' : 'indicator', file: '', nodes: n.nodes.length, links: n.links.length,
  };
}
