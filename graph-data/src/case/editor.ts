// The edit history of one open graph: runs commands (commands.ts), keeps the undo and redo
// stacks of their ops, knows whether the graph differs from its last save, and hands each
// change to the journal as it happens. Undo and redo replay recorded ops, never re-run a
// command, so they restore exactly what was there.
import type { Dataset } from '../service/dataset.js';
import { resolveCommand, runCommand } from './commands.js';
import { editCommandSchema, type EditCommand, type EditType } from './commands-schema.js';
import type { Removed } from './delete.js';
import { applyOp, invert, type Op } from './ops.js';
import { refIndex } from './refs.js';
import type { JournalEntry } from './journal.js';

export const EDIT_LABELS: Record<EditType, string> = {
  addSource: 'add source',
  editSource: 'edit source',
  addNode: 'add node',
  addClaim: 'add claim',
  attachEvidence: 'attach evidence',
  editNode: 'edit node',
  editEdge: 'edit edge',
  setStatus: 'change status',
  deleteEdge: 'delete claim',
  deleteNode: 'delete node',
  deleteSource: 'delete source',
  addAllegationType: 'add allegation type',
  mergeNodes: 'merge nodes',
};

/** Oldest steps are forgotten past this many (a deleted hub holds all its edges). */
export const MAX_UNDO = 500;

export interface EditState {
  /** Grows with every edit, undo and redo. */
  revision: number;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel?: string;
  redoLabel?: string;
  /** The graph differs from the last save (or from how it was opened). */
  unsaved: boolean;
}

/** What an edit, undo or redo changed, for the renderer to refresh. */
export interface EditOutcome {
  state: EditState;
  created?: string;
  createdNodes: string[];
  removed: Removed;
  /**
   * Nodes and edges added, changed or removed; `ends`: the nodes at either end of an edge added
   * or removed (their degree changed), which a view redrawn from this outcome alone must ask for.
   */
  touched: { nodes: string[]; edges: string[]; ends: string[]; sources: string[] };
  /** What the host appends to its journal; absent when nothing happened (nothing to undo). */
  journal?: JournalEntry;
}

interface Step {
  id: number;
  type: EditType;
  ops: Op[];
}

function touchedBy(ops: Op[]): EditOutcome['touched'] {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const sources = new Set<string>();
  const ends = new Set<string>();
  for (const op of ops) {
    if (op.op === 'addNode' || op.op === 'dropNode' || op.op === 'setNode') nodes.add(op.key);
    else if (op.op === 'addEdge' || op.op === 'dropEdge') {
      edges.add(op.key);
      ends.add(op.source);
      ends.add(op.target);
    } else if (op.op === 'setEdge') edges.add(op.key);
    else if (op.op === 'addSource' || op.op === 'dropSource') sources.add(op.source.id);
    else if (op.op === 'setSource') sources.add(op.after.id);
  }
  return { nodes: [...nodes], edges: [...edges], ends: [...ends], sources: [...sources] };
}

const NONE: Removed = { nodes: [], edges: [], sources: [] };

export class Editor {
  private readonly undoStack: Step[] = [];
  private readonly redoStack: Step[] = [];
  private revision = 0;
  private nextId = 1;
  /** The step on top of the undo stack when last saved (0: the state it was opened in). */
  private savedAt = 0;
  private seq = 0;

  constructor(
    readonly dataset: Dataset,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    // Built now, once, so no single edit pays for it.
    refIndex(dataset.graph);
  }

  state(): EditState {
    const top = this.undoStack.at(-1);
    const next = this.redoStack.at(-1);
    return {
      revision: this.revision,
      canUndo: top !== undefined,
      canRedo: next !== undefined,
      ...(top && { undoLabel: EDIT_LABELS[top.type] }),
      ...(next && { redoLabel: EDIT_LABELS[next.type] }),
      unsaved: (top?.id ?? 0) !== this.savedAt,
    };
  }

  /** A graph that exists in no file yet (a copy of the shipped case): unsaved until saved, even with nothing to undo. */
  markUnsaved(): EditState {
    this.savedAt = -1;
    return this.state();
  }

  markSaved(): EditState {
    this.savedAt = this.undoStack.at(-1)?.id ?? 0;
    return this.state();
  }

  /** Runs one command (validated again: the journal replays through here too). */
  edit(raw: EditCommand): EditOutcome {
    const command = resolveCommand(this.dataset, editCommandSchema.parse(raw), this.now);
    const outcome = runCommand(this.dataset, command);
    this.undoStack.push({ id: this.nextId++, type: command.type, ops: outcome.ops });
    if (this.undoStack.length > MAX_UNDO) this.undoStack.shift();
    this.redoStack.length = 0;
    this.revision++;
    return {
      state: this.state(),
      ...(outcome.created !== undefined && { created: outcome.created }),
      createdNodes: outcome.createdNodes,
      removed: outcome.removed,
      touched: touchedBy(outcome.ops),
      journal: { seq: ++this.seq, at: this.now(), kind: 'edit', command },
    };
  }

  /**
   * Undoes the last step. `recorded` is the step as a journal gave it: a journal that started at a
   * save may undo a step made before it, which this editor never saw (replay only).
   */
  undo(recorded?: { type: EditType; ops: Op[] }): EditOutcome {
    let step = this.undoStack.pop();
    if (!step && recorded) {
      step = { id: this.nextId++, type: recorded.type, ops: recorded.ops };
      // The state before this undo is the one saved: redoing it gets back there.
      if (this.savedAt === 0 && this.redoStack.length === 0) this.savedAt = step.id;
    }
    if (!step) return { state: this.state(), createdNodes: [], removed: NONE, touched: { nodes: [], edges: [], ends: [], sources: [] } };
    for (let i = step.ops.length - 1; i >= 0; i--) applyOp(this.dataset, invert(step.ops[i] as Op));
    this.redoStack.push(step);
    this.revision++;
    return { state: this.state(), createdNodes: [], removed: NONE, touched: touchedBy(step.ops), journal: { seq: ++this.seq, at: this.now(), kind: 'undo', type: step.type, ops: step.ops } };
  }

  redo(): EditOutcome {
    const step = this.redoStack.pop();
    if (!step) return { state: this.state(), createdNodes: [], removed: NONE, touched: { nodes: [], edges: [], ends: [], sources: [] } };
    for (const op of step.ops) applyOp(this.dataset, op);
    this.undoStack.push(step);
    this.revision++;
    return { state: this.state(), createdNodes: [], removed: NONE, touched: touchedBy(step.ops), journal: { seq: ++this.seq, at: this.now(), kind: 'redo' } };
  }
}
