// A re-run's ForceAtlas2 starts a few tasks after the click: the stop control in between ends it
// there, with the places the nodes have, and no run starts later behind the user's back.
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Fa2Run from './fa2-run.js';

const started = vi.hoisted(() => ({ runs: [] as { early: boolean }[] }));
vi.mock('./fa2-run.js', async (original) => {
  const real = await original<typeof Fa2Run>();
  return {
    ...real,
    runForceAtlas2: (_cy: unknown, _options: unknown, _handlers: unknown, early?: unknown) => {
      started.runs.push({ early: early !== undefined });
      return { stop: () => undefined };
    },
  };
});
vi.mock('./preview-look.js', () => ({ previewLook: () => ({}) }));

const { runForceAtlas2InTasks } = await import('./fa2-run-in-tasks.js');

function graph(n: number) {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add(Array.from({ length: n }, (_, i) => ({ group: 'nodes' as const, data: { id: `n${i}` }, position: { x: i, y: 0 } })));
  return cy;
}

/** Long enough for the three tasks of a start. */
const tasksLater = () => new Promise((done) => setTimeout(done, 50));
const options = { randomize: false, follow: false, preview: true };

afterEach(() => {
  started.runs.length = 0;
});

describe('runForceAtlas2InTasks', () => {
  it('starts the run with the input it read, a few tasks later', async () => {
    runForceAtlas2InTasks(graph(5), options, { onStop: () => undefined, onError: () => undefined });
    expect(started.runs).toEqual([]);
    await tasksLater();
    expect(started.runs).toEqual([{ early: true }]);
  });

  it('settled before its start: reports the end once, and never starts', async () => {
    const stops: string[] = [];
    const handle = runForceAtlas2InTasks(graph(5), options, { onStop: (reason) => stops.push(reason), onError: () => undefined });
    handle.settle?.();
    await tasksLater();
    expect(stops).toEqual(['settled']);
    expect(started.runs).toEqual([]);
  });

  it('reads the nodes again when an edit changed them in between', async () => {
    const cy = graph(5);
    runForceAtlas2InTasks(cy, options, { onStop: () => undefined, onError: () => undefined });
    // After the first task (the input read), before the start.
    await new Promise((done) => setTimeout(done, 0));
    cy.add({ group: 'nodes', data: { id: 'new' } });
    await tasksLater();
    expect(started.runs).toEqual([{ early: false }]);
  });
});
