// The graph service stopped or was restarted (either host): kept for the notice under the
// header. When the graph the user had could not be reopened, the view follows the graph the
// service holds now, so the screen never shows a graph the service no longer has.
import { type RefObject, useEffect, useState } from 'react';
import type { OpenedGraph, ServiceEvent } from '../../../../graph-data/src/contract.js';
import { getApi } from '../../api/client.js';

export function useServiceEvents(onOpened: RefObject<(opened: OpenedGraph, names: string[], cause: 'restart') => void>) {
  const [event, setEvent] = useState<ServiceEvent | null>(null);
  useEffect(
    () =>
      getApi().onServiceEvent?.((next) => {
        setEvent(next);
        if (next.kind === 'restarted' && next.lost && next.opened) onOpened.current(next.opened, [next.opened.info.name], 'restart');
      }),
    [onOpened],
  );
  return { serviceEvent: event, dismissServiceEvent: () => setEvent(null) };
}
