// The filters section of the sidebar: allegation type, status, claimant, kind and relation
// boxes with live counts, the date range, filters on any attribute, and reset. The service evaluates every change.
import { Fragment } from 'react';
import type { AttributeCatalog, FilterFacets, FilterSpec } from '../../../../graph-data/src/contract.js';
import type { NodeKind } from '../../../../graph-data/src/schema/vocabulary.js';
import { allegationTypeColour } from '../../graph-view/allegation-types.js';
import type { Theme } from '../../graph-view/palette.js';
import { isFilterActive, yearSpan } from '../../state/filters/filter-spec.js';
import { plural } from '../../state/plural.js';
import { FILTER_GROUPS } from '../../state/filters/groups.js';
import { AllegationMode } from './AllegationMode.js';
import { AttributeFilters } from './AttributeFilters.js';
import { DateRange } from './DateRange.js';
import { FilterHelp } from './FilterHelp.js';
import { FilterGroup, type Marker } from './FilterGroup.js';
import './filters.css';
import { steady } from '../steady.js';

interface Props {
  filter: FilterSpec;
  facets: FilterFacets | null;
  /** Every attribute of the open graph, to filter on (null while it loads). */
  catalog?: AttributeCatalog | null;
  theme: Theme;
  /** What the filter hides in the current view (null: nothing filtered). */
  hidden: { nodes: number; edges: number } | null;
  /** What is on the canvas now (the same count as the canvas and the status bar); null: no view (a graph opened on its overview). */
  shown: { nodes: number; edges: number } | null;
  onChange(next: FilterSpec): void;
  onReset(): void;
}

/** With no view there is nothing to count, and never will be until something is drawn: said so, not "Counting…". */
function status(facets: FilterFacets | null, shown: Props['shown']): string {
  if (!shown) return 'Nothing on screen to filter';
  return facets ? `${plural(shown.nodes, 'node')} · ${plural(shown.edges, 'edge')} on screen` : 'Counting…';
}

function FiltersPanelView({ filter, facets, catalog = null, theme, hidden, shown, onChange, onReset }: Props) {
  const active = isFilterActive(filter);
  const span = yearSpan(facets?.dateRange ?? null);
  // How picked allegations show means nothing in a graph without allegations (an imported
  // network, a new case); it stays while the filter still says something about it.
  const allegations = facets !== null && (hasAny(facets.allegationTypes) || hasAny(facets.statuses) || facets.claimants.length > 0);
  const modeSet = filter.context !== undefined || filter.keepRelations !== undefined;
  const markers: Partial<Record<string, (value: string) => Marker>> = {
    allegationTypes: (v) => ({ className: 'swatch', colour: allegationTypeColour(theme, v) }),
    kinds: (v) => ({ className: `kind-dot kind-${v as NodeKind}` }),
  };
  return (
    <details className="filters" open data-testid="filters-panel">
      <summary>
        <h2>Filters</h2>
        {active && <span className="filters-on">on</span>}
      </summary>
      <div className="filters-head">
        <span className="filters-status" data-testid="filter-status">
          {status(facets, shown)}
        </span>
        <button type="button" data-testid="filter-reset" disabled={!active} onClick={onReset} title="Show everything again">
          Reset
        </button>
      </div>
      {hidden && (hidden.nodes > 0 || hidden.edges > 0) && (
        <p className="filters-hidden">
          Hiding {plural(hidden.nodes, 'node')} and {plural(hidden.edges, 'edge')} of this view.
        </p>
      )}
      {facets &&
        FILTER_GROUPS.map((definition) => (
          <Fragment key={definition.group}>
            <FilterGroup
              definition={definition}
              filter={filter}
              facets={facets}
              onChange={onChange}
              marker={markers[definition.group]}
              initiallyShown={definition.group === 'claimants' ? 8 : 30}
            />
            {definition.group === 'claimants' && (allegations || modeSet) && <AllegationMode filter={filter} onChange={onChange} />}
          </Fragment>
        ))}
      {span && <DateRange filter={filter} span={span} onChange={onChange} />}
      <AttributeFilters filter={filter} facets={facets} catalog={catalog} onChange={onChange} />
      <FilterHelp />
    </details>
  );
}

const hasAny = (counts: Partial<Record<string, number>>): boolean => Object.values(counts).some((n) => (n ?? 0) > 0);

/** Rendered again only when its data changes (steady.tsx). */
export const FiltersPanel = steady(FiltersPanelView);
