// The SVG worker: writes the document from the scene (svg.ts). On the page, a generated 10k/30k
// graph's SVG held the UI thread for 330-520 ms (eurosis.json's, 100 ms); the page now only reads
// the scene and lays out the caption, which needs its canvas to measure text.
import { serveJob } from './job-worker-host.js';
import type { Scene } from './scene.js';
import { sceneToSvg, type SvgOptions } from './svg.js';

export interface SvgJob {
  scene: Scene;
  options: SvgOptions;
}

serveJob<SvgJob, Blob>(async (job) => ({ result: new Blob([sceneToSvg(job.scene, job.options)], { type: 'image/svg+xml' }) }));
