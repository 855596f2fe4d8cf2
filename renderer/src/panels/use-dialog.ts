// What every modal dialog of the window does (the Export dialog has its own): focus moves
// into it when it opens and back to what opened it when it closes; Escape closes it wherever
// the focus is, without reaching the window's shortcuts; a press outside it closes it.
import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react';

const FOCUSABLE = 'select, input:not([type="hidden"]), textarea, button:not(:disabled), [href], [tabindex]:not([tabindex="-1"])';

export function useDialog(dialog: RefObject<HTMLElement | null>, onClose: () => void): { onBackdropMouseDown(e: { target: EventTarget; currentTarget: EventTarget }): void } {
  const close = useRef(onClose);
  useLayoutEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    const root = dialog.current;
    if (root && !root.contains(document.activeElement)) (root.querySelector<HTMLElement>(FOCUSABLE) ?? root).focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // Capture phase on the document: the window's shortcuts (Escape clears the selection) never see it.
      e.stopPropagation();
      e.preventDefault();
      close.current();
    };
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      if (opener?.isConnected) opener.focus();
    };
    // Once per opening: the dialog element and its opener do not change while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return {
    onBackdropMouseDown: (e) => {
      if (e.target === e.currentTarget) close.current();
    },
  };
}
