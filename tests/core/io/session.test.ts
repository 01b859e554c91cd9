import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSession, serialiseSession, SESSION_VERSION } from '../../../src/core/io/session.ts';
import { readGraphFile } from '../../../src/core/io/read-graph-file.ts';
import { refusal, text as messageText } from './message-text.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

describe('session files', () => {
  it('round-trip view, language, imported datasets and scenes', () => {
    const r = readGraphFile('edges.csv', fixture('edges.csv'));
    if (!r.ok) throw new Error('fixture');
    const text = serialiseSession({
      datasetId: 'import:edges', lang: 'ru', view: { select: ['16.6.1'], depth: 2, direction: 'both', layout: 'force', goalLevel: false },
      imported: [{ id: 'import:edges', name: 'edges.csv', fileName: 'edges.csv', importedAt: '2025-01-01T00:00:00Z', network: r.network }], scenes: [],
    });
    const back = parseSession(text);
    if (!back.ok) throw new Error(messageText(back.error));
    expect(back.session).toMatchObject({ kind: 'sdg-session', version: SESSION_VERSION, datasetId: 'import:edges', lang: 'ru', scenes: [] });
    expect(back.session.view).toEqual({ select: ['16.6.1'], depth: 2, direction: 'both', layout: 'force', goalLevel: false });
    expect(back.session.imported[0].network.links).toEqual(r.network.links);
  });

  it('refuses a newer version and a damaged file, saying the current session is kept', () => {
    const newer = parseSession(fixture('session-newer.json'), 'session-newer.json');
    expect(refusal(newer)).toEqual({ ok: false, message: expect.stringMatching(/newer version of the app \(session version 2; this app reads version 1\); your current session is kept/) });
    const damaged = parseSession(fixture('session-damaged.json'), 'session-damaged.json');
    expect(damaged.ok).toBe(false);
    if (!damaged.ok) expect(messageText(damaged.error)).toMatch(/imported\[0\]\.network\.links\[0\]\.score.*current session is kept/);
    const notJson = parseSession('{"kind": "sdg-session", ', 'cut.json');
    expect(!notJson.ok && messageText(notJson.error)).toMatch(/cut\.json is damaged \(not valid JSON/);
    expect(parseSession('{"a":1}').ok).toBe(false);
  });
});
