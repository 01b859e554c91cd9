// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cachedLayout } from '../../src/state/layout-client.ts';

describe('the ForceAtlas2 layout cache in localStorage', () => {
  it('returns well-formed positions and ignores damaged or foreign entries', () => {
    localStorage.setItem('sdg.layout.fa2.d.2.1', JSON.stringify({ a: { x: 1, y: 2 }, b: { x: 3, y: 4 } }));
    expect(cachedLayout('d', 2, 1)).toEqual({ a: { x: 1, y: 2 }, b: { x: 3, y: 4 } });
    localStorage.setItem('sdg.layout.fa2.d.2.1', JSON.stringify({ a: { x: 'left', y: 2 } }));
    expect(cachedLayout('d', 2, 1)).toBeNull();
    localStorage.setItem('sdg.layout.fa2.d.2.1', '{not json');
    expect(cachedLayout('d', 2, 1)).toBeNull();
    expect(cachedLayout('other', 2, 1)).toBeNull();
  });
});
