// In the cite form, when the selected relationship is an allegation: the passage can confirm,
// deny or otherwise change its status. The change cites the passage (kept in the edge's
// evidence and in its status history, with the status it had before).
import { useEffect, useState } from 'react';
import type { Citation, EditCommand } from '../../../../graph-data/src/contract.js';
import { ALLEGATION_STATUSES, type AllegationStatus } from '../../../../graph-data/src/schema/vocabulary.js';
import { getApi } from '../../api/client.js';

interface Props {
  edge: string;
  passage: Citation;
  onSubmit(command: EditCommand, reason: string): Promise<boolean>;
}

export function StatusChange({ edge, passage, onSubmit }: Props) {
  const [current, setCurrent] = useState<AllegationStatus | null>(null);
  const [next, setNext] = useState<AllegationStatus>('confirmed');
  useEffect(() => {
    let stale = false;
    void getApi()
      .edgeDetails({ id: edge })
      .then((r) => {
        if (stale || !r.ok || !r.value.allegation) return;
        const status = r.value.allegation.status;
        setCurrent(status);
        setNext(status === 'confirmed' ? 'denied' : 'confirmed');
      });
    return () => {
      stale = true;
    };
  }, [edge]);
  if (!current) return null;
  return (
    <div className="status-change" data-testid="status-change">
      <label>
        This passage changes the allegation from <strong className={`status status-${current}`}>{current}</strong> to
        <select data-testid="cite-new-status" value={next} onChange={(e) => setNext(e.target.value as AllegationStatus)}>
          {ALLEGATION_STATUSES.filter((s) => s !== current).map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="cite-set-status" onClick={() => void onSubmit({ type: 'setStatus', id: edge, status: next, citation: passage }, `Status ${current} → ${next}`)}>
        Change status
      </button>
    </div>
  );
}
