// Keeps Cytoscape from drawing while something else shows the graph (the placed preview over a
// large graph whose elements just went in): its first frame of a new graph draws every element
// (eurosis.json: a 233 ms task), and that frame is better drawn ahead, in slices, before the
// preview goes (install-batched-draw.ts, prepareBatchedFrame). Asks for frames are kept: the
// first frame after the last hold ends draws.
//
// Cytoscape's render loop skips a frame when its renderer's `skipFrame` is set (and clears it
// after each frame); here the flag reads true for as long as a hold lasts. Relies on that field
// (cytoscape 3.35); without a renderer (headless) nothing is held.
import type { Core } from 'cytoscape';

interface Holdable {
  skipFrame?: boolean;
  __holds?: number;
}

function rendererOf(cy: Core): Holdable | undefined {
  return (cy as unknown as { renderer(): Holdable | undefined }).renderer();
}

/** Holds `cy`'s frames until the returned function is called (again: no effect). */
export function holdFrames(cy: Core): () => void {
  const renderer = rendererOf(cy);
  if (!renderer) return () => undefined;
  if (renderer.__holds === undefined) {
    let own = renderer.skipFrame ?? false;
    renderer.__holds = 0;
    Object.defineProperty(renderer, 'skipFrame', {
      configurable: true,
      get: () => own || (renderer.__holds ?? 0) > 0,
      set: (skip: boolean) => {
        own = skip;
      },
    });
  }
  renderer.__holds += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    renderer.__holds = Math.max(0, (renderer.__holds ?? 1) - 1);
  };
}

/** Whether `cy`'s frames are held now. */
export const framesHeld = (cy: Core): boolean => (rendererOf(cy)?.__holds ?? 0) > 0;
