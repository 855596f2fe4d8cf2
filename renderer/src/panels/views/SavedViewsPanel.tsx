// Saved views: save the current view under a name, re-open, export as JSON, import from a
// JSON file (validated; a bad file changes nothing), delete.
import { useRef, useState } from 'react';
import type { DatasetInfo } from '../../../../graph-data/src/contract.js';
import { getApi } from '../../api/client.js';
import { savedViewFileName, savedViewJson, type SavedView } from '../../state/saved-views/schema.js';
import { openGraphFirst } from '../../state/saved-views/snapshot.js';
import type { SavedViewsState } from '../../state/saved-views/use-saved-views.js';
import { steady } from '../steady.js';

interface Props {
  saved: SavedViewsState;
  info: DatasetInfo | null;
  /** The current view as a saved view under `name`, or null when there is no view yet. */
  snapshot(name: string): SavedView | null;
  /** Applies a view; resolves to a message when it cannot be applied. */
  onOpen(view: SavedView): Promise<string | null>;
}

async function download(view: SavedView): Promise<void> {
  const text = savedViewJson(view);
  const host = getApi();
  // The desktop app saves through its native dialog; the browser downloads.
  if (host.saveFile) {
    const bytes = new TextEncoder().encode(text);
    const saved = await host.saveFile({ defaultName: savedViewFileName(view), filters: [{ name: 'Redthread view', extensions: ['json'] }], bytes });
    if (!saved.ok) throw new Error(saved.error.message);
    return;
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = savedViewFileName(view);
  a.click();
  // The click has handed the blob to the download; the URL can go on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function SavedViewsPanelView({ saved, info, snapshot, onOpen }: Props) {
  const [name, setName] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const taken = saved.views.some((v) => v.name === name.trim());

  const save = async () => {
    const view = snapshot(name);
    if (!view || name.trim() === '') return;
    if (await saved.save(view)) {
      setNotice(`Saved “${view.name}”.`);
      setName('');
    }
  };

  return (
    <section className="saved-views" aria-label="Saved views">
      <h2>Saved views</h2>
      <form
        className="view-save"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <input data-testid="view-name" aria-label="Name of the view" placeholder="Name this view…" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
        <button type="submit" data-testid="view-save" disabled={name.trim() === ''}>
          {taken ? 'Replace' : 'Save'}
        </button>
      </form>
      <p className="muted small">Keeps the elements, positions, filters, pins, selection, layout and measure styling.</p>
      {saved.error && (
        <p className="view-error" role="alert" data-testid="view-error">
          {saved.error}
          <button type="button" className="link" onClick={() => saved.setError(null)} aria-label="Dismiss">
            ✕
          </button>
        </p>
      )}
      {notice && !saved.error && (
        <p className="view-notice" role="status" data-testid="view-notice">
          {notice}
        </p>
      )}
      {saved.views.length === 0 ? (
        <p className="muted">No saved views yet.</p>
      ) : (
        <ul className="view-list">
          {openGraphFirst(saved.views, info).map((view) => {
            const foreign = info !== null && view.dataset.id !== info.id;
            return (
              <li key={view.name} data-testid="saved-view" data-name={view.name} data-foreign={foreign ? 'true' : undefined}>
                <div className="view-meta">
                  <strong>{view.name}</strong>
                  <span className="muted small">
                    {view.nodes.length} nodes · {new Date(view.savedAt).toLocaleString()}
                    {foreign && ` · for “${view.dataset.name}”`}
                  </span>
                </div>
                <div className="view-actions">
                  <button
                    type="button"
                    data-testid="saved-view-open"
                    title={foreign ? `Saved for another dataset (${view.dataset.name})` : 'Open this view'}
                    onClick={() => {
                      setNotice(null);
                      void onOpen(view).then((problem) => (problem ? saved.setError(problem) : setNotice(`Opened “${view.name}”.`)));
                    }}
                  >
                    Open
                  </button>
                  <button type="button" data-testid="saved-view-export" onClick={() => void download(view).catch((e: unknown) => saved.setError(`Could not export “${view.name}”: ${e instanceof Error ? e.message : String(e)}`))} title="Download as JSON">
                    Export
                  </button>
                  <button type="button" data-testid="saved-view-delete" onClick={() => void saved.remove(view.name)} aria-label={`Delete ${view.name}`}>
                    Delete
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {saved.skipped > 0 && <p className="muted small">{saved.skipped} stored view(s) could not be read and are not listed.</p>}
      <div className="view-import">
        <button type="button" data-testid="view-import" onClick={() => fileInput.current?.click()}>
          Import a view…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="view-import-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            setNotice(null);
            void file.text().then(async (text) => {
              const imported = await saved.importText(text, file.name);
              if (imported) setNotice(`Imported “${imported.name}”.`);
            });
          }}
        />
      </div>
    </section>
  );
}

/** Rendered again only when its data changes (steady.tsx). */
export const SavedViewsPanel = steady(SavedViewsPanelView);
