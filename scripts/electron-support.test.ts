// The Electron support check: fails on an unsupported major and on a stale table, offline.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { electronSupportProblems, pinnedMajor, supportTableSchema, type SupportTable } from './electron-support.js';

const table: SupportTable = {
  about: 'test',
  checked: '2026-11-01',
  maxAgeDays: 120,
  majors: [
    { major: 41, stable: '2026-03-11', endOfSupport: '2026-08-25' },
    { major: 42, stable: '2026-05-06', endOfSupport: '2026-10-21' },
    { major: 43, stable: '2026-07-01', endOfSupport: '2026-12-16' },
    { major: 44, stable: '2026-08-25', endOfSupport: '2027-02-10' },
    { major: 45, stable: '2026-10-21', endOfSupport: '2027-04-07' },
  ],
};
const on = (iso: string): Date => new Date(`${iso}T12:00:00Z`);

describe('electronSupportProblems', () => {
  it('accepts a pin in the latest three majors with a fresh table', () => {
    expect(electronSupportProblems(table, '45.5.0', on('2026-11-30'))).toEqual([]);
    expect(electronSupportProblems(table, '43.0.1', on('2026-11-30'))).toEqual([]);
  });

  it('refuses the 41 line the app used to pin, naming its end of support', () => {
    expect(electronSupportProblems(table, '41.7.1', on('2026-11-30'))).toEqual([
      'electron 41.7.1: major 41 reached end of support on 2026-08-25; supported now: 45, 44, 43',
    ]);
  });

  it('refuses a major once its end-of-support date passes, even with a fresh table', () => {
    expect(electronSupportProblems(table, '43.2.0', on('2026-12-20'))[0]).toMatch(/major 43 reached end of support on 2026-12-16/);
  });

  it('fails when the table is older than its limit, whatever the pin', () => {
    const problems = electronSupportProblems(table, '45.5.0', on('2027-03-15'));
    expect(problems[0]).toMatch(/checked on 2026-11-01, 134 days ago \(limit 120\)/);
  });

  it('refuses an unknown major and a range', () => {
    expect(electronSupportProblems(table, '47.0.0', on('2026-11-30'))[0]).toMatch(/major 47 is not in the support table/);
    expect(electronSupportProblems(table, '^45.0.0', on('2026-11-30'))[0]).toMatch(/pin an exact version/);
    expect(pinnedMajor('45.5.0')).toBe(45);
  });

  it("the repository's table is well formed and covers the pinned electron", () => {
    const real = supportTableSchema.parse(JSON.parse(readFileSync(new URL('./electron-support.json', import.meta.url), 'utf8')));
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { devDependencies: Record<string, string> };
    const major = pinnedMajor(pkg.devDependencies.electron ?? '');
    expect(real.majors.map((m) => m.major)).toContain(major);
    // The same check as check:package on the day the table was written.
    expect(electronSupportProblems(real, pkg.devDependencies.electron ?? '', new Date(`${real.checked}T12:00:00Z`))).toEqual([]);
  });
});
