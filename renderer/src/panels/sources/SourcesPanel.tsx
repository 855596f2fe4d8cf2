// The Sources tab: every source of the case with its publisher, date and how many claims cite
// it, searchable by title, publisher, author and text (the service searches; a text match shows
// the words around it). A row opens the source in the viewer; its details show the metadata and
// the SHA-256 of the stored text, which claims cite by position and so never changes.
import { useEffect, useState } from 'react';
import type { Args, ContractResults, Method, SourceList, SourceSummary } from '../../../../graph-data/src/contract.js';
import './sources.css';
import { formatCount, plural } from '../../state/plural.js';
import { steady } from '../steady.js';

type Call = <M extends Method>(method: M, args: Args<M>) => Promise<ContractResults[M] | null>;

interface Props {
  /** The tab is showing: the list is fetched only then (counting citations is a pass over the graph). */
  shown: boolean;
  call: Call;
  /** The open graph and its edit revision: the list is fetched again when either changes. */
  graph: string;
  revision: number;
  onOpen(id: string): void;
  onAdd(): void;
}


function citedBy({ citedBy: c }: SourceSummary): string {
  if (c.edges + c.nodes === 0) return 'not cited yet';
  return `cited by ${[c.edges ? plural(c.edges, 'claim') : '', c.nodes ? plural(c.nodes, 'node') : ''].filter(Boolean).join(' and ')}`;
}

function SourceRow({ source, onOpen }: { source: SourceSummary; onOpen(id: string): void }) {
  const meta = [source.publisher, source.published].filter(Boolean).join(' · ');
  return (
    <li className="source-row" data-testid="source-row" data-source-id={source.id}>
      <button type="button" className="source-open" data-testid="source-open" onClick={() => onOpen(source.id)} title="Open the source">
        <span className="source-title">{source.title}</span>
        {meta && <span className="source-row-meta">{meta}</span>}
        <span className="source-cites" data-testid="source-cites" data-claims={source.citedBy.edges}>
          {citedBy(source)}
        </span>
      </button>
      {source.snippet && <p className="source-snippet">{source.snippet}</p>}
      <details className="source-details">
        <summary>Details</summary>
        <dl>
          {source.author && (
            <>
              <dt>Author</dt>
              <dd>{source.author}</dd>
            </>
          )}
          {source.url && (
            <>
              <dt>URL</dt>
              <dd className="source-url">{source.url}</dd>
            </>
          )}
          {source.accessed && (
            <>
              <dt>Accessed</dt>
              <dd>{source.accessed}</dd>
            </>
          )}
          <dt>Text</dt>
          <dd>{plural(source.characters, 'character')}, {plural(source.citedBy.quotes, 'quote')}</dd>
          <dt title="SHA-256 of the stored text: quotes cite it by position, so it never changes once cited">SHA-256</dt>
          <dd className="source-hash" data-testid="source-sha256">
            {source.sha256}
          </dd>
        </dl>
      </details>
    </li>
  );
}

function SourcesPanelView({ shown, call, graph, revision, onOpen, onAdd }: Props) {
  const [query, setQuery] = useState('');
  const [list, setList] = useState<{ key: string; value: SourceList } | null>(null);
  const key = `${graph}|${revision}|${query}`;
  useEffect(() => {
    if (!shown) return;
    let live = true;
    void call('sourceList', query.trim() ? { query: query.trim() } : {}).then((value) => {
      if (live && value) setList({ key, value });
    });
    return () => {
      live = false;
    };
  }, [shown, call, key, query]);
  const value = list?.value;
  return (
    <section className="sources-panel" data-testid="sources-panel" data-ready={list?.key === key || undefined} aria-label="Sources">
      <div className="sources-head">
        <input
          type="search"
          className="sources-search"
          data-testid="sources-search"
          placeholder="Search titles, publishers and texts"
          aria-label="Search the sources"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="button" onClick={onAdd} data-testid="sources-add">
          Add…
        </button>
      </div>
      {value && (
        <p className="muted sources-count" data-testid="sources-count">
          {query.trim() ? `${plural(value.sources.length, 'source')} of ${formatCount(value.total)} match` : plural(value.total, 'source')}
        </p>
      )}
      <ul className="sources-list" data-testid="sources-list">
        {value?.sources.map((s) => (
          <SourceRow key={s.id} source={s} onOpen={onOpen} />
        ))}
      </ul>
    </section>
  );
}

/** Rendered again only when its data changes (steady.tsx). */
export const SourcesPanel = steady(SourcesPanelView);
