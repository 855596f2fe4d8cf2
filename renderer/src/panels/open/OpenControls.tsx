// The header's open controls: New case, Open… (Ctrl+O; native dialog in Electron, a hidden file
// input in the browser), the built-in Interpol 2018 dataset, and the recent files.
import { useState } from 'react';
import type { Opener } from './use-opener.js';
import { RecentFiles } from './RecentFiles.js';
import './open.css';

// What the file input offers; the session also detects formats from the content.
const ACCEPT = '.redthread,.json,.gexf,.graphml,.xml,.csv,.tsv,.txt,.ftm,.ijson';

export function OpenControls({ opener }: { opener: Opener }) {
  const [showRecent, setShowRecent] = useState(false);
  const { setInput, actions, phase, native, hostRecent, browserRecent } = opener;
  const busy = phase.kind === 'busy';
  return (
    <div className="open-controls" role="group" aria-label="Open a graph">
      <button type="button" data-testid="new-case" onClick={() => void actions.newCase()} disabled={busy} title="New case: start an empty case and build it from your sources">
        New
      </button>
      <button type="button" data-testid="open-button" onClick={actions.chooseFiles} disabled={busy} title="Open a graph file (Ctrl+O)">
        Open…
      </button>
      <input
        ref={setInput}
        type="file"
        multiple
        hidden
        accept={ACCEPT}
        data-testid="open-file-input"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          // Cleared so choosing the same file again still fires a change.
          e.currentTarget.value = '';
          void actions.openFiles(files);
        }}
      />
      <button type="button" data-testid="open-default" onClick={() => void actions.openDefault()} disabled={busy} title="Open the built-in Interpol 2018 dataset">
        Interpol 2018
      </button>
      <div className="recent-anchor">
        <button
          type="button"
          data-testid="recent-toggle"
          aria-expanded={showRecent}
          onClick={() => setShowRecent((v) => !v)}
          title="Recently opened files"
        >
          Recent ▾
        </button>
        {showRecent && <RecentFiles native={native} hostRecent={hostRecent} browserRecent={browserRecent} onOpenRecent={actions.openRecent} onClose={() => setShowRecent(false)} />}
      </div>
    </div>
  );
}
