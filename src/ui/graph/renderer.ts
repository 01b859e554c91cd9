/**
 * Which Cytoscape renderer draws the graph. The canvas renderer is the reference; its WebGL mode
 * (Cytoscape ≥ 3.31, `renderer: { name: 'canvas', webgl: true }`) pays off only on big graphs — on
 * the bundled 1.5k-link network its set-up costs more than it saves. The threshold is measured in
 * `npm run bench` (bench/results/latest.md); `?renderer=canvas|webgl` or the saved setting forces one.
 */
export type RendererPref = 'auto' | 'canvas' | 'webgl';

/** Links above which "auto" picks WebGL. */
export const WEBGL_EDGE_THRESHOLD = 20_000;

const STORAGE_KEY = 'sdg.renderer';

export function rendererPref(): RendererPref {
  try {
    const fromUrl = new URLSearchParams(location.search).get('renderer');
    const v = fromUrl ?? localStorage.getItem(STORAGE_KEY);
    return v === 'canvas' || v === 'webgl' ? v : 'auto';
  } catch {
    return 'auto';
  }
}

export function saveRendererPref(pref: RendererPref) {
  try {
    if (pref === 'auto') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, pref);
  } catch {
    // Private mode or a locked-down browser: the choice simply is not remembered.
  }
}

export function useWebgl(edgeCount: number, pref: RendererPref = rendererPref()): boolean {
  if (pref !== 'auto') return pref === 'webgl';
  return edgeCount > WEBGL_EDGE_THRESHOLD;
}

/** Cytoscape options for the chosen renderer; WebGL mode also simplifies what it draws while moving. */
export function rendererOptions(edgeCount: number): Record<string, unknown> {
  if (!useWebgl(edgeCount)) return edgeCount > 5_000 ? { hideEdgesOnViewport: true, textureOnViewport: true } : {};
  return { renderer: { name: 'canvas', webgl: true } };
}
