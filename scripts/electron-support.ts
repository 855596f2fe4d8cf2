// Is the pinned Electron still supported? Offline: it reads the dated support table in
// scripts/electron-support.json, and refuses a table too old to be trusted, so CI never
// needs the network and a stale table cannot keep an unsupported Electron passing.
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const supportTableSchema = z.strictObject({
  about: z.string(),
  checked: isoDate,
  maxAgeDays: z.number().int().min(1).max(366),
  majors: z
    .array(z.strictObject({ major: z.number().int().min(1), stable: isoDate, endOfSupport: isoDate, projected: z.boolean().optional() }))
    .min(3),
});
export type SupportTable = z.infer<typeof supportTableSchema>;

const DAY_MS = 24 * 60 * 60 * 1000;
const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** The major of an exact pin such as "45.5.0"; ranges are refused, since the check needs to know what ships. */
export function pinnedMajor(spec: string): number | null {
  const match = /^(\d+)\.\d+\.\d+$/.exec(spec.trim());
  return match ? Number(match[1]) : null;
}

/** Problems with the pin against the table on `today`; empty when the pin is a supported major. */
export function electronSupportProblems(table: SupportTable, pinned: string, today: Date): string[] {
  const problems: string[] = [];
  const now = today.getTime();
  const age = Math.floor((now - day(table.checked)) / DAY_MS);
  if (age > table.maxAgeDays) {
    problems.push(
      `the Electron support table was checked on ${table.checked}, ${age} days ago (limit ${table.maxAgeDays}): refresh scripts/electron-support.json from https://www.electronjs.org/docs/latest/tutorial/electron-timelines`,
    );
  }
  const major = pinnedMajor(pinned);
  if (major === null) return [...problems, `electron is pinned as "${pinned}": pin an exact version`];
  // The three newest majors already released, minus any whose support has ended.
  const released = table.majors.filter((m) => day(m.stable) <= now).sort((a, b) => b.major - a.major);
  const supported = released.slice(0, 3).filter((m) => day(m.endOfSupport) > now);
  if (!supported.some((m) => m.major === major)) {
    const entry = table.majors.find((m) => m.major === major);
    const why = !entry
      ? 'is not in the support table'
      : day(entry.stable) > now
        ? `is not released until ${entry.stable}`
        : day(entry.endOfSupport) <= now
          ? `reached end of support on ${entry.endOfSupport}`
          : 'is older than the latest three majors';
    problems.push(`electron ${pinned}: major ${major} ${why}; supported now: ${supported.map((m) => m.major).join(', ') || 'none in the table'}`);
  }
  return problems;
}
