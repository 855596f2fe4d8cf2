// Fetches what the measures panel shows and the canvas draws: the chosen measure (computed
// and cached by the service, in its worker) and the Louvain communities when asked for.
import { useEffect, useMemo, useState } from 'react';
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
}

/** `dataset` changes when another graph is opened: answers for the old one are dropped. */
export function useMeasures(call: Call, style: StyleChoices, dataset: string | null): MeasuresState {
  const [measure, setMeasure] = useState<{ key: string; value: MeasureResult | null } | null>(null);
  const [communities, setCommunities] = useState<{ key: string; value: Communities | null } | null>(null);
  const measureKey = `${dataset ?? ''}:${style.measure}`;
  const communityKey = `${dataset ?? ''}:communities`;

  useEffect(() => {
    if (style.measure === 'none' || dataset === null) return;
    let stale = false;
    const name = style.measure;
    void call('measures', { measure: name }).then((value) => {
      if (!stale) setMeasure({ key: `${dataset}:${name}`, value });
    });
    return () => {
      stale = true;
    };
  }, [call, style.measure, dataset]);

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
  return {
    result,
    communities: groups,
    loading: {
      measure: style.measure !== 'none' && measure?.key !== measureKey ? style.measure : null,
      communities: style.communities && communities?.key !== communityKey,
    },
    canvasStyle,
  };
}
