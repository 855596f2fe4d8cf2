// The case buttons of the header: add a source, undo, redo, save the case — or, on the
// read-only shipped case, "Read-only — Save a copy".
import type { CaseApi } from './use-case.js';
import './case.css';

interface Props {
  api: CaseApi;
  onAddSource(): void;
}

// New case sits with the open controls (OpenControls), and in Electron's File menu.
export function CaseControls({ api, onAddSource }: Props) {
  const { status } = api;
  const readOnly = status?.readOnly === true;
  const saveKey = api.native && navigator.platform.startsWith('Mac') ? '⌘S' : 'Ctrl+S';
  return (
    <div className="toolbar case-controls" role="toolbar" aria-label="Case">
      {readOnly ? (
        // Nothing on the shipped case can change, so its editing buttons give way to the one way to edit it.
        <button
          type="button"
          className="read-only"
          data-testid="save-copy"
          onClick={() => void api.saveCopy()}
          title={`${status?.name ?? 'This case'} is the shipped case and stays as published: make an editable copy of it (then save it where you like)`}
        >
          <span data-testid="read-only">Read-only</span> — Save a copy
        </button>
      ) : (
        <>
          <button type="button" data-testid="add-source" onClick={onAddSource} title="Add a source: paste an article's text">
            + Source
          </button>
          <button type="button" data-testid="undo-button" disabled={!status?.canUndo} onClick={() => void api.undo()} title={`Undo ${status?.undoLabel ?? ''} (Ctrl+Z)`} aria-label="Undo">
            ↶
          </button>
          <button type="button" data-testid="redo-button" disabled={!status?.canRedo} onClick={() => void api.redo()} title={`Redo ${status?.redoLabel ?? ''} (Ctrl+Shift+Z)`} aria-label="Redo">
            ↷
          </button>
          <button type="button" data-testid="save-case" data-unsaved={status?.unsaved ? 'true' : 'false'} onClick={() => void api.save()} title={`Save the case as a .redthread file (${saveKey})`}>
            Save{status?.unsaved ? ' •' : ''}
          </button>
        </>
      )}
    </div>
  );
}
