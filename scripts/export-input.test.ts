// The export CLI applies the desktop app's file checks to --input, and keeps --out's mode.
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadInput } from './export-input.js';

const dir = mkdtempSync(join(tmpdir(), 'redthread-cli-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = promisify(execFile);

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('export --input', () => {
  it('refuses /dev/zero at once (it used to grow without bound)', async () => {
    await expect(loadInput('/dev/zero')).rejects.toThrow('--input /dev/zero: system and device files are not opened');
  });

  it('refuses a FIFO named like a graph file (it used to hang)', async () => {
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    await expect(loadInput(fifo)).rejects.toThrow(`--input ${fifo}: not a regular file`);
  });

  it('refuses a FIFO without a graph extension, and /proc behind a link', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    await expect(loadInput(fifo)).rejects.toThrow(/: not a graph file/);
    const link = join(dir, 'maps.json');
    symlinkSync('/proc/self/maps', link);
    await expect(loadInput(link)).rejects.toThrow(`--input ${link}: system and device files are not opened`);
    await expect(loadInput('/proc')).rejects.toThrow('--input /proc: system and device folders are not datasets');
  });

  it('still reads a graph file and a dataset folder', async () => {
    const gexf = join(dir, 'tiny.gexf');
    writeFileSync(gexf, '<gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>');
    expect((await loadInput(gexf)).dataset.graph.order).toBe(2);
    const expected = JSON.parse(readFileSync('graph-data/datasets/interpol-2018/graph.json', 'utf8')) as { nodes: unknown[] };
    expect((await loadInput('graph-data/datasets/interpol-2018')).dataset.graph.order).toBe(expected.nodes.length);
  });

  it('the command exits 1 with one clear line for /dev/zero, and keeps a 0600 --out file 0600', async () => {
    const zero = await cli('--input', '/dev/zero', '--format', 'json', '--out', join(dir, 'never.json'));
    expect(zero.code).toBe(1);
    expect(zero.stderr).toBe('export: --input /dev/zero: system and device files are not opened\n');

    const out = join(dir, 'private.json');
    writeFileSync(out, 'old');
    chmodSync(out, 0o600);
    const saved = await cli('--input', 'graph-data/datasets/interpol-2018', '--format', 'json', '--out', out);
    expect(saved.code, saved.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toBe('old');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    // Two runs of the command under tsx: a ceiling for a loaded machine, not a speed check.
  }, 120_000);
});
