import { describe, expect, it } from 'vitest';
import { inkOn, shortTitle } from '../../../src/ui/graph/label-lod.ts';

describe('presentation labels', () => {
  it('shortens an official title at a word boundary', () => {
    expect(shortTitle('Coverage of essential health services')).toBe('Coverage of…');
    expect(shortTitle('Quality education')).toBe('Quality education');
    expect(shortTitle('Доля   населения, живущего за чертой бедности')).toBe('Доля населения…');
  });
  it('picks the ink with more contrast on the goal colour', () => {
    expect(inkOn('#FCC30B')).toBe('#000000'); // goal 7 yellow
    expect(inkOn('#19486A')).toBe('#ffffff'); // goal 17 navy
    expect(inkOn('not a colour')).toBe('#000000');
  });
});
