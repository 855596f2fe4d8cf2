// Whether Cytoscape's WebGL renderer should draw the graph: only on a hardware GPU. A software
// rasteriser (SwiftShader, llvmpipe, WARP…) runs WebGL on the CPU and is many times slower than
// the canvas renderer (MEASUREMENTS.md: ~850 ms a frame at 1k nodes under SwiftShader), and a
// browser that hides its renderer string gives no evidence of a GPU, so both keep the canvas.

/** Substrings of WEBGL_debug_renderer_info's renderer that name a CPU rasteriser, lower case. */
const SOFTWARE_RENDERERS = [
  'swiftshader',
  'llvmpipe',
  'softpipe',
  'lavapipe',
  'software',
  'microsoft basic render',
  'warp',
  'mesa offscreen',
  'apple software renderer',
] as const;

/** The decision on a renderer string (null: the browser would not say). */
export function isHardwareRenderer(renderer: string | null | undefined): boolean {
  if (!renderer) return false;
  const name = renderer.toLowerCase();
  return !SOFTWARE_RENDERERS.some((s) => name.includes(s));
}

/** The unmasked renderer string of a WebGL 2 context, or null when there is none or it is hidden. */
export function webglRendererName(doc: Document = document): string | null {
  try {
    const canvas = doc.createElement('canvas');
    // Cytoscape's WebGL mode needs WebGL 2 (its shaders are `#version 300 es`).
    const gl = canvas.getContext('webgl2', { failIfMajorPerformanceCaveat: true });
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? (gl.getParameter(info.UNMASKED_RENDERER_WEBGL) as unknown) : null;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}

let cached: boolean | null = null;

/** Asked once per window: creating a WebGL context is not free. `?webgl=0|1` overrides, for checking by hand. */
export function webglWanted(): boolean {
  if (cached !== null) return cached;
  const forced = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('webgl');
  cached = forced === '1' ? true : forced === '0' ? false : isHardwareRenderer(webglRendererName());
  return cached;
}
