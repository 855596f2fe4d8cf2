// Zoom in, zoom out and fit, floating in the canvas's corner as in Gephi Lite and most graph
// tools: they act on the canvas, and the header keeps its width for the app's own commands.
interface Props {
  onZoom(factor: number): void;
  onFit(): void;
}

export function ZoomControls({ onZoom, onFit }: Props) {
  return (
    <div className="zoom-controls" role="toolbar" aria-label="Zoom" aria-orientation="vertical">
      <button type="button" onClick={() => onZoom(1.25)} title="Zoom in (+)" aria-label="Zoom in">
        +
      </button>
      <button type="button" onClick={() => onZoom(0.8)} title="Zoom out (−)" aria-label="Zoom out">
        −
      </button>
      <button type="button" onClick={onFit} title="Fit to screen (F)" aria-label="Fit to screen">
        ⤢
      </button>
    </div>
  );
}
