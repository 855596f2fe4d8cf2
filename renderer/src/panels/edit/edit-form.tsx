// What every inline edit form in the Details panel shares: Enter saves (Ctrl+Enter in a text
// area), Escape cancels without touching anything, a refusal from the service shows under the
// form, and the form stays open until the edit went through.
import { type ReactNode, useState } from 'react';
import type { EditCommand } from '../../../../graph-data/src/contract.js';
import type { EditAttempt } from '../case/use-case.js';

export type TryEdit = (command: EditCommand, reason: string) => Promise<EditAttempt>;

interface Props {
  testId: string;
  label: string;
  /** The command for what changed, or null when nothing did (the form just closes). */
  command(): { command: EditCommand; reason: string } | null;
  onEdit: TryEdit;
  onClose(): void;
  children: ReactNode;
}

export function EditForm({ testId, label, command, onEdit, onClose, children }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (busy) return;
    const next = command();
    if (!next) return onClose();
    setBusy(true);
    const result = await onEdit(next.command, next.reason);
    setBusy(false);
    if (result.ok) onClose();
    else setError(result.error.message);
  };
  return (
    <form
      className="edit-form"
      data-testid={testId}
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && e.target instanceof HTMLTextAreaElement) {
          e.preventDefault();
          void save();
        }
      }}
    >
      {children}
      {error && (
        <p className="case-error" role="alert" data-testid="edit-error">
          {error}
        </p>
      )}
      <footer>
        <span className="hint">Enter saves · Esc cancels</span>
        <button type="button" data-testid="edit-cancel" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" data-testid="edit-save" disabled={busy}>
          Save
        </button>
      </footer>
    </form>
  );
}
