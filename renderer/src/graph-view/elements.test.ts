// syncElements on a headless Cytoscape: an element whose data changed is redrawn with the
// new data, an edge whose ends changed is re-attached, and what left the view is removed.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { ViewEdge, ViewNode } from '../../../graph-data/src/contract.js';
import { canvasElement, forEachNode, graphIdOf, listedDefinitions, planSync, syncElements, viewDefinitions } from './elements.js';

const node = (id: string, label: string, kind: ViewNode['kind'] = 'person'): ViewNode => ({ id, label, kind, degree: 1 });
const edge = (id: string, source: string, target: string): ViewEdge => ({ id, source, target, relation: 'accuses' });

describe('syncElements', () => {
  it('adds, updates and removes so the instance holds exactly the view', () => {
    const cy = cytoscape({ headless: true });
    const added = syncElements(cy, { nodes: [node('0', 'Valjean'), node('1', 'Javert'), node('2', 'Fantine')], edges: [edge('e0', '0', '1')] });
    expect(added.map((n) => n.id())).toEqual(['0', '1', '2']);
    cy.getElementById('0').data('measure', 12);

    const again = syncElements(cy, { nodes: [node('0', 'LIT', 'place'), node('1', 'Javert'), node('3', 'CAK')], edges: [edge('e0', '1', '3')] });
    expect(again.map((n) => n.id())).toEqual(['3']);
    expect(cy.nodes().map((n) => `${n.id()}:${n.data('label') as string}`).sort()).toEqual(['0:LIT', '1:Javert', '3:CAK']);
    expect(cy.getElementById('0').data('kind')).toBe('place');
    // Styling data the view does not set is left to its hook.
    expect(cy.getElementById('0').data('measure')).toBe(12);
    const e0 = cy.getElementById('e0');
    expect([e0.source().id(), e0.target().id()]).toEqual(['1', '3']);
  });

  it('keeps a node whose id an edge also uses, and the edges at that node (Java.gexf: node "27", edge "27")', () => {
    const cy = cytoscape({ headless: true });
    const nodes = [node('24', 'A'), node('27', 'java.awt.Component'), node('3', 'B')];
    const edges = [edge('27', '24', '27'), edge('289', '27', '3')];
    syncElements(cy, { nodes, edges });
    syncElements(cy, { nodes, edges });
    expect(cy.getElementById('27').isNode()).toBe(true);
    expect(cy.getElementById('289').source().id()).toBe('27');
    expect(cy.nodes().length).toBe(3);
    // The edge "27" is drawn too, and answers to its own id on the way out.
    expect(cy.edges().map((e) => graphIdOf(e)).sort()).toEqual(['27', '289']);
    const drawn = canvasElement(cy, 'edge', '27');
    expect(drawn.isEdge() && [drawn.source().id(), drawn.target().id()]).toEqual(['24', '27']);
    expect(graphIdOf(canvasElement(cy, 'node', '27'))).toBe('27');
  });

  it('moves an edge off an id that a node arriving later needs', () => {
    const cy = cytoscape({ headless: true });
    syncElements(cy, { nodes: [node('1', 'A'), node('2', 'B')], edges: [edge('3', '1', '2')] });
    syncElements(cy, { nodes: [node('1', 'A'), node('2', 'B'), node('3', 'C')], edges: [edge('3', '1', '2')] });
    expect(cy.getElementById('3').isNode()).toBe(true);
    expect(cy.getElementById('3').data('label')).toBe('C');
    expect(cy.edges().map((e) => graphIdOf(e))).toEqual(['3']);
  });
});

describe('viewDefinitions', () => {
  const view = { nodes: [node('24', 'A'), node('27', 'java.awt.Component'), node('3', 'B')], edges: [edge('27', '24', '27'), edge('e1', '3', '24')] };

  it('makes, slice by slice, what planSync makes for an empty canvas, each finished with its index', () => {
    const seen: [string, number][] = [];
    const defs = viewDefinitions(view, (def, index) => {
      seen.push([def.data.id as string, index]);
      def.classes = 'lod';
    });
    expect([defs.length, defs.edgesFrom]).toEqual([5, 3]);
    const made = [...defs.slice(0, 2), ...defs.slice(2, 4), ...defs.slice(4, 5)];
    const planned = planSync(cytoscape({ headless: true }), view).map((def) => ({ ...def, classes: 'lod' }));
    expect(made).toEqual(planned);
    // The edge sharing node 27's id goes under its canvas id, keeping its own in `eid`.
    expect(made[3]?.data.eid).toBe('27');
    expect(made[3]?.data.id).not.toBe('27');
    expect(seen.map(([, index]) => index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('finds where the edges start in definitions already made', () => {
    const planned = planSync(cytoscape({ headless: true }), view);
    expect(listedDefinitions(planned).edgesFrom).toBe(3);
    expect(listedDefinitions(planned.slice(0, 3)).edgesFrom).toBe(3);
  });
});

describe('forEachNode', () => {
  it("visits every node once, in Cytoscape's order, and no edge", () => {
    const cy = cytoscape({ headless: true });
    syncElements(cy, { nodes: [node('b', 'B'), node('a', 'A'), node('c', 'C')], edges: [edge('e0', 'a', 'b'), edge('e1', 'b', 'c')] });
    const seen: string[] = [];
    forEachNode(cy, (n) => seen.push(n.id()));
    expect(seen).toEqual(cy.nodes().map((n) => n.id()));
    expect(seen.sort()).toEqual(['a', 'b', 'c']);
  });
});
