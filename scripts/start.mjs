// `npm start`: the Electron app when its runtime is installed (fetching it once if not),
// otherwise the browser host on 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/**
 * The electron package exports its runtime's path, and throws when the runtime was never
 * downloaded (a failed require is not cached, so asking again after a fetch is fresh).
 */
function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function tryFetchRuntime() {
  // REDTHREAD_NO_DOWNLOAD lets offline machines and CI skip the two-minute attempt.
  if (process.env.REDTHREAD_NO_DOWNLOAD) return false;
  const result = spawnSync(process.execPath, [join(root, 'node_modules/electron/install.js')], {
    cwd: root,
    stdio: 'ignore',
    timeout: 120_000,
  });
  return result.status === 0;
}

function npm(script) {
  // Under `npm start`, npm_execpath is npm's own CLI: running it with node works on every platform.
  const cli = process.env.npm_execpath;
  const [command, args] = cli && cli.endsWith('.js')
    ? [process.execPath, [cli, 'run', script]]
    : [process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', script]];
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' && !cli });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

let binary = electronBinary();
if (!binary && tryFetchRuntime()) binary = electronBinary();

if (binary) {
  npm('build');
  run(binary, ['.']);
} else {
  console.log("Electron's runtime could not be downloaded (offline?): serving the browser host instead.");
  npm('build:renderer');
  run(process.execPath, ['--import', 'tsx', 'scripts/serve-static.ts', 'dist/renderer']);
}
