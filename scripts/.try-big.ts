import { readFileSync } from 'node:fs';
import { importGraph } from '../graph-data/src/io/import/index.js';
const bytes = new Uint8Array(readFileSync(process.argv[2] ?? '/tmp/imp/big.gexf'));
let peak = 0;
const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
const t0 = performance.now();
const r = await importGraph({ files: [{ name: 'big.gexf', bytes }], maxBytes: 2e9, signal: { cancelled: false }, onProgress: () => {} });
clearInterval(timer);
const cpu = process.cpuUsage(); console.log("cpu", ((cpu.user + cpu.system) / 1000).toFixed(0), "ms"); console.log(r.dataset.graph.order, r.dataset.graph.size, (performance.now() - t0).toFixed(0), 'ms', 'peak rss', (peak / 1e6).toFixed(0), 'MB', r.warnings);
