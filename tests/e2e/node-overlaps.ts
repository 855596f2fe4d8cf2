// Pairs of nodes the canvas draws over each other (their discs, at the size drawn), for the
// layout tests: a laid-out graph whose nodes pile up hides its edges and its small nodes.
import type { Page } from '@playwright/test';
import type { Core } from 'cytoscape';

export const overlappingNodes = (page: Page): Promise<number> =>
  page.getByTestId('graph-canvas').evaluate((el) => {
    const nodes = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy.nodes(':visible').toArray();
    let pairs = 0;
    for (let i = 0; i < nodes.length; i++)
      for (let j = 0; j < i; j++) {
        const [a, b] = [nodes[i], nodes[j]] as [(typeof nodes)[number], (typeof nodes)[number]];
        const [p, q] = [a.position(), b.position()];
        if (Math.hypot(p.x - q.x, p.y - q.y) < (a.width() + b.width()) / 2) pairs++;
      }
    return pairs;
  });
