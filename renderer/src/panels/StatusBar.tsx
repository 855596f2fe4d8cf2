// The status bar: which graph is open, how much of it is on screen, and the last action.
import type { ReactNode } from 'react';
import type { DatasetInfo } from '../../../graph-data/src/contract.js';
import { plural } from '../state/plural.js';
import { type ViewState, visibleCounts, type VisibleSets } from '../state/view-history.js';

/** `visible`: what the active filter leaves (null: no filter), so the counts match the canvas. */
/** `overview`: what a graph too large to draw shows instead (panels/overview/OverviewStatus). */
export function StatusBar({ info, view, visible = null, overview }: { info: DatasetInfo | null; view: ViewState | null; visible?: VisibleSets | null; overview?: ReactNode }) {
  const counts = view ? visibleCounts(view, visible) : null;
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span
        data-testid="graph-status"
        data-name={info?.name}
        data-format={info?.format}
        data-nodes={info?.nodeCount}
        data-edges={info?.edgeCount}
      >
        {info ? `${info.name} — ${plural(info.nodeCount, 'node')}, ${plural(info.edgeCount, 'edge')}` : 'Loading the graph…'}
      </span>
      {overview}
      {counts && (
        <span>
          Showing {plural(counts.nodes, 'node')}, {plural(counts.edges, 'edge')}{view?.truncated ? ' (limited: expand or search for more)' : ''}
        </span>
      )}
      {view && <span className="reason">{view.reason}</span>}
    </footer>
  );
}
