// What the service notice says for each ServiceEvent: what stopped, why, and what came back.
import type { ServiceEvent } from '../../../../graph-data/src/contract.js';

const quoted = (names: string[]): string => names.map((n) => `“${n}”`).join(' + ');

export function describeServiceEvent(event: ServiceEvent): { title: string; detail: string } {
  if (event.kind === 'stopped') {
    const wait = event.restartInMs >= 1000 ? ` in ${Math.round(event.restartInMs / 1000)} s` : '';
    return { title: `The graph service stopped (${event.reason}).`, detail: `Restarting it${wait}…` };
  }
  const title = `The graph service stopped (${event.reason}) and was restarted.`;
  if (event.lost) {
    const now = event.opened ? `${event.opened.info.name} is open instead.` : 'No graph is open.';
    return { title, detail: `${quoted(event.lost.names)} could not be reopened: ${event.lost.message}. ${now}` };
  }
  if (event.reopened) {
    const many = event.reopened.length > 1;
    return { title, detail: `${quoted(event.reopened)} ${many ? 'were' : 'was'} reopened from the ${many ? 'files' : 'file'} you opened; the graph is as it was.` };
  }
  return { title, detail: `${event.opened?.info.name ?? 'The built-in dataset'} is open, as before.` };
}
