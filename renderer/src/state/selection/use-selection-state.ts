// The window's selection: the element whose details show and everything selected with it.
import { useCallback, useMemo, useState } from 'react';
import { EMPTY_SELECTION, inspect, type ManySelection, type Single, selectOne, withMany } from './selection.js';

export function useSelectionState() {
  const [state, setState] = useState(EMPTY_SELECTION);
  const select = useCallback((s: Single) => setState(selectOne(s)), []);
  const setMany = useCallback((many: ManySelection) => setState((current) => withMany(current, many)), []);
  const show = useCallback((s: NonNullable<Single>) => setState((current) => inspect(current, s)), []);
  return useMemo(() => ({ selection: state.primary, many: state.many, select, setMany, show }), [state, select, setMany, show]);
}
