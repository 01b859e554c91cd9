import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGraphBytes } from '../../../src/core/io/read-graph-file.ts';
import { linkEvidenceFields } from '../../../src/core/analysis/evidence.ts';

const read = async (file: string, text = readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8')) => {
  const r = await readGraphBytes(file, text);
  if (!r.ok) throw new Error(`${file} did not read`);
  return r.network;
};

describe('where a GraphML or GEXF link was read', () => {
  it('numbers each link as the file lists it and keeps a named id', async () => {
    const gexf = `<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
      <nodes><node id="a"/><node id="b"/><node id="c"/></nodes>
      <edges><edge id="0" source="a" target="b"/><edge id="a-to-c" source="a" target="c"/><edge id="2" source="b" target="c"/></edges></graph></gexf>`;
    const n = await read('dir/links.gexf', gexf);
    expect(n.links.map((l) => l.location)).toEqual([
      { file: 'links.gexf', edge: 1 }, { file: 'links.gexf', edge: 2, edgeId: 'a-to-c' }, { file: 'links.gexf', edge: 3 },
    ]);
    expect(Object.fromEntries(linkEvidenceFields(n.links[1]))).toMatchObject({ source_file: 'links.gexf', source_cell: 'edge 2 (a-to-c)' });
  });

  it('locates every link of the GraphML fixture', async () => {
    const n = await read('characters.graphml');
    expect(n.links.length).toBeGreaterThan(0);
    n.links.forEach((l) => { expect(l.location?.file).toBe('characters.graphml'); expect(l.location?.edge).toBeGreaterThan(0); });
  });
});
