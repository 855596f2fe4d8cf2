// The range of one attribute filter: from / to boxes over numbers or partial dates ("2018",
// "2018-11"), both inclusive, either may stay empty. Typing edits a draft; Enter or leaving the
// box applies it, so one range is one history entry, not one per keystroke.
import { useState } from 'react';
import type { AttributeFacet, AttributeFilter, AttributeInfo, FilterSpec } from '../../../../graph-data/src/contract.js';
import { attributeName, type Range, setAttributeRange } from '../../state/filters/attribute-filters.js';

interface Props {
  index: number;
  entry: AttributeFilter;
  kind: 'number' | 'date';
  info: AttributeInfo | null;
  facet: AttributeFacet | null;
  filter: FilterSpec;
  onChange(next: FilterSpec): void;
}

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

type Parsed = { ok: true; value: number | string | undefined } | { ok: false; error: string };

function parseBound(text: string, kind: 'number' | 'date'): Parsed {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  if (kind === 'date') return PARTIAL_DATE.test(t) ? { ok: true, value: t } : { ok: false, error: `“${t}” is not a date such as 2018, 2018-11 or 2018-11-21` };
  const n = Number(t);
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, error: `“${t}” is not a number` };
}

/** Compares two bounds of one kind: dates by their first day (string order works for ISO dates). */
const after = (a: number | string, b: number | string) => (typeof a === 'number' && typeof b === 'number' ? a > b : String(a) > String(b));

export function AttributeRange({ index, entry, kind, info, facet, filter, onChange }: Props) {
  const committed = { min: entry.range?.min === undefined ? '' : String(entry.range.min), max: entry.range?.max === undefined ? '' : String(entry.range.max) };
  const [draft, setDraft] = useState<{ min: string; max: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? committed;
  const span =
    kind === 'number'
      ? (facet?.numeric ?? (typeof info?.min === 'number' && typeof info.max === 'number' ? { min: info.min, max: info.max } : null))
      : (facet?.dates ?? (typeof info?.min === 'string' && typeof info.max === 'string' ? { min: info.min, max: info.max } : null));

  const commit = () => {
    if (!draft) return;
    const min = parseBound(draft.min, kind);
    const max = parseBound(draft.max, kind);
    if (!min.ok || !max.ok) {
      setError(!min.ok ? min.error : !max.ok ? max.error : null);
      return;
    }
    if (min.value !== undefined && max.value !== undefined && after(min.value, max.value)) {
      setError('“From” is after “To”.');
      return;
    }
    setError(null);
    setDraft(null);
    if (draft.min.trim() !== committed.min || draft.max.trim() !== committed.max) {
      onChange(setAttributeRange(filter, index, { min: min.value, max: max.value } as Range));
    }
  };
  const name = attributeName(entry);
  const box = (bound: 'min' | 'max') => (
    <label>
      <span>{bound === 'min' ? 'From' : 'To'}</span>
      <input
        type={kind === 'number' ? 'number' : 'text'}
        step={kind === 'number' ? 'any' : undefined}
        inputMode={kind === 'number' ? 'decimal' : 'numeric'}
        data-testid={`attribute-filter-${bound}`}
        aria-label={`${name}: ${bound === 'min' ? 'from' : 'to'} (inclusive)`}
        aria-invalid={error !== null}
        placeholder={span ? String(span[bound]) : bound === 'min' ? 'lowest' : 'highest'}
        value={shown[bound]}
        onChange={(e) => setDraft({ ...shown, [bound]: e.target.value })}
        // Enter applies: a form with two boxes and no submit button never submits on Enter.
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
        onBlur={commit}
      />
    </label>
  );
  return (
    <div className="attribute-range" role="group" aria-label={`${name} range`}>
      <div className="attribute-range-boxes">
        {box('min')}
        {box('max')}
      </div>
      {error && (
        <p className="attribute-error" role="alert">
          {error}
        </p>
      )}
      {span && (
        <p className="muted attribute-span">
          Values here: {String(span.min)} – {String(span.max)}
        </p>
      )}
    </div>
  );
}
