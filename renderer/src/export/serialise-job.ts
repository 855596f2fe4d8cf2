// An export worker's job (a raster band's, a JPEG's, a PDF's) as JSON, written in slices on the UI
// thread, posted a piece per message and read back in the worker. The scene is the bulk of it (every
// element's path, colour and label): stringified at once it held the UI thread for 240 ms on a
// 9,000-element graph, and posted in one message (22 MB of JSON at 10k nodes) 200–250 ms more, per
// worker. Whatever else the job holds must survive JSON (no Date).
import type { SerialisedJob } from './raster-protocol.js';
import type { Scene, SceneEdge, SceneNode } from './scene.js';
import { ExportError } from './types.js';

/** Elements per slice: about 25 ms of JSON.stringify on this machine's slowest scenes. */
export const SLICE_ELEMENTS = 1_000;

/** Writes `job` in slices, calling `pause` between two (yieldToBrowser on the page). */
export async function serialiseJob(job: { scene: Scene }, pause: () => Promise<void>, slice = SLICE_ELEMENTS): Promise<SerialisedJob> {
  const { nodes, edges, ...scene } = job.scene;
  const head = JSON.stringify({ ...job, scene: { ...scene, nodes: [], edges: [] } });
  const pieces = async <T>(items: T[]): Promise<string[]> => {
    const out: string[] = [];
    for (let from = 0; from < items.length; from += slice) {
      await pause();
      out.push(JSON.stringify(items.slice(from, from + slice)));
    }
    return out;
  };
  return { head, nodes: await pieces(nodes), edges: await pieces(edges) };
}

/** A job crosses to a worker as these messages, in order: its head, then each piece. */
export type JobMessage = { type: 'job-head'; head: string } | { type: 'job-piece'; kind: 'nodes' | 'edges'; piece: string };

/**
 * Posts `job` to each of `workers`, a message per piece and a task per piece (`pause` before each):
 * what the worker is asked to do with it is posted after this resolves.
 */
export async function postJob(workers: readonly { postMessage(message: JobMessage): void }[], job: SerialisedJob, pause: () => Promise<void>): Promise<void> {
  for (const message of jobMessages(job)) {
    if (message.type === 'job-piece') await pause();
    for (const worker of workers) worker.postMessage(message);
  }
}

/** `pause`, giving up once the export has ended (failed or cancelled): no more pieces are posted. */
export function pauseUnless(pause: () => Promise<void>, ended: () => boolean): () => Promise<void> {
  return async () => {
    await pause();
    if (ended()) throw new ExportError('cancelled', 'export: cancelled');
  };
}

/** The job so far with one more of its messages read into it (in a worker); a head starts it afresh. */
export function readJobMessage<Job extends { scene: Scene }>(job: Job | null, message: JobMessage): Job {
  if (message.type === 'job-head') return JSON.parse(message.head) as Job;
  if (!job) throw new Error('export: a piece of the scene arrived before its job');
  const items = JSON.parse(message.piece) as SceneNode[] & SceneEdge[];
  for (const item of items) (job.scene[message.kind] as (SceneNode | SceneEdge)[]).push(item);
  return job;
}

/** The messages of `serialised`, in the order postJob sends them. */
export function jobMessages(serialised: SerialisedJob): JobMessage[] {
  return [
    { type: 'job-head', head: serialised.head },
    ...serialised.nodes.map((piece): JobMessage => ({ type: 'job-piece', kind: 'nodes', piece })),
    ...serialised.edges.map((piece): JobMessage => ({ type: 'job-piece', kind: 'edges', piece })),
  ];
}

/** The job back from its pieces, read as a worker reads them. */
export function parseJob<Job extends { scene: Scene }>(serialised: SerialisedJob): Job {
  return jobMessages(serialised).reduce<Job | null>((job, message) => readJobMessage(job, message), null) as Job;
}
