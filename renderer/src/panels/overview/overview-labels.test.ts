// The overview map's names: under each circle, the largest communities first, the selected one
// before any, and never two names over each other.
import { describe, expect, it } from 'vitest';
import { chooseLabels } from '../../graph-view/label-grid.js';
import { LABEL_MAX_PX, LABEL_PX, overviewCandidates } from './overview-labels.js';

const circle = (id: string, x: number, y: number, size: number) => ({ id, x, y, diameter: 40, label: `${id}’s circle`, size });
const choose = (circles: ReturnType<typeof circle>[], selected: string | null = null) =>
  chooseLabels(overviewCandidates(circles, selected), { width: 800, height: 600, density: 0.5, fontPx: LABEL_PX, maxWidthPx: LABEL_MAX_PX });

describe('overview labels', () => {
  it('puts a name just under its circle', () => {
    const [c] = overviewCandidates([circle('g1', 100, 200, 10)], null);
    expect(c).toMatchObject({ id: 'g1', x: 100, y: 224, chars: 'g1’s circle'.length, above: false });
  });

  it('of two circles side by side, names the larger; a third far away is named too', () => {
    expect(choose([circle('small', 130, 100, 5), circle('large', 100, 100, 50), circle('far', 600, 400, 1)])).toEqual(['large', 'far']);
  });

  it('names the selected circle before a larger neighbour', () => {
    expect(choose([circle('small', 130, 100, 5), circle('large', 100, 100, 50)], 'small')).toEqual(['small']);
  });

  it('puts a name above its circle when below it lies another circle', () => {
    const [top] = overviewCandidates([circle('top', 300, 100, 50), circle('under', 300, 150, 40)], null);
    expect(top).toMatchObject({ id: 'top', above: true });
    expect(top?.y).toBeLessThan(100 - 20);
    const [alone] = overviewCandidates([circle('alone', 300, 100, 50)], null);
    expect(alone).toMatchObject({ above: false, y: 124 });
  });

  it('names nothing off screen', () => {
    expect(choose([circle('out', 2000, 100, 50)])).toEqual([]);
  });
});
