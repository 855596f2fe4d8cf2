// The analysis layer of the window in one hook: filters (service-evaluated, kept in the view
// history), the path / compare highlight, measures and communities, saved views and the
// side-panel tabs. App renders what it returns; the Cytoscape instance stays in GraphCanvas.
import { type ReactNode, type RefObject, useCallback, useMemo, useState } from 'react';
import type { DatasetInfo, EvidenceView, FilterSpec, NodeRef, PathResult } from '../../../../graph-data/src/contract.js';
import type { GraphCanvasHandle, Selection } from '../../graph-view/GraphCanvas.js';
import type { LayoutName } from '../../graph-view/layouts.js';
import type { Theme } from '../../graph-view/palette.js';
import type { Highlight } from '../../graph-view/use-highlight.js';
import { describeFilter, isFilterActive, resetFilter as keepModes, yearSpan } from '../../state/filters/filter-spec.js';
import { visibleCounts, withForced } from '../../state/view-history.js';
import { chipVocabulary } from '../../state/filters/groups.js';
import { useAttributeCatalog } from '../../state/filters/use-attribute-catalog.js';
import { facetScope } from '../../state/filters/facet-scope.js';
import { useFacets, WithFacets } from '../../state/filters/use-facets.js';
import { useFilterResult } from '../../state/filters/use-filter-result.js';
import type { SavedView } from '../../state/saved-views/schema.js';
import { datasetMismatch, toSavedView, toViewState } from '../../state/saved-views/snapshot.js';
import { useSavedViews } from '../../state/saved-views/use-saved-views.js';
import type { useExplorer } from '../../state/use-explorer.js';
import { key, type Shortcut } from '../../use-shortcuts.js';
import { FilterChips, FilteredEmpty } from '../filters/FilterChips.js';
import { FiltersPanel } from '../filters/FiltersPanel.js';
import { DEFAULT_STYLE, type StyleChoices } from '../measures/choices.js';
import { MeasuresPanel } from '../measures/MeasuresPanel.js';
import { communityLegend } from '../../graph-view/community-legend.js';
import { useMeasures } from '../measures/use-measures.js';
import { PathFinder } from '../paths/PathFinder.js';
import { WhyConnected } from '../paths/WhyConnected.js';
import { SavedViewsPanel } from './SavedViewsPanel.js';
import { AppearancePanel } from '../appearance/AppearancePanel.js';
import { exportColourLegend, useAppearance } from '../appearance/use-appearance.js';
import { type Appearance, DEFAULT_APPEARANCE } from '../../state/appearance/settings.js';
import { SidePanel, type SideTab } from './SidePanel.js';
import { byId } from '../../state/id-index.js';

type Explorer = ReturnType<typeof useExplorer>;

export interface AnalysisOptions {
  explorer: Explorer;
  info: DatasetInfo | null;
  theme: Theme;
  selection: Selection;
  setSelection(selection: Selection): void;
  layout: LayoutName;
  setLayout(layout: LayoutName): void;
  canvas: RefObject<GraphCanvasHandle | null>;
  onOpenEvidence(evidence: EvidenceView): void;
  /** Everything selected: with exactly two nodes, C compares them. */
  selectedNodes: readonly string[];
}

const NO_NODES: string[] = [];

export function useAnalysis(o: AnalysisOptions) {
  const { explorer, info, theme, selection, setSelection, canvas } = o;
  const { view, call, actions } = explorer;
  const [tab, setTab] = useState<SideTab>('details');
  const [focusRequest, setFocusRequest] = useState(0);
  const [highlight, setHighlight] = useState<Highlight | null>(null);
  const [compare, setCompare] = useState<{ a: NodeRef; b: NodeRef | null } | null>(null);
  const [style, setStyle] = useState<StyleChoices>(DEFAULT_STYLE);
  const [appearanceSettings, setAppearance] = useState<Appearance>(DEFAULT_APPEARANCE);
  // The open graph's identity: every answer below is about it, and none survives another.
  const dataset = view?.graph ?? null;
  const [frame, setFrame] = useState<{ ids: string[]; key: number } | null>(null);
  const [pathSeed, setPathSeed] = useState<{ from: NodeRef; to: NodeRef | null; key: number } | null>(null);
  const [graphOfState, setGraphOfState] = useState(dataset);
  if (graphOfState !== dataset) {
    // Adjusting state while rendering (React's pattern for "reset when a prop changes").
    setGraphOfState(dataset);
    setHighlight(null);
    setCompare(null);
    setFrame(null);
    // Attributes and colours chosen for one graph mean nothing in another.
    setAppearance(DEFAULT_APPEARANCE);
  }

  const filter = view?.filter ?? null;
  const forced = highlight?.nodes ?? NO_NODES;
  const nodes = view?.nodes;
  const hidden = view?.hidden;
  const pins = view?.pinned;
  const graph = view?.graph;
  const scope = useMemo(() => (graph !== undefined && nodes && hidden && pins ? facetScope({ graph, nodes, hidden, pinned: pins }, info, forced) : null), [graph, nodes, hidden, pins, info, forced]);
  const facets = useFacets(call, filter, dataset, scope);
  const catalog = useAttributeCatalog(call, dataset);
  const outcome = useFilterResult(call, view, forced);
  const shown = useMemo(() => (view ? visibleCounts(view, withForced(outcome.visible, highlight)) : null), [view, outcome.visible, highlight]);
  const measures = useMeasures(call, style, dataset, info?.nodeCount ?? 0);
  const saved = useSavedViews();
  const appearance = useAppearance(call, view, info, theme, appearanceSettings);
  const communityChoice = useMemo(() => ({ on: style.communities, onChange: (on: boolean) => setStyle((s) => ({ ...s, communities: on })) }), [style.communities]);
  const communitiesNamed = useMemo(() => (measures.communities ? communityLegend(measures.communities, theme) : null), [measures.communities, theme]);

  // The vocabulary names every value of every facet (thousands of claimants on a large graph):
  // built when the filter changes, not whenever the facets do (each edit brings new ones).
  const changeFilter = useCallback(
    (next: FilterSpec) => {
      const now = facets.current(dataset);
      actions.setFilter(next, describeFilter(next, chipVocabulary(now), yearSpan(now?.dateRange ?? null)));
    },
    [actions, facets, dataset],
  );
  const resetFilter = () => changeFilter(keepModes(filter ?? {}));
  const filterActive = filter !== null && isFilterActive(filter);

  const nodeRef = (id: string): NodeRef => {
    const node = byId(view?.nodes, id);
    return node ? { id, label: node.label, kind: node.kind } : { id, label: id, kind: 'other' };
  };
  const selectNode = (id: string) => {
    setSelection({ type: 'node', id });
    requestAnimationFrame(() => canvas.current?.center(id));
  };
  /** Brings the node into the view if it is missing, then selects and centres it. */
  const pickNode = (node: Pick<NodeRef, 'id' | 'label'>) => void actions.include([node.id], `Added ${node.label}`).then(() => selectNode(node.id));
  const openTab = (next: SideTab) => {
    setTab(next);
    setFocusRequest((n) => n + 1);
  };
  const startCompare = (a: NodeRef, b: NodeRef | null) => {
    setCompare({ a, b });
    setTab('compare');
    // Without a second node yet, the picker for it gets the focus.
    if (!b) setFocusRequest((n) => n + 1);
  };

  const showPath = (path: PathResult | null, title: string) => {
    if (!path) {
      setHighlight(null);
      return;
    }
    const nodes = path.nodes.map((n) => n.id);
    const hops = path.hops.length;
    const caption = `Path from ${path.nodes[0]?.label ?? '?'} to ${path.nodes.at(-1)?.label ?? '?'} highlighted (${hops} ${hops === 1 ? 'hop' : 'hops'})`;
    setHighlight({ nodes, edges: path.hops.map((h) => h.edgeId), caption });
    // The view frames the path once its nodes are in it.
    setFrame((f) => ({ ids: nodes, key: (f?.key ?? 0) + 1 }));
    void actions.include(nodes, `Showed the path ${title}`);
  };

  const snapshot = (name: string): SavedView | null =>
    view && info ? toSavedView(name, info, { view, selection, layout: o.layout, style, appearance: appearanceSettings }) : null;
  const openSaved = async (savedView: SavedView): Promise<string | null> => {
    const mismatch = datasetMismatch(savedView, info);
    if (mismatch) return mismatch;
    const graph = await call('view', { ids: savedView.nodes });
    if (!graph) return `Could not open “${savedView.name}”: the graph service did not answer.`;
    actions.open(toViewState(savedView, graph));
    o.setLayout(savedView.layout);
    setStyle(savedView.style);
    setAppearance(savedView.appearance ?? DEFAULT_APPEARANCE);
    setSelection(savedView.selection);
    setHighlight(null);
    return null;
  };

  const closeOverlays = tab !== 'details' || highlight !== null;
  const shortcuts: Shortcut[] = [
    ...(closeOverlays
      ? [
          {
            test: key('Escape'),
            run: () => {
              if (tab !== 'details') setTab('details');
              else setHighlight(null);
            },
          },
        ]
      : []),
    { test: key('p'), run: () => openTab('paths') },
    { test: key('m'), run: () => openTab('measures') },
    { test: key('a'), run: () => openTab('appearance') },
    { test: key('v'), run: () => openTab('views') },
    {
      test: key('c'),
      run: () => {
        const [a, b] = o.selectedNodes;
        if (o.selectedNodes.length === 2 && a !== undefined && b !== undefined) startCompare(nodeRef(a), nodeRef(b));
        else if (selection?.type === 'node') startCompare(nodeRef(selection.id), null);
        else openTab('compare');
      },
    },
  ];

  const sidePanel = (details: ReactNode, sources: ReactNode) => (
    <SidePanel
      // Paths, compare, measures and saved-view forms hold picks of the graph they were made on.
      key={dataset ?? ''}
      tab={tab}
      onTab={setTab}
      focusRequest={focusRequest}
      panels={{
        details,
        sources,
        paths: (
          <PathFinder
            // A selection sent to the path search starts it afresh with its ends.
            key={pathSeed?.key ?? 0}
            initialFrom={pathSeed?.from ?? null}
            initialTo={pathSeed?.to ?? null}
            call={call}
            filter={filter ?? {}}
            onShowPath={showPath}
            onSelectNode={selectNode}
            onOpenEvidence={o.onOpenEvidence}
            onResetFilters={resetFilter}
          />
        ),
        compare: compare ? (
          <WhyConnected
            a={compare.a}
            b={compare.b}
            onPickB={(b) => setCompare({ a: compare.a, b })}
            onShow={(h, ids) => {
              setHighlight(h);
              void actions.include(ids, `Compared ${compare.a.label} and ${compare.b?.label ?? ''}`);
            }}
            onSelectNode={(id) => pickNode(nodeRef(id))}
            onOpenEvidence={o.onOpenEvidence}
          />
        ) : (
          <p className="muted side-hint">Select two nodes (click one, Shift+click the other) and press C, or use “Compare with…” in a node's details, to see why they are connected.</p>
        ),
        measures: <MeasuresPanel style={style} onStyle={setStyle} state={measures} nodeCount={info?.nodeCount ?? 0} theme={theme} onPick={pickNode} />,
        appearance: (
          <AppearancePanel
            settings={appearanceSettings}
            resolved={appearance.resolved}
            onChange={setAppearance}
            catalog={appearance.catalog}
            legend={appearance.legend}
            communities={communityChoice}
            file={appearance.file}
          />
        ),
        views: <SavedViewsPanel saved={saved} info={info} snapshot={snapshot} onOpen={openSaved} />,
      }}
    />
  );

  return {
    shortcuts,
    /** Puts a selection's first two nodes into the path finder and opens it. */
    searchPaths: (from: NodeRef, to: NodeRef | null) => {
      setPathSeed((s) => ({ from, to, key: (s?.key ?? 0) + 1 }));
      openTab('paths');
    },
    /** A search result was chosen: show its details, whichever tab was open. */
    showDetails: () => setTab('details'),
    /** The Sources tab is showing (its list is fetched only then). */
    sourcesShown: tab === 'sources',
    sidePanel,
    /** The communities the canvas is coloured by, named, for the legends; null when colour shows kinds. */
    communityLegend: communitiesNamed,
    /** The colour legend an export draws: communities, else the Appearance colours. */
    exportColours: communitiesNamed ?? exportColourLegend(appearance.legend),
    /** What node colour means under the Appearance settings (null: kinds), for the legends. */
    colourLegend: appearance.legend,
    /** The filters' facet counts, for what shows them (the legend lists only the statuses the graph holds). */
    facets: { source: facets, dataset },
    /** Outcome of the filter for the status bar. */
    visible: outcome.visible,
    filtersPanel: (
      <WithFacets source={facets} dataset={dataset}>
        {(now) => <FiltersPanel filter={filter ?? {}} facets={now} catalog={catalog} theme={theme} hidden={outcome.hidden} shown={shown} onChange={changeFilter} onReset={resetFilter} />}
      </WithFacets>
    ),
    chips: (
      <WithFacets source={facets} dataset={dataset}>
        {(now) => <FilterChips filter={filter ?? {}} facets={now} span={yearSpan(now?.dateRange ?? null)} onChange={changeFilter} onReset={resetFilter} />}
      </WithFacets>
    ),
    canvasProps: {
      visible: outcome.visible,
      filterPending: outcome.pending,
      highlight,
      frame,
      measureStyle: measures.canvasStyle,
      appearance: appearance.draw,
      empty: filterActive ? <FilteredEmpty onReset={resetFilter} /> : undefined,
    },
    /** Extra node actions for the details panel: pin and compare. */
    nodeActions: {
      isPinned: (id: string) => view?.pinned.includes(id) ?? false,
      onPin: (id: string, label: string, pinned: boolean) => actions.pin([id], label, pinned),
      onCompare: (id: string, label: string) => startCompare({ ...nodeRef(id), label }, null),
    },
  };
}
