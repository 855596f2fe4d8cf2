// Deleting a source from its viewer. The service refuses while claims cite it and says how
// many; the refusal is shown here with the choice to delete the source together with the
// claims that rest only on it (quotes from it leave every other element's evidence).
import { useState } from 'react';
import type { SourceDocument } from '../../../../graph-data/src/contract.js';
import { getApi } from '../../api/client.js';
import type { TryEdit } from './edit-form.js';

interface Props {
  source: SourceDocument;
  onEdit: TryEdit;
  onDeleted(): void;
}

export function SourceDelete({ source, onEdit, onDeleted }: Props) {
  const [refusal, setRefusal] = useState<{ message: string; claims: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const attempt = async (cascade: boolean) => {
    setError(null);
    const result = await onEdit({ type: 'deleteSource', id: source.id, ...(cascade && { cascade: true }) }, `Deleted the source ${source.title}`);
    if (result.ok) return onDeleted();
    if (result.error.code !== 'source_cited') return setError(result.error.message);
    const preview = await getApi().deletePreview({ source: source.id });
    setRefusal({ message: result.error.message, claims: preview.ok ? preview.value.edges.length : 0 });
  };

  return (
    <div className="source-delete">
      {!refusal && (
        <button type="button" data-testid="delete-source" className="danger" onClick={() => void attempt(false)} title="Delete this source (refused while claims cite it)">
          Delete source
        </button>
      )}
      {refusal && (
        <div className="delete-preview" role="alert" data-testid="delete-source-refusal">
          <p>Not deleted: {refusal.message.replace(/^service\/[a-z-]+: /, '')}.</p>
          <footer>
            <button type="button" onClick={() => setRefusal(null)}>
              Keep it
            </button>
            <button type="button" data-testid="delete-source-cascade" className="danger" onClick={() => void attempt(true)}>
              {refusal.claims === 0 ? 'Delete it and its quotes (no claim rests on it alone)' : `Delete it and the ${refusal.claims === 1 ? '1 claim' : `${refusal.claims.toLocaleString()} claims`} resting only on it`}
            </button>
          </footer>
        </div>
      )}
      {error && (
        <p className="case-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
