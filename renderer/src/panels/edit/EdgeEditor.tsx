// Editing a relationship in place (Details → Edit): its relation and its date, as one
// `editEdge` command (one undo).
import { useState } from 'react';
import type { EdgeDetails, EditCommand } from '../../../../graph-data/src/contract.js';
import { DATE_PATTERN, RELATIONS, RELATION_LABELS, type Relation } from '../../../../graph-data/src/schema/vocabulary.js';
import { EditForm, type TryEdit } from './edit-form.js';

interface Props {
  details: EdgeDetails;
  onEdit: TryEdit;
  onClose(): void;
}

export function EdgeEditor({ details, onEdit, onClose }: Props) {
  const [relation, setRelation] = useState<Relation>(details.relation);
  const [date, setDate] = useState(details.date ?? '');
  const dateOk = date.trim() === '' || DATE_PATTERN.test(date.trim());
  const command = (): { command: EditCommand; reason: string } | null => {
    const change: Extract<EditCommand, { type: 'editEdge' }> = {
      type: 'editEdge',
      id: details.id,
      ...(relation !== details.relation && { relation }),
      ...(date.trim() !== (details.date ?? '') && { date: date.trim() === '' ? null : date.trim() }),
    };
    if (Object.keys(change).length === 2) return null;
    return { command: change, reason: `Edited ${details.source.label} —${RELATION_LABELS[relation]}→ ${details.target.label}` };
  };
  return (
    <EditForm testId="edge-editor" label="Edit this relationship" command={command} onEdit={onEdit} onClose={onClose}>
      <div className="case-row">
        <label>
          Relation
          <select data-testid="edit-relation" value={relation} autoFocus onChange={(e) => setRelation(e.target.value as Relation)}>
            {RELATIONS.map((r) => (
              <option key={r} value={r}>
                {RELATION_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Date
          <input data-testid="edit-edge-date" value={date} placeholder="2018-11-21" aria-invalid={!dateOk} onChange={(e) => setDate(e.target.value)} />
        </label>
      </div>
      {!dateOk && <p className="case-error">A date is written 2018, 2018-11, 2018-11-21 or 1930/1939.</p>}
    </EditForm>
  );
}
