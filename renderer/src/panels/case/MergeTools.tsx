// Merging duplicates from a node's details: the service's suggestions for this node (same
// name, transliteration, alias, shared identifier), or any node picked by name. The other node
// goes; its edges, evidence, name and aliases come to this one. Undo puts both back.
import { useEffect, useState } from 'react';
import type { DuplicateSuggestion, EditCommand, NodeRef, SearchHit } from '../../../../graph-data/src/contract.js';
import { getApi } from '../../api/client.js';
import { NodePicker } from '../paths/NodePicker.js';

const REASONS: Record<DuplicateSuggestion['reasons'][number], string> = {
  identifier: 'same identifier',
  'same-name': 'same name',
  transliteration: 'same name in Latin letters',
  alias: 'a shared alias',
};

interface Props {
  node: { id: string; label: string };
  revision: number;
  onEdit(command: EditCommand, reason: string): Promise<unknown>;
}

export function MergeTools({ node, revision, onEdit }: Props) {
  const [suggestions, setSuggestions] = useState<{ other: NodeRef; reasons: string }[]>([]);
  const [picked, setPicked] = useState<SearchHit | null>(null);
  useEffect(() => {
    let stale = false;
    void getApi()
      .suggestDuplicates({ node: node.id, limit: 5 })
      .then((r) => {
        if (stale || !r.ok) return;
        setSuggestions(
          r.value.map((p) => ({ other: p.a.id === node.id ? p.b : p.a, reasons: p.reasons.map((x) => REASONS[x]).join(', ') })),
        );
      });
    return () => {
      stale = true;
    };
  }, [node.id, revision]);

  const merge = (other: { id: string; label: string }) => void onEdit({ type: 'mergeNodes', keep: node.id, absorb: other.id }, `Merged ${other.label} into ${node.label}`);
  return (
    <section className="merge-tools" aria-label="Merge duplicates">
      <h3>Same actor?</h3>
      {suggestions.length > 0 && (
        <ul>
          {suggestions.map((s) => (
            <li key={s.other.id}>
              {s.other.label} <span className="muted">({s.reasons})</span>{' '}
              <button type="button" data-testid="duplicate-merge" onClick={() => merge(s.other)}>
                Merge into this
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="merge-pick">
        <NodePicker key={`${node.id}-${revision}`} testId="merge-with" placeholder="Merge another node into this one…" label="Node to merge into this one" onChoose={setPicked} />
        <button type="button" data-testid="merge-submit" disabled={!picked || picked.id === node.id} onClick={() => picked && merge(picked)} title="The other node goes; its edges, evidence, name and aliases come here">
          Merge
        </button>
      </div>
    </section>
  );
}
