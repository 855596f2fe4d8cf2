// Picks one node by name or alias, as-you-type: arrow keys move, Enter chooses, Escape
// closes the list. The header search and the path / compare pickers are all this box.
import { forwardRef, useEffect, useId, useState } from 'react';
import type { SearchHit } from '../../../../graph-data/src/contract.js';
import { NODE_KIND_LABELS } from '../../../../graph-data/src/schema/vocabulary.js';
import { getApi } from '../../api/client.js';

export interface NodePickerProps {
  onChoose(hit: SearchHit): void;
  /** Enter with no suggestion list open (the path finder runs on it). */
  onSubmit?(): void;
  /** Test id of the input; suggestions get `<testId>-result` unless given. */
  testId: string;
  resultTestId?: string;
  placeholder: string;
  label: string;
  /** Text shown when the picker is (re)mounted, e.g. an already chosen node. */
  initialText?: string;
  className?: string;
}

export const NodePicker = forwardRef<HTMLInputElement, NodePickerProps>(function NodePicker(props, ref) {
  const { onChoose, onSubmit, testId, placeholder, label, initialText = '', className = 'search' } = props;
  const [query, setQuery] = useState(initialText);
  const [results, setResults] = useState<{ query: string; hits: SearchHit[] }>({ query: '', hits: [] });
  const hits = query.trim() === '' ? [] : results.hits;
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
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

  const listOpen = open && query.trim() !== '';
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onChoose(hit);
    setOpen(false);
    setQuery(hit.label);
    setChosen(hit.label);
  };

  return (
    <div className={className}>
      <input
        ref={ref}
        type="search"
        data-testid={testId}
        placeholder={placeholder}
        aria-label={label}
        role="combobox"
        aria-expanded={listOpen && hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={listOpen && hits[active] ? `${listId}-${active}` : undefined}
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
          else if (e.key === 'Enter') {
            // Enter takes the suggestion for what was typed (not again for a node already
            // chosen, when there is something to submit), then submits: Enter runs the path finder.
            if (listOpen && hits[active] && (query !== chosen || !onSubmit)) choose(hits[active]);
            onSubmit?.();
          } else if (e.key === 'Escape' && listOpen) {
            // Closing the list must not also close the panel around the picker.
            e.stopPropagation();
            setOpen(false);
          } else return;
          e.preventDefault();
        }}
      />
      {listOpen && (
        <ul className="search-results" id={listId} role="listbox">
          {hits.length === 0 && <li className="search-empty">No match for “{query}”</li>}
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              data-testid={props.resultTestId ?? `${testId}-result`}
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
