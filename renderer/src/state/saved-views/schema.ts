// The saved-view document: what a view needs to come back exactly (elements, positions,
// filter, pins, selection, layout, style choices) and which dataset it belongs to.
// Validated with zod wherever one comes in: from storage, from the Electron host, from a file.
import { z } from 'zod';
import { filterSpecSchema } from '../../../../graph-data/src/contract.js';
import { LAYOUT_NAMES } from '../../graph-view/layouts.js';
import { MEASURE_CHOICES } from '../../panels/measures/choices.js';
import { appearanceSchema } from '../appearance/settings.js';

export const SAVED_VIEW_FORMAT = 'redthread-view';
/**
 * 2: allegation boxes pick allegations ("show me that allegation"), with `context` and
 * `keepRelations`. A version 1 view was saved when they only hid other allegations: it is
 * read with keepRelations, so it shows what it showed when it was saved.
 * 3: the Appearance settings (colour, size, labels…). Older views open with the default appearance.
 */
export const SAVED_VIEW_VERSION = 3;
const MAX_IDS = 100_000;

const id = z.string().min(1).max(1024);
const ids = z.array(id).max(MAX_IDS);

export const savedViewSchema = z.strictObject({
  format: z.literal(SAVED_VIEW_FORMAT),
  version: z.union([z.literal(1), z.literal(2), z.literal(SAVED_VIEW_VERSION)]),
  name: z.string().trim().min(1, 'a saved view needs a name').max(120),
  savedAt: z.iso.datetime(),
  dataset: z.strictObject({ id: z.string().min(1).max(200), name: z.string().max(500) }),
  /** Node ids in the view; the edges among them come back with them. */
  nodes: ids,
  hidden: ids,
  pinned: ids,
  positions: z.record(id, z.strictObject({ x: z.number().finite(), y: z.number().finite() })),
  filter: filterSpecSchema,
  selection: z.strictObject({ type: z.enum(['node', 'edge']), id }).nullable(),
  layout: z.enum(LAYOUT_NAMES),
  style: z.strictObject({ measure: z.enum(MEASURE_CHOICES), sizeBy: z.boolean(), communities: z.boolean() }),
  /** How the view looks (version 3); absent in older views, which open with the default appearance. */
  appearance: appearanceSchema.optional(),
  /** What produced the view, shown in the status bar when it is re-opened. */
  reason: z.string().max(500).optional(),
});

export type SavedView = z.infer<typeof savedViewSchema>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Zod's issues as one readable line naming each field: `filter.statuses.0: Invalid option…`. */
function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => `${issue.path.length ? issue.path.join('.') : 'the file'}: ${issue.message}`);
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more problems)` : '';
  return shown.join('; ') + more;
}

export function parseSavedView(raw: unknown): Parsed<SavedView> {
  const parsed = savedViewSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  return { ok: true, value: upgrade(parsed.data) };
}

/** An older view in today's terms (see SAVED_VIEW_VERSION). */
function upgrade(view: SavedView): SavedView {
  if (view.version === SAVED_VIEW_VERSION) return view;
  const { filter } = view;
  const picksAllegations = filter.allegationTypes !== undefined || filter.statuses !== undefined || filter.claimants !== undefined;
  const upgraded = view.version === 1 && picksAllegations ? { ...filter, keepRelations: true } : filter;
  // Saved before appearance settings existed: it opens with the default appearance.
  const rest: SavedView = { ...view, version: SAVED_VIEW_VERSION, filter: upgraded };
  delete rest.appearance;
  return rest;
}

/** A file's text as a saved view; every failure says what is wrong with the file. */
export function parseSavedViewJson(text: string): Parsed<SavedView> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'expected one saved view (a JSON object)' };
  if ((raw as { format?: unknown }).format !== SAVED_VIEW_FORMAT) return { ok: false, error: `not a Redthread saved view (format should be "${SAVED_VIEW_FORMAT}")` };
  return parseSavedView(raw);
}

export function savedViewJson(view: SavedView): string {
  return `${JSON.stringify(view, null, 2)}\n`;
}

/** A file name for an exported view: its name, made safe for every file system. */
export function savedViewFileName(view: Pick<SavedView, 'name'>): string {
  const base = view.name.replace(/[^\p{L}\p{N} _.-]+/gu, '-').replace(/\s+/g, ' ').trim().slice(0, 80) || 'view';
  return `${base}.redthread-view.json`;
}
