// The shared parts of long file tasks, on their own: the ticker (Cancel before and after each
// yield, progress only once ~30 ms have passed, on a clock the test sets, never a real wait), the
// yield itself, and declared attribute defaults read through io/extra.ts.
import { MultiDirectedGraph } from 'graphology';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GraphAttributes, RedthreadGraph } from '../service/dataset.js';
import { ServiceFailure } from '../service/errors.js';
import { defaultsOf, extraOf, extraValue } from './extra.js';
import { nextTask, Ticker } from './task.js';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** A clock the test moves by hand. */
function clock(start: number) {
  let now = start;
  vi.spyOn(Date, 'now').mockImplementation(() => now);
  return (to: number) => {
    now = to;
  };
}

describe('Ticker', () => {
  it('reports progress only once 30 ms have passed since the last yield', async () => {
    const setNow = clock(1_000);
    const seen: string[] = [];
    const ticker = new Ticker({ cancelled: false }, (phase, done, total) => seen.push(`${phase} ${done}/${total}`), 'stopped');
    setNow(1_029);
    await ticker.tick('build', 1, 10);
    expect(seen).toEqual([]);
    setNow(1_030);
    await ticker.tick('build', 2, 10);
    expect(seen).toEqual(['build 2/10']);
    // The yield restarts the 30 ms.
    setNow(1_059);
    await ticker.tick('build', 3, 10);
    setNow(1_060);
    await ticker.tick('read', 4, 10);
    expect(seen).toEqual(['build 2/10', 'read 4/10']);
  });

  it('stops with its message when cancelled before a tick, or while it yields', async () => {
    const setNow = clock(0);
    const signal = { cancelled: false };
    const ticker = new Ticker(signal, () => {
      signal.cancelled = true;
    }, 'io/import: opening x.gexf was cancelled');
    setNow(100);
    const stopped = await ticker.tick('build', 1, 2).then(() => undefined, (error: unknown) => error);
    expect(stopped).toBeInstanceOf(ServiceFailure);
    expect(stopped).toMatchObject({ code: 'cancelled', message: 'io/import: opening x.gexf was cancelled' });
    const before = new Ticker({ cancelled: true }, () => undefined, 'export stopped');
    expect(() => before.checkCancelled()).toThrow('export stopped');
    await expect(before.tick('write', 0, 1)).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('does not stop a task that was not cancelled', async () => {
    const setNow = clock(0);
    const ticker = new Ticker({ cancelled: false }, () => undefined, 'stopped');
    setNow(500);
    await expect(ticker.tick('build', 1, 1)).resolves.toBeUndefined();
    expect(() => ticker.checkCancelled()).not.toThrow();
  });
});

describe('nextTask', () => {
  it('lets a queued timer run before it resolves, with or without MessageChannel', async () => {
    for (const stub of [false, true]) {
      if (stub) vi.stubGlobal('MessageChannel', undefined);
      const order: string[] = [];
      const waited = nextTask().then(() => order.push('resumed'));
      void Promise.resolve().then(() => order.push('microtask'));
      await waited;
      expect(order).toEqual(['microtask', 'resumed']);
    }
  });
});

describe('declared defaults (io/extra.ts)', () => {
  const graph = (defaults?: GraphAttributes['defaults']) => {
    const g = new MultiDirectedGraph() as unknown as RedthreadGraph;
    if (defaults) g.setAttribute('defaults', defaults);
    return g;
  };

  it('reads each element type\'s defaults, and none when the file declared none', () => {
    const g = graph({ node: { team: 'blue' }, edge: { weight: 1 } });
    expect(defaultsOf(g, 'node')).toEqual({ team: 'blue' });
    expect(defaultsOf(g, 'edge')).toEqual({ weight: 1 });
    expect(defaultsOf(graph({ node: { team: 'blue' } }), 'edge')).toEqual({});
    expect(defaultsOf(graph(), 'node')).toEqual({});
  });

  it('prefers the element\'s own value, even a falsy one, over the default', () => {
    const defaults = { team: 'blue', active: true, rank: 3 };
    const attrs = { extra: { team: 'red', active: false, rank: 0 } };
    expect(['team', 'active', 'rank', 'none'].map((k) => extraValue(defaults, attrs, k))).toEqual(['red', false, 0, undefined]);
    expect(extraValue(defaults, {}, 'team')).toBe('blue');
    expect(extraValue(defaults, { extra: { team: '' } }, 'team')).toBe('');
  });

  it('lists every attribute with the defaults filled in and the own values over them', () => {
    const g = graph({ node: { team: 'blue', active: true } });
    expect(extraOf(g, 'node', { extra: { team: 'red', note: 'x' } })).toEqual({ team: 'red', active: true, note: 'x' });
    expect(extraOf(g, 'node', {})).toEqual({ team: 'blue', active: true });
    expect(extraOf(g, 'edge', { extra: { w: 2 } })).toEqual({ w: 2 });
  });
});
