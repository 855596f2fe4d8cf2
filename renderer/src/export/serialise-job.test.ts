import { describe, expect, it } from 'vitest';
import type { RasterJob } from './raster-protocol.js';
import type { SceneEdge, SceneNode } from './scene.js';
import { type JobMessage, parseJob, pauseUnless, postJob, readJobMessage, serialiseJob } from './serialise-job.js';

const node = (i: number): SceneNode => ({
  id: `n${i}`,
  path: [{ op: 'M', x: i, y: 10 - i }, { op: 'Q', cx: i, cy: 1, x: 2, y: 3 }, { op: 'Z' }],
  fill: '#123456',
  border: '#000',
  borderWidth: 1,
  opacity: 1,
  label: { text: `Node “${i}”`, lines: [`Node “${i}”`], lineHeight: 12, x: i, y: i + 8, size: 10, family: 'sans-serif', weight: 'normal', color: '#111', outline: '#fff', outlineWidth: 1, rotation: 0, opacity: 1 },
  bounds: { x1: i - 5, y1: -i - 5, x2: i + 5, y2: -i + 5 },
});
const edge = (i: number): SceneEdge => ({
  id: `e${i}`,
  path: [],
  color: '#999',
  width: 1,
  dash: i % 2 ? [2, 2] : null,
  opacity: 0.5,
  arrow: null,
  arrowColor: '#999',
  mid: { x: i / 2, y: i / 3 },
  bounds: { x1: 0, y1: 0, x2: i, y2: i },
});
const job = (nodes: number, edges: number): RasterJob => ({
  scene: { box: { x: -10, y: -20, w: 300, h: 200 }, background: '#fff', nodes: Array.from({ length: nodes }, (_, i) => node(i)), edges: Array.from({ length: edges }, (_, i) => edge(i)) },
  prims: [{ type: 'text', text: 'Title', x: 12, y: 20, size: 16, bold: true, color: '#000' }],
  width: 600,
  graphHeight: 400,
  k: 2,
  scale: 2,
  background: null,
  backgroundPixel: 0,
  tileWidth: 16_384,
});

describe('a raster job written in slices', () => {
  it('reads back as the same job, its elements in order', async () => {
    const original = job(25, 31);
    const back = parseJob<RasterJob>(await serialiseJob(original, () => Promise.resolve(), 10));
    expect(back).toEqual(original);
    expect(back.scene.nodes.map((n) => n.id).slice(-3)).toEqual(['n22', 'n23', 'n24']);
  });

  it('writes one slice per task: nodes and edges in pieces of at most `slice`, a pause before each', async () => {
    let pauses = 0;
    const written = await serialiseJob(job(25, 31), () => {
      pauses++;
      return Promise.resolve();
    }, 10);
    expect(written.nodes.map((p) => (JSON.parse(p) as unknown[]).length)).toEqual([10, 10, 5]);
    expect(written.edges.map((p) => (JSON.parse(p) as unknown[]).length)).toEqual([10, 10, 10, 1]);
    expect(pauses).toBe(7);
    // The head carries no element: they are all in the slices.
    expect((JSON.parse(written.head) as RasterJob).scene).toMatchObject({ nodes: [], edges: [] });
  });

  it('an empty scene has no slices and needs no pause', async () => {
    let pauses = 0;
    const written = await serialiseJob(job(0, 0), () => Promise.resolve(void pauses++));
    expect(written).toMatchObject({ nodes: [], edges: [] });
    expect(pauses).toBe(0);
    expect(parseJob<RasterJob>(written)).toEqual(job(0, 0));
  });
});

describe('a job posted to workers a piece at a time', () => {
  const recorder = () => {
    const got: JobMessage[] = [];
    return { got, postMessage: (message: JobMessage) => void got.push(message) };
  };

  it('gives each worker the head, then every piece after a pause of its own; the worker reads back the same job', async () => {
    const written = await serialiseJob(job(25, 31), () => Promise.resolve(), 10);
    const [a, b] = [recorder(), recorder()];
    const log: string[] = [];
    await postJob([a, b], written, () => {
      log.push(`pause after ${a.got.length}`);
      return Promise.resolve();
    });
    expect(a.got.map((m) => (m.type === 'job-head' ? 'head' : m.kind))).toEqual(['head', 'nodes', 'nodes', 'nodes', 'edges', 'edges', 'edges', 'edges']);
    expect(b.got).toEqual(a.got);
    // One message per task: the head goes at once, each piece after a pause.
    expect(log).toEqual(['pause after 1', 'pause after 2', 'pause after 3', 'pause after 4', 'pause after 5', 'pause after 6', 'pause after 7']);
    const read = a.got.reduce<RasterJob | null>((sofar, message) => readJobMessage(sofar, message), null);
    expect(read).toEqual(job(25, 31));
  });

  it('refuses a piece before its head', () => {
    expect(() => readJobMessage<RasterJob>(null, { type: 'job-piece', kind: 'nodes', piece: '[]' })).toThrow('a piece of the scene arrived before its job');
  });

  it('posts nothing more once the export has ended', async () => {
    const written = await serialiseJob(job(25, 31), () => Promise.resolve(), 10);
    const worker = recorder();
    let ended = false;
    const posting = postJob([worker], written, pauseUnless(() => Promise.resolve(), () => ended));
    ended = true;
    await expect(posting).rejects.toMatchObject({ code: 'cancelled' });
    expect(worker.got.map((m) => m.type)).toEqual(['job-head']);
  });
});
