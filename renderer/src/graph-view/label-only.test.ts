import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { changeLabelsOnly } from './label-only.js';

type WithState = { _private: { rstyle: { cleanConnected?: boolean } } };
const state = (cy: cytoscape.Core, id: string) => (cy.getElementById(id) as unknown as WithState)._private.rstyle;

describe('changeLabelsOnly', () => {
  it('keeps the edges of a node clean after a change to its label, unless they were queued before', () => {
    const cy = cytoscape({ headless: true, elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'e', source: 'a', target: 'b' } }] });
    state(cy, 'a').cleanConnected = true;
    state(cy, 'b').cleanConnected = false;
    const nodes = [cy.getElementById('a'), cy.getElementById('b')] as cytoscape.NodeSingular[];
    changeLabelsOnly(nodes, () => {
      // What Cytoscape's renderer does to a node whose bounds change.
      for (const id of ['a', 'b']) state(cy, id).cleanConnected = false;
      cy.getElementById('a').data('label', 'A');
    });
    expect(state(cy, 'a').cleanConnected).toBe(true);
    expect(state(cy, 'b').cleanConnected).toBe(false);
    expect(cy.getElementById('a').data('label')).toBe('A');
  });
});
