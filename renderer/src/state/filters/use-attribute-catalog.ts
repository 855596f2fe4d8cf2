// The open graph's attribute catalogue (every attribute of its nodes and edges, typed, with
// counts), asked of the service once per graph: the Filters panel offers filters from it.
import { useEffect, useState } from 'react';
import type { AttributeCatalog } from '../../../../graph-data/src/contract.js';
import type { useExplorer } from '../use-explorer.js';

type Call = ReturnType<typeof useExplorer>['call'];

export function useAttributeCatalog(call: Call, dataset: string | null): AttributeCatalog | null {
  const [catalog, setCatalog] = useState<AttributeCatalog | null>(null);
  useEffect(() => {
    if (!dataset) return;
    let stale = false;
    void call('attributes', {}).then((value) => {
      if (!stale && value) setCatalog(value);
    });
    return () => {
      stale = true;
    };
  }, [call, dataset]);
  // A catalogue of another graph is never shown for this one.
  return catalog && catalog.graph === dataset ? catalog : null;
}
