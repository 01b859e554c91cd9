import { describe, expect, it } from 'vitest';
import { compareCodes } from '../../../src/core/graph/compare-codes.ts';
import { kazakhstanGraph } from '../helpers.ts';

describe('compareCodes', () => {
  it('orders indicator codes numerically, part by part', () => {
    expect(['10.1', '2.10', '2.9', '1.1.1', '17.19.2', '1.1.10', '1.1.2'].sort(compareCodes))
      .toEqual(['1.1.1', '1.1.2', '1.1.10', '2.9', '2.10', '10.1', '17.19.2']);
  });

  it('orders the bundled network as the per-call localeCompare did', () => {
    const codes = kazakhstanGraph().nodes();
    const expected = [...codes].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    expect([...codes].reverse().sort(compareCodes)).toEqual(expected);
  });
});
