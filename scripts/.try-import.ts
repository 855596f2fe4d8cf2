import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { importGraph } from '../graph-data/src/io/import/index.js';
const root = '/work/shared/data';
const walk = (d: string): string[] => readdirSync(d).flatMap((f) => { const p = path.join(d, f); return statSync(p).isDirectory() ? walk(p) : [p]; });
const only = process.argv[2];
for (const file of walk(root).filter((f) => !f.endsWith('README.md') && (!only || f.includes(only)))) {
  const t0 = performance.now();
  try {
    const r = await importGraph({ files: [{ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) }], maxBytes: 1e9, signal: { cancelled: false }, onProgress: () => {} });
    const g = r.dataset.graph;
    console.log(`OK ${path.relative(root, file)}: ${g.order}/${g.size} ${r.dataset.format} "${r.dataset.name}" ${(performance.now() - t0).toFixed(0)}ms`);
    for (const w of r.warnings) console.log('   W:', w);
    if (only) { g.forEachNode((n, a) => { if (Math.random() < 5 / g.order || g.order < 12) console.log('   N', n, JSON.stringify(a).slice(0, 400)); }); g.forEachEdge((e, a, s, t) => { if (Math.random() < 5 / g.size || g.size < 12) console.log('   E', e, s, '->', t, JSON.stringify(a).slice(0, 300)); }); }
  } catch (e) {
    console.log(`FAIL ${path.relative(root, file)}: ${(e as { code?: string }).code} ${(e as Error).message}`);
  }
}
