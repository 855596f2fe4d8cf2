// Appearance's label density on the canvas: at 100 % every label a fitted case shows stays, and
// as it falls small on-screen labels are culled while hubs' labels grow, so they stay longest.
// Read back through Cytoscape itself (headless), which is what decides what is drawn.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { ViewDelta } from '../state/view-delta.js';
import { graphStyle } from './style.js';
import { labelTouched } from './use-label-grid.js';

function styled(labelDensity: number | undefined, classes = '') {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: graphStyle('light', { unit: 1, sizeMin: 18, sizeMax: 46, edgeLabels: 'hover', labelDensity }),
    elements: [
      { data: { id: 'hub', label: 'Hub', kind: 'person', degree: 30 }, classes },
      { data: { id: 'leaf', label: 'Leaf', alabel: 'Other name', kind: 'person', degree: 0 }, classes },
    ],
  });
  const px = (id: string, prop: string) => parseFloat(String(cy.$id(id).style(prop)));
  const label = (id: string) => String(cy.$id(id).style('label'));
  return { px, label };
}

describe('label density', () => {
  it('at 100 % (the default) culls only labels under 5 px, at one text size', () => {
    for (const density of [undefined, 1]) {
      const { px } = styled(density);
      expect(px('leaf', 'min-zoomed-font-size')).toBe(5);
      expect(px('hub', 'font-size')).toBe(px('leaf', 'font-size'));
    }
  });

  it('lower, culls more small text and gives hubs larger labels, so they are the last to go', () => {
    const half = styled(0.5);
    expect(half.px('leaf', 'min-zoomed-font-size')).toBe(15);
    expect(half.px('hub', 'font-size')).toBeGreaterThan(half.px('leaf', 'font-size'));
    expect(styled(0).px('leaf', 'min-zoomed-font-size')).toBe(25);
  });

  it('on large views draws only the labels the label grid chose', () => {
    expect(styled(1, 'lod grid').label('leaf')).toBe('');
    expect(styled(1, 'lod grid labelled').label('leaf')).toBe('Leaf');
    // Appearance's "label from attribute" holds there too.
    expect(styled(1, 'lod grid labelled a-label').label('leaf')).toBe('Other name');
  });
});

describe('labels after an edit on a large view', () => {
  function large() {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: graphStyle('light', { unit: 1, sizeMin: 18, sizeMax: 46, edgeLabels: 'hover' }),
      elements: [
        { data: { id: 'new', label: 'Yuri Chaika', kind: 'person', degree: 0 }, classes: 'lod grid' },
        { data: { id: 'filtered', label: 'Gone', kind: 'person', degree: 0 }, classes: 'lod grid filtered' },
        { data: { id: 'other', label: 'Untouched', kind: 'person', degree: 0 }, classes: 'lod grid' },
      ],
    });
    cy.zoom(0.5);
    return cy;
  }
  const touched = (nodes: string[]) => ({ from: {} as ViewDelta['from'], nodes: new Set(nodes), edges: new Set<string>() });

  it('shows the name of each node the edit touched, at the steady 12 px on screen, and no other', () => {
    const cy = large();
    const labelled = labelTouched(cy, touched(['new', 'filtered', 'missing']), new Set(['x']));
    expect([...labelled].sort()).toEqual(['new', 'x']);
    expect(String(cy.$id('new').style('label'))).toBe('Yuri Chaika');
    expect(Number(cy.$id('new').data('labelSize')) * cy.zoom()).toBe(12);
    expect(String(cy.$id('other').style('label'))).toBe('');
    expect(String(cy.$id('filtered').style('label'))).toBe('');
  });
});
