// Which communities the overview map names: the label grid's choice (graph-view/label-grid.ts),
// largest first and the selected one before all, at a fixed screen size whatever the zoom, so a
// fitted map of dozens of circles reads at a glance and zooming in names more of them. A name goes
// above its circle where below it would cover another circle.
import type { Core } from 'cytoscape';
import { chooseLabels, DEFAULT_LABEL_DENSITY, type LabelCandidate, labelBox, PRIORITY } from '../../graph-view/label-grid.js';

/** The map's labels on screen, in pixels. */
export const LABEL_PX = 12;
export const LABEL_MAX_PX = 150;
/** Gap between a circle and its label, on screen (about the style's text margin at a fitted zoom). */
const GAP_PX = 4;

interface Circle {
  id: string;
  x: number;
  y: number;
  diameter: number;
  label: string;
  size: number;
}

export interface OverviewCandidate extends LabelCandidate {
  /** Drawn above its circle: below, it would cover another one. */
  above: boolean;
}

const covers = (box: { x1: number; y1: number; x2: number; y2: number }, circles: readonly Circle[], own: string) =>
  circles.some((o) => o.id !== own && box.x1 < o.x + o.diameter / 2 && box.x2 > o.x - o.diameter / 2 && box.y1 < o.y + o.diameter / 2 && box.y2 > o.y - o.diameter / 2);

/** Each circle's label candidate, in screen pixels: centred under the circle, or above it when under it lies another circle and above does not. */
export function overviewCandidates(circles: readonly Circle[], selected: string | null): OverviewCandidate[] {
  return circles.map((c) => {
    const base = { id: c.id, x: c.x, chars: c.label.length, priority: c.id === selected ? PRIORITY.selected : c.size };
    const below = { ...base, y: c.y + c.diameter / 2 + GAP_PX, above: false };
    const box = labelBox(below, LABEL_PX, LABEL_MAX_PX);
    if (!covers(box, circles, c.id)) return below;
    const above = { ...base, y: c.y - c.diameter / 2 - GAP_PX - (box.y2 - box.y1), above: true };
    return covers(labelBox(above, LABEL_PX, LABEL_MAX_PX), circles, c.id) ? below : above;
  });
}

/** Sizes the labels for the current zoom and shows the chosen ones (class `labelled`). */
export function placeOverviewLabels(cy: Core, selected: string | null): void {
  const zoom = cy.zoom();
  const circles = cy.nodes().map((n) => {
    const at = n.renderedPosition();
    return { id: n.id(), x: at.x, y: at.y, diameter: (n.data('diameter') as number) * zoom, label: n.data('label') as string, size: n.data('size') as number };
  });
  const [width, height] = [cy.width(), cy.height()];
  const candidates = overviewCandidates(circles, selected);
  const above = new Set(candidates.filter((c) => c.above).map((c) => c.id));
  // A name the map's edge would cut is not drawn (the grid itself only skips what is wholly off screen).
  const whole = candidates.filter((c) => {
    const box = labelBox(c, LABEL_PX, LABEL_MAX_PX);
    return box.x1 >= 0 && box.x2 <= width && box.y1 >= 0 && box.y2 <= height;
  });
  const shown = new Set(chooseLabels(whole, { width, height, density: DEFAULT_LABEL_DENSITY, fontPx: LABEL_PX, maxWidthPx: LABEL_MAX_PX }));
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.data({ labelPx: LABEL_PX / zoom, labelWidth: LABEL_MAX_PX / zoom });
      n.toggleClass('labelled', shown.has(n.id()));
      n.toggleClass('label-above', above.has(n.id()));
    });
  });
}
