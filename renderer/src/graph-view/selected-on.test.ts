import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { graphIdOf } from './elements.js';
import { selectedOn } from './use-selection.js';

describe('selectedOn', () => {
  it('lists the selected elements the canvas shows, nodes and edges apart, hidden ones left out', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: '.hidden', style: { display: 'none' } }],
      elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'c' } }, { data: { id: 'ab', source: 'a', target: 'b' } }, { data: { id: 'bc', source: 'b', target: 'c' } }],
    });
    cy.$('#a, #c, #ab, #bc').select();
    cy.getElementById('c').addClass('hidden');
    expect(selectedOn(cy)).toEqual({ nodes: ['a'], edges: [graphIdOf(cy.getElementById('ab'))] });
    cy.destroy();
  });
});
