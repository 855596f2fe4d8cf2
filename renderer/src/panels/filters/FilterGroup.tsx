// One filter group: a checkbox per value present in the data, each with its faceted count,
// and "all" / "none". Values within a group combine with OR.
import { useState } from 'react';
import type { FilterFacets, FilterSpec } from '../../../../graph-data/src/contract.js';
import { isTicked, setGroup, tickAll, tickNone } from '../../state/filters/filter-spec.js';
import type { GroupDefinition } from '../../state/filters/groups.js';
import { steady } from '../steady.js';

/** Drawn before a value's label: a colour swatch, a kind's dot. Data, so an unchanged row is not drawn again. */
export interface Marker {
  className: string;
  colour?: string;
}

interface Props {
  definition: GroupDefinition;
  filter: FilterSpec;
  facets: FilterFacets;
  onChange(next: FilterSpec): void;
  marker?(value: string): Marker;
  /** Values shown before "show all" (long claimant lists). */
  initiallyShown?: number;
}

interface OptionProps {
  testId: string;
  label: string;
  title: string;
  count: number;
  ticked: boolean;
  marker: Marker | undefined;
  onToggle(): void;
}

/** One value's checkbox; steady, so new counts elsewhere in the group leave its input alone. */
const FilterOption = steady(function FilterOption({ testId, label, title, count, ticked, marker, onToggle }: OptionProps) {
  return (
    <li>
      <label title={title}>
        <input type="checkbox" data-testid={testId} data-count={count} checked={ticked} onChange={onToggle} />
        {marker && <span className={marker.className} style={marker.colour ? { background: marker.colour } : undefined} aria-hidden />}
        <span className="filter-label">{label}</span>
        <span className="count">{count}</span>
      </label>
    </li>
  );
});

export function FilterGroup({ definition, filter, facets, onChange, marker, initiallyShown = 12 }: Props) {
  const { group, title, prefix, counts } = definition;
  const options = definition.options(facets);
  const universe = options.map((o) => o.value);
  const chosen = filter[group];
  const [expanded, setExpanded] = useState(false);
  // Open at first when it matters (allegations, statuses, or already constrained); then the user's choice.
  const [open, setOpen] = useState(chosen !== undefined || group === 'allegationTypes' || group === 'statuses');
  const shown = expanded ? options : options.slice(0, initiallyShown);
  if (options.length === 0) return null;
  const summary = chosen === undefined ? 'all' : `${chosen.length} of ${options.length}`;
  return (
    <details className="filter-group" data-group={group} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {title} <span className="filter-summary">{summary}</span>
      </summary>
      <div className="filter-bulk">
        <button type="button" className="link" data-testid={`filter-${prefix}-all`} disabled={chosen === undefined} onClick={() => onChange(tickAll(filter, group))}>
          all
        </button>
        <button type="button" className="link" data-testid={`filter-${prefix}-none`} disabled={chosen?.length === 0} onClick={() => onChange(tickNone(filter, group))}>
          none
        </button>
      </div>
      {/* A list of checkboxes, named by its group (role="group" on the list itself would orphan its items). */}
      <ul aria-label={title}>
        {shown.map(({ value, count }) => {
          const label = definition.label(value, facets);
          const ticked = isTicked(filter, group, value);
          return (
            <FilterOption
              key={value}
              testId={`filter-${prefix}-${value}`}
              label={label}
              title={`${label}: ${count} ${counts} would show with the other filters`}
              count={count}
              ticked={ticked}
              marker={marker?.(value)}
              onToggle={() => {
                const current = chosen ?? universe;
                onChange(setGroup(filter, group, ticked ? current.filter((v) => v !== value) : [...current, value], universe));
              }}
            />
          );
        })}
      </ul>
      {options.length > initiallyShown && (
        <button type="button" className="link filter-more" onClick={() => setExpanded((e) => !e)}>
          {expanded ? 'show fewer' : `show all ${options.length}`}
        </button>
      )}
    </details>
  );
}
