// A layout's landing places the labels a step per task (reading, choosing, showing), and a
// landing that is cancelled between two steps stops there.
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { placeLabelsInSteps, placeLabelsNow, setLabelPlacer } from './label-placer.js';

function placer(log: string[]) {
  return function* () {
    log.push('read');
    yield;
    log.push('choose');
    yield;
    log.push('show');
  };
}

describe('placing a view’s labels from its landing', () => {
  it('pauses between the steps, or runs them straight through when asked now', async () => {
    const cy = {} as Core;
    const log: string[] = [];
    setLabelPlacer(cy, placer(log));
    await placeLabelsInSteps(cy, () => Promise.resolve(void log.push('pause')), () => false);
    expect(log).toEqual(['read', 'pause', 'choose', 'pause', 'show']);
    log.length = 0;
    placeLabelsNow(cy);
    expect(log).toEqual(['read', 'choose', 'show']);
  });

  it('stops at a pause once cancelled, and does nothing for an instance without a grid', async () => {
    const cy = {} as Core;
    const log: string[] = [];
    setLabelPlacer(cy, placer(log));
    let cancelled = false;
    await placeLabelsInSteps(cy, () => Promise.resolve(void (cancelled = true)), () => cancelled);
    expect(log).toEqual(['read']);
    setLabelPlacer(cy, null);
    await placeLabelsInSteps(cy, () => Promise.resolve(), () => false);
    expect(log).toEqual(['read']);
  });
});
