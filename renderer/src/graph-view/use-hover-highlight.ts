// Hovering a node fades everything outside its closed neighbourhood; hovering an
// edge shows its relation label.
import type { Core, EventObject } from 'cytoscape';
import { type RefObject, useEffect } from 'react';

export function useHoverHighlight(cyRef: RefObject<Core | null>): void {
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const enterNode = (e: EventObject) => {
      const hood = e.target.closedNeighborhood();
      // On a large view, fading means restyling every element (seconds at 10k): only the neighbours are ringed there.
      if (e.target.hasClass('lod')) {
        cy.batch(() => hood.nodes().not(e.target).addClass('neighbourhood'));
        return;
      }
      cy.batch(() => {
        cy.elements().not(hood).addClass('faded');
        hood.nodes().not(e.target).addClass('neighbourhood');
      });
    };
    const leaveNode = (e: EventObject) => {
      if (e.target.hasClass('lod')) cy.batch(() => cy.nodes('.neighbourhood').removeClass('neighbourhood'));
      else cy.batch(() => cy.elements().removeClass('faded neighbourhood'));
    };
    const enterEdge = (e: EventObject) => e.target.addClass('hovered');
    const leaveEdge = (e: EventObject) => e.target.removeClass('hovered');
    cy.on('mouseover', 'node', enterNode);
    cy.on('mouseout', 'node', leaveNode);
    cy.on('mouseover', 'edge', enterEdge);
    cy.on('mouseout', 'edge', leaveEdge);
    return () => {
      if (cy.destroyed()) return;
      cy.off('mouseover', 'node', enterNode);
      cy.off('mouseout', 'node', leaveNode);
      cy.off('mouseover', 'edge', enterEdge);
      cy.off('mouseout', 'edge', leaveEdge);
    };
  }, [cyRef]);
}
