import { describe, expect, it } from 'vitest';
import { wantsWebgl as useWebgl, WEBGL_EDGE_THRESHOLD } from '../../../src/ui/graph/renderer.ts';

describe('renderer choice', () => {
  const gpu = () => false;
  const software = () => true;
  it('uses WebGL only above the threshold and only with a GPU', () => {
    expect(useWebgl(WEBGL_EDGE_THRESHOLD, 'auto', gpu)).toBe(false);
    expect(useWebgl(WEBGL_EDGE_THRESHOLD + 1, 'auto', gpu)).toBe(true);
    expect(useWebgl(10 * WEBGL_EDGE_THRESHOLD, 'auto', software)).toBe(false);
  });
  it('obeys a forced choice whatever the size or the GL', () => {
    expect(useWebgl(10, 'webgl', software)).toBe(true);
    expect(useWebgl(10 * WEBGL_EDGE_THRESHOLD, 'canvas', gpu)).toBe(false);
  });
});
