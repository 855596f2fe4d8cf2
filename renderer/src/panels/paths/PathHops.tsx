// One path, hop by hop: "A —relation→ B", the allegation behind the hop when there is one
// (type, status, who claims it), and the first quote, which opens the source at the passage.
import type { EvidenceView, PathResult } from '../../../../graph-data/src/contract.js';
import { RELATION_LABELS } from '../../../../graph-data/src/schema/vocabulary.js';
import { getApi } from '../../api/client.js';
import { allegationTypeLabel } from '../../graph-view/allegation-types.js';

interface Props {
  path: PathResult;
  onSelectNode(id: string): void;
  onOpenEvidence(evidence: EvidenceView): void;
}

/** The hop's first evidence with its source id and offset, which the path result does not carry. */
async function firstEvidence(edgeId: string): Promise<EvidenceView | null> {
  const details = await getApi().edgeDetails({ id: edgeId });
  return details.ok ? (details.value.evidence[0] ?? null) : null;
}

export function PathHops({ path, onSelectNode, onOpenEvidence }: Props) {
  return (
    <ol className="path-hops">
      {path.hops.map((hop) => {
        const relation = RELATION_LABELS[hop.relation];
        return (
          <li key={hop.edgeId} data-testid="path-hop" data-edge={hop.edgeId} data-from={hop.from.id} data-to={hop.to.id}>
            <p className="hop-line">
              <button type="button" className="link" onClick={() => onSelectNode(hop.from.id)}>
                {hop.from.label}
              </button>
              {/* The arrow follows the edge: a hop walked against it reads B ←relation— A. */}
              <span className="relation">{hop.forward ? ` —${relation}→ ` : ` ←${relation}— `}</span>
              <button type="button" className="link" onClick={() => onSelectNode(hop.to.id)}>
                {hop.to.label}
              </button>
            </p>
            {hop.allegation && (
              <p className="hop-allegation" data-testid="path-hop-allegation">
                {allegationTypeLabel(hop.allegation.type)} · <span className={`status status-${hop.allegation.status}`}>{hop.allegation.status}</span> · claimed by{' '}
                <button type="button" className="link" onClick={() => onSelectNode(hop.allegation?.claimant ?? '')}>
                  {hop.allegation.claimantLabel}
                </button>
              </p>
            )}
            {hop.quote ? (
              <>
                <button
                  type="button"
                  className="quote"
                  data-testid="path-hop-quote"
                  title="Open the source at this passage"
                  onClick={() => void firstEvidence(hop.edgeId).then((e) => e && onOpenEvidence(e))}
                >
                  “{hop.quote}”
                </button>
                <span className="quote-source">— {hop.sourceTitle}</span>
              </>
            ) : (
              <p className="hop-unsourced">No quote recorded for this relation.</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
