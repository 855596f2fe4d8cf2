// Bundles the Electron host (main process, sandboxed preload, service thread) into dist/electron/*.cjs.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  absWorkingDir: root,
  entryPoints: {
    main: 'electron/main.ts',
    preload: 'electron/preload.ts',
    'service-thread': 'electron/service-thread.ts',
  },
  outdir: 'dist/electron',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  // Provided by the Electron runtime itself; everything else is bundled so the package needs no node_modules.
  external: ['electron'],
  sourcemap: false,
  logLevel: 'info',
});
