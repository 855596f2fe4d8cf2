// How picked allegations show: only them (context 0), with 1–2 steps of surroundings, or
// among every other relation ("keep other relations", the behaviour before picking existed).
import type { FilterContext, FilterSpec } from '../../../../graph-data/src/contract.js';
import { picksAllegations, setContext, setKeepRelations } from '../../state/filters/filter-spec.js';

interface Props {
  filter: FilterSpec;
  onChange(next: FilterSpec): void;
}

const CONTEXT_LABELS: Record<FilterContext, string> = { 0: 'only the allegations', 1: '+ 1 step around them', 2: '+ 2 steps around them' };

export function AllegationMode({ filter, onChange }: Props) {
  const keep = filter.keepRelations === true;
  const picked = picksAllegations(filter);
  return (
    <fieldset className="filter-group allegation-mode">
      <legend>Picked allegations</legend>
      <label className="filter-context" title={picked ? undefined : 'Applies once you narrow Allegation, Status or Claimed by'}>
        <span>Show</span>
        <select
          data-testid="filter-context"
          value={filter.context ?? 0}
          disabled={keep}
          onChange={(e) => onChange(setContext(filter, Number(e.target.value) as FilterContext))}
        >
          {([0, 1, 2] as const).map((n) => (
            <option key={n} value={n}>
              {CONTEXT_LABELS[n]}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-check">
        <input type="checkbox" data-testid="filter-keep-relations" checked={keep} onChange={(e) => onChange(setKeepRelations(filter, e.target.checked))} />
        Keep other relations (boxes hide only other allegations)
      </label>
    </fieldset>
  );
}
