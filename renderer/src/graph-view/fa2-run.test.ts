// @vitest-environment happy-dom
// ForceAtlas2 on its preview: Cytoscape's frames are held meanwhile, but what the other hooks do to
// the elements (Appearance's looks, labels, filters) takes effect at once. Held as a batch, every
// look applied during the run was restyled at once when it ended, and the next frame computed all
// of bitcoinalpha.csv's 24,186 edges: a task of 470-490 ms.
import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';

const worker = vi.hoisted(() => ({ postMessage: () => undefined, terminate: () => undefined, onmessage: null, onerror: null }));
vi.mock('./fa2-worker-spare.js', () => ({ takeLayoutWorker: () => worker }));

const { runForceAtlas2 } = await import('./fa2-run.js');

function drawn() {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      { selector: 'node', style: { width: 20, height: 20 } },
      { selector: 'node.sized', style: { width: 50, height: 50 } },
    ],
    elements: [
      { data: { id: 'a' }, position: { x: 0, y: 0 } },
      { data: { id: 'b' }, position: { x: 100, y: 0 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ],
  });
  // The preview needs a container to sit in; a headless instance has none.
  const container = document.createElement('div');
  document.body.append(container);
  Object.assign(cy, { container: () => container });
  return cy;
}

describe('runForceAtlas2 on a preview', () => {
  it('shows its preview, and a look applied while it runs takes effect at once', () => {
    const cy = drawn();
    const run = runForceAtlas2(cy, { randomize: false, follow: false, preview: true }, { onStop: () => undefined, onError: () => undefined });
    expect(document.querySelector('[data-testid="layout-preview"]')).not.toBeNull();
    cy.nodes().addClass('sized');
    expect(cy.getElementById('a').width()).toBe(50);
    run.stop();
    expect(document.querySelector('[data-testid="layout-preview"]')).toBeNull();
  });
});
