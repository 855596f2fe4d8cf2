// The contract's results for building a case (issue #13): the edit history's state, a saved
// case, what a delete would take, duplicate suggestions and a journal's replay. Re-exported by
// contract-results.ts, so importers see one module.
import type { EditState } from './case/editor.js';
import type { NodeRef, OpenedGraph } from './contract-results.js';

export type { EditOutcome, EditState } from './case/editor.js';
export type { JournalEntry } from './case/journal.js';
export type { EditCommand, Citation } from './case/commands-schema.js';

/** The edit history's state, and what a journal needs to name the graph it applies to. */
export interface EditStatus extends EditState {
  name: string;
  base: string;
  /** The shipped case opens read-only: edits are refused (`read_only`) until saveCopy. */
  readOnly: boolean;
  /** The first line of a journal of this graph's edits (case/journal.ts); each entry after it is `JSON.stringify(outcome.journal)`. */
  journalHeader: string;
}

/** A saved case: the file's bytes (the host writes them atomically or downloads them). */
export interface SavedCase {
  bytes: Uint8Array;
  /** Suggested file name: the case's name + ".redthread". */
  fileName: string;
  state: EditState;
  /** SHA-256 of `bytes`: the base of the journal that starts now. */
  base: string;
}

/** What a delete would take with it. */
export interface DeletePreview {
  nodes: NodeRef[];
  edges: { id: string; source: string; target: string; relation: string; sourceLabel: string; targetLabel: string }[];
  /** For a source: how many nodes and edges cite it (deleting it is refused unless those go too). */
  citedBy?: { nodes: number; edges: number };
}

export interface DuplicateSuggestion {
  a: NodeRef;
  b: NodeRef;
  reasons: ('identifier' | 'same-name' | 'transliteration' | 'alias')[];
}

export interface JournalReplay {
  state: EditState;
  /** Entries applied, and lines that could not be read (a torn last line) or applied. */
  applied: number;
  skipped: number;
  /** Why the replay stopped early, when it did: everything before stays applied. */
  stopped?: string;
  /** The journal began on a new case or a copy of the shipped one: the session opened that first. */
  opened?: OpenedGraph;
}
