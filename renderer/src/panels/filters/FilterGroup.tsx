// One filter group: a checkbox per value present in the data, each with its faceted count,
// and "all" / "none". Values within a group combine with OR.
import { type ReactNode, useState } from 'react';
import type { FilterFacets, FilterSpec } from '../../../../graph-data/src/contract.js';
import { isTicked, setGroup, tickAll, tickNone } from '../../state/filters/filter-spec.js';
import type { GroupDefinition } from '../../state/filters/groups.js';

interface Props {
  definition: GroupDefinition;
  filter: FilterSpec;
  facets: FilterFacets;
  onChange(next: FilterSpec): void;
  /** Drawn before a value's label (colour swatch, kind dot). */
  marker?(value: string): ReactNode;
  /** Values shown before "show all" (long claimant lists). */
  initiallyShown?: number;
}

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
            <li key={value}>
              <label title={`${label}: ${count} ${counts} would show with the other filters`}>
                <input
                  type="checkbox"
                  data-testid={`filter-${prefix}-${value}`}
                  data-count={count}
                  checked={ticked}
                  onChange={() => {
                    const current = chosen ?? universe;
                    onChange(setGroup(filter, group, ticked ? current.filter((v) => v !== value) : [...current, value], universe));
                  }}
                />
                {marker?.(value)}
                <span className="filter-label">{label}</span>
                <span className="count">{count}</span>
              </label>
            </li>
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
