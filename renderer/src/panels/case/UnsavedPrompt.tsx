// Browser host: before another graph replaces a case with unsaved edits (New case, Open…, a drop,
// Interpol 2018), ask Save / Don't Save / Cancel, as Electron's main process does with its native
// box. Save downloads the case and goes on once it is saved; Cancel (or Escape) keeps everything.
import { useCallback, useRef, useState } from 'react';
import { useDialog } from '../use-dialog.js';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

interface PromptProps {
  name: string;
  /** What would replace the case ("a new case", "another graph"). */
  action: string;
  onChoose(choice: UnsavedChoice): void;
}

export function UnsavedPrompt({ name, action, onChoose }: PromptProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const { onBackdropMouseDown } = useDialog(dialog, () => onChoose('cancel'));
  return (
    <div className="source-backdrop" onMouseDown={onBackdropMouseDown}>
      <div ref={dialog} className="case-dialog unsaved-prompt" role="alertdialog" aria-modal="true" aria-labelledby="unsaved-title" aria-describedby="unsaved-detail" data-testid="unsaved-dialog">
        <h2 id="unsaved-title">Save the changes to “{name}” before opening {action}?</h2>
        <p id="unsaved-detail">Your changes will be lost if you don’t save them.</p>
        <footer>
          <button type="button" className="primary" data-testid="unsaved-save" onClick={() => onChoose('save')}>
            Save
          </button>
          <button type="button" data-testid="unsaved-discard" onClick={() => onChoose('discard')}>
            Don’t Save
          </button>
          <button type="button" data-testid="unsaved-cancel" onClick={() => onChoose('cancel')}>
            Cancel
          </button>
        </footer>
      </div>
    </div>
  );
}

export interface UnsavedGuardOptions {
  /** Whether the open case has edits no file holds, read when asked (not when rendered). */
  unsaved(): { unsaved: boolean; name: string };
  /** Saves the case; true once it is saved. */
  save(): Promise<boolean>;
}

/**
 * `confirm(action)` resolves true when the open case may be replaced: nothing unsaved, the user
 * saved it, or chose Don't Save. `prompt` is the dialog to render while asking. `letGo()` says,
 * once, whether the last answer was Don't Save: the graph that replaced those edits is open, so
 * their journal goes too (as in Electron), and is not offered back at the next start.
 */
export function useUnsavedGuard({ unsaved, save }: UnsavedGuardOptions) {
  const [asking, setAsking] = useState<{ name: string; action: string; resolve(choice: UnsavedChoice): void } | null>(null);
  const discarded = useRef(false);
  const confirm = useCallback(
    async (action: string): Promise<boolean> => {
      discarded.current = false;
      const now = unsaved();
      if (!now.unsaved) return true;
      const choice = await new Promise<UnsavedChoice>((resolve) => setAsking({ name: now.name, action, resolve }));
      setAsking(null);
      if (choice === 'cancel') return false;
      discarded.current = choice === 'discard';
      return choice === 'discard' || (await save());
    },
    [save, unsaved],
  );
  const letGo = useCallback(() => {
    const was = discarded.current;
    discarded.current = false;
    return was;
  }, []);
  const prompt = asking && <UnsavedPrompt name={asking.name} action={asking.action} onChoose={asking.resolve} />;
  return { confirm, prompt, letGo };
}
