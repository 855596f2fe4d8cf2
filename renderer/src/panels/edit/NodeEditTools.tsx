// A node's edit tools in Details: Edit (the inline form) and Delete…, which first lists what
// goes with the node (its relationships and the allegations it makes, from deletePreview) and
// asks to confirm. Both are one undoable step.
import { useState } from 'react';
import type { DeletePreview, NodeDetails } from '../../../../graph-data/src/contract.js';
import { RELATION_LABELS, type Relation } from '../../../../graph-data/src/schema/vocabulary.js';
import { getApi } from '../../api/client.js';
import type { TryEdit } from './edit-form.js';
import { NodeEditor } from './NodeEditor.js';

interface Props {
  details: NodeDetails;
  onEdit: TryEdit;
  onDeleted(): void;
}

/** Relationships listed in the preview; the count says how many there are in all. */
const LISTED = 50;

export function NodeEditTools({ details, onEdit, onDeleted }: Props) {
  const [mode, setMode] = useState<'idle' | 'edit' | 'delete'>('idle');
  const [preview, setPreview] = useState<DeletePreview | null>(null);
  const [error, setError] = useState<string | null>(null);

  const askDelete = async () => {
    setError(null);
    const result = await getApi().deletePreview({ node: details.id });
    if (!result.ok) return setError(result.error.message);
    setPreview(result.value);
    setMode('delete');
  };
  const confirmDelete = async () => {
    const result = await onEdit({ type: 'deleteNode', id: details.id }, `Deleted ${details.label}`);
    if (!result.ok) return setError(result.error.message);
    setMode('idle');
    onDeleted();
  };
  const count = preview?.edges.length ?? 0;

  return (
    <section className="edit-tools" aria-label="Edit">
      {mode === 'idle' && (
        <div className="edit-buttons">
          <button type="button" data-testid="edit-node" onClick={() => setMode('edit')} title="Rename, change kind, aliases, date, description or attributes">
            Edit
          </button>
          <button type="button" data-testid="delete-node" className="danger" onClick={() => void askDelete()} title="Delete this node and what goes with it">
            Delete…
          </button>
        </div>
      )}
      {mode === 'edit' && <NodeEditor details={details} onEdit={onEdit} onClose={() => setMode('idle')} />}
      {mode === 'delete' && preview && (
        <div
          className="delete-preview"
          data-testid="delete-preview"
          role="group"
          aria-label={`Delete ${details.label}`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setMode('idle');
            }
          }}
        >
          <p data-testid="delete-preview-count">
            Deleting <strong>{details.label}</strong> also deletes {count === 0 ? 'no relationships' : count === 1 ? '1 relationship' : `${count.toLocaleString()} relationships`}
            {count > 0 ? ':' : '.'}
          </p>
          {count > 0 && (
            <ul>
              {preview.edges.slice(0, LISTED).map((e) => (
                <li key={e.id} data-testid="delete-preview-edge">
                  {e.sourceLabel} <span className="relation">—{RELATION_LABELS[e.relation as Relation] ?? e.relation}→</span> {e.targetLabel}
                </li>
              ))}
              {count > LISTED && <li className="muted">and {(count - LISTED).toLocaleString()} more</li>}
            </ul>
          )}
          <p className="hint">Undo puts everything back.</p>
          <footer>
            <button type="button" data-testid="delete-cancel" onClick={() => setMode('idle')}>
              Cancel
            </button>
            <button type="button" data-testid="delete-confirm" className="danger" autoFocus onClick={() => void confirmDelete()}>
              Delete {count > 0 ? `node and ${count === 1 ? '1 relationship' : `${count.toLocaleString()} relationships`}` : 'node'}
            </button>
          </footer>
        </div>
      )}
      {error && (
        <p className="case-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
