// The case buttons of the header: add a source, undo, redo, save the case.
import type { CaseApi } from './use-case.js';
import './case.css';

interface Props {
  api: CaseApi;
  onAddSource(): void;
}

export function CaseControls({ api, onAddSource }: Props) {
  const { status } = api;
  return (
    <div className="toolbar case-controls" role="toolbar" aria-label="Case">
      <button type="button" data-testid="add-source" onClick={onAddSource} title="Add a source: paste an article's text">
        + Source
      </button>
      <button type="button" data-testid="undo-button" disabled={!status?.canUndo} onClick={() => void api.undo()} title={`Undo ${status?.undoLabel ?? ''} (Ctrl+Z)`} aria-label="Undo">
        ↶
      </button>
      <button type="button" data-testid="redo-button" disabled={!status?.canRedo} onClick={() => void api.redo()} title={`Redo ${status?.redoLabel ?? ''} (Ctrl+Shift+Z)`} aria-label="Redo">
        ↷
      </button>
      <button type="button" data-testid="save-case" data-unsaved={status?.unsaved ? 'true' : 'false'} onClick={() => void api.save()} title="Save the case as a .redthread file (Ctrl+S)">
        Save{status?.unsaved ? ' •' : ''}
      </button>
    </div>
  );
}
