// One attribute filter in the panel: its name and how many elements pass, then either a range
// (numbers, dates) or the attribute's values as boxes with counts (text, yes/no, lists, links).
import { useState } from 'react';
import type { AttributeFacet, AttributeFilter, AttributeInfo, FilterSpec } from '../../../../graph-data/src/contract.js';
import { attributeName, isAttributeConstrained, removeAttributeFilter, toggleAttributeTerm } from '../../state/filters/attribute-filters.js';
import { AttributeRange } from './AttributeRange.js';

interface Props {
  index: number;
  entry: AttributeFilter;
  /** From the catalogue: its type decides range or terms (null while it loads). */
  info: AttributeInfo | null;
  facet: AttributeFacet | null;
  filter: FilterSpec;
  onChange(next: FilterSpec): void;
}

/** Values listed before "show all". */
const FIRST_TERMS = 10;

function Terms({ index, entry, info, facet, filter, onChange }: Props) {
  const [all, setAll] = useState(false);
  // The facet counts within the view and the other filters; the catalogue (whole graph) until it comes.
  const values = facet?.values ?? info?.values ?? [];
  const chosen = entry.terms ?? [];
  const shown = all ? values : values.slice(0, FIRST_TERMS);
  const unit = entry.element === 'node' ? 'nodes' : 'edges';
  if (values.length === 0) return <p className="muted attribute-empty">No value in this view.</p>;
  return (
    <>
      <ul aria-label={`Values of ${attributeName(entry)}`}>
        {shown.map(({ value, count }) => (
          <li key={value}>
            <label title={`${value}: ${count} ${unit} with the other filters`}>
              <input
                type="checkbox"
                data-testid="attribute-term"
                data-value={value}
                data-count={count}
                checked={chosen.includes(value)}
                onChange={() => onChange(toggleAttributeTerm(filter, index, value))}
              />
              <span className="filter-label">{value === '' ? '(empty)' : value}</span>
              <span className="count">{count}</span>
            </label>
          </li>
        ))}
      </ul>
      {values.length > FIRST_TERMS && (
        <button type="button" className="link filter-more" onClick={() => setAll(!all)}>
          {all ? 'show fewer' : `show all ${values.length}`}
        </button>
      )}
      {facet?.distinct !== undefined && facet.distinct > values.length && (
        <>
          <p className="muted attribute-capped">The {values.length} most frequent of {facet.distinct} values; type another to pick it.</p>
          <input
            type="text"
            className="attribute-term-input"
            data-testid="attribute-term-input"
            aria-label={`Pick another value of ${attributeName(entry)}`}
            placeholder="Another value, then Enter"
            onKeyDown={(e) => {
              const value = e.currentTarget.value;
              if (e.key !== 'Enter' || value === '') return;
              e.preventDefault();
              if (!chosen.includes(value)) onChange(toggleAttributeTerm(filter, index, value));
              e.currentTarget.value = '';
            }}
          />
        </>
      )}
    </>
  );
}

export function AttributeFilterRow(props: Props) {
  const { index, entry, info, facet, filter, onChange } = props;
  const ranged = entry.range !== undefined || info?.type === 'number' || info?.type === 'date';
  const name = attributeName(entry);
  const unit = entry.element === 'node' ? 'node' : 'edge';
  return (
    <div className="attribute-filter" data-testid="attribute-filter" data-key={entry.key} data-element={entry.element} data-constrained={isAttributeConstrained(entry)}>
      <div className="attribute-filter-head">
        <span className="attribute-name" title={name}>
          {name}
        </span>
        <button type="button" className="attribute-remove" aria-label={`Remove the filter on ${name}`} title="Remove this filter" onClick={() => onChange(removeAttributeFilter(filter, index))}>
          ×
        </button>
      </div>
      {facet && (
        <div className="attribute-filter-count" data-testid="attribute-filter-count" data-matching={facet.matching} data-shown={facet.shown}>
          {facet.matching} of {facet.shown} {unit}
          {facet.shown === 1 ? '' : 's'}
        </div>
      )}
      {ranged ? (
        <AttributeRange index={index} entry={entry} kind={info?.type === 'date' || typeof entry.range?.min === 'string' || typeof entry.range?.max === 'string' ? 'date' : 'number'} info={info} facet={facet} filter={filter} onChange={onChange} />
      ) : (
        <Terms {...props} />
      )}
    </div>
  );
}
