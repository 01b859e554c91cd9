/**
 * Imported datasets that arrive inside a session file or from the browser's store, through the same
 * rules as a file imported by hand: an id of the import kind (so no import can pose as a bundled
 * dataset, "__proto__" included), each id once, and the network through check-network.ts (the node
 * limit, validated nodeInfo, endpoints and finite scores). All or nothing: one unusable import refuses
 * the session before anything changes.
 */
import * as v from 'valibot';
import { message, type AppMessage } from '../model/message.ts';
import { asNetwork, type ImportEntrySchema } from './schemas.ts';
import { checkNetwork } from './check-network.ts';
import type { SessionImport } from './session.ts';

/** Every imported dataset's id starts with this; bundled ids never do. */
export const IMPORT_PREFIX = 'import:';
export const isImportedId = (id: string | null | undefined): boolean => !!id && id.startsWith(IMPORT_PREFIX) && id.length > IMPORT_PREFIX.length;

type Entry = v.InferOutput<typeof ImportEntrySchema>;

/** One entry as a SessionImport, or why it cannot be one. `where` names the file it came from. */
export function checkImport(item: Entry, where: string): { ok: true; item: SessionImport } | { ok: false; error: AppMessage } {
  if (!isImportedId(item.id)) return { ok: false, error: message('sessionImportId', { file: where, id: item.id.slice(0, 80) }) };
  const network = checkNetwork(item.name, asNetwork(item.network));
  if (!network.ok) return { ok: false, error: message('sessionImportRefused', { file: where, name: item.name.slice(0, 80) }, network.error) };
  return {
    ok: true,
    item: {
      id: item.id, name: item.name, fileName: typeof item.fileName === 'string' ? item.fileName : item.name,
      importedAt: typeof item.importedAt === 'string' ? item.importedAt : '', network: network.network,
    },
  };
}

export function checkImports(items: readonly Entry[], file: string): { ok: true; imports: SessionImport[] } | { ok: false; error: AppMessage } {
  const seen = new Set<string>();
  const imports: SessionImport[] = [];
  for (const entry of items) {
    if (seen.has(entry.id)) return { ok: false, error: message('sessionImportTwice', { file, id: entry.id.slice(0, 80) }) };
    seen.add(entry.id);
    const r = checkImport(entry, file);
    if (!r.ok) return r;
    imports.push(r.item);
  }
  return { ok: true, imports };
}
