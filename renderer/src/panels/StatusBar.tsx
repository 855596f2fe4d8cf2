// The status bar: which graph is open, how much of it is on screen, and the last action.
import type { DatasetInfo } from '../../../graph-data/src/contract.js';
import { type ViewState, visibleCounts } from '../state/view-history.js';

export function StatusBar({ info, view }: { info: DatasetInfo | null; view: ViewState | null }) {
  const counts = view ? visibleCounts(view) : null;
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span>{info ? `${info.name} — ${info.nodeCount} nodes, ${info.edgeCount} edges` : 'Loading the graph…'}</span>
      {counts && (
        <span>
          Showing {counts.nodes} nodes, {counts.edges} edges{view?.truncated ? ' (limited: expand or search for more)' : ''}
        </span>
      )}
      {view && <span className="reason">{view.reason}</span>}
    </footer>
  );
}
