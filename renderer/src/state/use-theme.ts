// Follows the system's light / dark preference, live.
import { useSyncExternalStore } from 'react';
import type { Theme } from '../graph-view/palette.js';

const query = () => window.matchMedia('(prefers-color-scheme: dark)');

export function useSystemTheme(): Theme {
  return useSyncExternalStore(
    (notify) => {
      const mq = query();
      mq.addEventListener('change', notify);
      return () => mq.removeEventListener('change', notify);
    },
    () => (query().matches ? 'dark' : 'light'),
  );
}
