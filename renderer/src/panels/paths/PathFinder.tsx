// The path finder: from / to pickers, shortest path or all simple paths up to N (capped),
// optionally only through the active filters. The chosen path is highlighted on the canvas
// and listed hop by hop with its evidence.
import { useRef, useState } from 'react';
import type { EvidenceView, FilterSpec, NodeRef, PathResult } from '../../../../graph-data/src/contract.js';
import { isFilterActive } from '../../state/filters/filter-spec.js';
import type { useExplorer } from '../../state/use-explorer.js';
import { NodePicker } from './NodePicker.js';
import { PathHops } from './PathHops.js';
import './paths.css';
import { steady } from '../steady.js';

type Call = ReturnType<typeof useExplorer>['call'];

interface Props {
  call: Call;
  filter: FilterSpec;
  onShowPath(path: PathResult | null, title: string): void;
  onSelectNode(id: string): void;
  onOpenEvidence(evidence: EvidenceView): void;
  onResetFilters(): void;
  /** Ends to start with (a selection sent to the path search). */
  initialFrom?: NodeRef | null;
  initialTo?: NodeRef | null;
}

interface Outcome {
  from: NodeRef;
  to: NodeRef;
  mode: 'shortest' | 'all';
  filtered: boolean;
  paths: PathResult[];
  capped: boolean;
}

const pathTitle = (o: Pick<Outcome, 'from' | 'to'>) => `${o.from.label} → ${o.to.label}`;

function PathFinderPanel({ call, filter, onShowPath, onSelectNode, onOpenEvidence, onResetFilters, initialFrom = null, initialTo = null }: Props) {
  const [from, setFrom] = useState<NodeRef | null>(initialFrom);
  const [to, setTo] = useState<NodeRef | null>(initialTo);
  const [mode, setMode] = useState<'shortest' | 'all'>('shortest');
  const [maxLength, setMaxLength] = useState(4);
  const [cap, setCap] = useState(20);
  const [throughFilter, setThroughFilter] = useState(true);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [chosen, setChosen] = useState(0);
  const filterActive = isFilterActive(filter);
  // Enter in a picker can run before React has re-rendered with the node it just chose.
  const ends = useRef<{ from: NodeRef | null; to: NodeRef | null }>({ from: initialFrom, to: initialTo });

  const show = (o: Outcome, index: number) => {
    setChosen(index);
    onShowPath(o.paths[index] ?? null, pathTitle(o));
  };

  const run = async (useFilter = throughFilter) => {
    const { from: a, to: b } = ends.current;
    if (!a || !b || running) return;
    setRunning(true);
    const spec = useFilter && filterActive ? filter : undefined;
    const o: Outcome = { from: a, to: b, mode, filtered: spec !== undefined, paths: [], capped: false };
    if (mode === 'shortest') {
      const found = await call('shortestPath', { from: a.id, to: b.id, ...(spec ? { filter: spec } : {}) });
      o.paths = found?.path ? [found.path] : [];
    } else {
      const found = await call('allPaths', { from: a.id, to: b.id, maxLength, limit: cap, ...(spec ? { filter: spec } : {}) });
      o.paths = found?.paths ?? [];
      o.capped = found?.capped ?? false;
    }
    setRunning(false);
    setOutcome(o);
    show(o, 0);
  };

  const pick = (end: 'from' | 'to', node: NodeRef) => {
    ends.current = { ...ends.current, [end]: node };
    if (end === 'from') setFrom(node);
    else setTo(node);
  };
  const selected = outcome?.paths[chosen];

  return (
    <section className="path-finder" aria-label="Path finder">
      <h2>Find paths</h2>
      <form
        className="path-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <label className="path-end">
          <span>From</span>
          <NodePicker testId="path-from" initialText={initialFrom?.label} label="Path from" placeholder="Who or what…" onChoose={(hit) => pick('from', hit)} onSubmit={() => void run()} />
        </label>
        <label className="path-end">
          <span>To</span>
          <NodePicker testId="path-to" initialText={initialTo?.label} label="Path to" placeholder="…to whom or what" onChoose={(hit) => pick('to', hit)} onSubmit={() => void run()} />
        </label>
        <fieldset className="path-mode">
          <legend>Which paths</legend>
          <label>
            <input type="radio" name="path-mode" data-testid="path-mode-shortest" checked={mode === 'shortest'} onChange={() => setMode('shortest')} /> Shortest path
          </label>
          <label>
            <input type="radio" name="path-mode" data-testid="path-mode-all" checked={mode === 'all'} onChange={() => setMode('all')} /> All simple paths up to
            <input
              type="number"
              min={1}
              max={8}
              value={maxLength}
              data-testid="path-max"
              aria-label="Longest path, in hops"
              onChange={(e) => setMaxLength(Math.min(8, Math.max(1, Math.round(Number(e.target.value)) || 1)))}
              onFocus={() => setMode('all')}
            />
            hops, at most
            <input
              type="number"
              min={1}
              max={1000}
              value={cap}
              data-testid="path-cap"
              aria-label="Most paths to list"
              onChange={(e) => setCap(Math.min(1000, Math.max(1, Math.round(Number(e.target.value)) || 1)))}
              onFocus={() => setMode('all')}
            />
          </label>
        </fieldset>
        <label className="path-through">
          <input type="checkbox" data-testid="path-through-filter" checked={throughFilter} onChange={(e) => setThroughFilter(e.target.checked)} />
          Only through the active filters {!filterActive && <span className="muted">(none active)</span>}
        </label>
        <div className="path-buttons">
          <button type="submit" data-testid="path-run" disabled={!from || !to || running}>
            {running ? 'Searching…' : 'Find'}
          </button>
          {outcome && (
            <button
              type="button"
              onClick={() => {
                setOutcome(null);
                onShowPath(null, '');
              }}
            >
              Clear
            </button>
          )}
        </div>
      </form>

      {running && (
        <p className="path-status" role="status">
          <span className="spinner" aria-hidden /> Searching…
        </p>
      )}
      {!running && outcome && outcome.paths.length === 0 && (
        <div className="path-none" data-testid="path-none" role="status">
          <p>
            No {outcome.mode === 'all' ? `path of at most ${maxLength} hops` : 'path'} between <strong>{outcome.from.label}</strong> and <strong>{outcome.to.label}</strong>
            {outcome.filtered ? ' through the active filters.' : '.'}
          </p>
          {outcome.filtered ? (
            <p>
              Loosen the filters, or{' '}
              <button type="button" className="link" onClick={() => void run(false)}>
                search ignoring them
              </button>
              {' · '}
              <button type="button" className="link" onClick={onResetFilters}>
                reset the filters
              </button>
            </p>
          ) : (
            outcome.mode === 'all' && <p>Allow longer paths, or try the shortest path.</p>
          )}
        </div>
      )}
      {!running && outcome && selected && (
        <div className="path-result" data-testid="path-result" role="status">
          <p className="path-summary">
            {outcome.mode === 'shortest'
              ? `Shortest path: ${selected.hops.length} hop${selected.hops.length === 1 ? '' : 's'}`
              : `${outcome.paths.length} path${outcome.paths.length === 1 ? '' : 's'}, shortest first`}
            {outcome.filtered && ' (through the active filters)'}
          </p>
          {outcome.capped && (
            <p className="path-capped" data-testid="path-capped">
              Capped: there are more paths than the {outcome.paths.length} listed. Raise the cap or shorten the length to see them all.
            </p>
          )}
          {outcome.paths.length > 1 && (
            <ul className="path-choices" aria-label="Paths found">
              {outcome.paths.map((p, i) => (
                <li key={i}>
                  <button type="button" data-testid="path-choice" aria-pressed={i === chosen} onClick={() => show(outcome, i)}>
                    {i + 1}. {p.hops.length} hops · via {p.nodes.slice(1, -1).map((n) => n.label).join(', ') || 'a direct link'}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <PathHops path={selected} onSelectNode={onSelectNode} onOpenEvidence={onOpenEvidence} />
        </div>
      )}
    </section>
  );
}

/** Rendered again only when its data changes (steady.tsx). */
export const PathFinder = steady(PathFinderPanel);
