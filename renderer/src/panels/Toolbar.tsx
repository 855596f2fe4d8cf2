// The toolbar: history, layout switch, reset. Zoom and fit float on the canvas (ZoomControls.tsx).
import { LAYOUT_LABELS, LAYOUT_NAMES, type LayoutName } from '../graph-view/layouts.js';
import { steady } from './steady.js';

interface Props {
  canGoBack: boolean;
  canGoForward: boolean;
  layout: LayoutName;
  hiddenCount: number;
  onBack(): void;
  onForward(): void;
  onLayout(layout: LayoutName): void;
  onRelayout(): void;
  onReset(): void;
  onShowHidden(): void;
}

function ToolbarPanel(p: Props) {
  return (
    <div className="toolbar" role="toolbar" aria-label="View">
      <button type="button" data-testid="history-back" disabled={!p.canGoBack} onClick={p.onBack} title="Back (Alt+←)" aria-label="Back">
        ←
      </button>
      <button type="button" data-testid="history-forward" disabled={!p.canGoForward} onClick={p.onForward} title="Forward (Alt+→)" aria-label="Forward">
        →
      </button>
      <label className="layout-switch">
        <select data-testid="layout-select" aria-label="Layout" title="Layout" value={p.layout} onChange={(e) => p.onLayout(e.target.value as LayoutName)}>
          {LAYOUT_NAMES.map((name) => (
            <option key={name} value={name}>
              {LAYOUT_LABELS[name]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={p.onRelayout} title="Run the layout again (L)" aria-label="Run the layout again">
        ⟳
      </button>
      <button type="button" data-testid="view-reset" onClick={p.onReset} title="Back to the whole dataset">
        Reset
      </button>
      {p.hiddenCount > 0 && (
        <button type="button" data-testid="show-hidden" onClick={p.onShowHidden}>
          Show {p.hiddenCount} hidden
        </button>
      )}
    </div>
  );
}

/** Rendered again only when its data changes (steady.tsx). */
export const Toolbar = steady(ToolbarPanel);
