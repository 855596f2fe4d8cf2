// The quotes behind a fact; each opens the source with the passage highlighted.
import type { EvidenceView } from '../../../graph-data/src/contract.js';

interface Props {
  evidence: EvidenceView[];
  onOpen(evidence: EvidenceView): void;
}

export function EvidenceList({ evidence, onOpen }: Props) {
  return (
    <section className="evidence">
      <h3>Says who? ({evidence.length})</h3>
      <ul>
        {evidence.map((e, i) => (
          <li key={`${e.source}-${i}`}>
            <button type="button" className="quote" data-testid="evidence-quote" onClick={() => onOpen(e)} title="Open the source at this passage">
              “{e.quote}”
            </button>
            <span className="quote-source">— {e.sourceTitle}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
