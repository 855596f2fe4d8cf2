// save-layout: lays a dataset out exactly as the app would (fCoSE with the app's
// settings and label sizes, seeded, in headless Chromium through the automation hook)
// and writes its layout.json, the positions the dataset opens with.
// Usage: npm run build:renderer && npx tsx scripts/save-layout.ts [--dir graph-data/datasets/interpol-2018] [--seed 1]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDataset } from '../graph-data/src/io/dataset-loader.js';
import { readDatasetParts } from '../graph-data/src/io/dataset-node.js';
import type { LayoutFile } from '../graph-data/src/schema/layout.js';
import { createGraphService } from '../graph-data/src/service/index.js';
import { cliArgs } from './cli-args.js';
import { renderInBrowser } from './export.js';

const args = cliArgs(process.argv.slice(2), 'save-layout');
const dir = args.value('--dir') ?? 'graph-data/datasets/interpol-2018';
const seed = args.integer('--seed', 1);
const parts = await readDatasetParts(dir);
delete parts.layout;
const dataset = buildDataset(parts);
const view = createGraphService(dataset).view({ ids: dataset.graph.nodes() });
const result = await renderInBrowser({ format: 'svg', view, layout: 'fcose', seed, info: { id: dataset.id, name: dataset.name, sources: [] }, returnBytes: false, returnPositions: true });
const round = (v: number) => Math.round(v * 10) / 10;
const file: LayoutFile = {
  about: `fCoSE, seed ${seed}: npm run build:renderer && npx tsx scripts/save-layout.ts --dir ${dir} --seed ${seed}`,
  positions: Object.fromEntries(Object.entries(result.positions ?? {}).map(([id, p]) => [id, { x: round(p.x), y: round(p.y) }])),
};
const out = path.join(dir, 'layout.json');
writeFileSync(out, `${JSON.stringify(file, null, 1)}\n`);
console.log(`save-layout: wrote ${out} (${Object.keys(file.positions).length} positions)`);
