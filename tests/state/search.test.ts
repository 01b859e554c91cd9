import { describe, expect, it } from 'vitest';
import { codeMatches, searchNodes } from '../../src/state/search.ts';
import { kazakhstanGraph } from '../core/helpers.ts';

const graph = kazakhstanGraph();
const codes = async (q: string, lang: 'en' | 'ru' | 'kk' = 'en') => (await searchNodes(graph, q, lang)).map((h) => h.code);

describe('search', () => {
  it('puts codes first: exact, then extensions at a dot, shallow before deep', async () => {
    const hits = await codes('16.6');
    expect(hits.slice(0, 2)).toEqual(['16.6.1', '16.6.2']);
    expect((await codes('2.3'))[0]).toBe('2.3.1');
    expect((await codes('16.6.1'))[0]).toBe('16.6.1');
    const deep = codeMatches(graph, '1');
    // No three-part code after a four-part one.
    const depths = deep.filter((c) => c.startsWith('1.')).map((c) => c.split('.').length);
    expect(depths).toEqual([...depths].sort((a, b) => a - b));
  });

  it('finds nothing for nonsense', async () => {
    expect(await codes('Wasser')).toEqual([]);
    expect(await codes('qqqzzz')).toEqual([]);
  });

  it('finds words with a typo in each language, the current language first', async () => {
    expect(await codes('expenditures republcan budget')).toContain('16.6.1');
    expect(await codes('республиканского бюджета', 'ru')).toContain('16.6.1');
    // "2.3" is a code: no word noise on "2" and "3" after its indicators.
    expect(await codes('2.3')).toEqual(['2.3.1', '2.3.2']);
  });
});
