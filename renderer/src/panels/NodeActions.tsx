// Actions on one node: expand, focus on its ego network, hide, remove, pin, compare.
import { useState } from 'react';

export interface NodeActionHandlers {
  onExpand(id: string, label: string): void;
  onFocus(id: string, label: string, depth: 1 | 2 | 3): void;
  onHide(id: string, label: string): void;
  onRemove(id: string, label: string): void;
  /** Pinned nodes are never hidden by a filter. */
  onPin?(id: string, label: string, pinned: boolean): void;
  isPinned?(id: string): boolean;
  /** Opens "why connected" with this node and one to pick. */
  onCompare?(id: string, label: string): void;
}

export function NodeActions({ id, label, onExpand, onFocus, onHide, onRemove, onPin, isPinned, onCompare }: NodeActionHandlers & { id: string; label: string }) {
  const [depth, setDepth] = useState<1 | 2 | 3>(1);
  const pinned = isPinned?.(id) ?? false;
  return (
    <div className="node-actions" role="group" aria-label="Actions">
      <button type="button" data-testid="action-expand" onClick={() => onExpand(id, label)} title="Add its neighbours to the view (E)">
        Expand
      </button>
      <span className="focus-group">
        <button type="button" data-testid="action-focus" onClick={() => onFocus(id, label, depth)} title="Show only its ego network (1–3)">
          Focus
        </button>
        <label>
          depth
          <input
            type="range"
            min={1}
            max={3}
            step={1}
            value={depth}
            data-testid="focus-depth"
            onChange={(e) => setDepth(Number(e.target.value) as 1 | 2 | 3)}
          />
          <output>{depth}</output>
        </label>
      </span>
      <button type="button" data-testid="action-hide" onClick={() => onHide(id, label)} title="Hide from the view (H)">
        Hide
      </button>
      <button type="button" data-testid="action-remove" onClick={() => onRemove(id, label)} title="Remove from the view (Delete)">
        Remove
      </button>
      {onPin && (
        <button type="button" data-testid="action-pin" aria-pressed={pinned} onClick={() => onPin(id, label, !pinned)} title="A pinned node stays visible whatever the filters">
          {pinned ? 'Unpin' : 'Pin'}
        </button>
      )}
      {onCompare && (
        <button type="button" data-testid="action-compare" onClick={() => onCompare(id, label)} title="Why is it connected to another node? (C; with two nodes selected, C compares them)">
          Compare with…
        </button>
      )}
    </div>
  );
}
