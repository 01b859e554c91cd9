/**
 * Hostile XML against the GraphML/GEXF readers (saxes + xml-tree.ts): entities declared in a DTD are
 * refused before any use (billion laughs, XXE), undeclared ones are malformed XML, nesting is capped,
 * ids named after Object.prototype stay plain codes, and every refusal is a located message in en/ru/kk.
 */
import { describe, expect, it } from 'vitest';
import { readGraphBytes, readGraphFile } from '../../../src/core/io/read-graph-file.ts';
import { MAX_XML_DEPTH, parseXml } from '../../../src/core/io/xml-tree.ts';
import { readFileSync } from 'node:fs';
import type { ReadError } from '../../../src/core/io/result.ts';

/** The message as each locale file words it (its own text, not the code), placeholders filled. */
const LOCALES = Object.fromEntries((['en', 'ru', 'kk'] as const).map((l) => [l, (JSON.parse(readFileSync(new URL(`../../../src/ui/locales/${l}.json`, import.meta.url), 'utf8')) as { messages: Record<string, string> }).messages]));
const messageText = (e: ReadError, lang: 'en' | 'ru' | 'kk') => {
  const t = LOCALES[lang][e.code];
  if (!t) throw new Error(`no ${lang} text for ${e.code}`);
  return t.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => String(e.params?.[k] ?? ''));
};

const GRAPHML = (body: string, head = '') => `<?xml version="1.0"?>${head}<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">${body}</graph></graphml>`;
const GEXF = (nodes: string, edges: string, head = '') => `<?xml version="1.0"?>${head}<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes>${nodes}</nodes><edges>${edges}</edges></graph></gexf>`;
const LAUGHS = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`;

function failure(name: string, text: string) {
  const r = readGraphFile(name, text);
  if (r.ok) throw new Error(`${name} was read`);
  return r.error;
}

describe('hostile XML', () => {
  it('billion laughs (GEXF and GraphML) is refused with its own message, located, never expanded', async () => {
    for (const [name, text] of [['b.gexf', GEXF('<node id="a" label="&lol9;"/><node id="b"/>', '<edge source="a" target="b"/>', LAUGHS)], ['b.graphml', GRAPHML('<node id="&lol9;"/>', LAUGHS)]]) {
      const e = failure(name, text);
      expect(e.code).toBe('xmlEntitiesRefused');
      expect(e.row).toBe(1);
      for (const lang of ['en', 'ru', 'kk'] as const) expect(messageText(e, lang)).toMatch(/ENTITY/);
      // Through the worker's entry too (bytes).
      expect(await readGraphBytes(name, new TextEncoder().encode(text))).toMatchObject({ ok: false, error: { code: 'xmlEntitiesRefused' } });
    }
  });

  it('an external entity (XXE) is refused before anything is read', () => {
    const e = failure('x.graphml', GRAPHML('<node id="a"><data key="l">&xxe;</data></node><node id="b"/><edge source="a" target="b"/>', '<!DOCTYPE g [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'));
    expect(e.code).toBe('xmlEntitiesRefused');
  });

  it('an entity used but declared nowhere is malformed XML with line and column', () => {
    const e = failure('u.graphml', GRAPHML('\n<node id="a&foo;"/>'));
    expect(e).toMatchObject({ code: 'xmlNotWellFormed', row: 2 });
    expect(e.column).toBeGreaterThan(0);
    expect(messageText(e, 'en')).toMatch(/not well-formed XML: undefined entity/);
  });

  it('a DOCTYPE without entities still reads; predefined entities and character references decode', () => {
    const r = readGraphFile('d.graphml', GRAPHML('<node id="a&#x41;&lt;"/><node id="b"/><edge source="a&#x41;&lt;" target="b"/>', '<!DOCTYPE graphml>'));
    expect(r.ok && r.network.nodes).toEqual(['aA<', 'b']);
  });

  it(`nesting deeper than ${MAX_XML_DEPTH} is refused at once, located (a million tags, no stack overflow)`, () => {
    const deep = (n: number) => GRAPHML(`<node id="a"/><node id="b"/><edge source="a" target="b"/>${'<x>'.repeat(n)}${'</x>'.repeat(n)}`);
    const e = failure('deep.graphml', deep(1_000_000));
    expect(e).toMatchObject({ code: 'xmlTooDeep', params: { limit: MAX_XML_DEPTH }, row: 1 });
    for (const lang of ['en', 'ru', 'kk'] as const) expect(messageText(e, lang)).toContain(String(MAX_XML_DEPTH));
    // Just under the cap still reads (the root and graph are two levels).
    expect(readGraphFile('ok.graphml', deep(MAX_XML_DEPTH - 2)).ok).toBe(true);
  });

  it('ids and attribute names named after Object.prototype stay plain names', () => {
    const r = readGraphFile('p.gexf', GEXF('<node id="__proto__" label="constructor"/><node id="hasOwnProperty"/>', '<edge source="__proto__" target="hasOwnProperty" weight="2"/>'));
    expect(r.ok && r.network.nodes).toEqual(['__proto__', 'hasOwnProperty']);
    expect(r.ok && r.network.links.map((l) => [l.source, l.target, l.score])).toEqual([['__proto__', 'hasOwnProperty', 2]]);
    const doc = parseXml('<a __proto__="x" constructor="y"/>');
    expect(doc.ok && [doc.doc.documentElement.getAttribute('__proto__'), doc.doc.documentElement.getAttribute('toString')]).toEqual(['x', null]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('malformed XML names line and column (mismatched, unclosed, two roots, raw "<" in a value)', () => {
    for (const body of ['<node id="a">\n</graph>', '<node id="a" x="<"/>']) {
      const e = failure('m.graphml', GRAPHML(body));
      expect(e.code).toBe('xmlNotWellFormed');
      expect(e.row).toBeGreaterThanOrEqual(1);
    }
    expect(failure('two.graphml', `${GRAPHML('<node id="a"/>')}<graphml/>`).code).toBe('xmlNotWellFormed');
    expect(failure('open.graphml', '<graphml><graph>').code).toBe('xmlNotWellFormed');
  });
});
