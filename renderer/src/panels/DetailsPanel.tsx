// Details of the selected node or edge: what it is, its file attributes, roles, neighbours by relation,
// the evidence behind it, and the traversal actions (expand, focus, hide, remove).
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { EdgeDetails, EvidenceView, NodeDetails } from '../../../graph-data/src/contract.js';
import {
  NODE_KIND_LABELS,
  RELATION_LABELS,
} from '../../../graph-data/src/schema/vocabulary.js';
import { getApi } from '../api/client.js';
import type { Selection } from '../graph-view/GraphCanvas.js';
import { AttributeList } from './details/AttributeList.js';
import { EvidenceList } from './EvidenceList.js';
import { NodeActions, type NodeActionHandlers } from './NodeActions.js';
import { FocusHome, type TryEdit } from './edit/edit-form.js';
import { EdgeEditTools, StatusHistory } from './edit/EdgeEditTools.js';
import { NodeEditTools } from './edit/NodeEditTools.js';
import './edit/edit.css';
import { allegationTypeLabel } from '../graph-view/allegation-types.js';

interface Props extends NodeActionHandlers {
  selection: Selection;
  onSelect(selection: Selection): void;
  onOpenEvidence(evidence: EvidenceView): void;
  /** Grows with every edit of the case: the details are fetched again. */
  revision?: number;
  /** Case tools for a node (merge, duplicates), rendered under its actions. */
  caseTools?(node: { id: string; label: string }): ReactNode;
  /** Editing and deleting what is selected; absent: read-only. */
  editing?: { onEdit: TryEdit; onDeleted(): void };
}

type Loaded = { type: 'node'; details: NodeDetails } | { type: 'edge'; details: EdgeDetails } | null;

export function DetailsPanel({ selection, onSelect, onOpenEvidence, revision = 0, caseTools, editing, ...actions }: Props) {
  const [fetched, setFetched] = useState<Loaded>(null);
  // An inline form that closes hands keyboard focus to the panel (edit-form.tsx).
  const panel = useRef<HTMLElement>(null);
  const focusPanel = useCallback(() => panel.current?.focus({ preventScroll: true }), []);
  // Details of an earlier selection are never shown for the current one.
  const loaded = selection && fetched?.details.id === selection.id ? fetched : null;
  useEffect(() => {
    let stale = false;
    if (!selection) return;
    const api = getApi();
    const request =
      selection.type === 'node'
        ? api.nodeDetails({ id: selection.id }).then((r) => (r.ok ? ({ type: 'node', details: r.value } as const) : null))
        : api.edgeDetails({ id: selection.id }).then((r) => (r.ok ? ({ type: 'edge', details: r.value } as const) : null));
    void request.then((value) => {
      if (!stale) setFetched(value);
    });
    return () => {
      stale = true;
    };
  }, [selection, revision]);

  if (!loaded) {
    return (
      <aside className="details-panel empty" data-testid="details-panel">
        <p>Select a node or an edge to see what the sources say about it.</p>
        <p className="hint">Double-click a node to expand it. Keys: / search · E expand · 1–3 focus · H hide · Del remove · Alt+←/→ history · F fit</p>
      </aside>
    );
  }
  const selectNode = (id: string) => onSelect({ type: 'node', id });

  if (loaded.type === 'edge') {
    const d = loaded.details;
    return (
      <aside className="details-panel" data-testid="details-panel" aria-label="Details" ref={panel} tabIndex={-1}>
        <p className="kind-badge">Relationship</p>
        <h2 className="edge-title">
          <button type="button" className="link" onClick={() => selectNode(d.source.id)}>{d.source.label}</button>
          <span className="relation"> —{RELATION_LABELS[d.relation]}{d.undirected ? '—' : '→'} </span>
          <button type="button" className="link" onClick={() => selectNode(d.target.id)}>{d.target.label}</button>
        </h2>
        {d.allegation && (
          <dl className="allegation">
            <dt>Allegation</dt>
            <dd>{allegationTypeLabel(d.allegation.type)}</dd>
            <dt>Status</dt>
            <dd className={`status status-${d.allegation.status}`}>{d.allegation.status}</dd>
            <dt>Claimed by</dt>
            <dd>
              <button type="button" className="link" onClick={() => selectNode(d.allegation?.claimant.id ?? '')}>
                {d.allegation.claimant.label}
              </button>
            </dd>
          </dl>
        )}
        {d.date && <p className="date">Date: {d.date}</p>}
        {editing && (
          <FocusHome value={focusPanel}>
            <EdgeEditTools key={`${d.id}-${revision}`} details={d} onEdit={editing.onEdit} onDeleted={editing.onDeleted} />
          </FocusHome>
        )}
        <StatusHistory details={d} onOpen={onOpenEvidence} />
        <AttributeList key={d.id} attributes={d.attributes} />
        <EvidenceList evidence={d.evidence} onOpen={onOpenEvidence} />
      </aside>
    );
  }

  const d = loaded.details;
  return (
    <aside className="details-panel" data-testid="details-panel" aria-label="Details" ref={panel} tabIndex={-1}>
      <p className={`kind-badge kind-${d.kind}`}>{NODE_KIND_LABELS[d.kind]}</p>
      <h2>{d.label}</h2>
      {d.aliases.length > 0 && <p className="aliases">Also: {d.aliases.join(' · ')}</p>}
      <p className="description">{d.description}</p>
      {d.date && <p className="date">Date: {d.date}</p>}
      <NodeActions id={d.id} label={d.label} {...actions} />
      {editing && (
        <FocusHome value={focusPanel}>
          <NodeEditTools key={`${d.id}-${revision}`} details={d} onEdit={editing.onEdit} onDeleted={editing.onDeleted} />
        </FocusHome>
      )}
      {caseTools?.({ id: d.id, label: d.label })}
      <AttributeList key={d.id} attributes={d.attributes} />
      {d.roles.length > 0 && (
        <section>
          <h3>Roles</h3>
          <ul className="roles">
            {d.roles.map((role, i) => (
              <li key={i}>
                {role.title}
                {role.organisation && (
                  <>
                    {', '}
                    <button type="button" className="link" onClick={() => selectNode(role.organisation?.id ?? '')}>
                      {role.organisation.label}
                    </button>
                  </>
                )}
                {(role.start || role.end) && <span className="role-dates"> ({role.start ?? '…'}–{role.end ?? (role.current ? 'present' : '…')})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>Connections ({d.degree})</h3>
        {d.neighbours.map((group) => (
          <div key={`${group.direction}-${group.relation}`} className="neighbour-group">
            <h4>{group.direction === 'out' ? `${RELATION_LABELS[group.relation]} →` : group.direction === 'in' ? `← ${RELATION_LABELS[group.relation]}` : `— ${RELATION_LABELS[group.relation]} —`}</h4>
            <ul>
              {group.items.map((item) => (
                <li key={item.edgeId}>
                  <span className={`kind-dot kind-${item.kind}`} aria-hidden />
                  <button type="button" className="link" onClick={() => selectNode(item.id)}>{item.label}</button>
                  <button type="button" className="edge-link" title="Show this relationship" onClick={() => onSelect({ type: 'edge', id: item.edgeId })}>
                    why?
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <EvidenceList evidence={d.evidence} onOpen={onOpenEvidence} />
    </aside>
  );
}
