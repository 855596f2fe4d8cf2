import { benchOpenFiles } from './open-files-bench.js';
console.log(await benchOpenFiles(1));
process.exit(0);
