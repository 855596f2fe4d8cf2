// The Attributes part of the Filters panel: a filter on any attribute of the graph's nodes or
// edges, chosen from the service's catalogue: a range for numbers and dates, ticked terms with
// counts for the rest. Each lives in FilterSpec.attributes, so the service evaluates it with the
// other groups and it follows the view history and saved views.
import type { AttributeCatalog, AttributeFacet, AttributeInfo, FilterFacets, FilterSpec } from '../../../../graph-data/src/contract.js';
import { addAttributeFilter, sameAttribute } from '../../state/filters/attribute-filters.js';
import { AttributeFilterRow } from './AttributeFilterRow.js';

interface Props {
  filter: FilterSpec;
  facets: FilterFacets | null;
  catalog: AttributeCatalog | null;
  onChange(next: FilterSpec): void;
}

const TYPE_NAMES: Record<AttributeInfo['type'], string> = {
  number: 'number',
  date: 'date',
  boolean: 'yes/no',
  string: 'text',
  list: 'list',
  url: 'link',
};

const optionValue = (element: 'node' | 'edge', info: Pick<AttributeInfo, 'key' | 'builtin'>) => JSON.stringify([element, info.builtin, info.key]);

function AttributeOptions({ element, infos, filter }: { element: 'node' | 'edge'; infos: readonly AttributeInfo[]; filter: FilterSpec }) {
  const taken = filter.attributes ?? [];
  const free = infos.filter((info) => info.count > 0 && !taken.some((a) => sameAttribute(a, { element, key: info.key, builtin: info.builtin })));
  if (free.length === 0) return null;
  return (
    <optgroup label={element === 'node' ? 'Nodes' : 'Edges'}>
      {free.map((info) => (
        <option key={optionValue(element, info)} value={optionValue(element, info)}>
          {info.key} ({TYPE_NAMES[info.type]}, {info.count})
        </option>
      ))}
    </optgroup>
  );
}

export function AttributeFilters({ filter, facets, catalog, onChange }: Props) {
  const entries = filter.attributes ?? [];
  if (!catalog && entries.length === 0) return null;
  const infoOf = (element: 'node' | 'edge', key: string, builtin: boolean | undefined) =>
    catalog?.[element].find((i) => i.key === key && i.builtin === (builtin === true)) ?? null;
  // The facets answer the spec they were asked with; while the next one is computed, a facet
  // is used only if it is about the same attribute.
  const facetOf = (i: number): AttributeFacet | null => {
    const facet = facets?.attributes?.[i];
    const entry = entries[i];
    return facet && entry && sameAttribute(facet, entry) ? facet : null;
  };
  const add = (value: string) => {
    if (!value) return;
    const [element, builtin, key] = JSON.parse(value) as ['node' | 'edge', boolean, string];
    onChange(addAttributeFilter(filter, { element, key, builtin }));
  };
  return (
    <fieldset className="filter-group attribute-filters" data-testid="attribute-filters">
      <legend>Attributes</legend>
      {entries.map((entry, i) => (
        <AttributeFilterRow
          key={optionValue(entry.element, { key: entry.key, builtin: entry.builtin === true })}
          index={i}
          entry={entry}
          info={infoOf(entry.element, entry.key, entry.builtin)}
          facet={facetOf(i)}
          filter={filter}
          onChange={onChange}
        />
      ))}
      {catalog && (
        <select className="attribute-add" data-testid="attribute-filter-add" aria-label="Filter on an attribute" value="" onChange={(e) => add(e.target.value)}>
          <option value="">+ Filter on an attribute…</option>
          <AttributeOptions element="node" infos={catalog.node} filter={filter} />
          <AttributeOptions element="edge" infos={catalog.edge} filter={filter} />
        </select>
      )}
    </fieldset>
  );
}
