// Recently opened files: re-openable entries in Electron (main keeps the paths); in the
// browser the names and dates only, as a hint, since a page must be given the file again.
import { useEffect, useRef } from 'react';
import type { RecentFile } from '../../../../graph-data/src/contract.js';
import type { BrowserRecent } from './recent-store.js';
import { plural } from '../../state/plural.js';

interface Props {
  native: boolean;
  hostRecent: RecentFile[];
  browserRecent: BrowserRecent[];
  onOpenRecent(entry: RecentFile): void;
  onClose(): void;
}

const when = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

export function RecentFiles({ native, hostRecent, browserRecent, onOpenRecent, onClose }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onDown = (e: MouseEvent) => {
      if (!panel.current?.parentElement?.contains(e.target as Node)) onClose();
    };
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('mousedown', onDown);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('mousedown', onDown);
      window.removeEventListener('keydown', onKey);
    };
  }, [onClose]);

  if (native) {
    return (
      <div ref={panel} className="recent-panel" data-testid="recent-files">
        {hostRecent.length === 0 && <p className="muted">No recent files yet.</p>}
        <ul>
          {hostRecent.map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                className="recent-entry"
                onClick={() => {
                  onClose();
                  onOpenRecent(entry);
                }}
              >
                <span className="recent-name">{entry.names.join(' + ')}</span>
                <span className="muted">{when(entry.openedAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div ref={panel} className="recent-panel" data-testid="recent-files">
      {browserRecent.length === 0 ? (
        <p className="muted">No recent files yet.</p>
      ) : (
        <p className="muted">A browser cannot reopen a file by itself: choose it again with Open.</p>
      )}
      <ul>
        {browserRecent.map((entry) => (
          <li key={`${entry.names.join('\n')}-${entry.openedAt}`} className="recent-hint">
            <span className="recent-name">{entry.names.join(' + ')}</span>
            <span className="muted">
              {plural(entry.nodes, 'node')}, {plural(entry.edges, 'edge')} · {when(entry.openedAt)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
