/**
 * Session files: the whole session in one JSON (`kind: "sdg-session"`, `version: 1`): which dataset is
 * open, the imported datasets themselves (so the file works on another machine), the view (selection,
 * depth, direction, layout, language) and `scenes` for presentations. Parsing never throws: a newer
 * version or a damaged file is refused with a message, and the caller keeps the current session.
 */
import * as v from 'valibot';
import type { Lang } from '../model/types.ts';
import type { AppMessage } from '../model/message.ts';
import { message } from '../model/message.ts';
import {
  LangSchema, MarksSchema, QuestionsSchema, ScenesSchema, ViewSchema, type MarkValue, type QuestionsValue, type SceneValue, type ViewValue,
} from '../model/view-schema.ts';
import { ImportEntrySchema, issueWhere } from './schemas.ts';
import { FiltersSchema } from '../model/view-schema.ts';
import { METRIC_NAMES, type MetricName } from '../metrics/registry.ts';
import type { NodeClass } from '../analysis/classify.ts';
import type { ImportedNetwork } from './result.ts';
import { checkImports } from './session-imports.ts';

/** @internal exported for its unit test */
export const SESSION_VERSION = 1;
const SESSION_KIND = 'sdg-session';

type SessionView = ViewValue;

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
  /** presentation scenes, parsed by SceneSchema (a damaged scene is dropped, the others kept) */
  scenes: SceneValue[];
  /** session marks on indicators ("priority" / "discussed" with a one-line note), parsed by MarkSchema */
  marks?: Record<string, MarkValue>;
  /** the open dataset's links are generated (ILLUSTRATIVE): the file says so itself, not only through its id */
  illustrative?: boolean;
  /** where the open dataset comes from (its provenance line), so a session file keeps its source */
  provenance?: string;
  /** the path and portfolio on screen when saved */
  questions?: QuestionsValue;
  /** shown goals and classes, and the size metric: the rest of what is on screen */
  filters?: { goals: string[]; classes: NodeClass[] };
  sizeMetric?: MetricName;
}

const DEFAULT_SESSION_VIEW: SessionView = { select: [], depth: 1, direction: 'out', layout: 'goals', goalLevel: false };

export function serialiseSession(s: Omit<Session, 'kind' | 'version' | 'savedAt' | 'scenes'> & { savedAt?: string; scenes?: unknown[] }): string {
  const session = { kind: SESSION_KIND, version: SESSION_VERSION, savedAt: s.savedAt ?? new Date().toISOString(), ...s, scenes: s.scenes ?? [] };
  return `${JSON.stringify(session, null, 1)}\n`;
}

/** A refusal is an AppMessage (`messages.<code>`, params file, version, where…); nothing has changed. */
export type SessionResult = { ok: true; session: Session } | { ok: false; error: AppMessage };

/** What a session file holds once its kind and version are known. Unusable imports refuse the file; a bad view field falls back. */
const SessionBodySchema = v.object({
  savedAt: v.fallback(v.string(), ''),
  datasetId: v.nullable(v.string()),
  lang: v.fallback(LangSchema, 'en'),
  view: v.fallback(ViewSchema, DEFAULT_SESSION_VIEW),
  imported: v.optional(v.array(ImportEntrySchema), []),
  // Each item on its own: one damaged scene or mark is dropped, the others kept.
  scenes: ScenesSchema,
  marks: v.optional(MarksSchema),
  illustrative: v.optional(v.fallback(v.boolean(), false)),
  provenance: v.optional(v.fallback(v.string(), '')),
  questions: v.optional(v.fallback(QuestionsSchema, { path: null, portfolio: null })),
  filters: v.fallback(v.optional(FiltersSchema), undefined),
  sizeMetric: v.fallback(v.optional(v.picklist(METRIC_NAMES as readonly [MetricName, ...MetricName[]])), undefined),
});

export function parseSession(text: string, file = 'session'): SessionResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: message('sessionNotJson', { file, reason: (e as Error).message }) };
  }
  const refuse = (code: string, params: Record<string, string | number> = {}): SessionResult => ({ ok: false, error: message(code, { file, ...params }) });
  const head = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw as Record<string, unknown> : {};
  if (head.kind !== SESSION_KIND) return refuse('sessionNotOurs');
  if (typeof head.version !== 'number' || !Number.isInteger(head.version)) return refuse('sessionNoVersion');
  if (head.version > SESSION_VERSION) return refuse('sessionNewer', { version: head.version, supported: SESSION_VERSION });
  if (head.version < 1) return refuse('sessionUnknownVersion', { version: head.version });
  const body = v.safeParse(SessionBodySchema, { ...head, datasetId: head.datasetId ?? null });
  if (!body.success) return refuse('sessionBadField', { where: issueWhere(body.issues) });
  const b = body.output;
  // The imports pass the same checks and limits as a file imported by hand (session-imports.ts).
  const checked = checkImports(b.imported, file);
  if (!checked.ok) return checked;
  const imported = checked.imports;
  return {
    ok: true,
    session: {
      kind: SESSION_KIND, version: SESSION_VERSION, savedAt: b.savedAt, datasetId: b.datasetId, lang: b.lang as Lang,
      view: b.view, imported, scenes: b.scenes, ...(b.marks && Object.keys(b.marks).length ? { marks: b.marks } : {}),
      ...(b.illustrative !== undefined ? { illustrative: b.illustrative } : {}), ...(b.provenance ? { provenance: b.provenance } : {}),
      ...(b.questions && (b.questions.path || b.questions.portfolio) ? { questions: b.questions } : {}),
      ...(b.filters ? { filters: b.filters } : {}), ...(b.sizeMetric ? { sizeMetric: b.sizeMetric } : {}),
    },
  };
}
