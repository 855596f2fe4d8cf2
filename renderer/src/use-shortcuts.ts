// Keyboard shortcuts, registered as data: key test → command.
import { useEffect, useRef } from 'react';

export interface Shortcut {
  test(e: KeyboardEvent): boolean;
  run(): void;
  /** Also fire while typing in a field (history keys do, letters do not). */
  inFields?: boolean;
}

const isField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

export function useShortcuts(shortcuts: Shortcut[]): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = isField(e.target);
      const hit = latest.current.find((s) => (!typing || s.inFields) && s.test(e));
      if (!hit) return;
      e.preventDefault();
      hit.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export const key = (k: string, mods: { alt?: boolean; ctrl?: boolean } = {}) => (e: KeyboardEvent) =>
  e.key === k && e.altKey === Boolean(mods.alt) && (e.ctrlKey || e.metaKey) === Boolean(mods.ctrl);
