// Remembers the CSV column mapping the user chose, per file names + header row, so
// opening the same export again pre-fills it. A changed header is a new signature.
import type { CsvMapping, FileInspection } from '../../../../graph-data/src/contract.js';
import { type KeyValueStore, readJson, writeJson } from './storage.js';

export const MAPPINGS_KEY = 'redthread.csv-mappings';
const MAX_MAPPINGS = 50;

type Inspected = NonNullable<FileInspection['csv']>['files'];

/** File names and their header rows, order-independent. */
export function headerSignature(files: Inspected): string {
  return files
    .map((f) => `${f.name}\u0000${f.columns.join('\u0001')}`)
    .sort()
    .join('\u0002');
}

function load(store: KeyValueStore | null): [string, CsvMapping][] {
  const value = readJson(store, MAPPINGS_KEY);
  if (!Array.isArray(value)) return [];
  return value.filter(
    (e): e is [string, CsvMapping] => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && typeof e[1] === 'object' && e[1] !== null,
  );
}

export function recallMapping(store: KeyValueStore | null, files: Inspected): CsvMapping | null {
  const signature = headerSignature(files);
  return load(store).find(([key]) => key === signature)?.[1] ?? null;
}

export function rememberMapping(store: KeyValueStore | null, files: Inspected, mapping: CsvMapping): void {
  const signature = headerSignature(files);
  const entries = [[signature, mapping] as [string, CsvMapping], ...load(store).filter(([key]) => key !== signature)].slice(0, MAX_MAPPINGS);
  writeJson(store, MAPPINGS_KEY, entries);
}

/**
 * The mapping to pre-fill: the remembered one when every column it names still exists,
 * else the importer's suggestion.
 */
export function initialMapping(store: KeyValueStore | null, inspection: FileInspection): CsvMapping {
  const csv = inspection.csv;
  if (!csv) return {};
  const remembered = recallMapping(store, csv.files);
  const columns = new Set(csv.files.flatMap((f) => f.columns));
  const named = remembered ? [...Object.values(remembered.nodes ?? {}), ...Object.values(remembered.edges ?? {})] : [];
  return remembered && named.every((c) => c === undefined || columns.has(c)) ? remembered : csv.suggestion;
}
