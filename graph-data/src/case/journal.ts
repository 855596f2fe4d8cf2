// The journal of unsaved work: every edit, undo and redo appended as it happens, so a crash or a
// window closed without saving loses nothing. The host stores it (Electron under userData, the
// browser host in IndexedDB); this module owns its format and replays it onto the case it
// started from. Lines are JSON (one header, then one entry each), so a torn last line from a
// crash costs only that line.
import { z } from 'zod';
import type { Dataset } from '../service/dataset.js';
import { ServiceFailure } from '../service/errors.js';
import { editCommandSchema, type EditCommand, type EditType } from './commands-schema.js';
import type { Op } from './ops.js';
import { EDIT_LABELS, Editor } from './editor.js';

const EDIT_TYPES = Object.keys(EDIT_LABELS) as [EditType, ...EditType[]];
const OP_NAMES = ['addNode', 'dropNode', 'setNode', 'addEdge', 'dropEdge', 'setEdge', 'addSource', 'dropSource', 'setSource', 'setTypes'] as const;

export const JOURNAL_FORMAT = 'redthread-journal';
export const JOURNAL_VERSION = 1;

export type JournalEntry =
  | { seq: number; at: string; kind: 'edit'; command: EditCommand }
  /** An undo carries the ops it undid: a journal begun at a save may undo a step made before it. */
  | { seq: number; at: string; kind: 'undo'; type?: EditType; ops?: Op[] }
  | { seq: number; at: string; kind: 'redo' };

/** What the journal's edits apply to: a case file (by its hash), or the built-in dataset. */
export interface JournalHeader {
  format: typeof JOURNAL_FORMAT;
  version: typeof JOURNAL_VERSION;
  /** The graph's name, for the restore offer. */
  name: string;
  /** SHA-256 of the starting case's bytes ("" for the built-in dataset), so a journal is never replayed onto another graph. */
  base: string;
  startedAt: string;
}

const entrySchema = z.discriminatedUnion('kind', [
  z.strictObject({ seq: z.number().int().min(1), at: z.string().max(40), kind: z.literal('edit'), command: editCommandSchema }),
  // The ops are the editor's own snapshots (graph attributes, sources), written by this journal's
  // host: replay applies them as they are, and a journal it cannot apply is refused as a whole.
  z.strictObject({ seq: z.number().int().min(1), at: z.string().max(40), kind: z.literal('undo'), type: z.enum(EDIT_TYPES).optional(), ops: z.array(z.looseObject({ op: z.enum(OP_NAMES) })).optional() }),
  z.strictObject({ seq: z.number().int().min(1), at: z.string().max(40), kind: z.literal('redo') }),
]);
const headerSchema = z.strictObject({
  format: z.literal(JOURNAL_FORMAT),
  version: z.literal(JOURNAL_VERSION),
  name: z.string().max(1_000),
  base: z.string().max(64),
  startedAt: z.string().max(40),
});

export function journalHeader(name: string, base: string, startedAt: string): string {
  const header: JournalHeader = { format: JOURNAL_FORMAT, version: JOURNAL_VERSION, name, base, startedAt };
  return `${JSON.stringify(header)}\n`;
}

export function journalLine(entry: JournalEntry): string {
  return `${JSON.stringify(entry)}\n`;
}

export interface ParsedJournal {
  header: JournalHeader;
  entries: JournalEntry[];
  /** Lines that could not be read (a torn last line after a crash). */
  skipped: number;
}

export function parseJournal(text: string): ParsedJournal {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const first = lines.shift();
  let header: JournalHeader;
  try {
    header = headerSchema.parse(JSON.parse(first ?? '')) as JournalHeader;
  } catch {
    throw new ServiceFailure('bad_file', 'case/journal: the journal has no valid header line');
  }
  const entries: JournalEntry[] = [];
  let skipped = 0;
  for (const line of lines) {
    try {
      entries.push(entrySchema.parse(JSON.parse(line)) as JournalEntry);
    } catch {
      skipped++;
    }
  }
  return { header, entries, skipped };
}

/**
 * Applies the entries to the dataset they started from (which changes in place) and returns the
 * editor, whose undo and redo stacks are those of the session that wrote the journal. An entry
 * that cannot be applied stops the replay there: what came before it stays applied and undoable.
 */
export function replayJournal(dataset: Dataset, entries: JournalEntry[]): { editor: Editor; applied: number; stopped?: string } {
  let at = '';
  const editor = new Editor(dataset, () => at);
  let applied = 0;
  for (const entry of entries) {
    at = entry.at;
    try {
      if (entry.kind === 'edit') editor.edit(entry.command);
      else if (entry.kind === 'undo') editor.undo(entry.type && entry.ops ? { type: entry.type, ops: entry.ops } : undefined);
      else editor.redo();
    } catch (error) {
      return { editor, applied, stopped: `entry ${entry.seq}: ${error instanceof Error ? error.message : String(error)}` };
    }
    applied++;
  }
  return { editor, applied };
}
