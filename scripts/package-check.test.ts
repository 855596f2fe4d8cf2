// The packaging checks catch what they exist for: stray files in app.asar and unflipped fuses.
import { describe, expect, it } from 'vitest';
import { asarProblems, fuseProblems, readFuseWire, REQUIRED_FUSES, standInBinary } from './package-check.js';

const good = [
  '/dist',
  '/dist/electron',
  '/dist/electron/main.cjs',
  '/dist/electron/preload.cjs',
  '/dist/electron/service-thread.cjs',
  '/dist/renderer',
  '/dist/renderer/index.html',
  '/dist/renderer/assets/index-abc.js',
  '/graph-data',
  '/graph-data/datasets',
  '/graph-data/datasets/interpol-2018/graph.json',
  '/package.json',
];

describe('asarProblems', () => {
  it('accepts exactly the bundled app, datasets and package.json', () => {
    expect(asarProblems(good)).toEqual([]);
  });

  it.each([
    ['/dist/electron/main.cjs.map', 'a source map'],
    ['/dist/renderer/assets/x.test.js', 'a test file'],
    ['/graph-data/datasets/load.ts', 'a TypeScript source'],
    ['/graph-data/src/contract.ts', 'outside dist/electron'],
    ['/node_modules/vitest/index.js', 'node_modules must not be packed'],
    ['/electron/main.ts', 'outside dist/electron'],
  ])('flags %s', (entry, why) => {
    expect(asarProblems([...good, entry]).join('\n')).toContain(why);
  });

  it('flags a missing entry point', () => {
    expect(asarProblems(good.filter((e) => e !== '/dist/electron/preload.cjs'))).toEqual(['/dist/electron/preload.cjs: missing from app.asar']);
  });
});

describe('fuses', () => {
  it('reads a stand-in binary as Electron ships it: every required fuse still at its unsafe default', () => {
    const wire = readFuseWire(standInBinary());
    expect(wire).toMatchObject({ runAsNode: true, enableNodeOptionsEnvironmentVariable: true, onlyLoadAppFromAsar: false });
    const problems = fuseProblems(REQUIRED_FUSES, wire);
    expect(problems).toHaveLength(Object.keys(REQUIRED_FUSES).length);
    expect(problems).toContain('binary: fuse runAsNode is true, electron-builder.yml says false');
  });

  it('passes a wire flipped as the YAML says, and flags a YAML that drops a requirement', () => {
    const flipped = readFuseWire(standInBinary());
    for (const [key, value] of Object.entries(REQUIRED_FUSES)) flipped[key] = value;
    expect(fuseProblems(REQUIRED_FUSES, flipped)).toEqual([]);
    expect(fuseProblems({ ...REQUIRED_FUSES, runAsNode: true }, { ...flipped, runAsNode: true })).toEqual([
      'electron-builder.yml: electronFuses.runAsNode must be false, is true',
    ]);
  });

  it('refuses a binary without the sentinel', () => {
    expect(() => readFuseWire(new Uint8Array(100))).toThrow('no fuse sentinel');
  });
});
