// The Attributes section of the Details panel: every attribute of the element as the file
// gave it (defaults applied by the service), typed. URLs open in the system browser through
// the host's confirmed external-link path (target=_blank is what main intercepts); the app
// window never navigates. Long values are cut with "more"; the full text is in the tooltip.
import { useState } from 'react';
import type { AttributeEntry } from '../../../../graph-data/src/contract.js';
import { formatScalar, fullText, LONG_VALUE, linkTarget, type Scalar } from './attribute-format.js';
import './details.css';

/** Attributes listed before "show all". */
const FIRST = 40;

/** The exact value on hover; a very long one is read with "more" instead (a huge tooltip helps no one). */
function tooltip(entry: AttributeEntry): string {
  const text = fullText(entry.value);
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}

function ScalarValue({ value, type }: { value: Scalar; type: AttributeEntry['type'] }) {
  const href = type === 'url' || type === 'string' ? linkTarget(value) : null;
  if (href) {
    return (
      <a href={href} target="_blank" rel="noopener noreferrer" className="attr-link" title={`Open ${href} in your browser`}>
        {String(value)}
      </a>
    );
  }
  if (type === 'url') {
    return (
      <span className="attr-url" title="Only https addresses open from Redthread">
        {String(value)}
      </span>
    );
  }
  if (type === 'date' && typeof value === 'string') return <time dateTime={value}>{value}</time>;
  return <>{formatScalar(value, type)}</>;
}

function LongText({ text }: { text: string }) {
  const [open, setOpen] = useState(false);
  if (text.length <= LONG_VALUE) return <>{text}</>;
  return (
    <>
      {open ? text : `${text.slice(0, LONG_VALUE)}…`}{' '}
      <button type="button" className="link attr-more" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'less' : `more (${text.length.toLocaleString()} characters)`}
      </button>
    </>
  );
}

function Value({ entry }: { entry: AttributeEntry }) {
  const { value, type } = entry;
  if (value === null) return null;
  if (Array.isArray(value)) {
    return (
      <ul className="attr-list" aria-label={`${entry.key}: ${value.length} values`}>
        {value.map((item, i) => (
          <li key={i}>
            <ScalarValue value={item} type={linkTarget(item) ? 'url' : type} />
          </li>
        ))}
      </ul>
    );
  }
  if (typeof value === 'string' && type === 'string' && !linkTarget(value)) return <LongText text={value} />;
  return <ScalarValue value={value} type={type} />;
}

export function AttributeList({ attributes }: { attributes: readonly AttributeEntry[] }) {
  const [all, setAll] = useState(false);
  if (attributes.length === 0) return null;
  const shown = all ? attributes : attributes.slice(0, FIRST);
  return (
    <section data-testid="details-attributes">
      <h3>Attributes ({attributes.length})</h3>
      <dl className="attributes">
        {shown.map((entry) => (
          <div key={`${entry.builtin ? 'b' : 'x'}:${entry.key}`} className="attr" data-key={entry.key} data-type={entry.type}>
            <dt title={entry.key}>{entry.key}</dt>
            <dd title={tooltip(entry)}>
              <Value entry={entry} />
            </dd>
          </div>
        ))}
      </dl>
      {attributes.length > FIRST && (
        <button type="button" className="link" onClick={() => setAll(!all)}>
          {all ? 'show fewer' : `show all ${attributes.length}`}
        </button>
      )}
    </section>
  );
}
