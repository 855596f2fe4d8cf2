// Tells the user the graph service stopped (a crash, out of memory) and what the restart
// brought back: the same graph, or — when it could not be reopened — the built-in dataset.
import type { ServiceEvent } from '../../../../graph-data/src/contract.js';

const quoted = (names: string[]): string => names.map((n) => `“${n}”`).join(' + ');

function describe(event: ServiceEvent): { title: string; detail: string } {
  if (event.kind === 'stopped') {
    const wait = event.restartInMs >= 1000 ? ` in ${Math.round(event.restartInMs / 1000)} s` : '';
    return { title: `The graph service stopped (${event.reason}).`, detail: `Restarting it${wait}…` };
  }
  const title = `The graph service stopped (${event.reason}) and was restarted.`;
  if (event.lost) {
    const now = event.opened ? `${event.opened.info.name} is open instead.` : 'No graph is open.';
    return { title, detail: `${quoted(event.lost.names)} could not be reopened: ${event.lost.message}. ${now}` };
  }
  if (event.reopened) return { title, detail: `${quoted(event.reopened)} was reopened from the file you opened; the graph is as it was.` };
  return { title, detail: `${event.opened?.info.name ?? 'The built-in dataset'} is open, as before.` };
}

export function ServiceNotice({ event, onDismiss }: { event: ServiceEvent; onDismiss(): void }) {
  const { title, detail } = describe(event);
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
