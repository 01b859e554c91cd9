/**
 * Codes named like Object.prototype members ("constructor", "__proto__", "valueOf"…) are ordinary
 * codes in every reader and in graph building: generated networks mixing them with SDG codes are read
 * by each text reader, built into a graph, and must keep every link endpoint a node, with
 * Object.prototype untouched (a title for "__proto__" used to land on every object).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readGraphFile } from '../../../src/core/io/read-graph-file.ts';
import { graphFromImport } from '../../../src/core/io/import-graph.ts';
import { graphFromNetworkSteps } from '../../../src/core/graph/from-network.ts';
import { runSteps } from '../../../src/core/graph/steps.ts';
import { buildGraph } from '../../../src/core/graph/build.ts';
import { codeOfKey, graphKey } from '../../../src/core/graph/keys.ts';
import type { Catalogue } from '../../../src/core/model/types.ts';

const PROTO = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf', 'toLocaleString', '__defineGetter__'];
const CODES = [...PROTO, '1.1.1', '16.6.1', '3.2.1', 'Water'];

const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
const BEFORE = protoNames();

interface Net { codes: string[]; links: [string, string, number][]; titled: string }

const network = fc.uniqueArray(fc.constantFrom(...CODES), { minLength: 2, maxLength: CODES.length }).chain((codes) => fc.record({
  codes: fc.constant(codes),
  links: fc.uniqueArray(fc.tuple(fc.constantFrom(...codes), fc.constantFrom(...codes), fc.constantFrom(1, -1, 2, 0.5)), { minLength: 1, maxLength: 20, selector: ([s, t]) => `${s}>${t}` })
    .map((ls) => ls.filter(([s, t]) => s !== t)),
  titled: fc.constantFrom(...codes),
})).filter((n) => n.links.length > 0);

const WRITERS: Record<string, (n: Net) => string> = {
  'e.csv': (n) => `source,target,score,sourceTitle\n${n.links.map(([s, t, w]) => `${s},${t},${w},${s === n.titled ? 'A title' : ''}`).join('\n')}\n`,
  'm.csv': (n) => {
    const w = new Map(n.links.map(([s, t, v]) => [`${s}>${t}`, v]));
    // SDG codes first: a free-text first column followed by codes reads as a title column, by design.
    const codes = [...n.codes].sort((a, b) => Number(/^\d/.test(b)) - Number(/^\d/.test(a)));
    return `,${codes.join(',')}\n${codes.map((r) => `${r},${codes.map((c) => w.get(`${r}>${c}`) ?? 0).join(',')}`).join('\n')}\n`;
  },
  'g.graphml': (n) => `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="w" for="edge" attr.name="weight" attr.type="double"/><key id="l" for="node" attr.name="label" attr.type="string"/><graph edgedefault="directed">${
    n.codes.map((c) => `<node id="${c}"><data key="l">${c === n.titled ? 'A title' : c}</data></node>`).join('')}${n.links.map(([s, t, w]) => `<edge source="${s}" target="${t}"><data key="w">${w}</data></edge>`).join('')}</graph></graphml>`,
  'g.gexf': (n) => `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes>${
    n.codes.map((c) => `<node id="${c}" label="${c === n.titled ? 'A title' : c}"/>`).join('')}</nodes><edges>${n.links.map(([s, t, w], i) => `<edge id="${i}" source="${s}" target="${t}" weight="${w}"/>`).join('')}</edges></graph></gexf>`,
  'g.cyjs': (n) => JSON.stringify({ elements: { nodes: n.codes.map((c) => ({ data: { id: c, ...(c === n.titled ? { name: 'A title', [c]: 'x' } : {}) } })), edges: n.links.map(([s, t, w]) => ({ data: { source: s, target: t, weight: w } })) } }),
  'd.json': (n) => JSON.stringify({ id: 'p', level: 'indicator', illustrative: false, links: n.links.map(([s, t, score]) => ({ source: s, target: t, score })), nodes: n.codes.map((code) => ({ code, ...(code === n.titled ? { title: { en: 'A title' }, extra: { [code]: 1 } } : {}) })) }),
};

describe('prototype-named codes in every reader', () => {
  it.each(Object.keys(WRITERS))('%s: reads, builds, keeps every endpoint a node, leaves Object.prototype alone', (file) => {
    fc.assert(fc.property(network, (n) => {
      const r = readGraphFile(file, WRITERS[file](n));
      expect(r.ok ? '' : r.error.code).toBe('');
      if (!r.ok) return;
      const nodes = new Set(r.network.nodes);
      // An edge list names only the ends of its links; the other formats list every node.
      const named = file === 'e.csv' ? n.links.flatMap(([s, t]) => [s, t]) : n.codes;
      for (const c of named) expect(nodes.has(c)).toBe(true);
      expect(r.warnings.map((w) => w.code)).not.toContain('nodesMerged');
      for (const l of r.network.links) expect(nodes.has(l.source) && nodes.has(l.target)).toBe(true);
      expect(r.network.links.length).toBe(n.links.length);
      const { graph } = graphFromImport(r.network);
      expect(graph.order).toBe(r.network.nodes.length);
      expect(graph.size).toBe(n.links.length);
      graph.forEachEdge((_e, _a, s, t) => { expect(graph.hasNode(s) && graph.hasNode(t)).toBe(true); });
      // Every node keeps its code, as read, in its attributes.
      expect(new Set(graph.mapNodes((_k, a) => a.code))).toEqual(nodes);
      expect(protoNames()).toBe(BEFORE);
      expect(({} as Record<string, unknown>).title).toBeUndefined();
    }), { numRuns: 150, seed: 16 });
  });

  it('a CSV title for __proto__ stays a title of that node and reaches no other object', () => {
    const r = readGraphFile('t.csv', 'source,target,score,sourceTitle\n__proto__,1.1.1,1,Polluter\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.hasOwn(r.network.nodeInfo!, '__proto__')).toBe(true);
    expect(r.network.nodeInfo!['__proto__'].title).toEqual({ en: 'Polluter' });
    expect(({} as Record<string, unknown>).title).toBeUndefined();
    const { graph } = graphFromImport(r.network);
    expect(graph.mapNodes((_k, a) => a.title.en).sort()).toEqual(['1.1.1', 'Polluter']);
  });

  it('graph building takes links between prototype-named codes, with and without a catalogue', () => {
    const links = [{ source: 'constructor', target: 'valueOf', score: 1, evidence: 'imported' as const }, { source: '__proto__', target: 'toString', score: -1, evidence: 'imported' as const }];
    const g = runSteps(graphFromNetworkSteps({ format: 'csv-edge-list', name: 'x', level: 'unknown', nodes: ['constructor', 'valueOf', '__proto__', 'toString'], links, undirected: false }));
    expect([g.order, g.size]).toEqual([4, 2]);
    const catalogue = { goals: [], targets: [], blocks: [], indicators: [] } as unknown as Catalogue;
    const b = buildGraph(catalogue, { id: 'd', name: 'd', level: 'indicator', illustrative: false, links } as never);
    expect([b.order, b.size]).toEqual([4, 2]);
  });

  it('graph keys: prototype names and their marked forms get one more mark, every other code stays itself', () => {
    const M = '\u200B';
    for (const name of PROTO) {
      expect(graphKey(name)).toBe(name + M);
      expect(graphKey(name + M)).toBe(name + M + M);
    }
    // Codes starting with a digit never need a mark, whatever follows (the fast path of needsMark).
    for (const code of ['1.1.1', '16.6.1', `1.1.1${M}`, '0constructor', `9${M}${M}`, 'Water', `Water${M}`, M, '']) expect(graphKey(code)).toBe(code);
    // Injective and inverted by codeOfKey, on any string.
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => {
      expect(codeOfKey(graphKey(a))).toBe(a);
      if (a !== b) expect(graphKey(a)).not.toBe(graphKey(b));
    }));
  });
});
