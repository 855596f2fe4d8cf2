// Progress of a long open: bytes read, then the importer's phases (parse, build), with Cancel.
import type { TaskProgress } from '../../../../graph-data/src/contract.js';

// Phases as data: `load` is the renderer reading the file, the rest come from the importer.
const PHASES: Readonly<Record<string, { label: string; unit: 'bytes' | 'elements' }>> = {
  load: { label: 'Loading the file', unit: 'bytes' },
  decompress: { label: 'Decompressing', unit: 'bytes' },
  read: { label: 'Reading', unit: 'bytes' },
  build: { label: 'Building the graph', unit: 'elements' },
  done: { label: 'Preparing the view', unit: 'elements' },
};

function amount(progress: TaskProgress): string {
  const unit = PHASES[progress.phase]?.unit ?? 'elements';
  const fmt = (n: number) => (unit === 'bytes' ? `${(n / 1024 ** 2).toFixed(1)} MB` : n.toLocaleString());
  return progress.total > 0 ? `${fmt(progress.done)} of ${fmt(progress.total)}` : `${fmt(progress.done)} ${unit === 'bytes' ? '' : 'elements'}`.trim();
}

export function OpenProgress({ names, progress, onCancel }: { names: string[]; progress: TaskProgress | null; onCancel(): void }) {
  const fraction = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : null;
  return (
    <div className="open-progress" data-testid="open-progress" role="status" aria-live="polite">
      <div className="open-progress-text">
        <strong>Opening {names.length ? names.join(' + ') : 'file'}…</strong>
        <span className="muted">{progress ? `${PHASES[progress.phase]?.label ?? progress.phase}: ${amount(progress)}` : 'Starting'}</span>
      </div>
      <progress max={1} value={fraction ?? undefined} aria-label="Progress" />
      <button type="button" data-testid="open-cancel" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
