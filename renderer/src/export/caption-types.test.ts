// The case's own allegation types in what an export writes about the picture: the legend
// (names and colours, as the canvas draws them) and the filter line of the caption.
// Expected names and colours come from the case's type list given here and the built-in
// colours the case file stores (graph-data's BUILTIN_ALLEGATION_COLOURS), not from the code under test.
import { describe, expect, it } from 'vitest';
import { BUILTIN_ALLEGATION_COLOURS } from '../../../graph-data/src/schema/allegation-colours.js';
import { layoutCaption, legendContent } from './caption.js';
import { describeFilterSpec } from './describe-filter.js';
import { roughWidth, testMeta } from './test-scene.js';

// Violet 600: already 5:1 against the light canvas, so drawn as it is.
const caseTypes = [
  { id: 'sanctions_evasion', label: 'Sanctions evasion', color: '#7c3aed' },
  { id: 'unused_type', label: 'Never drawn', color: '#0f766e' },
];
const edges = [
  { allegationType: 'sanctions_evasion', allegationStatus: 'alleged' },
  { allegationType: 'collusion', allegationStatus: 'denied' },
  {},
];

describe('legendContent with a case of its own types', () => {
  it('lists the built-in types in the picture, then the case’s own, each named and coloured as the case says', () => {
    const legend = legendContent([{ kind: 'person' }], edges, 'light', caseTypes);
    expect(legend.allegationTypes).toEqual([
      { id: 'collusion', label: 'Collusion', colour: BUILTIN_ALLEGATION_COLOURS.collusion },
      { id: 'sanctions_evasion', label: 'Sanctions evasion', colour: '#7c3aed' },
    ]);
  });

  it('draws the own type’s name and a line of its colour in the legend block', () => {
    const block = layoutCaption({ meta: testMeta, legend: legendContent([], edges, 'light', caseTypes), caption: false, theme: 'light', width: 700, measure: roughWidth });
    const texts = block.prims.flatMap((p) => (p.type === 'text' ? [p.text] : []));
    expect(texts).toEqual(['Allegations', 'Collusion', 'Sanctions evasion', 'Status', 'alleged', 'denied']);
    const lines = block.prims.flatMap((p) => (p.type === 'line' && p.width === 3 ? [p.color] : []));
    expect(lines).toEqual([BUILTIN_ALLEGATION_COLOURS.collusion, '#7c3aed']);
  });

  it('keeps a colour too faint for the dark canvas apart from the type’s stored one, as the canvas does', () => {
    const navy = [{ id: 'sanctions_evasion', label: 'Sanctions evasion', color: '#1e293b' }];
    const [own] = legendContent([], [{ allegationType: 'sanctions_evasion' }], 'dark', navy).allegationTypes;
    expect(own?.label).toBe('Sanctions evasion');
    // Slate 800 on the dark canvas is nearly invisible: lightened, so no longer the stored hex.
    expect(own?.colour).toMatch(/^#[0-9a-f]{6}$/);
    expect(own?.colour).not.toBe('#1e293b');
  });
});

describe('describeFilterSpec with a case of its own types', () => {
  it('names a picked own type by its label', () => {
    expect(describeFilterSpec({ allegationTypes: ['collusion', 'sanctions_evasion'] }, (id) => id, caseTypes)[0]).toBe('Allegation: Collusion, Sanctions evasion');
  });
});
