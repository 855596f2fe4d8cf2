// `npm run export`: the command line writes each format for the Interpol dataset
// (images through the built renderer in headless Chromium), a seed repeats the picture,
// filters map onto the service's FilterSpec, and errors exit non-zero with one line.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { csvRowCount, readCsvZip, readPdf, readPng, readSvg } from '../export/read-outputs.js';
import { interpol } from './interpol-graph.js';

const run = promisify(execFile);
const INPUT = 'graph-data/datasets/interpol-2018';
const dir = mkdtempSync(join(tmpdir(), 'redthread-cli-'));
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/export.ts', ...args], { timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const file = (name: string) => join(dir, name);

test.describe.configure({ timeout: 180_000 });

test('images: PNG at the asked scale, SVG repeated exactly by the same seed, PDF with sources', async () => {
  expect((await cli('--input', INPUT, '--format', 'png', '--scale', '1', '--out', file('g.png'))).code).toBe(0);
  const png = readPng(new Uint8Array(readFileSync(file('g.png'))));
  expect(png.width).toBeGreaterThan(400);
  expect(png.distinctColours).toBeGreaterThan(20);
  expect(png.text.Software).toBe('Redthread');

  for (const name of ['a.svg', 'b.svg']) {
    const r = await cli('--input', INPUT, '--layout', 'fcose', '--seed', '3', '--format', 'svg', '--out', file(name));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^export: wrote .*\.svg \([\d,]+ bytes, svg\)\n$/);
  }
  const a = readSvg(readFileSync(file('a.svg'), 'utf8'));
  const b = readSvg(readFileSync(file('b.svg'), 'utf8'));
  expect(a.nodes).toHaveLength(interpol.nodes.length);
  expect(a.images).toBe(0);
  expect(a.paths).toEqual(b.paths);

  expect((await cli('--input', INPUT, '--format', 'pdf', '--out', file('g.pdf'))).code).toBe(0);
  const pdf = await readPdf(new Uint8Array(readFileSync(file('g.pdf'))));
  expect(pdf.text).toContain('Sources of the numbered allegations');
  expect(pdf.info.Title).toBe('Interpol 2018 presidential election');
});

test('data formats straight from the service, and a filter narrows them', async () => {
  for (const format of ['json', 'gexf', 'graphml', 'csv']) {
    const r = await cli('--input', INPUT, '--format', format, '--out', file(`g.${format}`));
    expect(r.code, r.stderr).toBe(0);
  }
  const json = JSON.parse(readFileSync(file('g.json'), 'utf8')) as { nodes: unknown[]; edges: unknown[] };
  expect([json.nodes.length, json.edges.length]).toEqual([interpol.nodes.length, interpol.edges.length]);
  expect(readFileSync(file('g.gexf'), 'utf8').match(/<node /g)).toHaveLength(interpol.nodes.length);
  expect(readFileSync(file('g.graphml'), 'utf8').match(/<edge /g)).toHaveLength(interpol.edges.length);
  expect(csvRowCount(readCsvZip(new Uint8Array(readFileSync(file('g.csv'))))['edges.csv'] ?? '')).toBe(interpol.edges.length);

  const r = await cli('--input', INPUT, '--filter', 'allegation=red_notice_abuse', '--format', 'json', '--out', file('f.json'));
  expect(r.code, r.stderr).toBe(0);
  const filtered = JSON.parse(readFileSync(file('f.json'), 'utf8')) as { edges: { attributes: { allegation?: { type: string } } }[]; nodes: unknown[] };
  const types = new Set(filtered.edges.flatMap((e) => (e.attributes.allegation ? [e.attributes.allegation.type] : [])));
  expect([...types]).toEqual(['red_notice_abuse']);
  expect(filtered.nodes.length).toBeLessThanOrEqual(interpol.nodes.length);
});

test('errors exit non-zero with one line', async () => {
  const cases: [string[], RegExp][] = [
    [['--input', INPUT, '--format', 'tiff', '--out', file('x.tiff')], /^export: unknown format "tiff"/],
    [['--input', 'no/such/folder', '--format', 'svg', '--out', file('x.svg')], /^export: --input no\/such\/folder: no such file or folder/],
    [['--input', INPUT, '--filter', 'allegation=witchcraft', '--format', 'json', '--out', file('x.json')], /^export: --filter allegation=witchcraft: unknown allegation "witchcraft"/],
    [['--input', 'package.json', '--format', 'json', '--out', file('x.json')], /^export: /],
  ];
  for (const [args, message] of cases) {
    const r = await cli(...args);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  }
});
