// The overview of a graph too large to draw (issue #11): whether it is on screen, the
// communities the service found, and bringing one community's members into the canvas.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DatasetInfo, GraphView, Overview, OverviewGroup } from '../../../../graph-data/src/contract.js';
import type { useExplorer } from '../../state/use-explorer.js';
import { formatCount } from '../../state/plural.js';

export type OverviewState =
  | { status: 'off' }
  | { status: 'loading'; graph: string }
  | { status: 'ready'; overview: Overview; shown: boolean; expanded: { group: OverviewGroup; view: GraphView } | null };

type Explorer = ReturnType<typeof useExplorer>;

/** The name a community goes by: its best-connected member's. */
export const groupName = (group: OverviewGroup): string => `${group.leader.label}’s circle`;

export function useOverview(explorer: Explorer) {
  const { call, actions } = explorer;
  const [state, setState] = useState<OverviewState>({ status: 'off' });

  /** A graph too large to draw opened: clear the canvas and compute its overview. */
  const enter = useCallback(
    async (info: DatasetInfo) => {
      actions.clear();
      setState({ status: 'loading', graph: info.graph });
      const overview = await call('overview', {});
      // Another graph may have opened meanwhile: its answer wins.
      setState((s) => (overview && s.status === 'loading' && s.graph === overview.graph ? { status: 'ready', overview, shown: true, expanded: null } : s));
    },
    [actions, call],
  );

  // Stable identities: App hides the overview from an effect that must run only when the view changes.
  const leave = useCallback(() => setState({ status: 'off' }), []);
  const show = useCallback(() => setState((s) => (s.status === 'ready' ? { ...s, shown: true } : s)), []);
  // Called after every new view (each edit makes one): a state update, even one that changes
  // nothing, has React render the whole window again to find that out, so none is made unless shown.
  const shown = useRef(false);
  useEffect(() => {
    shown.current = state.status === 'ready' && state.shown;
  }, [state]);
  const hide = useCallback(() => {
    if (shown.current) setState((s) => (s.status === 'ready' && s.shown ? { ...s, shown: false } : s));
  }, []);

  return useMemo(
    () => ({
      state,
      enter,
      /** Back to the graph's ordinary opening (a graph small enough to draw). */
      leave,
      /** Shows the overview again over the canvas. */
      show,
      /** The canvas now shows something the user brought in (a search hit, a path): the overview steps aside. */
      hide,
      /** Replaces the canvas with the community's best-connected members. */
      async expand(group: OverviewGroup) {
        const view = await call('overviewMembers', { group: group.id });
        if (!view) return;
        actions.replace(view, `Expanded ${groupName(group)} (${formatCount(view.nodes.length)} of ${formatCount(group.size)} members)`);
        setState((s) => (s.status === 'ready' ? { ...s, shown: false, expanded: { group, view } } : s));
      },
    }),
    [state, enter, leave, show, hide, call, actions],
  );
}

export type OverviewController = ReturnType<typeof useOverview>;
