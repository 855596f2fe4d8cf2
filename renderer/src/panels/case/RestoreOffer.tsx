// Unsaved edits found at start-up (a crash, or a tab closed without saving): offered back.
import type { CaseApi } from './use-case.js';

export function RestoreOffer({ api }: { api: CaseApi }) {
  if (!api.restore) return null;
  const count = api.restore.lines.length;
  return (
    <div className="restore-offer" role="alert" data-testid="restore-offer">
      Unsaved work on “{api.restore.meta.name}” was found ({count} {count === 1 ? 'change' : 'changes'}).
      <button type="button" data-testid="restore-accept" onClick={() => void api.acceptRestore()}>
        Restore it
      </button>
      <button type="button" data-testid="restore-decline" onClick={api.declineRestore}>
        Discard
      </button>
    </div>
  );
}
