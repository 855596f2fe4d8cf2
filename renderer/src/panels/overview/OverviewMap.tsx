// The overview drawn over the canvas: one circle a community (area by members, the
// largest in the middle, each of the largest in a colour of its own), named where the names fit,
// lines weighted by the edges between them, and beside it the same communities as a list,
// keyboard-reachable, each expanding into its members.
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { Overview, OverviewGroup } from '../../../../graph-data/src/contract.js';
import { BASE_COLOURS, communityColour, type Theme } from '../../graph-view/palette.js';
import { addInSlices, type Cancel } from '../../graph-view/add-elements.js';
import { listedDefinitions } from '../../graph-view/elements.js';
import { installLabelEllipsis } from '../../graph-view/label-ellipsis.js';
import { LABEL_MAX_PX, placeOverviewLabels } from './overview-labels.js';
import { groupName, type OverviewState } from './use-overview.js';
import './overview.css';
import { formatCount } from '../../state/plural.js';

/** Lines drawn at most: the strongest links between communities. */
const MAX_LINKS = 400;
const fmt = formatCount;

/** A pan or zoom has ended once the viewport is still this long: the labels are placed again. */
const SETTLE_MS = 120;

function circles(overview: Overview, theme: Theme): cytoscape.ElementDefinition[] {
  const largest = overview.groups[0]?.size ?? 1;
  return overview.groups.map((g, rank) => ({
    data: {
      id: `g${g.id}`,
      label: groupName(g),
      size: g.size,
      // Area in proportion to members: a community twice as large looks twice as large.
      diameter: 24 + 96 * Math.sqrt(g.size / largest),
      // As the list's swatches: the largest communities in hues of their own, the rest grey.
      colour: communityColour(theme, rank),
    },
  }));
}

function lines(overview: Overview): cytoscape.ElementDefinition[] {
  const heaviest = overview.links[0]?.edges ?? 1;
  return overview.links.slice(0, MAX_LINKS).map((l) => ({
    data: { id: `l${l.source}-${l.target}`, source: `g${l.source}`, target: `g${l.target}`, width: 1 + 7 * Math.sqrt(l.edges / heaviest), edges: l.edges },
  }));
}

function style(theme: Theme): cytoscape.StylesheetJson {
  const base = BASE_COLOURS[theme];
  return [
    {
      selector: 'node',
      style: {
        width: 'data(diameter)',
        height: 'data(diameter)',
        'background-color': 'data(colour)',
        'background-opacity': 0.85,
        'border-width': 2,
        'border-color': base.textOutline,
        color: base.text,
        'text-wrap': 'ellipsis',
        'text-valign': 'bottom',
        'text-outline-color': base.textOutline,
        'text-outline-width': 2,
      },
    },
    // Only where the label grid found room (overview-labels.ts), at the same screen size at any zoom.
    { selector: 'node.labelled', style: { label: 'data(label)', 'font-size': 'data(labelPx)', 'text-max-width': 'data(labelWidth)', 'text-margin-y': 4 } },
    { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -4 } },
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
  // The viewport's listener reads the selection, which the label grid names first.
  const selectedRef = useRef<string | null>(null);
  useEffect(() => {
    expandRef.current = onExpand;
  }, [onExpand]);

  useEffect(() => {
    const box = container.current;
    if (!overview || !box) return;
    let cy: Core | null = null;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const cancel: Cancel = { cancelled: false };
    // Made after React's commit of the list, the circles laid out and framed in one task and the
    // lines added in slices after it: all in one task, they made one of 105–150 ms when a 200k
    // graph opened (the framing styled and measured every line), and the first frame another.
    const create = setTimeout(() => {
      const map = cytoscape({
        container: box,
        elements: circles(overview, theme),
        style: style(theme),
        // A few dozen nodes: concentric by size is instant and puts the largest in the middle.
        // Framed with room at the sides for the names of the circles there (LABEL_MAX_PX wide, centred).
        layout: { name: 'concentric', concentric: (n) => n.data('size') as number, levelWidth: () => Math.max(1, (overview.groups[0]?.size ?? 1) / 5), minNodeSpacing: 20, animate: false, padding: LABEL_MAX_PX / 2 + 8 },
        pixelRatio: 1,
        wheelSensitivity: 0.3,
      });
      cy = cyRef.current = map;
      // Cytoscape's own cut measures every prefix of a label at each draw.
      installLabelEllipsis(map);
      const byNode = (id: string) => overview.groups.find((g) => `g${g.id}` === id);
      map.on('tap', 'node', (e) => setSelected(byNode(e.target.id())?.id ?? null));
      map.on('dbltap', 'node', (e) => {
        const group = byNode(e.target.id());
        if (group) expandRef.current(group);
      });
      // Shown again after the canvas had the room (display: none), or the window resized: placed anew too.
      map.on('viewport resize', () => {
        clearTimeout(settle);
        settle = setTimeout(() => placeOverviewLabels(map, selectedRef.current), SETTLE_MS);
      });
      // Each slice's lines styled as they go in, so the frame after the last only draws.
      void addInSlices(map, listedDefinitions(lines(overview)), cancel, { showGrowing: false }).then((added) => {
        if (!added) return;
        placeOverviewLabels(map, selectedRef.current);
        setDrawn(true);
      });
    }, 0);
    return () => {
      cancel.cancelled = true;
      clearTimeout(create);
      clearTimeout(settle);
      cy?.destroy();
      cyRef.current = null;
      setDrawn(false);
    };
  }, [overview, theme]);

  useEffect(() => {
    selectedRef.current = selected === null ? null : `g${selected}`;
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes().unselect();
    if (selected !== null) cy.getElementById(`g${selected}`).select();
    placeOverviewLabels(cy, selectedRef.current);
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
            Louvain over all {fmt(overview.nodeCount)} nodes (modularity {overview.modularity.toFixed(2)}). Search, paths and measures still cover the whole graph; filters act on what is drawn.
          </p>
          <ol>
            {overview.groups.map((g, rank) => (
              <li key={g.id} className={selected === g.id ? 'selected' : undefined}>
                <span className="overview-swatch" style={{ background: communityColour(theme, rank) }} aria-hidden />
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
