// The toolbar: history, layout switch, zoom and fit, reset.
import { LAYOUT_LABELS, LAYOUT_NAMES, type LayoutName } from '../graph-view/layouts.js';

interface Props {
  canGoBack: boolean;
  canGoForward: boolean;
  layout: LayoutName;
  hiddenCount: number;
  onBack(): void;
  onForward(): void;
  onLayout(layout: LayoutName): void;
  onRelayout(): void;
  onFit(): void;
  onZoom(factor: number): void;
  onReset(): void;
  onShowHidden(): void;
}

export function Toolbar(p: Props) {
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
      <button type="button" onClick={() => p.onZoom(1.25)} title="Zoom in (+)" aria-label="Zoom in">
        +
      </button>
      <button type="button" onClick={() => p.onZoom(0.8)} title="Zoom out (−)" aria-label="Zoom out">
        −
      </button>
      <button type="button" onClick={p.onFit} title="Fit to screen (F)" aria-label="Fit to screen">
        ⤢
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
