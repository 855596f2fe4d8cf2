// The active filters as chips above the canvas; × on a chip removes that constraint.
import type { FilterFacets, FilterSpec } from '../../../../graph-data/src/contract.js';
import { useMemo } from 'react';
import { type DateSpan, filterChips, isFilterActive, removeChip } from '../../state/filters/filter-spec.js';
import { chipVocabulary } from '../../state/filters/groups.js';
import { steady } from '../steady.js';

interface Props {
  filter: FilterSpec;
  facets: FilterFacets | null;
  span: DateSpan;
  onChange(next: FilterSpec): void;
  onReset(): void;
}

function FilterChipsPanel({ filter, facets, span, onChange, onReset }: Props) {
  // Naming chips reads every value of every facet (thousands of claimants on a large graph),
  // and this renders on every edit: only while some filter is on.
  const chips = useMemo(() => (isFilterActive(filter) ? filterChips(filter, chipVocabulary(facets), span) : []), [filter, facets, span]);
  if (chips.length === 0) return null;
  return (
    <div className="filter-chips">
      {/* Only chips in the list: "clear all" beside it, not an item of it. */}
      <div className="filter-chip-list" role="list" aria-label="Active filters">
        {chips.map((chip) => (
          <span key={`${chip.group}-${chip.index ?? ''}`} className="filter-chip" role="listitem" data-testid="filter-chip" data-group={chip.group}>
            {chip.label}
            <button type="button" aria-label={`Remove filter ${chip.label}`} title="Remove this filter" onClick={() => onChange(removeChip(filter, chip))}>
              ×
            </button>
          </span>
        ))}
      </div>
      {chips.length > 1 && (
        <button type="button" className="link" onClick={onReset}>
          clear all
        </button>
      )}
    </div>
  );
}

/** On the canvas when the filter leaves nothing: say so, with a one-click way back. */
export function FilteredEmpty({ onReset }: { onReset(): void }) {
  return (
    <div className="canvas-empty filtered-empty" role="status" data-testid="filter-empty">
      No element in this view matches the active filters.
      <button type="button" data-testid="filter-reset" onClick={onReset}>
        Reset filters
      </button>
    </div>
  );
}

/** Rendered again only when its data changes (steady.tsx). */
export const FilterChips = steady(FilterChipsPanel);
