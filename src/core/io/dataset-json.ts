/**
 * The app's own dataset JSON (a LinkDataset, as in data/*-links.json), through the bundled-data parser
 * so the rules are the same; its thrown ReadError becomes a ReadResult naming the offending field.
 * The app's exports add `nodes` (every node with titles, position and metrics) and, for generated
 * links, a `notice`; with `nodes` the graph holds exactly those nodes.
 */
import { parseLinkDataset } from './bundled.ts';
import { readFailure, readProblem, ReadErrorThrown, type ImportedNodeInfo, type ReadResult } from './result.ts';
import { ILLUSTRATIVE_MARK } from './mark.ts';
import { MAX_NODES } from './limits.ts';
import { message } from '../model/message.ts';
import { nullRecord, nullRecordOf } from './null-record.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function nodesOf(file: string, raw: unknown): { codes: string[]; info: Record<string, ImportedNodeInfo> } | ReadResult {
  if (!Array.isArray(raw)) return readFailure(file, null, null, 'datasetNodesNotList');
  const codes: string[] = [];
  const info = nullRecord<ImportedNodeInfo>();
  for (let i = 0; i < raw.length; i++) {
    const n = raw[i];
    if (!isObject(n) || typeof n.code !== 'string' || !n.code) return readFailure(file, null, null, 'datasetNodeWithoutCode', { index: i });
    if (Object.hasOwn(info, n.code)) return readFailure(file, null, null, 'datasetNodeTwice', { index: i, code: n.code });
    codes.push(n.code);
    const node: ImportedNodeInfo = {};
    if (isObject(n.title)) {
      const t: NonNullable<ImportedNodeInfo['title']> = {};
      for (const l of ['en', 'ru', 'kk'] as const) if (typeof n.title[l] === 'string') t[l] = n.title[l] as string;
      node.title = t;
    }
    if (typeof n.x === 'number' && typeof n.y === 'number' && Number.isFinite(n.x) && Number.isFinite(n.y)) { node.x = n.x; node.y = n.y; }
    if (isObject(n.extra)) {
      node.extra = nullRecordOf(Object.entries(n.extra).filter(([, v]) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) as ImportedNodeInfo['extra'];
    }
    info[n.code] = node;
  }
  if (codes.length > MAX_NODES) return readFailure(file, null, null, 'tooManyNodes', { n: codes.length, limit: MAX_NODES });
  return { codes, info };
}

export function readDatasetValue(file: string, raw: unknown): ReadResult {
  if (isObject(raw) && raw.kind === 'sdg-session') {
    return readFailure(file, null, null, 'sessionNotNetwork');
  }
  try {
    const dataset = parseLinkDataset(raw, file);
    const links = dataset.links.filter((l) => l.score !== 0 && l.source !== l.target);
    const obj = raw as Record<string, unknown>;
    let nodes = [...new Set(dataset.links.flatMap((l) => [l.source, l.target]))];
    let nodeInfo: Record<string, ImportedNodeInfo> | undefined;
    if (obj.nodes !== undefined) {
      const parsed = nodesOf(file, obj.nodes);
      if ('ok' in parsed) return parsed;
      nodes = [...parsed.codes, ...nodes.filter((c) => !Object.hasOwn(parsed.info, c))];
      nodeInfo = parsed.info;
    }
    const illustrative = dataset.illustrative || (typeof obj.notice === 'string' && obj.notice.includes(ILLUSTRATIVE_MARK));
    return {
      ok: true,
      network: {
        format: 'dataset-json', name: dataset.name ?? file, level: nodeInfo ? 'unknown' : dataset.level, nodes, links, undirected: false,
        dataset: { id: dataset.id, name: dataset.name ?? dataset.id, illustrative, description: dataset.description ?? '' },
        ...(nodeInfo ? { nodeInfo } : {}), ...(illustrative ? { illustrative: true } : {}),
        details: {
          orientation: message('orientationSourceToTarget'),
          columns: { links: message('atEntries', { n: dataset.links.length, key: 'links' }), ...(nodeInfo ? { nodes: message('atEntries', { n: nodes.length, key: 'nodes' }) } : {}) },
        },
      },
      warnings: dataset.links.length !== links.length ? [readProblem(file, null, null, 'zeroOrSelfLinksSkipped', { n: dataset.links.length - links.length })] : [],
    };
  } catch (e) {
    if (e instanceof ReadErrorThrown) return { ok: false, error: e.error };
    return readFailure(file, null, null, 'notADataset', { reason: (e as Error).message });
  }
}
