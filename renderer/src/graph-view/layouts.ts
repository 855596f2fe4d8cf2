// The layouts on the switch, as a registry of plain option objects: adding a layout
// is one entry here. Iteration caps keep large views from freezing the UI.
import type { LayoutOptions } from 'cytoscape';

/** Layouts Cytoscape runs on the UI thread (also used by image automation, which needs seeds). */
export const CY_LAYOUT_NAMES = ['fcose', 'concentric', 'breadthfirst', 'circle', 'grid'] as const;
export type CyLayoutName = (typeof CY_LAYOUT_NAMES)[number];

/** The switch: `force` picks fCoSE for small views and ForceAtlas2 (in a worker) for the rest. */
export const LAYOUT_NAMES = ['force', 'forceatlas2', ...CY_LAYOUT_NAMES] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/**
 * Largest view (nodes + edges) fCoSE lays out under `force`. fCoSE runs on the UI thread in one
 * piece; measured in headless Chromium (npm run bench), it stays near 100 ms up to about this size.
 */
export const FCOSE_MAX_ELEMENTS = 400;

export function resolveLayout(name: LayoutName, elementCount: number): CyLayoutName | 'forceatlas2' {
  if (name !== 'force') return name;
  return elementCount <= FCOSE_MAX_ELEMENTS ? 'fcose' : 'forceatlas2';
}

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  force: 'Force-directed (automatic)',
  forceatlas2: 'Force-directed (ForceAtlas2, in the background)',
  fcose: 'Force-directed (fCoSE)',
  concentric: 'Concentric by degree',
  breadthfirst: 'Hierarchy (breadth-first)',
  circle: 'Circle',
  grid: 'Grid',
};

/** Options for `name`; `fit` frames the result, `randomize` false keeps known positions as a start. */
export function layoutOptions(name: CyLayoutName, opts: { randomize: boolean; elementCount: number }): LayoutOptions {
  // Animating a first placement only delays the picture; animate refinements, where it shows what moved.
  const animate = !opts.randomize && opts.elementCount < 400;
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        // @ts-expect-error fcose options are not in Cytoscape's LayoutOptions union
        // Draft is only the spectral phase and has no way to start from given positions:
        // with `randomize: false` it throws (…reading 'nodeIndexes'). Refinements use default.
        quality: opts.randomize && opts.elementCount > 3000 ? 'draft' : 'default',
        randomize: opts.randomize,
        animate,
        animationDuration: 300,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: 12000,
        idealEdgeLength: 110,
        nodeSeparation: 110,
        numIter: 2500,
        packComponents: true,
        fit: true,
        padding: 40,
      };
    case 'concentric':
      return {
        name: 'concentric',
        concentric: (node) => node.degree(false),
        levelWidth: () => 3,
        minNodeSpacing: 30,
        animate,
        fit: true,
        padding: 40,
      };
    case 'breadthfirst':
      return { name: 'breadthfirst', directed: false, spacingFactor: 1.1, animate, fit: true, padding: 40 };
    case 'circle':
      return { name: 'circle', animate, fit: true, padding: 40 };
    case 'grid':
      return { name: 'grid', avoidOverlap: true, animate, fit: true, padding: 40 };
  }
}
