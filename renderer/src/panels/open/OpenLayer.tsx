// Everything opening a file shows outside the header: the error or warnings under it,
// the progress bar, the CSV mapping step and the "Drop to open" overlay.
import { CsvMappingDialog } from './CsvMappingDialog.js';
import { ImportError, ImportWarnings } from './ImportMessages.js';
import { OpenProgress } from './OpenProgress.js';
import { ServiceNotice } from './ServiceNotice.js';
import { useFileDrop } from './use-file-drop.js';
import type { Opener } from './use-opener.js';

export function OpenLayer({ opener }: { opener: Opener }) {
  const { phase, error, warnings, serviceEvent, actions } = opener;
  const dragging = useFileDrop(actions.openDropped);
  return (
    <>
      {serviceEvent && <ServiceNotice event={serviceEvent} onDismiss={actions.dismissServiceEvent} />}
      {error && <ImportError error={error} onDismiss={actions.dismissError} />}
      {warnings && <ImportWarnings warnings={warnings} onDismiss={actions.dismissWarnings} />}
      {/* A native dialog run has no names until main has read the files: no progress while the dialog is up. */}
      {phase.kind === 'busy' && phase.visible && (phase.names.length > 0 || phase.progress) && (
        <OpenProgress names={phase.names} progress={phase.progress} onCancel={actions.cancel} />
      )}
      {phase.kind === 'mapping' && (
        <CsvMappingDialog names={phase.names} inspection={phase.inspection} initial={phase.initial} onSubmit={phase.submit} onCancel={phase.cancel} />
      )}
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay" aria-hidden>
          <div>Drop to open</div>
          <div className="muted">One graph file, or a CSV nodes table and an edges table</div>
        </div>
      )}
    </>
  );
}
