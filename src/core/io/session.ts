/**
 * Session files: the whole session in one JSON (`kind: "sdg-session"`, `version: 1`): which dataset is
 * open, the imported datasets themselves (so the file works on another machine), the view (selection,
 * depth, direction, layout, language) and `scenes` for presentations. Parsing never throws: a newer
 * version or a damaged file is refused with a message, and the caller keeps the current session.
 */
import type { Lang, Link } from '../model/types.ts';
import { parseLink } from './bundled.ts';
import type { ImportedNetwork } from './result.ts';

export const SESSION_VERSION = 1;
export const SESSION_KIND = 'sdg-session';

export interface SessionView {
  select: string[];
  depth: number;
  direction: 'out' | 'in' | 'both';
  layout: string;
  goalLevel: boolean;
}

export interface SessionImport {
  /** dataset id in the app ("import:…") */
  id: string;
  name: string;
  fileName: string;
  importedAt: string;
  network: ImportedNetwork;
}

export interface Session {
  kind: typeof SESSION_KIND;
  version: typeof SESSION_VERSION;
  savedAt: string;
  datasetId: string | null;
  lang: Lang;
  view: SessionView;
  imported: SessionImport[];
  /** reserved for the presentation feature */
  scenes: unknown[];
  /** session marks on indicators ("priority" / "discussed" with a one-line note); validated by src/state/present.ts */
  marks?: Record<string, { kind: string; note: string }>;
}

export const DEFAULT_SESSION_VIEW: SessionView = { select: [], depth: 1, direction: 'out', layout: 'goals', goalLevel: false };

export function serialiseSession(s: Omit<Session, 'kind' | 'version' | 'savedAt'> & { savedAt?: string }): string {
  const session: Session = { kind: SESSION_KIND, version: SESSION_VERSION, savedAt: s.savedAt ?? new Date().toISOString(), ...s, scenes: s.scenes ?? [] };
  return `${JSON.stringify(session, null, 1)}\n`;
}

export type SessionResult = { ok: true; session: Session } | { ok: false; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export function validateNetwork(v: unknown, where: string): ImportedNetwork | string {
  if (!isObject(v)) return `${where}: expected an object`;
  if (typeof v.name !== 'string' || typeof v.format !== 'string') return `${where}: missing name or format`;
  if (!isStringArray(v.nodes)) return `${where}.nodes: expected a list of codes`;
  if (!Array.isArray(v.links)) return `${where}.links: expected a list`;
  let links: Link[];
  try {
    links = v.links.map((l, i) => parseLink(l, 'session', `${where}.links[${i}]`));
  } catch (e) {
    return (e as Error).message.replace(/^session: /, '');
  }
  if (!['indicator', 'goal', 'unknown'].includes(v.level as string)) return `${where}.level: unexpected value`;
  return { ...(v as unknown as ImportedNetwork), links, undirected: v.undirected === true };
}

export function parseSession(text: string, file = 'session'): SessionResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, message: `${file} is damaged (not valid JSON: ${(e as Error).message}); your current session is kept` };
  }
  const bad = (why: string): SessionResult => ({ ok: false, message: `${file} is not a usable session file (${why}); your current session is kept` });
  if (!isObject(raw) || raw.kind !== SESSION_KIND) return bad('it is not a session saved by this app');
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version)) return bad('no version');
  if (raw.version > SESSION_VERSION) {
    return { ok: false, message: `${file} was saved by a newer version of the app (session version ${raw.version}; this app reads version ${SESSION_VERSION}); your current session is kept` };
  }
  if (raw.version < 1) return bad(`unknown version ${raw.version}`);
  const v = isObject(raw.view) ? raw.view : {};
  const view: SessionView = {
    select: isStringArray(v.select) ? v.select : [],
    depth: Number.isInteger(v.depth) && (v.depth as number) >= 1 && (v.depth as number) <= 3 ? (v.depth as number) : 1,
    direction: v.direction === 'in' || v.direction === 'both' ? v.direction : 'out',
    layout: typeof v.layout === 'string' ? v.layout : 'goals',
    goalLevel: v.goalLevel === true,
  };
  if (raw.datasetId !== null && typeof raw.datasetId !== 'string') return bad('datasetId');
  const imported: SessionImport[] = [];
  if (raw.imported !== undefined && !Array.isArray(raw.imported)) return bad('imported is not a list');
  for (const [i, item] of ((raw.imported as unknown[]) ?? []).entries()) {
    if (!isObject(item) || typeof item.id !== 'string' || typeof item.name !== 'string') return bad(`imported[${i}] has no id or name`);
    const network = validateNetwork(item.network, `imported[${i}].network`);
    if (typeof network === 'string') return bad(network);
    imported.push({ id: item.id, name: item.name, fileName: typeof item.fileName === 'string' ? item.fileName : item.name, importedAt: typeof item.importedAt === 'string' ? item.importedAt : '', network });
  }
  const lang = raw.lang === 'ru' || raw.lang === 'kk' ? raw.lang : 'en';
  return {
    ok: true,
    session: {
      kind: SESSION_KIND, version: SESSION_VERSION, savedAt: typeof raw.savedAt === 'string' ? raw.savedAt : '', datasetId: (raw.datasetId as string | null) ?? null,
      lang, view, imported, scenes: Array.isArray(raw.scenes) ? raw.scenes : [],
      ...(isObject(raw.marks) ? { marks: raw.marks as Session['marks'] } : {}),
    },
  };
}
