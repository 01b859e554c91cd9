/**
 * Which Cytoscape renderer draws the graph. The canvas renderer is the reference; its WebGL mode
 * (Cytoscape ≥ 3.31, `renderer: { name: 'canvas', webgl: true }`) can pay off only on big graphs and
 * only with a GPU — on the bundled 1.5k-link network its set-up costs more than it saves, and with
 * software GL it loses at every size measured in `npm run bench` (bench/results/latest.md).
 * `?renderer=canvas|webgl` or the saved setting forces one.
 */
export const RENDERER_PREFS = ['auto', 'canvas', 'webgl'] as const;
export type RendererPref = (typeof RENDERER_PREFS)[number];

/**
 * Links above which "auto" picks WebGL when a GPU draws it. A choice, not a measurement: the machines
 * this was built on have only software GL, where WebGL lost at 20k and 100k links alike.
  * @internal exported for its unit test
 */
export const WEBGL_EDGE_THRESHOLD = 20_000;

const STORAGE_KEY = 'sdg.renderer';

const asPref = (v: string | null): RendererPref => (v === 'canvas' || v === 'webgl' ? v : 'auto');

/** The renderer the next graph is drawn with: `?renderer=` first, then the saved setting. @internal exported for its unit test */
export function rendererPref(): RendererPref {
  try {
    return asPref(new URLSearchParams(location.search).get('renderer') ?? localStorage.getItem(STORAGE_KEY));
  } catch {
    return 'auto';
  }
}

/** The setting saved by the view controls (RendererControl), without the URL override. */
export function savedRendererPref(): RendererPref {
  try {
    return asPref(localStorage.getItem(STORAGE_KEY));
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

let softwareGl: boolean | undefined;

/**
 * True when WebGL is missing or drawn by the CPU (SwiftShader, llvmpipe, …). There the WebGL mode
 * only adds a second software rasteriser: in `npm run bench` it drew 100k links in twice the time of
 * the canvas renderer and panned slower, so "auto" keeps the canvas.
 */
function isSoftwareGl(): boolean {
  if (softwareGl !== undefined) return softwareGl;
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return (softwareGl = true);
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    softwareGl = /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    softwareGl = true;
  }
  return softwareGl;
}

/** True when a graph of `edgeCount` links is to be drawn in Cytoscape's WebGL mode. */
export function wantsWebgl(edgeCount: number, pref: RendererPref = rendererPref(), softwareOnly: () => boolean = isSoftwareGl): boolean {
  if (pref !== 'auto') return pref === 'webgl';
  return edgeCount > WEBGL_EDGE_THRESHOLD && !softwareOnly();
}

/** Cytoscape options for the chosen renderer; WebGL mode also simplifies what it draws while moving. */
export function rendererOptions(edgeCount: number): Record<string, unknown> {
  if (!wantsWebgl(edgeCount)) return edgeCount > 5_000 ? { hideEdgesOnViewport: true, textureOnViewport: true } : {};
  return { renderer: { name: 'canvas', webgl: true } };
}
