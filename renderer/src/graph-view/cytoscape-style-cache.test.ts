// The faster dirtyStyleCache must clear what Cytoscape's does: an edge's cached visibility
// follows its nodes (a hidden end hides the edge), with and without compound nodes.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { installStyleCacheFix } from './cytoscape-style-cache.js';

installStyleCacheFix();

const style = [{ selector: '.gone', style: { display: 'none' as const } }];

describe('installStyleCacheFix', () => {
  it('an edge is hidden with its node and shown again with it', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style,
      elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'c' } }, { data: { id: 'ab', source: 'a', target: 'b' } }, { data: { id: 'bc', source: 'b', target: 'c' } }],
    });
    // Nodes' styles first: Cytoscape applies a node's new style when a property is read (as a
    // redraw does), and that is when it clears its edges' cached visibility.
    const visible = () => {
      cy.nodes().forEach((n) => void n.style('display'));
      return cy.edges().map((e) => `${e.id()}:${e.visible()}`);
    };
    expect(visible()).toEqual(['ab:true', 'bc:true']);
    cy.$('#a').addClass('gone');
    expect(visible()).toEqual(['ab:false', 'bc:true']);
    cy.$('#c').addClass('gone');
    cy.$('#a').removeClass('gone');
    expect(visible()).toEqual(['ab:true', 'bc:false']);
  });

  it('keeps Cytoscape behaviour with compound nodes: a hidden parent hides its child’s edges', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style,
      elements: [{ data: { id: 'p' } }, { data: { id: 'a', parent: 'p' } }, { data: { id: 'b' } }, { data: { id: 'ab', source: 'a', target: 'b' } }],
    });
    expect(cy.$('#ab').visible()).toBe(true);
    cy.$('#p').addClass('gone');
    cy.nodes().forEach((n) => void n.style('display'));
    expect(cy.$('#ab').visible()).toBe(false);
  });
});
