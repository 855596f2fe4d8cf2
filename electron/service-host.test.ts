// The service host and the real, esbuild-bundled service thread answer calls off the main thread.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServiceHost, type ServiceHost } from './service-host.js';
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
    target: 'node20',
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
  // A stand-in thread that exits on its first message ever, then (once restarted) answers.
  const crashOnce = join(base, 'crash-once.cjs');
  const crashAlways = join(base, 'crash-always.cjs');
  beforeAll(() => {
    writeFileSync(
      crashOnce,
      `const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const marker = require('node:path').join(workerData.datasetDir, 'crashed');
parentPort.on('message', (m) => {
  if (!fs.existsSync(marker)) { fs.writeFileSync(marker, ''); process.exit(7); }
  parentPort.postMessage({ id: m.id, result: { ok: true, value: 'restarted' } });
});`,
    );
    writeFileSync(crashAlways, `require('node:worker_threads').parentPort.on('message', () => process.exit(9));`);
  });

  it('fails pending calls with internal and restarts the thread once', async () => {
    const dir = mkdtempSync(join(base, 'crash-'));
    const host = startServiceHost({ threadFile: crashOnce, datasetDir: dir });
    try {
      const first = await host.call('datasetInfo', {});
      expect(first).toMatchObject({ ok: false, error: { code: 'internal' } });
      if (!first.ok) expect(first.error.message).toContain('exit code 7');
      await expect(host.call('datasetInfo', {})).resolves.toEqual({ ok: true, value: 'restarted' });
    } finally {
      await host.close();
    }
  });

  it('gives up after the one restart', async () => {
    const host = startServiceHost({ threadFile: crashAlways, datasetDir: base });
    try {
      await expect(host.call('datasetInfo', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
      await expect(host.call('datasetInfo', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('exit code 9') } });
      await expect(host.call('datasetInfo', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal', message: 'service thread is not running' } });
    } finally {
      await host.close();
    }
  });
});
