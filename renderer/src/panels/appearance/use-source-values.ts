// The values an appearance source gives the elements of the view: an attribute's values
// (`attributeValues`, so file defaults and built-ins read as everywhere else) or a measure's
// (`measures`, computed and cached by the service). Answers for another graph or another
// view are dropped.
import { useEffect, useState } from 'react';
import type { AttributeElement } from '../../../../graph-data/src/contract.js';
import type { useExplorer } from '../../state/use-explorer.js';
import { parseSource } from '../../state/appearance/settings.js';

type Call = ReturnType<typeof useExplorer>['call'];

/** id → value; null while loading or when the source needs no values. */
export type SourceValues = ReadonlyMap<string, unknown> | null;

export function useSourceValues(call: Call, graph: string | null, element: AttributeElement, source: string, ids: readonly string[] | null): SourceValues {
  const [answer, setAnswer] = useState<{ key: unknown[]; values: ReadonlyMap<string, unknown> } | null>(null);
  const parsed = parseSource(source);
  const wanted = parsed.type === 'measure' || parsed.type === 'attr';
  useEffect(() => {
    if (!wanted || graph === null || ids === null) return;
    let stale = false;
    const key = [graph, element, source, ids];
    const done = (values: ReadonlyMap<string, unknown>) => {
      if (!stale) setAnswer({ key, values });
    };
    if (parsed.type === 'measure') {
      if (element === 'node') {
        void call('measures', { measure: parsed.measure }).then((r) => done(new Map(Object.entries(r?.values ?? {}))));
      }
    } else if (parsed.type === 'attr') {
      void call('attributeValues', { element, key: parsed.key, builtin: parsed.builtin, ids: [...ids] }).then((r) => {
        const values = r?.values ?? [];
        done(new Map(ids.map((id, i) => [id, values[i] ?? null])));
      });
    }
    return () => {
      stale = true;
    };
    // `parsed` follows `source`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [call, graph, element, source, ids, wanted]);
  if (!wanted || !answer) return null;
  const [g, e, s, i] = answer.key;
  return g === graph && e === element && s === source && i === ids ? answer.values : null;
}
