/**
 * Parses the bundled JSON files (data/*.json) into typed values, once, at the edge. The files are ours,
 * but a hand edit or a half-copied folder should fail with a message naming the file and the field.
 */
import type { Catalogue, DatasetEntry, Link, LinkDataset } from '../model/types.ts';

export class DataFormatError extends Error {
  constructor(public readonly file: string, public readonly where: string, detail: string) {
    super(`${file}: ${where}: ${detail}`);
    this.name = 'DataFormatError';
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function need<T>(file: string, where: string, ok: boolean, v: unknown): T {
  if (!ok) throw new DataFormatError(file, where, `unexpected value ${JSON.stringify(v)?.slice(0, 80)}`);
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
  if ((obj.goals as unknown[]).length !== 17) throw new DataFormatError(file, 'goals', 'expected 17 goals');
  return obj as unknown as Catalogue;
}

export function parseLink(raw: unknown, file: string, where: string): Link {
  const rec = need<Record<string, unknown>>(file, where, isObject(raw), raw);
  need(file, `${where}.source`, typeof rec.source === 'string' && rec.source !== '', rec.source);
  need(file, `${where}.target`, typeof rec.target === 'string' && rec.target !== '', rec.target);
  need(file, `${where}.score`, typeof rec.score === 'number' && Number.isFinite(rec.score), rec.score);
  return rec as unknown as Link;
}

export function parseLinkDataset(raw: unknown, file: string): LinkDataset {
  const obj = need<Record<string, unknown>>(file, '(root)', isObject(raw), raw);
  need(file, 'id', typeof obj.id === 'string', obj.id);
  need(file, 'level', obj.level === 'indicator' || obj.level === 'goal', obj.level);
  need(file, 'illustrative', typeof obj.illustrative === 'boolean', obj.illustrative);
  const links = array(file, obj, 'links').map((l, i) => parseLink(l, file, `links[${i}]`));
  return { ...(obj as unknown as LinkDataset), links };
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
