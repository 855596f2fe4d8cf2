// The command line's pure half: argument parsing and --filter mapping onto the
// contract's FilterSpec, with one-line errors.
import { DATA_EXPORT_FORMATS, type FilterSpec, filterSpecSchema } from '../graph-data/src/contract.js';
import { ALLEGATION_STATUSES, ALLEGATION_TYPES, NODE_KINDS, RELATIONS } from '../graph-data/src/schema/vocabulary.js';
import { CY_LAYOUT_NAMES as LAYOUT_NAMES, type CyLayoutName as LayoutName } from '../renderer/src/graph-view/layouts.js';

export const IMAGE_FORMATS = ['png', 'jpeg', 'svg', 'pdf'] as const;
export const CLI_FORMATS = [...IMAGE_FORMATS, ...DATA_EXPORT_FORMATS] as const;
export type CliFormat = (typeof CLI_FORMATS)[number];

export class CliError extends Error {}

export interface CliArgs {
  input: string;
  out: string;
  format: CliFormat;
  layout: LayoutName;
  filter: FilterSpec | null;
  scale: number;
  seed: number;
  theme: 'light' | 'dark';
  scope: 'whole' | 'view';
  background: 'solid' | 'transparent';
  quality: number;
  legend: boolean;
  caption: boolean;
}

const FILTER_KEYS: Record<string, { field: keyof FilterSpec; values?: readonly string[] }> = {
  allegation: { field: 'allegationTypes', values: ALLEGATION_TYPES },
  status: { field: 'statuses', values: ALLEGATION_STATUSES },
  kind: { field: 'kinds', values: NODE_KINDS },
  relation: { field: 'relations', values: RELATIONS },
  claimant: { field: 'claimants' },
  from: { field: 'dateFrom' },
  to: { field: 'dateTo' },
  context: { field: 'context', values: ['0', '1', '2'] },
};

/** `allegation=a,b` → { allegationTypes: [a, b] }; several --filter flags combine (AND). */
export function parseFilters(specs: string[]): FilterSpec | null {
  if (specs.length === 0) return null;
  const spec: Record<string, unknown> = {};
  for (const raw of specs) {
    const [key = '', value = ''] = raw.split(/=(.*)/s);
    const entry = FILTER_KEYS[key];
    if (!entry) throw new CliError(`--filter ${raw}: unknown key "${key}" (expected ${Object.keys(FILTER_KEYS).join(', ')}; flags --hide-undated, --keep-relations)`);
    if (entry.field === 'dateFrom' || entry.field === 'dateTo') {
      spec[entry.field] = value;
      continue;
    }
    if (entry.field === 'context') {
      if (!entry.values?.includes(value)) throw new CliError(`--filter ${raw}: context is 0, 1 or 2 steps`);
      spec.context = Number(value);
      continue;
    }
    const values = value.split(',').map((v) => v.trim()).filter(Boolean);
    if (values.length === 0) throw new CliError(`--filter ${raw}: no values`);
    for (const v of values) {
      if (entry.values && !entry.values.includes(v)) throw new CliError(`--filter ${raw}: unknown ${key} "${v}" (expected one of ${entry.values.join(', ')})`);
    }
    spec[entry.field] = [...new Set([...((spec[entry.field] as string[] | undefined) ?? []), ...values])];
  }
  const parsed = filterSpecSchema.safeParse(spec);
  if (!parsed.success) throw new CliError(`--filter: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** The boolean filter flags on top of the --filter values (absent flags add nothing). */
function withFlags(filter: FilterSpec | null, flags: { hideUndated: boolean; keepRelations: boolean }): FilterSpec | null {
  if (!flags.hideUndated && !flags.keepRelations) return filter;
  return { ...(filter ?? {}), ...(flags.hideUndated ? { hideUndated: true } : {}), ...(flags.keepRelations ? { keepRelations: true } : {}) };
}

export function parseArgs(argv: string[]): CliArgs {
  const flags = new Map<string, string[]>();
  const bool = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new CliError(`unexpected argument "${arg}"`);
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s);
    if (['no-legend', 'no-caption', 'hide-undated', 'keep-relations'].includes(name)) {
      bool.add(name);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new CliError(`--${name} needs a value`);
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  const known = ['input', 'out', 'format', 'layout', 'filter', 'scale', 'seed', 'theme', 'scope', 'background', 'quality'];
  for (const name of flags.keys()) if (!known.includes(name)) throw new CliError(`unknown option --${name}`);
  const one = (name: string): string | undefined => flags.get(name)?.at(-1);
  const input = one('input');
  const out = one('out');
  if (!input) throw new CliError('--input is required (a dataset folder or a graph file)');
  if (!out) throw new CliError('--out is required');
  const format = (one('format') ?? out.split('.').pop() ?? '').toLowerCase().replace(/^jpg$/, 'jpeg').replace(/^zip$/, 'csv');
  if (!(CLI_FORMATS as readonly string[]).includes(format)) throw new CliError(`unknown format "${format}" (expected ${CLI_FORMATS.join(', ')})`);
  const layout = one('layout') ?? 'fcose';
  if (!(LAYOUT_NAMES as readonly string[]).includes(layout)) throw new CliError(`unknown layout "${layout}" (expected ${LAYOUT_NAMES.join(', ')})`);
  const number = (name: string, fallback: number, min: number, max: number): number => {
    const raw = one(name);
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(n) || n < min || n > max) throw new CliError(`--${name} must be a number from ${min} to ${max}, got "${raw}"`);
    return n;
  };
  const choice = <T extends string>(name: string, options: readonly T[], fallback: T): T => {
    const raw = one(name) ?? fallback;
    if (!(options as readonly string[]).includes(raw)) throw new CliError(`--${name} must be one of ${options.join(', ')}, got "${raw}"`);
    return raw as T;
  };
  const filter = parseFilters(flags.get('filter') ?? []);
  return {
    input,
    out,
    format: format as CliFormat,
    layout: layout as LayoutName,
    filter: withFlags(filter, { hideUndated: bool.has('hide-undated'), keepRelations: bool.has('keep-relations') }),
    scale: number('scale', 2, 1, 4),
    seed: Math.trunc(number('seed', 1, 0, 2 ** 31)),
    theme: choice('theme', ['light', 'dark'] as const, 'light'),
    scope: choice('scope', ['whole', 'view'] as const, 'whole'),
    background: choice('background', ['solid', 'transparent'] as const, 'solid'),
    quality: number('quality', 0.92, 0.5, 1),
    legend: !bool.has('no-legend'),
    caption: !bool.has('no-caption'),
  };
}
