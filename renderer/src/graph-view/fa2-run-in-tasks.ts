// ForceAtlas2 on a large view already in Cytoscape (a re-run, ⟳), started a task at a time: the
// worker's input read from Cytoscape, then the preview's look, then the run itself (its preview's
// first picture). At 10k nodes / 30k edges the three were one task of 110-170 ms after the click.
// The handle answers at once: stopping or settling before the run has started ends it there.
import type { Core } from 'cytoscape';
import { yieldToBrowser } from './add-elements.js';
import { type Fa2Handlers, type Fa2Options, layoutInput, runForceAtlas2 } from './fa2-run.js';
import { fitVisible, zoomAtCentre } from './frame.js';
import type { RunningLayout } from './layout-run.js';
import { previewLook } from './preview-look.js';

export function runForceAtlas2InTasks(cy: Core, options: Fa2Options, handlers: Fa2Handlers): RunningLayout {
  let inner: RunningLayout | null = null;
  let stopped = false;
  const gone = () => stopped || cy.destroyed();
  void (async () => {
    await yieldToBrowser();
    if (gone()) return;
    const input = layoutInput(cy, !options.randomize);
    await yieldToBrowser();
    if (gone()) return;
    const look = previewLook(input.ids, cy.nodes(), options.previewEdges ? { pairs: input.edges, of: cy.edges() } : undefined);
    await yieldToBrowser();
    if (gone()) return;
    // Nodes added or removed in between (an edit): the run reads them again itself.
    const now = cy.nodes();
    let same = now.length === input.ids.length;
    for (let i = 0; same && i < now.length; i++) same = now[i]?.id() === input.ids[i];
    try {
      inner = runForceAtlas2(cy, options, handlers, same ? { input, look, nodes: Promise.resolve(now) } : undefined);
    } catch (error) {
      handlers.onError(error instanceof Error ? error.message : String(error));
    }
  })();
  return {
    stop: () => {
      stopped = true;
      inner?.stop();
    },
    settle: () => {
      if (inner?.settle) return inner.settle();
      stopped = true;
      inner?.stop();
      handlers.onStop('settled');
    },
    zoomBy: (factor) => (inner?.zoomBy ? inner.zoomBy(factor) : zoomAtCentre(cy, factor)),
    fit: () => (inner?.fit ? inner.fit() : fitVisible(cy, true)),
  };
}
