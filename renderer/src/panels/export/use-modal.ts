// Modal behaviour for the Export dialog: focus moves into the dialog when it opens and
// back to whatever opened it when it closes; Tab stays inside; Escape and a click on
// the backdrop close it (unless closing is refused, e.g. while an export runs).
import { type MouseEvent, type RefObject, useEffect, useRef } from 'react';

const FOCUSABLE = 'button:not([disabled]), select:not([disabled]), input:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export function useModal(dialog: RefObject<HTMLElement | null>, onClose: () => void, canClose: boolean): { onBackdropMouseDown(e: MouseEvent): void } {
  const latest = useRef({ onClose, canClose });
  useEffect(() => {
    latest.current = { onClose, canClose };
  });

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = dialog.current;
    root?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    const onKey = (e: KeyboardEvent) => {
      const box = dialog.current;
      if (!box) return;
      if (e.key === 'Escape') {
        // The app's own Escape (clear the selection) must not also fire under a modal.
        e.stopPropagation();
        e.preventDefault();
        if (latest.current.canClose) latest.current.onClose();
      } else if (e.key === 'Tab') {
        const items = [...box.querySelectorAll<HTMLElement>(FOCUSABLE)];
        const first = items[0];
        const last = items.at(-1);
        if (!first || !last) return;
        const inside = box.contains(document.activeElement);
        if (e.shiftKey && (document.activeElement === first || !inside)) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && (document.activeElement === last || !inside)) {
          e.preventDefault();
          first.focus();
        }
      }
    };
    // Capture on the document: runs before the window-level shortcuts.
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      if (opener?.isConnected) opener.focus();
    };
  }, [dialog]);

  return {
    onBackdropMouseDown(e) {
      if (e.target !== e.currentTarget || !latest.current.canClose) return;
      // Keep the mouse-down from moving the focus to the page, so it goes back to the opener.
      e.preventDefault();
      latest.current.onClose();
    },
  };
}
