// Which communities the overview map names: the label grid's choice (graph-view/label-grid.ts),
// largest first and the selected one before all, at a fixed screen size whatever the zoom, so a
// fitted map of dozens of circles reads at a glance and zooming in names more of them.
import type { Core } from 'cytoscape';
import { chooseLabels, DEFAULT_LABEL_DENSITY, type LabelCandidate, labelBox, PRIORITY } from '../../graph-view/label-grid.js';

/** The map's labels on screen, in pixels. */
export const LABEL_PX = 12;
export const LABEL_MAX_PX = 150;
/** Gap between a circle and its label, on screen (about the style's text margin at a fitted zoom). */
const GAP_PX = 4;

/** Each circle's label candidate, in screen pixels: under the circle, centred. */
export function overviewCandidates(circles: readonly { id: string; x: number; y: number; diameter: number; label: string; size: number }[], selected: string | null): LabelCandidate[] {
  return circles.map((c) => ({
    id: c.id,
    x: c.x,
    y: c.y + c.diameter / 2 + GAP_PX,
    chars: c.label.length,
    priority: c.id === selected ? PRIORITY.selected : c.size,
  }));
}

/** Sizes the labels for the current zoom and shows the chosen ones (class `labelled`). */
export function placeOverviewLabels(cy: Core, selected: string | null): void {
  const zoom = cy.zoom();
  const circles = cy.nodes().map((n) => {
    const at = n.renderedPosition();
    return { id: n.id(), x: at.x, y: at.y, diameter: (n.data('diameter') as number) * zoom, label: n.data('label') as string, size: n.data('size') as number };
  });
  const [width, height] = [cy.width(), cy.height()];
  // A name the map's edge would cut is not drawn (the grid itself only skips what is wholly off screen).
  const whole = overviewCandidates(circles, selected).filter((c) => {
    const box = labelBox(c, LABEL_PX, LABEL_MAX_PX);
    return box.x1 >= 0 && box.x2 <= width && box.y2 <= height;
  });
  const shown = new Set(chooseLabels(whole, { width, height, density: DEFAULT_LABEL_DENSITY, fontPx: LABEL_PX, maxWidthPx: LABEL_MAX_PX }));
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.data({ labelPx: LABEL_PX / zoom, labelWidth: LABEL_MAX_PX / zoom });
      n.toggleClass('labelled', shown.has(n.id()));
    });
  });
}
