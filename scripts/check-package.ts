// Packaging check (npm run check:package, part of npm test): validates electron-builder.yml
// against electron-builder's own schema, packs the built app with `electron-builder --linux
// --dir` around a stand-in Electron (no download: only the unpacked layout and the fuse
// wire matter), then checks what app.asar contains and that the fuses were flipped. First of
// all, the pinned Electron must be one of the three supported majors (electron-support.ts).
import { listPackage } from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronSupportProblems, supportTableSchema } from './electron-support.js';
import { asarProblems, fuseProblems, readFuseWire, standInBinary } from './package-check.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

interface BuilderConfig {
  electronFuses?: Record<string, unknown>;
  [key: string]: unknown;
}

/** electron-builder's own validation (its scheme.json through its validator), on the YAML it would read. */
async function validateConfig(): Promise<BuilderConfig> {
  const builderLib = dirname(require.resolve('app-builder-lib/package.json'));
  const yaml = createRequire(join(builderLib, 'package.json'))('js-yaml') as { load(text: string): unknown };
  const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
  const { validateConfiguration } = require(join(builderLib, 'out/util/config/config.js')) as {
    validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(key: string, value: unknown): void }): Promise<void>;
  };
  await validateConfiguration(config, { isEnabled: false, add: () => undefined });
  return config;
}

function standInElectron(dir: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const binary = join(dir, 'electron');
  writeFileSync(binary, standInBinary());
  chmodSync(binary, 0o755);
  // No default_app.asar: electron-builder hashes every .asar it finds there, and it only
  // deletes the default app from a distribution it downloaded itself, never from electronDist.
}

function pack(electronDist: string, output: string): void {
  const electronVersion = (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
  const cli = require.resolve('electron-builder/cli.js');
  const args = [
    cli,
    '--linux',
    '--dir',
    '--config',
    'electron-builder.yml',
    `-c.electronDist=${electronDist}`,
    `-c.electronVersion=${electronVersion}`,
    `-c.directories.output=${output}`,
    // No native modules to rebuild; skipping the step also keeps node-gyp from fetching headers.
    '-c.npmRebuild=false',
  ];
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } });
  if (run.status !== 0) {
    throw new Error(`electron-builder failed (exit ${run.status ?? run.signal}):\n${run.stdout}\n${run.stderr}`);
  }
}

/** Offline: the pinned Electron against the dated support table (scripts/electron-support.json). */
function checkElectronSupport(): void {
  const table = supportTableSchema.parse(JSON.parse(readFileSync(join(root, 'scripts/electron-support.json'), 'utf8')));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
  const pinned = pkg.devDependencies?.electron ?? '';
  const problems = electronSupportProblems(table, pinned, new Date());
  if (problems.length > 0) {
    for (const problem of problems) console.error(`check-package: ${problem}`);
    throw new Error('the pinned Electron is not a supported major');
  }
  console.log(`check-package: electron ${pinned} is among the supported majors (table checked ${table.checked})`);
}

async function main(): Promise<void> {
  checkElectronSupport();
  for (const built of ['dist/electron/main.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  const config = await validateConfig();
  console.log('check-package: electron-builder.yml is valid for electron-builder');

  const work = mkdtempSync(join(tmpdir(), 'redthread-package-'));
  try {
    const electronDist = join(work, 'electron-dist');
    const output = join(work, 'out');
    standInElectron(electronDist);
    pack(electronDist, output);
    const unpacked = join(output, 'linux-unpacked');
    const asar = join(unpacked, 'resources', 'app.asar');
    const problems: string[] = [];
    if (!existsSync(asar)) throw new Error(`no app.asar in ${unpacked}`);
    const entries = listPackage(asar, { isPack: false });
    problems.push(...asarProblems(entries));
    const executable = join(unpacked, 'redthread');
    problems.push(...fuseProblems(config.electronFuses ?? {}, readFuseWire(readFileSync(executable))));
    if (problems.length > 0) {
      for (const problem of problems) console.error(`check-package: ${problem}`);
      throw new Error(`${problems.length} packaging problem(s)`);
    }
    const files = entries.filter((e) => /\.[a-z0-9]+$/i.test(e));
    console.log(`check-package: app.asar holds ${files.length} files, all in dist/electron, dist/renderer, graph-data/datasets or package.json`);
    console.log(`check-package: fuses flipped as electron-builder.yml says (${Object.keys(config.electronFuses ?? {}).length} fuses)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`check-package: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
