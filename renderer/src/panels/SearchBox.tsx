// As-you-type search by name or alias; arrow keys move, Enter chooses, Escape closes.
import { forwardRef, useEffect, useId, useState } from 'react';
import type { SearchHit } from '../../../graph-data/src/contract.js';
import { NODE_KIND_LABELS } from '../../../graph-data/src/schema/vocabulary.js';
import { getApi } from '../api/client.js';

interface Props {
  onChoose(hit: SearchHit): void;
}

export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox({ onChoose }, ref) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<{ query: string; hits: SearchHit[] }>({ query: '', hits: [] });
  const hits = query.trim() === '' ? [] : results.hits;
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();

  useEffect(() => {
    let stale = false;
    if (query.trim() === '') return;
    void getApi()
      .search({ query, limit: 12 })
      .then((result) => {
        // Keystrokes can overtake each other; only the latest query may write.
        if (stale) return;
        setResults({ query, hits: result.ok ? result.value : [] });
        setActive(0);
      });
    return () => {
      stale = true;
    };
  }, [query]);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onChoose(hit);
    setOpen(false);
    setQuery(hit.label);
  };

  return (
    <div className="search">
      <input
        ref={ref}
        type="search"
        data-testid="search-input"
        placeholder="Search people, agencies, events…  ( / )"
        aria-label="Search by name or alias"
        role="combobox"
        aria-expanded={open && hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (e.key === 'Enter') choose(hits[active]);
          else if (e.key === 'Escape') setOpen(false);
          else return;
          e.preventDefault();
        }}
      />
      {open && query.trim() !== '' && (
        <ul className="search-results" id={listId} role="listbox">
          {hits.length === 0 && <li className="search-empty">No match for “{query}”</li>}
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              data-testid="search-result"
              className={i === active ? 'active' : undefined}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(hit);
              }}
            >
              <span className={`kind-dot kind-${hit.kind}`} aria-hidden />
              <span className="hit-label">{hit.label}</span>
              {hit.matchedAlias && <span className="hit-alias">aka {hit.matchedAlias}</span>}
              <span className="hit-kind">{NODE_KIND_LABELS[hit.kind]}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
