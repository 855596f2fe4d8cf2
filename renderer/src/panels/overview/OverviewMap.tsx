// The overview drawn over the canvas: one circle a community (area by members, the
// largest in the middle), lines weighted by the edges between them, and beside it the
// same communities as a list, keyboard-reachable, each expanding into its members.
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { Overview, OverviewGroup } from '../../../../graph-data/src/contract.js';
import type { NodeKind } from '../../../../graph-data/src/schema/vocabulary.js';
import { BASE_COLOURS, kindColour, type Theme } from '../../graph-view/palette.js';
import { groupName, type OverviewState } from './use-overview.js';
import './overview.css';
import { formatCount } from '../../state/plural.js';

/** Lines drawn at most: the strongest links between communities. */
const MAX_LINKS = 400;
const fmt = formatCount;

function mainKind(group: OverviewGroup): NodeKind {
  let best: NodeKind = group.leader.kind;
  let most = -1;
  for (const [kind, n] of Object.entries(group.kinds) as [NodeKind, number][]) if (n > most) [best, most] = [kind, n];
  return best;
}

function elements(overview: Overview, theme: Theme): cytoscape.ElementDefinition[] {
  const largest = overview.groups[0]?.size ?? 1;
  const heaviest = overview.links[0]?.edges ?? 1;
  const nodes = overview.groups.map((g) => ({
    data: {
      id: `g${g.id}`,
      label: `${groupName(g)}\n${fmt(g.size)}`,
      size: g.size,
      // Area in proportion to members: a community twice as large looks twice as large.
      diameter: 24 + 96 * Math.sqrt(g.size / largest),
      colour: kindColour(theme, mainKind(g)),
    },
  }));
  const edges = overview.links.slice(0, MAX_LINKS).map((l) => ({
    data: { id: `l${l.source}-${l.target}`, source: `g${l.source}`, target: `g${l.target}`, width: 1 + 7 * Math.sqrt(l.edges / heaviest), edges: l.edges },
  }));
  return [...nodes, ...edges];
}

function style(theme: Theme): cytoscape.StylesheetJson {
  const base = BASE_COLOURS[theme];
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'data(diameter)',
        height: 'data(diameter)',
        'background-color': 'data(colour)',
        'background-opacity': 0.85,
        'border-width': 2,
        'border-color': base.textOutline,
        color: base.text,
        'font-size': 15,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': base.textOutline,
        'text-outline-width': 2,
        // Labels under ~9 screen pixels are not drawn; zooming in brings them.
        'min-zoomed-font-size': 9,
      },
    },
    { selector: 'node:selected', style: { 'border-color': '#d6249f', 'border-width': 4 } },
    { selector: 'edge', style: { width: 'data(width)', 'line-color': base.edge, opacity: 0.5, 'curve-style': 'haystack' } },
  ];
}

export function OverviewMap({ state, theme, onExpand }: { state: OverviewState; theme: Theme; onExpand(group: OverviewGroup): void }) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [drawn, setDrawn] = useState(false);
  const overview = state.status === 'ready' ? state.overview : null;
  const expandRef = useRef(onExpand);
  useEffect(() => {
    expandRef.current = onExpand;
  }, [onExpand]);

  useEffect(() => {
    if (!overview || !container.current) return;
    const cy = cytoscape({
      container: container.current,
      elements: elements(overview, theme),
      style: style(theme),
      // A few dozen nodes: concentric by size is instant and puts the largest in the middle.
      layout: { name: 'concentric', concentric: (n) => n.data('size') as number, levelWidth: () => Math.max(1, (overview.groups[0]?.size ?? 1) / 5), minNodeSpacing: 20, animate: false },
      pixelRatio: 1,
      wheelSensitivity: 0.3,
    });
    cyRef.current = cy;
    const byNode = (id: string) => overview.groups.find((g) => `g${g.id}` === id);
    cy.on('tap', 'node', (e) => setSelected(byNode(e.target.id())?.id ?? null));
    cy.on('dbltap', 'node', (e) => {
      const group = byNode(e.target.id());
      if (group) expandRef.current(group);
    });
    cy.ready(() => setDrawn(true));
    return () => {
      cy.destroy();
      cyRef.current = null;
      setDrawn(false);
    };
  }, [overview, theme]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes().unselect();
    if (selected !== null) cy.getElementById(`g${selected}`).select();
  }, [selected]);

  if (state.status === 'off') return null;
  const hidden = state.status === 'ready' && !state.shown;
  return (
    <section className="overview" data-testid="overview" data-ready={drawn ? 'true' : 'false'} data-groups={overview?.groups.length ?? 0} hidden={hidden} aria-label="Overview of the graph by community">
      <div ref={container} className="overview-canvas" data-testid="overview-canvas" role="img" aria-label={overview ? `${overview.groups.length} largest communities of ${fmt(overview.nodeCount)} nodes` : 'Computing communities'} />
      {!overview && (
        <div className="canvas-progress" role="status">
          <span className="spinner" aria-hidden /> Finding communities in the whole graph…
        </div>
      )}
      {overview && (
        <aside className="overview-list" aria-label="Communities">
          <h2>
            {fmt(overview.groups.length)} largest of {fmt(overview.communityCount)} communities
          </h2>
          <p className="overview-note">
            Louvain over all {fmt(overview.nodeCount)} nodes (modularity {overview.modularity.toFixed(2)}). Search, filters, paths and measures still cover the whole graph.
          </p>
          <ol>
            {overview.groups.map((g) => (
              <li key={g.id} className={selected === g.id ? 'selected' : undefined}>
                <button type="button" className="overview-pick" onClick={() => setSelected(g.id)} aria-pressed={selected === g.id}>
                  <span className="overview-name">{groupName(g)}</span>
                  <span className="overview-size" data-testid={`overview-size-${g.id}`} data-size={g.size}>
                    {fmt(g.size)} members
                  </span>
                </button>
                <button type="button" data-testid={`overview-expand-${g.id}`} onClick={() => onExpand(g)} title={`Show ${groupName(g)}: its best-connected members on the canvas`}>
                  Expand
                </button>
              </li>
            ))}
          </ol>
        </aside>
      )}
    </section>
  );
}
