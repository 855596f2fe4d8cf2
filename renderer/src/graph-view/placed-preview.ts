// A large graph that comes with its own places (a Gephi file, a saved case) is shown at once:
// its nodes as dots at those places on the layout preview's canvas (layout-preview.ts), while its
// tens of thousands of elements go into Cytoscape, which takes seconds. The user can pan, zoom and
// move a node meanwhile; when every element is in, Cytoscape takes over with what the user did,
// and the preview stays up, still, until Cytoscape's first picture is drawn ahead (frame-hold.ts).
import type { Core } from 'cytoscape';
import type { ViewState } from '../state/view-history.js';
import { markFirstPicture } from './canvas-placement.js';
import { placedLayoutInput, viewLayoutInput } from './early-layout.js';
import { LayoutPreview } from './layout-preview.js';
import type { Theme } from './palette.js';
import { viewLook } from './preview-look.js';

export interface PlacedPreview {
  /**
   * Every element is in: moves the nodes the user dropped and takes the user's viewport if they
   * panned or zoomed. The preview stays on screen, no longer taking input, until `close`. Says
   * what the user changed.
   */
  finish(cy: Core): { viewport: boolean; dropped: boolean };
  /** Takes the preview off the screen (Cytoscape's picture is ready, or the view was replaced). */
  close(): void;
}

/**
 * The preview for `view`, its nodes at `quick` places (view order) where given, else at their
 * own (view.positions); null unless every node has a place.
 */
export function showPlacedPreview(cy: Core, view: ViewState, quick: Float32Array | null, theme: Theme): PlacedPreview | null {
  const container = cy.container();
  if (!container) return null;
  const { ids, positions } = quick ? placedLayoutInput(view, quick.slice()) : viewLayoutInput(view);
  if (positions.some((p) => Number.isNaN(p))) return null;
  let userViewport = false;
  const dropped = new Map<string, { x: number; y: number }>();
  const preview = new LayoutPreview(container, viewLook(view, theme), { zoom: cy.zoom(), pan: cy.pan() }, { min: cy.minZoom(), max: cy.maxZoom() }, {
    onUserViewport: () => {
      userViewport = true;
    },
    onDrop: (index, x, y) => {
      const id = ids[index];
      if (id !== undefined) dropped.set(id, { x, y });
    },
  });
  preview.show(positions, true);
  markFirstPicture();
  return {
    finish(target) {
      target.batch(() => {
        for (const [id, at] of dropped) target.getElementById(id).position(at);
      });
      if (userViewport) target.viewport(preview.viewport());
      preview.freeze();
      return { viewport: userViewport, dropped: dropped.size > 0 };
    },
    close: () => preview.destroy(),
  };
}
