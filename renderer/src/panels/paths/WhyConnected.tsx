// "Why are these two connected?": the neighbours they share (each clickable) and the
// relations directly between them, with the quotes behind each.
import { useEffect, useState } from 'react';
import type { EdgeDetails, EvidenceView, NodeRef, WhyConnected as WhyConnectedResult } from '../../../../graph-data/src/contract.js';
import { RELATION_LABELS } from '../../../../graph-data/src/schema/vocabulary.js';
import { getApi } from '../../api/client.js';
import type { Highlight } from '../../graph-view/use-highlight.js';
import { EvidenceList } from '../EvidenceList.js';
import { NodePicker } from './NodePicker.js';
import { allegationTypeLabel } from '../../graph-view/allegation-types.js';

interface Props {
  a: NodeRef;
  b: NodeRef | null;
  onPickB(node: NodeRef): void;
  /** Highlight what links the two, and bring them and their shared neighbours into view. */
  onShow(highlight: Highlight, include: string[]): void;
  onSelectNode(id: string): void;
  onOpenEvidence(evidence: EvidenceView): void;
}

type Loaded = { key: string; why: WhyConnectedResult; direct: EdgeDetails[] } | { key: string; error: string };

export function WhyConnected({ a, b, onPickB, onShow, onSelectNode, onOpenEvidence }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = b ? `${a.id}\u0000${b.id}` : '';
  const current = loaded?.key === key ? loaded : null;

  useEffect(() => {
    if (!b) return;
    let stale = false;
    const api = getApi();
    void (async () => {
      const why = await api.whyConnected({ a: a.id, b: b.id });
      if (!why.ok) {
        if (!stale) setLoaded({ key, error: why.error.message });
        return;
      }
      // The direct relations' quotes: usually a handful of edges, fetched together.
      const details = await Promise.all(why.value.direct.map((e) => api.edgeDetails({ id: e.id })));
      if (stale) return;
      setLoaded({ key, why: why.value, direct: details.flatMap((d) => (d.ok ? [d.value] : [])) });
      const edges = [...why.value.direct, ...why.value.sharedEdges].map((e) => e.id);
      const nodes = [a.id, b.id, ...why.value.shared.map((n) => n.id)];
      onShow({ nodes, edges }, nodes);
    })();
    return () => {
      stale = true;
    };
    // onShow is a fresh closure each render; the query depends on the two ids only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return (
    <section className="why-connected" aria-label="Why connected" data-testid="why-connected">
      <h2>Why connected?</h2>
      <p className="compare-pair">
        <button type="button" className="link" onClick={() => onSelectNode(a.id)}>
          {a.label}
        </button>{' '}
        and {b ? (
          <button type="button" className="link" onClick={() => onSelectNode(b.id)}>
            {b.label}
          </button>
        ) : (
          '…'
        )}
      </p>
      <label className="path-end">
        <span>{b ? 'Compare with another' : 'Compare with'}</span>
        <NodePicker key={a.id} testId="compare-with" label="Compare with" placeholder="Pick a second node (or Shift+click one)" onChoose={(hit) => onPickB(hit)} />
      </label>
      {b && !current && (
        <p className="path-status" role="status">
          <span className="spinner" aria-hidden /> Looking…
        </p>
      )}
      {current && 'error' in current && <p role="alert">{current.error}</p>}
      {current && 'why' in current && (
        <>
          <h3>Directly linked ({current.direct.length})</h3>
          {current.direct.length === 0 && <p className="muted">No relation runs directly between them.</p>}
          <ul className="direct-edges">
            {current.direct.map((edge) => (
              <li key={edge.id} data-testid="compare-direct">
                <p className="hop-line">
                  {edge.source.label} <span className="relation">—{RELATION_LABELS[edge.relation]}→</span> {edge.target.label}
                </p>
                {edge.allegation && (
                  <p className="hop-allegation">
                    {allegationTypeLabel(edge.allegation.type)} · <span className={`status status-${edge.allegation.status}`}>{edge.allegation.status}</span> · claimed by{' '}
                    {edge.allegation.claimant.label}
                  </p>
                )}
                <EvidenceList evidence={edge.evidence} onOpen={onOpenEvidence} />
              </li>
            ))}
          </ul>
          <h3>Shared neighbours ({current.why.shared.length})</h3>
          {current.why.shared.length === 0 && <p className="muted">They share no neighbour.</p>}
          <ul className="shared-neighbours">
            {current.why.shared.map((n) => (
              <li key={n.id}>
                <span className={`kind-dot kind-${n.kind}`} aria-hidden />
                <button type="button" className="link" data-testid="compare-shared" onClick={() => onSelectNode(n.id)}>
                  {n.label}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
