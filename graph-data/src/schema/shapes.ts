// Node shapes a file can ask for, as one closed set the view and the renderer share: each
// format's own words (GEXF viz:shape, yEd's y:Shape, Cytoscape.js style) map onto it.

/** Shapes the canvas and every image export draw the same way. */
export const NODE_SHAPES = ['ellipse', 'rectangle', 'round-rectangle', 'triangle', 'diamond', 'pentagon', 'hexagon', 'octagon', 'star', 'vee'] as const;
export type NodeShape = (typeof NODE_SHAPES)[number];

const WORDS: Record<string, NodeShape> = {
  disc: 'ellipse',
  disk: 'ellipse',
  circle: 'ellipse',
  ellipse: 'ellipse',
  dot: 'ellipse',
  square: 'rectangle',
  rect: 'rectangle',
  rectangle: 'rectangle',
  box: 'rectangle',
  roundrectangle: 'round-rectangle',
  roundrect: 'round-rectangle',
  roundedrectangle: 'round-rectangle',
  triangle: 'triangle',
  roundtriangle: 'triangle',
  diamond: 'diamond',
  rhombus: 'diamond',
  pentagon: 'pentagon',
  hexagon: 'hexagon',
  roundhexagon: 'hexagon',
  octagon: 'octagon',
  roundoctagon: 'octagon',
  star: 'star',
  star5: 'star',
  star6: 'star',
  star8: 'star',
  vee: 'vee',
};

/** The shape a file's word names ("disc", "roundrectangle", "round-rectangle"…); undefined for others (images, trapezoids). */
export function nodeShapeOf(word: unknown): NodeShape | undefined {
  if (typeof word !== 'string') return undefined;
  return WORDS[word.toLowerCase().replace(/[^a-z0-9]/g, '')];
}
