// Editing a node in place (Details → Edit): name, kind, aliases (added with Enter, removed with
// their ×), date, description and the file's other attributes, saved as one `editNode` command
// holding only what changed, so one undo puts it all back.
import { useState } from 'react';
import type { EditCommand, NodeDetails } from '../../../../graph-data/src/contract.js';
import { DATE_PATTERN, NODE_KINDS, NODE_KIND_LABELS, type NodeKind } from '../../../../graph-data/src/schema/vocabulary.js';
import { EditForm, type TryEdit } from './edit-form.js';

type Scalar = string | number | boolean;
interface Row {
  key: string;
  value: string;
  /** The value as it was (null: added in this form). */
  was: Scalar | null;
}

/** The text as the value's type: a number stays a number, true/false a boolean, when they were. */
function typed(text: string, was: Scalar | null): Scalar {
  if (typeof was === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  if (typeof was === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

interface Props {
  details: NodeDetails;
  onEdit: TryEdit;
  onClose(): void;
}

export function NodeEditor({ details, onEdit, onClose }: Props) {
  const [label, setLabel] = useState(details.label);
  const [kind, setKind] = useState<NodeKind>(details.kind);
  const [aliases, setAliases] = useState(details.aliases);
  const [alias, setAlias] = useState('');
  const [date, setDate] = useState(details.date ?? '');
  const [description, setDescription] = useState(details.description);
  const [rows, setRows] = useState<Row[]>(() =>
    details.attributes.filter((a) => !a.builtin && a.value !== null && !Array.isArray(a.value)).map((a) => ({ key: a.key, value: String(a.value), was: a.value as Scalar })),
  );
  const [removed, setRemoved] = useState<string[]>([]);
  const [newKey, setNewKey] = useState('');
  const [newValue, setNewValue] = useState('');
  const dateOk = date.trim() === '' || DATE_PATTERN.test(date.trim());

  const addAlias = () => {
    const a = alias.trim();
    if (a && a !== label.trim() && !aliases.includes(a)) setAliases([...aliases, a]);
    setAlias('');
  };

  const command = (): { command: EditCommand; reason: string } | null => {
    const attributes: Record<string, Scalar | null> = {};
    for (const key of removed) attributes[key] = null;
    for (const row of rows) {
      const value = typed(row.value, row.was);
      if (row.was === null || value !== row.was) attributes[row.key] = value;
    }
    if (newKey.trim()) attributes[newKey.trim()] = newValue;
    const name = label.trim();
    const change: Extract<EditCommand, { type: 'editNode' }> = {
      type: 'editNode',
      id: details.id,
      ...(name !== details.label && { label: name }),
      ...(kind !== details.kind && { kind }),
      ...(!sameList(aliases, details.aliases) && { aliases }),
      ...(date.trim() !== (details.date ?? '') && { date: date.trim() === '' ? null : date.trim() }),
      ...(description !== details.description && { description: description.trim() === '' ? null : description }),
      ...(Object.keys(attributes).length > 0 && { attributes }),
    };
    if (Object.keys(change).length === 2) return null;
    return { command: change, reason: name !== details.label ? `Renamed ${details.label} to ${name}` : `Edited ${name}` };
  };

  return (
    <EditForm testId="node-editor" label={`Edit ${details.label}`} command={command} onEdit={onEdit} onClose={onClose}>
      <label>
        Name
        <input data-testid="edit-label" value={label} required autoFocus onChange={(e) => setLabel(e.target.value)} />
      </label>
      <div className="case-row">
        <label>
          Kind
          <select data-testid="edit-kind" value={kind} onChange={(e) => setKind(e.target.value as NodeKind)}>
            {NODE_KINDS.map((k) => (
              <option key={k} value={k}>
                {NODE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Date
          <input data-testid="edit-date" value={date} placeholder="e.g. 2018-11-21" aria-invalid={!dateOk} onChange={(e) => setDate(e.target.value)} />
        </label>
      </div>
      {!dateOk && <p className="case-error">A date is written 2018, 2018-11, 2018-11-21 or 1930/1939.</p>}
      <fieldset className="edit-aliases">
        <legend>Also known as</legend>
        <ul>
          {aliases.map((a) => (
            <li key={a} data-testid="edit-alias">
              {a}
              <button type="button" className="chip-remove" data-testid="alias-remove" aria-label={`Remove the alias ${a}`} onClick={() => setAliases(aliases.filter((x) => x !== a))}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          data-testid="alias-add"
          aria-label="Add an alias"
          placeholder="Add an alias, then Enter"
          value={alias}
          onChange={(e) => setAlias(e.target.value)}
          onKeyDown={(e) => {
            // Enter with a name typed adds it; on an empty field Enter saves the form.
            if (e.key === 'Enter' && alias.trim()) {
              e.preventDefault();
              addAlias();
            }
          }}
          onBlur={addAlias}
        />
      </fieldset>
      <label>
        Description
        <textarea data-testid="edit-description" value={description} rows={3} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <fieldset className="edit-attributes">
        <legend>Other attributes</legend>
        {rows.map((row, i) => (
          <div key={row.key} className="edit-attribute">
            <span className="attr-key">{row.key}</span>
            <input data-testid="edit-attribute" aria-label={row.key} value={row.value} onChange={(e) => setRows(rows.map((r, j) => (j === i ? { ...r, value: e.target.value } : r)))} />
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove the attribute ${row.key}`}
              onClick={() => {
                setRows(rows.filter((_r, j) => j !== i));
                if (row.was !== null) setRemoved([...removed, row.key]);
              }}
            >
              ×
            </button>
          </div>
        ))}
        <div className="edit-attribute">
          <input data-testid="edit-attribute-key" aria-label="New attribute name" placeholder="name" value={newKey} onChange={(e) => setNewKey(e.target.value)} />
          <input data-testid="edit-attribute-value" aria-label="New attribute value" placeholder="value" value={newValue} onChange={(e) => setNewValue(e.target.value)} />
        </div>
      </fieldset>
    </EditForm>
  );
}
