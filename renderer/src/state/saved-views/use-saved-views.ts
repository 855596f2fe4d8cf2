// The saved-view list and its operations over the host's store (Electron's file or
// localStorage), with one message line for what went wrong.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { getApi } from '../../api/client.js';
import { parseSavedViewJson, type SavedView } from './schema.js';
import { pickViewStore } from './store.js';

export interface SavedViewsState {
  views: SavedView[];
  /** Stored documents that failed validation and are not listed. */
  skipped: number;
  error: string | null;
  save(view: SavedView): Promise<boolean>;
  remove(name: string): Promise<void>;
  /** Validates a file's text and stores it (renamed when the name is taken); changes nothing when invalid. */
  importText(text: string, fileName: string): Promise<SavedView | null>;
  setError(message: string | null): void;
}

export function useSavedViews(): SavedViewsState {
  const store = useMemo(() => pickViewStore(getApi(), window.localStorage), []);
  const [listed, setListed] = useState<{ views: SavedView[]; skipped: number }>({ views: [], skipped: 0 });
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(
    () =>
      store.list().then(setListed, (e: unknown) => {
        setError(`Could not read the saved views: ${e instanceof Error ? e.message : String(e)}`);
      }),
    [store],
  );

  useEffect(() => {
    let stale = false;
    void store.list().then(
      (listed) => !stale && setListed(listed),
      (e: unknown) => !stale && setError(`Could not read the saved views: ${e instanceof Error ? e.message : String(e)}`),
    );
    return () => {
      stale = true;
    };
  }, [store]);

  // One object while the list and its message stay: the saved-views panel is rendered only when they change.
  return useMemo(() => {
    const save = async (view: SavedView) => {
      try {
        await store.save(view);
        setError(null);
        await refresh();
        return true;
      } catch (e) {
        setError(`Could not save “${view.name}”: ${e instanceof Error ? e.message : String(e)}`);
        return false;
      }
    };

    return {
      ...listed,
      error,
      setError,
      save,
      async remove(name) {
        try {
          await store.remove(name);
          await refresh();
        } catch (e) {
          setError(`Could not delete “${name}”: ${e instanceof Error ? e.message : String(e)}`);
        }
      },
      async importText(text, fileName) {
        const parsed = parseSavedViewJson(text);
        if (!parsed.ok) {
          setError(`${fileName} is not a usable saved view: ${parsed.error}. Nothing was imported.`);
          return null;
        }
        const taken = new Set(listed.views.map((v) => v.name));
        let name = parsed.value.name;
        for (let n = 2; taken.has(name); n++) name = `${parsed.value.name} (${n})`;
        const view = { ...parsed.value, name };
        return (await save(view)) ? view : null;
      },
    };
  }, [listed, error, refresh, store]);
}
