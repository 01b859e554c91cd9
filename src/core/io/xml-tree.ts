/**
 * The XML the GraphML/GEXF readers read, parsed by saxes into a small element tree with just the part
 * of the DOM graphology's parsers call (getAttribute, getElementsByTagName(NS), childNodes, textContent).
 * Imports are parsed in a Web Worker and by the CLI in Node, neither of which has a DOMParser; saxes
 * measured 4–7× faster than @xmldom/xmldom on the XML step of a 1 MB file (bench/import-parse.ts)
 * and is as strict about well-formedness, with line and column. (Unlike xmldom it does not refuse an
 * undeclared namespace prefix: namespace processing is off, see namespaceURI.)
 *
 * Hostile XML: saxes never reads a DTD, so an entity declared in one (billion laughs, XXE) is never
 * expanded — its first use is an "undefined entity" error; only the five predefined entities and
 * character references are decoded. Nesting is capped (MAX_XML_DEPTH) so a file of a million nested
 * tags is refused at once instead of filling memory and the stack of the walks below.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** GEXF and GraphML nest a handful of levels (hierarchical graphs a few more): far above any real file. */
export const MAX_XML_DEPTH = 256;

/** `refused`: a protection, not a syntax error — the reader gives it its own message. */
export interface XmlParseError { message: string; line: number | null; column: number | null; refused?: 'tooDeep' | 'entities' }

/** The DOM's getElementsByTagNameNS test: namespace and local name, each '*' for any. */
const inNamespace = (ns: string, local: string) => (e: XmlElement) => (ns === '*' || e.namespaceURI === ns) && (local === '*' || e.localName === local);

export class XmlText {
  readonly nodeType = 3;
  readonly nodeName = '#text';
  constructor(public data: string) {}
  get textContent(): string { return this.data; }
}

export class XmlElement {
  readonly nodeType = 1;
  readonly childNodes: (XmlElement | XmlText)[] = [];
  readonly localName: string;
  constructor(readonly nodeName: string, private readonly attrs: Record<string, string>, private readonly parent: XmlElement | null) {
    this.localName = nodeName.slice(nodeName.indexOf(':') + 1);
  }

  /**
   * Resolved only when asked (GEXF's viz lookups, rarely): saxes runs without namespace processing,
   * which builds an object per attribute and measured ~40% of its time on the bench GEXF.
   */
  get namespaceURI(): string | null {
    const colon = this.nodeName.indexOf(':');
    const decl = colon < 0 ? 'xmlns' : `xmlns:${this.nodeName.slice(0, colon)}`;
    return this.inScope(decl);
  }

  private inScope(decl: string): string | null {
    const uri = this.attrs[decl];
    if (uri !== undefined) return uri || null;
    return this.parent ? this.parent.inScope(decl) : null;
  }

  get tagName(): string { return this.nodeName; }
  /** As the DOM: null when absent. `attrs` has no prototype, so "__proto__" or "constructor" is just a name. */
  getAttribute(name: string): string | null { return this.attrs[name] ?? null; }
  setAttribute(name: string, value: string): void { this.attrs[name] = value; }
  appendChild(child: XmlElement): void { this.childNodes.push(child); }

  /** Descendants (not this element) in document order whose qualified name is `name` ('*': all). */
  getElementsByTagName(name: string): XmlElement[] {
    // GEXF's reader asks every edge for five viz tags under up to three names: most have no children at all.
    if (this.childNodes.length === 0) return [];
    return this.descendants((e) => name === '*' || e.nodeName === name);
  }

  getElementsByTagNameNS(ns: string, local: string): XmlElement[] {
    return this.descendants(inNamespace(ns, local));
  }

  get textContent(): string {
    let s = '';
    for (const c of this.childNodes) s += c.textContent;
    return s;
  }

  private descendants(match: (e: XmlElement) => boolean, out: XmlElement[] = []): XmlElement[] {
    for (const c of this.childNodes) {
      if (c.nodeType !== 1) continue;
      if (match(c)) out.push(c);
      c.descendants(match, out);
    }
    return out;
  }
}

/** The document: its root plus an index by qualified name, so graphology's whole-document lookups ("node", "edge") cost nothing. */
export class XmlDocument {
  constructor(readonly documentElement: XmlElement, private readonly byName: Map<string, XmlElement[]>, private readonly all: XmlElement[]) {}
  getElementsByTagName(name: string): XmlElement[] {
    return name === '*' ? this.all : this.byName.get(name) ?? [];
  }
  /** graphology-graphml gathers the graph's own <data> under a new element; where it sits in the tree does not matter. */
  createElement(name: string): XmlElement { return new XmlElement(name, Object.create(null), null); }
  getElementsByTagNameNS(ns: string, local: string): XmlElement[] {
    return this.all.filter(inNamespace(ns, local));
  }
}

class Refused extends Error {
  constructor(readonly reason: 'tooDeep' | 'entities') { super(reason); }
}

/** saxes prefixes its messages with "line:column: " and ends them with a full stop; the location goes into the fields. */
function located(e: Error): XmlParseError {
  const m = /^(\d+):(\d+): ([\s\S]*?)\.?$/.exec(e.message);
  return m ? { message: m[3], line: Number(m[1]), column: Number(m[2]) } : { message: e.message, line: null, column: null };
}

export function parseXml(text: string): { ok: true; doc: XmlDocument } | { ok: false; error: XmlParseError } {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlElement[] = [];
  const all: XmlElement[] = [];
  const byName = new Map<string, XmlElement[]>();
  let root: XmlElement | null = null;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (stack.length >= MAX_XML_DEPTH) throw new Refused('tooDeep');
    const parent = stack.at(-1) ?? null;
    // saxes builds `attributes` without a prototype, so it is kept as it is: "__proto__" stays a plain name.
    const el = new XmlElement(tag.name, tag.attributes as Record<string, string>, parent);
    if (parent) parent.childNodes.push(el);
    else root = el;
    all.push(el);
    const same = byName.get(tag.name);
    if (same) same.push(el);
    else byName.set(tag.name, [el]);
    if (!tag.isSelfClosing) stack.push(el);
  });
  // saxes would refuse the first use anyway ("undefined entity"); a declaration says plainly why, before any use.
  parser.on('doctype', (d) => { if (/<!ENTITY/i.test(d)) throw new Refused('entities'); });
  parser.on('closetag', (tag) => { if (!tag.isSelfClosing) stack.pop(); });
  const onText = (t: string) => { const parent = stack.at(-1); if (parent) parent.childNodes.push(new XmlText(t)); };
  parser.on('text', onText);
  parser.on('cdata', onText);
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof Refused) return { ok: false, error: { message: e.reason, line: parser.line, column: parser.column, refused: e.reason } };
    return { ok: false, error: located(e as Error) };
  }
  if (!root) return { ok: false, error: { message: 'no XML root element', line: null, column: null } };
  return { ok: true, doc: new XmlDocument(root, byName, all) };
}
