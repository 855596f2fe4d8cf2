// The status bar's account of a graph too large to draw: what the overview or the
// expanded community shows, and what is left out. Its data-* attributes are for tests.
import type { ViewState } from '../../state/view-history.js';
import { groupName, type OverviewState } from './use-overview.js';
import { formatCount } from '../../state/plural.js';

const fmt = formatCount;

export function OverviewStatus({ state, view, onShow }: { state: OverviewState; view: ViewState | null; onShow(): void }) {
  if (state.status === 'off') return null;
  if (state.status === 'loading') return <span data-testid="overview-status" data-mode="loading">Overview: finding communities…</span>;
  const { overview } = state;
  if (state.shown) {
    const smaller = overview.communityCount - overview.groups.length;
    return (
      <span
        data-testid="overview-status"
        data-mode="overview"
        data-groups={overview.groups.length}
        data-communities={overview.communityCount}
        data-nodes={overview.nodeCount}
        data-grouped-nodes={overview.shownNodes}
        data-undrawn-edges={overview.edgeCount}
      >
        Overview: {fmt(overview.groups.length)} communities of {fmt(overview.nodeCount)} nodes
        {smaller > 0 ? ` (${fmt(overview.nodeCount - overview.shownNodes)} nodes in ${fmt(smaller)} smaller ones not shown)` : ''} — {fmt(overview.edgeCount)} edges not drawn
      </span>
    );
  }
  const drawn = view?.nodes.length ?? 0;
  const expanded = state.expanded;
  return (
    <span data-testid="overview-status" data-mode="canvas" data-nodes={overview.nodeCount} data-drawn-nodes={drawn} data-undrawn-nodes={overview.nodeCount - drawn}>
      {expanded && view?.reason.startsWith('Expanded') ? `${groupName(expanded.group)}: ${fmt(drawn)} of ${fmt(expanded.group.size)} members shown` : `${fmt(drawn)} nodes shown`}; {fmt(overview.nodeCount - drawn)} of {fmt(overview.nodeCount)} not drawn{' '}
      <button type="button" className="overview-back" data-testid="overview-show" onClick={onShow}>
        Overview
      </button>
    </span>
  );
}
