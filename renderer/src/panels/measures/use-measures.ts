// Fetches what the measures panel shows and the canvas draws: the chosen measure (computed
// and cached by the service, in its worker) and the Louvain communities when asked for.
import { useEffect, useMemo, useState } from 'react';
import { getApi } from '../../api/client.js';
import type { Communities, MeasureName, MeasureResult } from '../../../../graph-data/src/contract.js';
import type { MeasureStyle } from '../../graph-view/use-measure-style.js';
import type { useExplorer } from '../../state/use-explorer.js';
import type { StyleChoices } from './choices.js';
import { sizeWeights } from './scale.js';

type Call = ReturnType<typeof useExplorer>['call'];

export interface MeasuresState {
  result: MeasureResult | null;
  communities: Communities | null;
  /** What is still being computed (the panel shows a spinner for it). */
  loading: { measure: MeasureName | null; communities: boolean };
  /** What the canvas draws from it. */
  canvasStyle: MeasureStyle;
  /** Percent done of a long betweenness run, when the service reports it. */
  progress: number | null;
  /** Asks for exact betweenness where the default was a sampled estimate. */
  computeExact(): void;
}

/** `dataset` changes when another graph is opened: answers for the old one are dropped. */
export function useMeasures(call: Call, style: StyleChoices, dataset: string | null, nodeCount = 0): MeasuresState {
  const [measure, setMeasure] = useState<{ key: string; value: MeasureResult | null } | null>(null);
  const [communities, setCommunities] = useState<{ key: string; value: Communities | null } | null>(null);
  const [exactFor, setExactFor] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ key: string; percent: number } | null>(null);
  const exact = exactFor === dataset && style.measure === 'betweenness';
  const measureKey = `${dataset ?? ''}:${style.measure}:${exact ? 'exact' : ''}`;
  const communityKey = `${dataset ?? ''}:communities`;

  useEffect(() => {
    if (style.measure === 'none' || dataset === null) return;
    let stale = false;
    const name = style.measure;
    const key = `${dataset}:${name}:${exact ? 'exact' : ''}`;
    // Exact betweenness on a large graph takes seconds in the worker: show how far it is.
    const unsubscribe = getApi().onProgress((event) => {
      if (event.task === 'measure' && !stale) setProgress({ key, percent: event.total ? Math.round((100 * event.done) / event.total) : 0 });
    });
    void call('measures', exact ? { measure: name, sample: Math.max(1, nodeCount) } : { measure: name }).then((value) => {
      if (!stale) setMeasure({ key, value });
    });
    return () => {
      stale = true;
      unsubscribe();
    };
  }, [call, style.measure, dataset, exact, nodeCount]);

  useEffect(() => {
    if (!style.communities || dataset === null) return;
    let stale = false;
    void call('communities', {}).then((value) => {
      if (!stale) setCommunities({ key: `${dataset}:communities`, value });
    });
    return () => {
      stale = true;
    };
  }, [call, style.communities, dataset]);

  const result = style.measure !== 'none' && measure?.key === measureKey ? measure.value : null;
  const groups = style.communities && communities?.key === communityKey ? communities.value : null;
  const sizes = useMemo(() => (style.sizeBy && result ? sizeWeights(result.values) : null), [style.sizeBy, result]);
  const assignment = groups?.assignment ?? null;
  const canvasStyle = useMemo(() => ({ sizes, communities: assignment }), [sizes, assignment]);
  const loadingMeasure = style.measure !== 'none' && measure?.key !== measureKey ? style.measure : null;
  const loadingCommunities = style.communities && communities?.key !== communityKey;
  const percent = progress?.key === measureKey && measure?.key !== measureKey ? progress.percent : null;
  // One object while nothing in it changes: the measures panel is rendered only when it does (steady.tsx).
  return useMemo(
    () => ({
      result,
      communities: groups,
      loading: { measure: loadingMeasure, communities: loadingCommunities },
      canvasStyle,
      progress: percent,
      computeExact: () => setExactFor(dataset),
    }),
    [result, groups, loadingMeasure, loadingCommunities, canvasStyle, percent, dataset],
  );
}
