// A relationship's edit tools in Details: Edit (relation and date, inline) and Delete (at once:
// one click, one undo), and the history of its allegation's status with the passage behind
// each status.
import { useState } from 'react';
import type { EdgeDetails, EvidenceView } from '../../../../graph-data/src/contract.js';
import type { TryEdit } from './edit-form.js';
import { EdgeEditor } from './EdgeEditor.js';

interface Props {
  details: EdgeDetails;
  onEdit: TryEdit;
  onDeleted(): void;
}

export function EdgeEditTools({ details, onEdit, onDeleted }: Props) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    const result = await onEdit({ type: 'deleteEdge', id: details.id }, `Deleted the claim ${details.source.label} → ${details.target.label}`);
    if (result.ok) onDeleted();
    else setError(result.error.message);
  };
  return (
    <section className="edit-tools" aria-label="Edit">
      {editing ? (
        <EdgeEditor details={details} onEdit={onEdit} onClose={() => setEditing(false)} />
      ) : (
        <div className="edit-buttons">
          <button type="button" data-testid="edit-edge" onClick={() => setEditing(true)} title="Change the relation or its date">
            Edit
          </button>
          <button type="button" data-testid="delete-edge" className="danger" onClick={() => void remove()} title="Delete this claim (undo puts it back)">
            Delete claim
          </button>
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

function Passage({ evidence, onOpen }: { evidence: EvidenceView | undefined; onOpen(e: EvidenceView): void }) {
  if (!evidence) return <span className="muted"> — no passage cited</span>;
  return (
    <>
      {' — '}
      <span className="history-source">{evidence.sourceTitle}</span>
      <button type="button" className="quote" onClick={() => onOpen(evidence)} title="Open the source at this passage">
        “{evidence.quote}”
      </button>
    </>
  );
}

/** The allegation's statuses, oldest first: the first with the claim's first passage (what alleged it), then each change with the passage that made it. */
export function StatusHistory({ details, onOpen }: { details: EdgeDetails; onOpen(e: EvidenceView): void }) {
  const history = details.statusHistory ?? [];
  if (!details.allegation || history.length === 0) return null;
  const first = history[0];
  return (
    <section className="status-history" aria-label="Status history">
      <h3>Status history</h3>
      <ol>
        <li data-testid="status-history-line">
          <span className={`status status-${first?.from}`}>{first?.from}</span>
          <Passage evidence={details.evidence[0]} onOpen={onOpen} />
        </li>
        {history.map((h, i) => (
          <li key={i} data-testid="status-history-line">
            <span className={`status status-${h.to}`}>{h.to}</span>
            {h.at && <time dateTime={h.at}> ({h.at.slice(0, 10)})</time>}
            <Passage evidence={h.evidence} onOpen={onOpen} />
          </li>
        ))}
      </ol>
    </section>
  );
}
