// An export worker's job (a raster band's, a JPEG's, a PDF's) as JSON, written in slices on the UI
// thread and read back whole in the worker. The scene is the bulk of it (every element's path, colour
// and label): stringified at once it held the UI thread for 240 ms on a 9,000-element graph, so its
// nodes and edges go a slice per task. Whatever else the job holds must survive JSON (no Date).
import type { SerialisedJob } from './raster-protocol.js';
import type { Scene, SceneEdge, SceneNode } from './scene.js';

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

/** The job back from its pieces (in a worker). */
export function parseJob<Job extends { scene: Scene }>(serialised: SerialisedJob): Job {
  const job = JSON.parse(serialised.head) as Job;
  job.scene.nodes = serialised.nodes.flatMap((piece) => JSON.parse(piece) as SceneNode[]);
  job.scene.edges = serialised.edges.flatMap((piece) => JSON.parse(piece) as SceneEdge[]);
  return job;
}
