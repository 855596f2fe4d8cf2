// The service host and the real, esbuild-bundled service thread answer calls off the main thread.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Worker } from 'node:worker_threads';
import type { Result, ServiceEvent } from '../graph-data/src/contract.js';
import { decodeReply, type WireResults } from '../graph-data/src/wire/replies.js';
import { serviceHeapLimitMb, startServiceHost, type ServiceHost } from './service-host.js';
import { createRequestHandler } from './service-thread.js';

const base = mkdtempSync(join(tmpdir(), 'redthread-service-'));
const datasetDir = join(base, 'tiny');
const threadFile = join(base, 'service-thread.cjs');

const MEMO = 'Alexander Prokopchuk is a candidate for president of Interpol. Interpol is a policing agency.';
// The source id equals its file name so the fixture does not depend on which of the two the loader keys texts by.
const SOURCE = 'memo.txt';
const evidence = (quote: string): { source: string; quote: string }[] => [{ source: SOURCE, quote }];

function writeTinyDataset(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const graph = {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { name: 'Tiny test graph' },
    nodes: [
      { key: 'prokopchuk', attributes: { label: 'Alexander Prokopchuk', kind: 'person', description: 'A candidate.', evidence: evidence('Alexander Prokopchuk is a candidate') } },
      { key: 'interpol', attributes: { label: 'Interpol', kind: 'agency', description: 'A policing agency.', evidence: evidence('Interpol is a policing agency') } },
    ],
    edges: [
      { key: 'e1', source: 'prokopchuk', target: 'interpol', attributes: { relation: 'candidate_for', evidence: evidence('candidate for president of Interpol') } },
    ],
  };
  const sources = [{ id: SOURCE, title: 'Memo', publisher: 'The desk', date: '2018-11-21', file: SOURCE }];
  writeFileSync(join(dir, 'graph.json'), JSON.stringify(graph));
  writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources));
  writeFileSync(join(dir, SOURCE), MEMO);
}

beforeAll(async () => {
  writeTinyDataset(datasetDir);
  // The same bundle settings as scripts/build-electron.mjs, so the thread runs exactly as shipped.
  await build({
    entryPoints: [join(import.meta.dirname, 'service-thread.ts')],
    outfile: threadFile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    logLevel: 'silent',
  });
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('createRequestHandler', () => {
  it('answers requests by id from the loaded dataset', async () => {
    const handle = createRequestHandler(datasetDir);
    expect(await handle({ id: 7, method: 'datasetInfo', args: {} })).toMatchObject({ id: 7, result: { ok: true, value: { nodeCount: 2, edgeCount: 1 } } });
    expect(await handle({ id: 8, method: 'nope', args: {} })).toMatchObject({ id: 8, result: { ok: false, error: { code: 'bad_arguments' } } });
  });

  it('answers every call with no_graph and the load error when the dataset cannot be read', async () => {
    const handle = createRequestHandler(join(base, 'missing'));
    const { result } = await handle({ id: 1, method: 'search', args: { query: 'x' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'no_graph' } });
    if (!result.ok) expect(result.error.message).toContain('graph.json');
  });
});

describe('startServiceHost with the real service thread', () => {
  let host: ServiceHost;
  beforeAll(() => {
    host = startServiceHost({ threadFile, datasetDir });
  });
  afterAll(() => host.close());

  it('round-trips datasetInfo', async () => {
    await expect(host.call('datasetInfo', {})).resolves.toMatchObject({ ok: true, value: { name: 'Tiny test graph', nodeCount: 2, edgeCount: 1 } });
  });

  it('correlates concurrent calls with their own replies', async () => {
    const [search, details, missing, info] = await Promise.all([
      host.call('search', { query: 'prokop' }),
      host.call('nodeDetails', { id: 'interpol' }),
      host.call('nodeDetails', { id: 'nobody' }),
      host.call('datasetInfo', {}),
    ]);
    expect(search).toMatchObject({ ok: true, value: [{ id: 'prokopchuk', label: 'Alexander Prokopchuk' }] });
    expect(details).toMatchObject({ ok: true, value: { id: 'interpol', label: 'Interpol' } });
    expect(missing).toMatchObject({ ok: false, error: { code: 'unknown_node' } });
    expect(info).toMatchObject({ ok: true, value: { nodeCount: 2 } });
  });

  it('sends views encoded, which the page decodes to the contract GraphView', async () => {
    const reply = await host.call('initialView', {});
    // Columns on the wire (electron passes them through untouched), not node objects.
    expect(reply).toMatchObject({ ok: true, value: { wire: 'graph-view/1' } });
    const view = decodeReply<'initialView'>(reply as Result<WireResults['initialView']>);
    expect(view).toMatchObject({ ok: true, value: { truncated: false, requestedNodes: 2 } });
    if (!view.ok) return;
    expect(view.value.nodes.map((n) => [n.id, n.label, n.kind, n.degree])).toEqual([
      ['prokopchuk', 'Alexander Prokopchuk', 'person', 1],
      ['interpol', 'Interpol', 'agency', 1],
    ]);
    expect(view.value.edges).toStrictEqual([{ id: 'e1', source: 'prokopchuk', target: 'interpol', relation: 'candidate_for' }]);
  });

  it('validates arguments in the thread too', async () => {
    await expect(host.call('search', { query: 3 })).resolves.toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
  });

  it('reports a dataset that fails to load as no_graph on every call', async () => {
    const broken = startServiceHost({ threadFile, datasetDir: join(base, 'missing') });
    try {
      await expect(broken.call('datasetInfo', {})).resolves.toMatchObject({ ok: false, error: { code: 'no_graph' } });
    } finally {
      await broken.close();
    }
  });

  it('answers internal after close', async () => {
    const closing = startServiceHost({ threadFile, datasetDir });
    await closing.close();
    await expect(closing.call('datasetInfo', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('startServiceHost when the thread dies', () => {
  // Three nodes, so a restored graph is told apart from the two-node default dataset.
  const GEXF = '<gexf xmlns="http://gexf.net/1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="Anna"/><node id="b" label="Boris"/><node id="c" label="Chen"/></nodes><edges><edge source="a" target="b"/><edge source="b" target="c"/></edges></graph></gexf>';
  const opened = { files: [{ name: 'three.gexf', bytes: new TextEncoder().encode(GEXF) }] };

  function watchedHost(file = threadFile, extra: Partial<Parameters<typeof startServiceHost>[0]> = {}) {
    const workers: Worker[] = [];
    const events: ServiceEvent[] = [];
    let onRestart: (() => void) | null = null;
    const host = startServiceHost({
      threadFile: file,
      datasetDir,
      backoffMs: [0],
      createWorker: (f, options) => {
        const worker = new Worker(f, options);
        workers.push(worker);
        return worker;
      },
      onEvent: (event) => {
        events.push(event);
        if (event.kind === 'restarted') onRestart?.();
      },
      ...extra,
    });
    /** Kills the current thread from outside (as the OS or an OOM would) and waits for the host to bring it back. */
    const kill = async (): Promise<void> => {
      const restarted = new Promise<void>((resolve) => (onRestart = resolve));
      await workers.at(-1)?.terminate();
      await restarted;
    };
    return { host, workers, events, kill };
  }

  it('killed twice, it restarts both times, reopens the graph the user had, and answers calls', async () => {
    const { host, workers, events, kill } = watchedHost();
    try {
      await expect(host.call('openGraph', opened)).resolves.toMatchObject({ ok: true, value: { info: { nodeCount: 3, edgeCount: 2 } } });
      for (const round of [1, 2]) {
        await kill();
        expect(workers).toHaveLength(round + 1);
        await expect(host.call('datasetInfo', {})).resolves.toMatchObject({ ok: true, value: { nodeCount: 3, edgeCount: 2 } });
        await expect(host.call('search', { query: 'boris' })).resolves.toMatchObject({ ok: true, value: [{ id: 'b', label: 'Boris' }] });
      }
      expect(events.map((e) => e.kind)).toEqual(['stopped', 'restarted', 'stopped', 'restarted']);
      expect(events[0]).toMatchObject({ kind: 'stopped', reason: 'the thread exited with code 1', crashes: 1 });
      expect(events[2]).toMatchObject({ kind: 'stopped', crashes: 2 });
      expect(events[3]).toMatchObject({ kind: 'restarted', reopened: ['three.gexf'], lost: null, opened: { info: { nodeCount: 3 } } });
    } finally {
      await host.close();
    }
  });

  it('a file that runs the real thread out of its heap fails to open, and the graph the user had comes back', async () => {
    // 60,000 nodes made by repetition: a few MB of XML, far more than 32 MB once built (no import cap refuses so few).
    const nodes = Array.from({ length: 60_000 }, (_, i) => `<node id="n${i}" label="Person number ${i}"><attvalues><attvalue for="0" value="${'x'.repeat(40)}${i}"/></attvalues></node>`).join('');
    const bomb = `<gexf xmlns="http://gexf.net/1.3"><graph><attributes class="node"><attribute id="0" title="note" type="string"/></attributes><nodes>${nodes}</nodes></graph></gexf>`;
    const { host, events } = watchedHost(threadFile, { heapLimitMb: 32 });
    try {
      await expect(host.call('openGraph', opened)).resolves.toMatchObject({ ok: true });
      const result = await host.call('openGraph', { files: [{ name: 'bomb.gexf', bytes: new TextEncoder().encode(bomb) }] });
      expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('out of memory: it reached its 32 MB limit') } });
      await vi.waitFor(() => expect(events.at(-1)?.kind).toBe('restarted'), { timeout: 30_000 });
      expect(events.at(-1)).toMatchObject({ reopened: ['three.gexf'], lost: null });
      await expect(host.call('datasetInfo', {})).resolves.toMatchObject({ ok: true, value: { nodeCount: 3 } });
    } finally {
      await host.close();
    }
  }, 60_000);

  it('after the built-in dataset was reopened by the user, a restart keeps it and says so', async () => {
    const { host, events, kill } = watchedHost();
    try {
      await host.call('openGraph', opened);
      await host.call('openDefault', {});
      await kill();
      expect(events.at(-1)).toMatchObject({ kind: 'restarted', reopened: null, lost: null, opened: { info: { nodeCount: 2 } } });
    } finally {
      await host.close();
    }
  });

  it('runs the thread with a heap limit: a thread that runs out of memory is reported as such and replaced', async () => {
    const oomOnce = join(base, 'oom-once.cjs');
    writeFileSync(
      oomOnce,
      `const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const marker = require('node:path').join(workerData.datasetDir, 'oom-' + require('node:v8').getHeapStatistics().heap_size_limit);
parentPort.on('message', (m) => {
  if (m.method === 'datasetInfo' && m.args && m.args.blowUp && !fs.existsSync(marker)) {
    fs.writeFileSync(marker, '');
    const hoard = [];
    for (;;) hoard.push(new Array(1e5).fill(hoard.length));
  }
  parentPort.postMessage({ id: m.id, result: { ok: true, value: { limitMb: Math.round(require('node:v8').getHeapStatistics().heap_size_limit / 1024 / 1024) } } });
});`,
    );
    const dir = mkdtempSync(join(base, 'oom-'));
    const events: ServiceEvent[] = [];
    const host = startServiceHost({ threadFile: oomOnce, datasetDir: dir, heapLimitMb: 48, backoffMs: [0], onEvent: (e) => events.push(e) });
    try {
      const limit = await host.call('datasetInfo', {});
      // V8 adds the young generation to the old-generation limit it was given.
      expect(limit).toMatchObject({ ok: true });
      if (limit.ok) expect((limit.value as { limitMb: number }).limitMb).toBeLessThan(128);
      const blown = await host.call('datasetInfo', { blowUp: true });
      expect(blown).toEqual({ ok: false, error: { code: 'internal', message: 'service: the graph service stopped (out of memory: it reached its 48 MB limit) before datasetInfo finished; it is being restarted' } });
      await expect(host.call('datasetInfo', {})).resolves.toMatchObject({ ok: true });
      expect(events[0]).toMatchObject({ kind: 'stopped', reason: 'out of memory: it reached its 48 MB limit' });
    } finally {
      await host.close();
    }
  });

  it('keeps restarting a thread that keeps dying (not just once), telling the user each time', async () => {
    const crashAlways = join(base, 'crash-always.cjs');
    writeFileSync(crashAlways, `require('node:worker_threads').parentPort.on('message', () => process.exit(9));`);
    const events: ServiceEvent[] = [];
    const host = startServiceHost({ threadFile: crashAlways, datasetDir: base, backoffMs: [0], onEvent: (e) => events.push(e) });
    try {
      const first = await host.call('datasetInfo', {});
      expect(first).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('exited with code 9') } });
      // Each restart dies again on its first call; the host goes on restarting (the old one gave up after one).
      await vi.waitFor(() => expect(events.filter((e) => e.kind === 'stopped').length).toBeGreaterThanOrEqual(5));
      const stopped = events.filter((e) => e.kind === 'stopped');
      expect(stopped.slice(0, 5).map((e) => e.kind === 'stopped' && e.crashes)).toEqual([1, 2, 3, 4, 5]);
      // Past three crashes calls fail at once instead of waiting for the next restart.
      await expect(host.call('datasetInfo', {})).resolves.toMatchObject({ ok: false, error: { message: expect.stringMatching(/keeps stopping/) } });
    } finally {
      await host.close();
    }
  });

  it('gives the thread a heap limit of half the memory, at most 3 GB', () => {
    expect(serviceHeapLimitMb(16 * 1024 ** 3)).toBe(3072);
    expect(serviceHeapLimitMb(4 * 1024 ** 3)).toBe(2048);
    expect(serviceHeapLimitMb(256 * 1024 ** 2)).toBe(256);
  });
});
