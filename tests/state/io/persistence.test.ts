/** Stored imports are read back through one schema: a damaged record is named and skipped, good ones load. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../../src/state/io/persistence.ts';
import { readGraphFile } from '../../../src/core/io/read-graph-file.ts';
import { renderMessage } from '../../../src/cli/render.ts';

const network = () => {
  const r = readGraphFile('edges.csv', readFileSync(resolve(import.meta.dirname, '../../fixtures/edges.csv'), 'utf8'));
  if (!r.ok) throw new Error('fixture');
  return r.network;
};

describe('stored imports', () => {
  it('a good record comes back typed, with its links', () => {
    const n = network();
    const item = checkRecord('import:edges', { version: 1, id: 'import:edges', name: 'edges.csv', fileName: 'edges.csv', importedAt: 'x', network: n });
    expect('code' in item).toBe(false);
    if (!('code' in item)) expect(item.network.links).toEqual(n.links);
  });

  it('a damaged record is skipped with a message naming the field', () => {
    const n = network();
    const bad = checkRecord('import:bad', { version: 1, id: 'import:bad', name: 'bad', network: { ...n, links: [{ source: 'a', target: 'b', score: 'high' }] } });
    expect('code' in bad && renderMessage(bad)).toBe('saved import import:bad is damaged (network.links[0].score) and was skipped');
    const old = checkRecord('import:old', { version: 7, id: 'import:old', name: 'old', network: n });
    expect('code' in old && old.code).toBe('storedRecordSkipped');
  });
});
