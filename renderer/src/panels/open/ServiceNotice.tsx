// Tells the user the graph service stopped (a crash, out of memory) and what the restart
// brought back: the same graph, or — when it could not be reopened — the built-in dataset.
import type { ServiceEvent } from '../../../../graph-data/src/contract.js';
import { describeServiceEvent } from './service-notice-text.js';

export function ServiceNotice({ event, onDismiss }: { event: ServiceEvent; onDismiss(): void }) {
  const { title, detail } = describeServiceEvent(event);
  return (
    <div className="service-notice" role="alert" data-testid="service-notice" data-state={event.kind} data-lost={event.kind === 'restarted' && event.lost ? 'true' : 'false'}>
      <div>
        <strong>{title}</strong> {detail}
      </div>
      <button type="button" onClick={onDismiss} aria-label="Dismiss">
        ✕
      </button>
    </div>
  );
}
