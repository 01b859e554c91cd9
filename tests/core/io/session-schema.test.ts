/** Session files come out parsed by the view, scene and mark schemas: bad parts fall back or drop, the rest is kept. */
import { describe, expect, it } from 'vitest';
import { parseSession } from '../../../src/core/io/session.ts';

const session = (extra: Record<string, unknown>) => JSON.stringify({ kind: 'sdg-session', version: 1, datasetId: null, ...extra });

describe('session schema', () => {
  it('keeps good scenes and marks, drops damaged ones, and falls back on a bad view field', () => {
    const r = parseSession(session({
      view: { select: ['16.6.1', 3], depth: 9, direction: 'in', layout: 'nope', goalLevel: true },
      scenes: [{ caption: 'One', view: { select: ['1.1.1'] } }, 'not a scene'],
      marks: { '16.6.1': { kind: 'priority', note: 'n' }, '1.1.1': { kind: 'bogus' } },
      lang: 'xx',
    }));
    if (!r.ok) throw new Error(r.error.code);
    expect(r.session.view).toEqual({ select: ['16.6.1'], depth: 1, direction: 'in', layout: 'goals', goalLevel: true });
    expect(r.session.scenes.map((s) => s.caption)).toEqual(['One']);
    expect(r.session.scenes[0].view.select).toEqual(['1.1.1']);
    expect(r.session.marks).toEqual({ '16.6.1': { kind: 'priority', note: 'n' } });
    expect(r.session.lang).toBe('en');
  });

  it('refuses a file whose imports are unusable, naming the field', () => {
    const r = parseSession(session({ imported: [{ id: 'import:x', name: 'x', network: { name: 'x', format: 'csv', level: 'unknown', nodes: 'a', links: [] } }] }), 's.json');
    expect(r).toEqual({ ok: false, error: { code: 'sessionBadField', params: { file: 's.json', where: 'imported[0].network.nodes' } } });
  });
});
