// What every inline edit form in the Details panel shares: Enter saves (Ctrl+Enter in a text
// area), Escape cancels without touching anything, a refusal from the service shows under the
// form, and the form stays open until the edit went through. Closing it leaves keyboard focus in
// the panel around it (FocusHome), not on the page.
import { createContext, type ReactNode, useContext, useState } from 'react';
import type { EditCommand } from '../../../../graph-data/src/contract.js';
import type { EditAttempt } from '../case/use-case.js';

export type TryEdit = (command: EditCommand, reason: string) => Promise<EditAttempt>;

/** Moves keyboard focus to the panel that holds the form, before the form goes. */
export const FocusHome = createContext<(() => void) | null>(null);

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
  const goHome = useContext(FocusHome);
  const close = () => {
    goHome?.();
    onClose();
  };
  const save = async () => {
    if (busy) return;
    const next = command();
    if (!next) return close();
    // Focus leaves now, while the window is styled: the answer removes the form, and removing the
    // focused field within React's commit made Chrome restyle the window there and then (1.5 to
    // 5 ms of an edit at 10k nodes, issue #13), then left focus on the page.
    const field = document.activeElement;
    goHome?.();
    setBusy(true);
    const result = await onEdit(next.command, next.reason);
    setBusy(false);
    if (result.ok) return onClose();
    setError(result.error.message);
    if (field instanceof HTMLElement && field.isConnected) field.focus();
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
          close();
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
        <button type="button" data-testid="edit-cancel" onClick={close}>
          Cancel
        </button>
        <button type="submit" data-testid="edit-save" disabled={busy}>
          Save
        </button>
      </footer>
    </form>
  );
}
