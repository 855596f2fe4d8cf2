// What opening a file said: the error (the old graph stays open) or the importer's
// warnings, collapsible. File contents are always rendered as text.
import type { OpenProblem } from './use-opener.js';

export function ImportError({ error, onDismiss }: { error: OpenProblem; onDismiss(): void }) {
  return (
    <div className="import-error" role="alert" data-testid="import-error">
      <div>
        <strong>Could not open {error.names.length ? error.names.join(' + ') : 'the file'}.</strong> The graph on screen is unchanged.
        <div className="import-detail">{error.message}</div>
        {error.retry && (
          <button type="button" className="import-retry" data-testid="import-retry-higher-limit" onClick={error.retry}>
            Open anyway with a higher limit
          </button>
        )}
      </div>
      <button type="button" onClick={onDismiss} aria-label="Dismiss">
        ✕
      </button>
    </div>
  );
}

export function ImportWarnings({ warnings, onDismiss }: { warnings: OpenProblem[]; onDismiss(): void }) {
  const names = warnings[0]?.names.join(' + ') ?? 'the file';
  return (
    <div className="import-warnings-bar">
      <details className="import-warnings" data-testid="import-warnings">
        <summary>
          Opened {names} with {warnings.length} {warnings.length === 1 ? 'warning' : 'warnings'}
        </summary>
        <ul>
          {warnings.map((w, i) => (
            <li key={i}>{w.message}</li>
          ))}
        </ul>
      </details>
      <button type="button" onClick={onDismiss} aria-label="Dismiss warnings">
        ✕
      </button>
    </div>
  );
}
