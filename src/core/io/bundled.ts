/**
 * Parses the bundled JSON files (data/*.json) into typed values, once, at the edge. The files are ours,
 * but a hand edit or a half-copied folder should fail with a message naming the file and the field.
 */
import type { Catalogue, DatasetEntry, LinkDataset } from '../model/types.ts';
import * as v from 'valibot';
import { readProblem, ReadErrorThrown } from './result.ts';
import { issueValue, issueWhere, LinkDatasetSchema } from './schemas.ts';


const fail = (file: string, where: string, detail: Record<string, string | number>, code: 'unexpectedValue' | 'expectedGoals' | 'jsonNumberNotFinite' = 'unexpectedValue'): never => {
  throw new ReadErrorThrown(readProblem(file, null, null, code, { where, ...detail }));
};

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function need<T>(file: string, where: string, ok: boolean, v: unknown): T {
  if (!ok) fail(file, where, { value: String(JSON.stringify(v)).slice(0, 80) });
  return v as T;
}

function array(file: string, obj: Record<string, unknown>, key: string): unknown[] {
  return need<unknown[]>(file, key, Array.isArray(obj[key]), obj[key]);
}

export function parseCatalogue(raw: unknown, file = 'catalogue.json'): Catalogue {
  const obj = need<Record<string, unknown>>(file, '(root)', isObject(raw), raw);
  for (const key of ['goals', 'targets', 'blocks', 'indicators']) array(file, obj, key);
  (obj.indicators as unknown[]).forEach((ind, i) => {
    const rec = need<Record<string, unknown>>(file, `indicators[${i}]`, isObject(ind), ind);
    need(file, `indicators[${i}].code`, typeof rec.code === 'string', rec.code);
    need(file, `indicators[${i}].title`, isObject(rec.title), rec.title);
  });
  if ((obj.goals as unknown[]).length !== 17) fail(file, 'goals', { n: 17 }, 'expectedGoals');
  return obj as unknown as Catalogue;
}

export function parseLinkDataset(raw: unknown, file: string): LinkDataset {
  const r = v.safeParse(LinkDatasetSchema, raw);
  if (!r.success) {
    // JSON.parse turns 1e309 into Infinity, which JSON.stringify would show as "null": say what it is.
    const input = r.issues[0]?.input;
    const infinite = typeof input === 'number' && !Number.isNaN(input) && !Number.isFinite(input);
    fail(file, issueWhere(r.issues), infinite ? {} : { value: issueValue(r.issues) }, infinite ? 'jsonNumberNotFinite' : 'unexpectedValue');
  }
  return raw as LinkDataset;
}

export function parseDatasetList(raw: unknown, file = 'datasets.json'): DatasetEntry[] {
  const list = need<unknown[]>(file, '(root)', Array.isArray(raw), raw);
  return list.map((e, i) => {
    const rec = need<Record<string, unknown>>(file, `[${i}]`, isObject(e), e);
    for (const key of ['id', 'name', 'file', 'licence', 'provenance']) need(file, `[${i}].${key}`, typeof rec[key] === 'string', rec[key]);
    need(file, `[${i}].illustrative`, typeof rec.illustrative === 'boolean', rec.illustrative);
    return rec as unknown as DatasetEntry;
  });
}
