// "Cite…": the selected passage becomes a claim (subject, relation, object, and optionally an
// allegation with its type and status, the subject making it), or evidence for the node or edge
// selected in the window. Actors that are not in the graph yet are created with the claim.
import { useRef, useState } from 'react';
import type { Citation, EditCommand, SearchHit } from '../../../../graph-data/src/contract.js';
import { ALLEGATION_STATUSES, ALLEGATION_TYPE_LABELS, ALLEGATION_TYPES, NODE_KINDS, NODE_KIND_LABELS, RELATIONS, RELATION_LABELS, type AllegationStatus, type NodeKind, type Relation } from '../../../../graph-data/src/schema/vocabulary.js';
import { NodePicker } from '../paths/NodePicker.js';
import { StatusChange } from '../edit/StatusChange.js';
import { AllegationTypeForm } from '../edit/AllegationTypeForm.js';
import { useCustomAllegationTypes } from '../../graph-view/allegation-types.js';

type Side = { mode: 'existing'; hit: SearchHit | null } | { mode: 'new'; kind: NodeKind; label: string; aliases: string };

interface Props {
  passage: Citation;
  /** The node or edge selected in the window, which the passage can be attached to. */
  selected: { type: 'node' | 'edge'; id: string; label: string } | null;
  onSubmit(command: EditCommand, reason: string): Promise<boolean>;
  /** Adds an allegation type to the case; its id, or null when refused. */
  onAddType?(label: string, color: string): Promise<string | null>;
  onCancel(): void;
}

function SidePicker({ name, side, onChange }: { name: 'subject' | 'object'; side: Side; onChange(side: Side): void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <fieldset className={`cite-side cite-${name}-field`}>
      <legend>{name === 'subject' ? 'Who (subject)' : 'Whom / what (object)'}</legend>
      {side.mode === 'existing' ? (
        <>
          <NodePicker ref={input} testId={`cite-${name}`} resultTestId="search-result" placeholder="Find in the graph…" label={`Claim ${name}`} onChoose={(hit) => onChange({ mode: 'existing', hit })} initialText={side.hit?.label ?? ''} />
          <button type="button" data-testid="cite-new-node" onClick={() => onChange({ mode: 'new', kind: 'person', label: input.current?.value.trim() ?? '', aliases: '' })}>
            New…
          </button>
        </>
      ) : (
        <div className="cite-new">
          <select data-testid={`cite-${name}-kind`} aria-label="Kind" value={side.kind} onChange={(e) => onChange({ ...side, kind: e.target.value as NodeKind })}>
            {NODE_KINDS.map((k) => (
              <option key={k} value={k}>
                {NODE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
          <input data-testid={`cite-${name}-name`} aria-label="Name" placeholder="Name" value={side.label} onChange={(e) => onChange({ ...side, label: e.target.value })} />
          <input data-testid={`cite-${name}-aliases`} aria-label="Aliases, separated by commas" placeholder="Aliases, comma-separated" value={side.aliases} onChange={(e) => onChange({ ...side, aliases: e.target.value })} />
          <button type="button" onClick={() => onChange({ mode: 'existing', hit: null })} title="Pick a node of the graph instead">
            ✕
          </button>
        </div>
      )}
    </fieldset>
  );
}

const ready = (side: Side) => (side.mode === 'existing' ? side.hit !== null : side.label.trim() !== '');

export function CiteForm({ passage, selected, onSubmit, onAddType, onCancel }: Props) {
  const [subject, setSubject] = useState<Side>({ mode: 'existing', hit: null });
  const [object, setObject] = useState<Side>({ mode: 'existing', hit: null });
  const [relation, setRelation] = useState<Relation>('accuses');
  const [type, setType] = useState('');
  const [addingType, setAddingType] = useState(false);
  const customTypes = useCustomAllegationTypes();
  const [status, setStatus] = useState<AllegationStatus>('alleged');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const newNodes: { kind: NodeKind; label: string; aliases?: string[] }[] = [];
    const ref = (side: Side): string | { new: number } => {
      if (side.mode === 'existing') return (side.hit as SearchHit).id;
      const aliases = side.aliases.split(',').map((a) => a.trim()).filter(Boolean);
      newNodes.push({ kind: side.kind, label: side.label.trim(), ...(aliases.length && { aliases }) });
      return { new: newNodes.length - 1 };
    };
    const s = ref(subject);
    const o = ref(object);
    const command: EditCommand = {
      type: 'addClaim',
      subject: s,
      relation,
      object: o,
      citation: passage,
      ...(type && { allegation: { type, status, claimant: s } }),
      ...(newNodes.length && { newNodes }),
    };
    setBusy(true);
    const done = await onSubmit(command, `Added a claim: ${RELATION_LABELS[relation]}`);
    setBusy(false);
    if (done) onCancel();
  };

  return (
    <form
      className="cite-form"
      data-testid="cite-form"
      aria-label="Cite this passage"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready(subject) && ready(object) && !busy) void submit();
      }}
    >
      <blockquote className="cite-quote">“{passage.quote}”</blockquote>
      {selected?.type === 'edge' && <StatusChange edge={selected.id} passage={passage} onSubmit={(command, reason) => onSubmit(command, reason).then((done) => (done && onCancel(), done))} />}
      {selected && (
        <button
          type="button"
          data-testid="cite-attach"
          onClick={() => void onSubmit({ type: 'attachEvidence', element: selected.type, id: selected.id, citation: passage }, `Cited a passage for ${selected.label}`).then((done) => done && onCancel())}
        >
          Attach as evidence to {selected.label}
        </button>
      )}
      <SidePicker name="subject" side={subject} onChange={setSubject} />
      <label>
        Relation
        <select data-testid="cite-relation" value={relation} onChange={(e) => setRelation(e.target.value as Relation)}>
          {RELATIONS.map((r) => (
            <option key={r} value={r}>
              {RELATION_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      <SidePicker name="object" side={object} onChange={setObject} />
      <div className="case-row">
        <label>
          Allegation
          <select data-testid="cite-allegation-type" value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">None (a plain relation)</option>
            {ALLEGATION_TYPES.map((t) => (
              <option key={t} value={t}>
                {ALLEGATION_TYPE_LABELS[t]}
              </option>
            ))}
            {customTypes.length > 0 && (
              <optgroup label="This case's types">
                {customTypes.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.label}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        {onAddType && !addingType && (
          <button type="button" className="cite-new-type" data-testid="cite-new-type" onClick={() => setAddingType(true)} title="Add an allegation type to this case">
            New type…
          </button>
        )}
        <label>
          Status
          <select data-testid="cite-status" value={status} disabled={!type} onChange={(e) => setStatus(e.target.value as AllegationStatus)}>
            {ALLEGATION_STATUSES.map((st) => (
              <option key={st} value={st}>
                {st}
              </option>
            ))}
          </select>
        </label>
      </div>
      {addingType && onAddType && (
        <AllegationTypeForm
          onCancel={() => setAddingType(false)}
          onAdd={async (label, color) => {
            const id = await onAddType(label, color);
            if (id) setType(id);
            return id !== null;
          }}
        />
      )}
      <footer>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" data-testid="cite-submit" disabled={!ready(subject) || !ready(object) || busy}>
          Add claim
        </button>
      </footer>
    </form>
  );
}
