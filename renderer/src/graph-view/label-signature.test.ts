import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { placesSignature } from './use-label-grid.js';

function graph() {
  const cy = cytoscape({ headless: true });
  cy.add([
    { group: 'nodes', data: { id: 'a' }, position: { x: 0, y: 0 } },
    { group: 'nodes', data: { id: 'b' }, position: { x: 10, y: 5 } },
    { group: 'nodes', data: { id: 'c' }, position: { x: -3, y: 8 } },
    { group: 'edges', data: { id: 'e', source: 'a', target: 'b' } },
  ]);
  return cy;
}

describe('placesSignature', () => {
  it('is the same for the same places and viewport', () => {
    expect(placesSignature(graph())).toBe(placesSignature(graph()));
  });

  it('changes when a node moves, when two nodes trade places, or when the viewport changes', () => {
    const before = placesSignature(graph());
    const moved = graph();
    moved.getElementById('c').position({ x: -3, y: 9 });
    expect(placesSignature(moved)).not.toBe(before);
    const traded = graph();
    traded.getElementById('a').position({ x: 10, y: 5 });
    traded.getElementById('b').position({ x: 0, y: 0 });
    expect(placesSignature(traded)).not.toBe(before);
    const zoomed = graph();
    zoomed.zoom(2);
    expect(placesSignature(zoomed)).not.toBe(before);
    const panned = graph();
    panned.pan({ x: 4, y: 0 });
    expect(placesSignature(panned)).not.toBe(before);
  });
});
