// A layout that throws is replaced by another, which places every node, and the caller is told.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { fallbackNotice, runLayoutWithFallback } from './layout-run.js';

cytoscape.use(fcose);

/** A ring of `n` nodes, all at the origin (as a graph looks before any placement). */
function ring(n: number) {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  cy.add(ids.map((id) => ({ group: 'nodes' as const, data: { id }, position: { x: 0, y: 0 } })));
  cy.add(ids.map((id, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: id, target: ids[(i + 1) % n] } })));
  return cy;
}

function run(cy: cytoscape.Core, randomize: boolean, elementCount: number) {
  const events: string[] = [];
  runLayoutWithFallback(cy, 'fcose', { randomize, elementCount }, {
    onStop: () => events.push('stop'),
    onFallback: (failed, used, message) => events.push(fallbackNotice(failed, used, message)),
  });
  return events;
}

const distinctPlaces = (cy: cytoscape.Core) => new Set(cy.nodes().map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`)).size;

describe('runLayoutWithFallback', () => {
  it('re-runs fCoSE from existing positions on a view over 3,000 elements without a failure', () => {
    const cy = ring(60);
    cy.nodes().forEach((n, i) => {
      n.position({ x: Math.cos(i) * 200, y: Math.sin(i) * 200 });
    });
    // As for Java.gexf (9,570 elements): the re-run must not pick draft quality.
    const events = run(cy, false, 9570);
    expect(events).toEqual(['stop']);
    expect(distinctPlaces(cy)).toBe(60);
  });

  it('falls back to another layout when one throws, and says which and why', () => {
    const cy = ring(12);
    const layout = cy.layout;
    // A layout that fails the way fCoSE did: an exception out of run().
    cy.layout = ((options: cytoscape.LayoutOptions) => {
      const l = layout.call(cy, options);
      if (options.name === 'fcose') l.run = () => { throw new TypeError("Cannot read properties of undefined (reading 'nodeIndexes')"); };
      return l;
    }) as typeof cy.layout;
    const events = run(cy, true, 24);
    expect(events).toContain("Force-directed (fCoSE) failed (Cannot read properties of undefined (reading 'nodeIndexes')); laid out as Concentric by degree instead.");
    expect(events).toContain('stop');
    expect(distinctPlaces(cy)).toBe(12);
  });
});
