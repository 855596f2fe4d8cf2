// The edit methods of the contract over the open graph: one Editor (case/editor.ts) per opened
// dataset, created with it, so both hosts hold the same undo history in the same place. The
// session calls `changed` hooks so the read service's indexes are rebuilt before the next read.
import type { Args, ContractResults, EditMethod } from '../contract.js';
import { builtinAllegationTypes } from '../case/allegation-types.js';
import { suggestDuplicates } from '../case/duplicates.js';
import { citing, edgesGoingWith } from '../case/delete.js';
import { Editor } from '../case/editor.js';
import { bytesHash } from '../case/hash.js';
import { journalHeader, parseJournal, replayJournal, SHIPPED_COPY_BASE } from '../case/journal.js';
import { saveCase } from '../case/save.js';
import { CASE_EXTENSION } from '../case/format.js';
import type { Dataset } from './dataset.js';
import { fail } from './errors.js';
import type { Touched } from './index.js';

export type EditMethods = { [M in EditMethod]: (args: Args<M>) => ContractResults[M] };

export interface EditSession {
  methods: EditMethods;
  editor: Editor;
}

function fileName(name: string): string {
  // Characters no file system takes, and control characters (code points below 32).
  const safe = [...name].map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? ' ' : c)).join('').replace(/ +/g, ' ').trim().slice(0, 120) || 'case';
  return safe.toLowerCase().endsWith(CASE_EXTENSION) ? safe : `${safe}${CASE_EXTENSION}`;
}

/**
 * `base`: SHA-256 of the file the dataset was opened from ("" for the built-in one); `changed`
 * runs after anything that altered the graph, with what the edit touched (none given: anything may have changed).
 */
export function createEditSession(dataset: Dataset, initialBase: string, changed: (touched?: Touched) => void): EditSession {
  let editor = new Editor(dataset);
  let base = initialBase;
  const ref = (id: string) => {
    const a = dataset.graph.getNodeAttributes(id);
    return { id, label: a.label, kind: a.kind };
  };
  const after = <T extends object>(value: T): T => {
    changed('touched' in value ? (value.touched as Touched) : undefined);
    return value;
  };
  /** The shipped case is evidence as published: it changes only as a copy. */
  const writable = (what: string): void => {
    if (dataset.readOnly) fail('read_only', 'edits', `cannot ${what}: "${dataset.name}" is the shipped case and opens read-only; Save a copy to edit it`);
  };
  const status = () => ({ ...editor.state(), name: dataset.name, base, readOnly: dataset.readOnly === true, journalHeader: journalHeader(dataset.name, base, new Date().toISOString()).trimEnd() });
  const methods: EditMethods = {
    edit: ({ command }) => {
      writable('edit');
      return after(editor.edit(command));
    },
    undo: () => {
      writable('undo');
      return after(editor.undo());
    },
    redo: () => {
      writable('redo');
      return after(editor.redo());
    },
    editState: status,
    saveCase: ({ positions, views, appearance, markSaved = true }) => {
      writable('save it');
      const bytes = saveCase(dataset, { ...(positions && { positions }), views, appearance });
      // What was saved is what opens next: keep the renderer's blocks with the dataset. A graph
      // opened without a case was saved with the built-in allegation types: the next save keeps them.
      dataset.case = { allegationTypes: dataset.case?.allegationTypes ?? builtinAllegationTypes(), ...dataset.case, ...(positions && { positions }), ...(views !== undefined && { views }), ...(appearance !== undefined && { appearance }) };
      const hash = bytesHash(bytes);
      if (!markSaved) return { bytes, fileName: fileName(dataset.name), state: editor.state(), base: hash };
      base = hash;
      return { bytes, fileName: fileName(dataset.name), state: editor.markSaved(), base };
    },
    saveCopy: ({ name }) => {
      if (!dataset.readOnly) fail('bad_arguments', 'edits', `"${dataset.name}" is already editable`);
      dataset.readOnly = false;
      dataset.name = name ?? `${dataset.name} (copy)`;
      // A new attributes object: a loaded dataset's may be the shipped graph.json module's own, shared by every later load.
      dataset.graph.replaceAttributes({ ...dataset.graph.getAttributes(), name: dataset.name });
      base = SHIPPED_COPY_BASE;
      editor.markUnsaved();
      return after(status());
    },
    markSaved: ({ revision, base: written }) => {
      // An edit that came in while the file was written is not in it: the case stays unsaved.
      if (editor.state().revision !== revision) fail('bad_arguments', 'edits', 'the case changed while it was being written; the file holds the earlier state and the case stays unsaved');
      base = written;
      editor.markSaved();
      return status();
    },
    deletePreview: ({ node, source }) => {
      const { graph } = dataset;
      const edgeView = (id: string) => ({ id, source: graph.source(id), target: graph.target(id), relation: graph.getEdgeAttribute(id, 'relation'), sourceLabel: graph.getNodeAttribute(graph.source(id), 'label'), targetLabel: graph.getNodeAttribute(graph.target(id), 'label') });
      if (node !== undefined) {
        if (!graph.hasNode(node)) fail('unknown_node', 'edits', `unknown node "${node}"`);
        return { nodes: [ref(node)], edges: edgesGoingWith(dataset, node).map(edgeView) };
      }
      if (source === undefined) fail('bad_arguments', 'edits', 'deletePreview needs a node or a source');
      if (!dataset.sources.has(source)) fail('unknown_source', 'edits', `unknown source "${source}"`);
      const cited = citing(dataset, source);
      const only = cited.edges.filter((e) => graph.getEdgeAttribute(e, 'evidence')?.every((x) => x.source === source));
      return { nodes: [], edges: only.map(edgeView), citedBy: { nodes: cited.nodes.length, edges: cited.edges.length } };
    },
    suggestDuplicates: ({ limit, node }) => suggestDuplicates(dataset, limit ?? 100, node).map((p) => ({ a: ref(p.a), b: ref(p.b), reasons: p.reasons })),
    replayJournal: ({ journal }) => {
      writable('restore edits onto it');
      const parsed = parseJournal(journal);
      if (parsed.header.base !== base) fail('bad_arguments', 'edits', `the journal of "${parsed.header.name}" was written for another graph than the one open`);
      if (editor.state().revision > 0) fail('bad_arguments', 'edits', 'the open graph has been edited since it was opened; a journal replays only onto the graph it started from');
      const replay = replayJournal(dataset, parsed.entries);
      editor = replay.editor;
      return after({ state: editor.state(), applied: replay.applied, skipped: parsed.skipped + parsed.entries.length - replay.applied, ...(replay.stopped && { stopped: replay.stopped }) });
    },
  };
  return {
    methods,
    get editor() {
      return editor;
    },
  };
}
