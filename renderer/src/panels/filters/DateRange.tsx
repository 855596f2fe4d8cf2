// The date filter: a from / to pair of year sliders over the dates the data carries, and
// "hide undated". Dragging changes a draft; the filter (a history entry) follows once the
// slider rests, so one drag is one entry, not fifty.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FilterSpec } from '../../../../graph-data/src/contract.js';
import { setHideUndated, setYears } from '../../state/filters/filter-spec.js';

interface Props {
  filter: FilterSpec;
  span: { min: number; max: number };
  onChange(next: FilterSpec): void;
}

const SETTLE_MS = 350;

export function DateRange({ filter, span, onChange }: Props) {
  const committed = { from: filter.dateFrom ? Number(filter.dateFrom.slice(0, 4)) : span.min, to: filter.dateTo ? Number(filter.dateTo.slice(0, 4)) : span.max };
  const [draft, setDraft] = useState<{ from: number; to: number } | null>(null);
  const shown = draft ?? committed;

  // The timer reads the latest props: re-renders from elsewhere must not restart it.
  const latest = useRef({ filter, span, onChange, committed });
  useLayoutEffect(() => {
    latest.current = { filter, span, onChange, committed };
  });
  useEffect(() => {
    if (!draft) return;
    const timer = setTimeout(() => {
      const { filter: f, span: s, onChange: change, committed: c } = latest.current;
      setDraft(null);
      if (draft.from !== c.from || draft.to !== c.to) change(setYears(f, draft.from, draft.to, s));
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [draft]);

  const single = span.min === span.max;
  return (
    <fieldset className="filter-group date-range">
      <legend>Dates</legend>
      <div className="date-values" aria-live="polite">
        {shown.from} – {shown.to}
      </div>
      <label>
        <span>From</span>
        <input
          type="range"
          data-testid="filter-date-from"
          min={span.min}
          max={span.max}
          value={shown.from}
          disabled={single}
          onChange={(e) => setDraft({ from: Math.min(Number(e.target.value), shown.to), to: shown.to })}
        />
      </label>
      <label>
        <span>To</span>
        <input
          type="range"
          data-testid="filter-date-to"
          min={span.min}
          max={span.max}
          value={shown.to}
          disabled={single}
          onChange={(e) => setDraft({ from: shown.from, to: Math.max(Number(e.target.value), shown.from) })}
        />
      </label>
      <label className="filter-check">
        <input type="checkbox" data-testid="filter-hide-undated" checked={filter.hideUndated === true} onChange={(e) => onChange(setHideUndated(filter, e.target.checked))} />
        Hide undated
      </label>
    </fieldset>
  );
}
