// The supervisor on fake threads: backoff that grows with repeated crashes, the last good
// graph reopened from its bytes, a graph that cannot be reopened reported as lost.
import { describe, expect, it } from 'vitest';
import type { Result, ServiceEvent } from '../contract.js';
import { superviseService, type ThreadCallbacks, type ThreadRequest } from './supervisor.js';

interface FakeThread {
  callbacks: ThreadCallbacks;
  requests: ThreadRequest[];
  terminated: boolean;
}

/** Fake threads that answer with `answer`; delays are recorded and run at once. */
function setup(answer: (request: ThreadRequest, thread: FakeThread) => Result<unknown> | 'die' | 'hold', clock = { t: 0 }) {
  const threads: FakeThread[] = [];
  const delays: number[] = [];
  const events: ServiceEvent[] = [];
  const supervisor = superviseService({
    spawn: (callbacks) => {
      const thread: FakeThread = { callbacks, requests: [], terminated: false };
      threads.push(thread);
      return {
        post(request) {
          thread.requests.push(request);
          const reply = answer(request, thread);
          if (reply === 'hold') return;
          queueMicrotask(() => (reply === 'die' ? callbacks.died('out of memory') : callbacks.message({ id: request.id, result: reply })));
        },
        terminate() {
          thread.terminated = true;
        },
      };
    },
    onEvent: (event) => events.push(event),
    schedule: (run, ms) => {
      delays.push(ms);
      queueMicrotask(run);
    },
    now: () => clock.t,
  });
  return { supervisor, threads, delays, events, clock };
}

const info = (nodeCount: number) => ({ id: 'g', name: 'g', format: 'gexf', nodeCount, edgeCount: 0 });
const file = (name: string) => ({ files: [{ name, bytes: new Uint8Array([1, 2, 3]) }] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('superviseService', () => {
  it('reopens the last graph that opened, from the same bytes, after a crash', async () => {
    let graph = 70;
    const { supervisor, threads, events } = setup((r) => {
      if (r.method === 'openGraph') {
        graph = (r.args as { files: { name: string }[] }).files[0]?.name === 'big.gexf' ? 12 : 0;
        return { ok: true, value: { info: info(graph), warnings: [] } };
      }
      if (r.method === 'measures') return 'die';
      return { ok: true, value: info(graph) };
    });
    const args = file('big.gexf');
    await supervisor.call('openGraph', args);
    const crashed = await supervisor.call('measures', {});
    expect(crashed).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('stopped (out of memory) before measures finished') } });
    await settle();
    expect(threads).toHaveLength(2);
    expect(threads[0]?.terminated).toBe(true);
    expect(threads[1]?.requests[0]).toMatchObject({ method: 'openGraph', args });
    expect(events).toEqual([
      { kind: 'stopped', reason: 'out of memory', restartInMs: 200, crashes: 1 },
      { kind: 'restarted', reason: 'out of memory', reopened: ['big.gexf'], lost: null, opened: { info: info(12), warnings: [] } },
    ]);
    await expect(supervisor.call('datasetInfo', {})).resolves.toEqual({ ok: true, value: info(12) });
  });

  it('after New Case replaced a file, a crash does not bring the file back', async () => {
    const { supervisor, threads } = setup((r) => (r.method === 'measures' ? 'die' : { ok: true, value: { info: info(0), warnings: [] } }));
    await supervisor.call('openGraph', file('big.gexf'));
    await supervisor.call('newCase', {});
    await supervisor.call('measures', {});
    await settle();
    expect(threads).toHaveLength(2);
    expect(threads[1]?.requests.map((r) => r.method)).not.toContain('openGraph');
  });

  it('a file whose opening kills the thread leaves the previous graph, reopened', async () => {
    const { supervisor, threads, events } = setup((r) => {
      const name = (r.args as { files?: { name: string }[] }).files?.[0]?.name;
      if (name === 'bomb.graphml') return 'die';
      if (r.method === 'openGraph') return { ok: true, value: { info: info(5), warnings: [] } };
      return { ok: true, value: info(5) };
    });
    await supervisor.call('openGraph', file('case.gexf'));
    await expect(supervisor.call('openGraph', file('bomb.graphml'))).resolves.toMatchObject({ ok: false });
    await settle();
    expect(threads[1]?.requests.map((r) => namesOf(r))).toEqual([['case.gexf']]);
    expect(events.at(-1)).toMatchObject({ kind: 'restarted', reopened: ['case.gexf'], lost: null });
  });

  it('when reopening kills the thread too, it gives that graph up, says so, and stays on the built-in dataset', async () => {
    const { supervisor, threads, events } = setup((r) => {
      if (r.method === 'openGraph') return r.id === 1 ? { ok: true, value: { info: info(9), warnings: [] } } : 'die';
      if (r.method === 'measures') return 'die';
      return { ok: true, value: info(70) };
    });
    await supervisor.call('openGraph', file('heavy.gexf'));
    await supervisor.call('measures', {});
    await settle();
    await settle();
    expect(threads).toHaveLength(3);
    expect(events.map((e) => e.kind)).toEqual(['stopped', 'stopped', 'restarted']);
    expect(events.at(-1)).toEqual({
      kind: 'restarted',
      reason: 'out of memory',
      reopened: null,
      lost: { names: ['heavy.gexf'], message: 'reopening it stopped the service again (out of memory)' },
      opened: { info: info(70), warnings: [] },
    });
  });

  it('waits longer after each crash in a row, and starts over once crashes are far apart', async () => {
    const { supervisor, delays, clock } = setup((r) => (r.method === 'measures' ? 'die' : { ok: true, value: info(1) }));
    for (let i = 0; i < 6; i++) {
      await supervisor.call('measures', {});
      await settle();
    }
    expect(delays).toEqual([200, 1000, 5000, 15_000, 30_000, 30_000]);
    clock.t += 11 * 60_000;
    await supervisor.call('measures', {});
    expect(delays.at(-1)).toBe(200);
  });

  it('calls made while it restarts wait for the new thread, then get their answers', async () => {
    let held: FakeThread | null = null;
    const { supervisor, threads } = setup((r, thread) => {
      if (r.method === 'measures') return 'die';
      if (thread === threads[1] && r.method === 'datasetInfo' && !held) {
        held = thread;
        return 'hold';
      }
      return { ok: true, value: info(3) };
    });
    await supervisor.call('measures', {});
    await settle();
    const during = supervisor.call('search', { query: 'x' });
    const restartCall = held as FakeThread | null;
    expect(restartCall).not.toBeNull();
    restartCall?.callbacks.message({ id: restartCall.requests[0]?.id ?? 0, result: { ok: true, value: info(3) } });
    await expect(during).resolves.toEqual({ ok: true, value: info(3) });
  });

  it('after close, no restart and every call answers closed', async () => {
    const { supervisor, threads } = setup(() => 'hold');
    const inFlight = supervisor.call('datasetInfo', {});
    await supervisor.close();
    await expect(inFlight).resolves.toMatchObject({ ok: false, error: { message: 'service: the service host closed' } });
    threads[0]?.callbacks.died('terminated');
    await settle();
    expect(threads).toHaveLength(1);
    await expect(supervisor.call('datasetInfo', {})).resolves.toMatchObject({ ok: false, error: { message: 'service: the service host is closed' } });
  });
});

function namesOf(request: ThreadRequest): string[] {
  return ((request.args as { files?: { name: string }[] }).files ?? []).map((f) => f.name);
}
