// The edit methods of the contract over the open graph: one Editor (case/editor.ts) per opened
// dataset, created with it, so both hosts hold the same undo history in the same place. The
// session calls `changed` hooks so the read service's indexes are rebuilt before the next read.
import type { Args, ContractResults, EditMethod } from '../contract.js';
import { suggestDuplicates } from '../case/duplicates.js';
import { citing, edgesGoingWith } from '../case/delete.js';
import { Editor } from '../case/editor.js';
import { bytesHash } from '../case/hash.js';
import { journalHeader, parseJournal, replayJournal } from '../case/journal.js';
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
  const methods: EditMethods = {
    edit: ({ command }) => after(editor.edit(command)),
    undo: () => after(editor.undo()),
    redo: () => after(editor.redo()),
    editState: () => ({ ...editor.state(), name: dataset.name, base, journalHeader: journalHeader(dataset.name, base, new Date().toISOString()).trimEnd() }),
    saveCase: ({ positions, views, appearance }) => {
      const bytes = saveCase(dataset, { ...(positions && { positions }), views, appearance });
      // What was saved is what opens next: keep the renderer's blocks with the dataset.
      dataset.case = { allegationTypes: dataset.case?.allegationTypes ?? [], ...dataset.case, ...(positions && { positions }), ...(views !== undefined && { views }), ...(appearance !== undefined && { appearance }) };
      base = bytesHash(bytes);
      return { bytes, fileName: fileName(dataset.name), state: editor.markSaved(), base };
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
    suggestDuplicates: ({ limit }) => suggestDuplicates(dataset, limit ?? 100).map((p) => ({ a: ref(p.a), b: ref(p.b), reasons: p.reasons })),
    replayJournal: ({ journal }) => {
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
