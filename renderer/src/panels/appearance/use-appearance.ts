// The Appearance settings worked out for the open graph and view: which source each setting
// really uses ('auto' resolved), the values it needs (attributes, measures), what the canvas
// draws (AppearanceDraw) and what the legend shows.
import { useEffect, useMemo, useState } from 'react';
import type { AttributeCatalog, DatasetInfo, ViewEdge, ViewNode } from '../../../../graph-data/src/contract.js';
import { layoutUnit, numeric, partition, partitionKey, type PartitionClass, position, rangeOf, rankingColour, rankingStops } from '../../graph-view/appearance-scale.js';
import type { CommunityLegend } from '../../graph-view/community-legend.js';
import type { Theme } from '../../graph-view/palette.js';
import type { AppearanceDraw } from '../../graph-view/use-appearance-style.js';
import { type Appearance, parseSource } from '../../state/appearance/settings.js';
import type { useExplorer } from '../../state/use-explorer.js';
import { idsOf } from '../../state/id-index.js';
import type { ViewState } from '../../state/view-history.js';
import { useSourceValues } from './use-source-values.js';

type Call = ReturnType<typeof useExplorer>['call'];

export type ColourLegend =
  | { type: 'partition'; title: string; source: string; classes: PartitionClass[]; others: { values: number; count: number; colour: string } | null }
  | { type: 'ranking'; title: string; min: number; max: number; stops: string[] }
  | { type: 'file'; count: number };

/**
 * The colour legend in the export's terms (decorations.ts lists the classes whose colour is in
 * the picture). Any colour other than kinds makes kinds go by shape: an empty list says so.
 */
export function exportColourLegend(legend: ColourLegend | null): CommunityLegend | null {
  if (!legend) return null;
  if (legend.type !== 'partition') return { title: legend.type === 'file' ? 'Colours' : legend.title, items: [], others: null };
  const items = legend.classes.map((c, community) => ({ community, name: `${c.value} (${c.count})`, size: c.count, colour: c.colour }));
  return { title: legend.title, items, others: legend.others ? { count: legend.others.values, colour: legend.others.colour } : null };
}

export interface AppearanceState {
  /** The settings with 'auto' replaced by what it means for this graph. */
  resolved: Appearance;
  catalog: AttributeCatalog | null;
  draw: AppearanceDraw | null;
  /** What node colour means now; null when kinds colour the nodes. */
  legend: ColourLegend | null;
  /** What the file itself gives (colours, sizes, weights), for the panel's choices. */
  file: { colours: boolean; sizes: boolean; weights: boolean };
}

const EMPTY: readonly string[] = [];

/**
 * Whether values of the attribute `source` are wanted and not here yet. Only attributes: a
 * measure can take the service seconds (betweenness at 10k), longer than a first picture should wait.
 */
function awaited(source: string, values: unknown): boolean {
  return parseSource(source).type === 'attr' && values === null;
}

/** The catalogue of the open graph, fetched once a graph. */
function useCatalog(call: Call, graph: string | null): AttributeCatalog | null {
  const [catalog, setCatalog] = useState<AttributeCatalog | null>(null);
  useEffect(() => {
    if (graph === null) return;
    let stale = false;
    void call('attributes', {}).then((c) => {
      if (!stale) setCatalog(c);
    });
    return () => {
      stale = true;
    };
  }, [call, graph]);
  return catalog && catalog.graph === graph ? catalog : null;
}

/** What a view's own data says of looks: passes over its nodes and its edges, each redone only when that list changes. */
export interface ViewLooks {
  nodeCount: number;
  fileColours: boolean;
  fileSizes: boolean;
  /** Every node's label is its id: the file has no labels. */
  unlabelled: boolean;
  /** Some edge has a weight of the file's. */
  fileWeights: boolean;
  /** The edges' weights vary. */
  weighted: boolean;
}

export function nodeLooks(nodes: readonly ViewNode[]): Pick<ViewLooks, 'nodeCount' | 'fileColours' | 'fileSizes' | 'unlabelled'> {
  return {
    nodeCount: nodes.length,
    fileColours: nodes.some((n) => n.color !== undefined),
    fileSizes: nodes.some((n) => n.size !== undefined),
    unlabelled: nodes.length > 0 && nodes.every((n) => n.label === n.id),
  };
}

export function edgeLooks(edges: readonly ViewEdge[]): Pick<ViewLooks, 'fileWeights' | 'weighted'> {
  const weights = rangeOf(edges.map((e) => e.weight ?? null));
  return { fileWeights: edges.some((e) => e.weight !== undefined), weighted: weights !== null && weights.max > weights.min };
}

export const viewLooks = (view: Pick<ViewState, 'nodes' | 'edges'> | null): ViewLooks => ({ ...nodeLooks(view?.nodes ?? []), ...edgeLooks(view?.edges ?? []) });

/** 'auto' in our terms: kinds where the graph has them, else the file's own look. */
export function resolveAppearance(settings: Appearance, looks: ViewLooks, info: Pick<DatasetInfo, 'kinds'> | null, catalog: AttributeCatalog | null): Appearance {
  const hasKinds = info !== null && Object.entries(info.kinds).some(([kind, n]) => kind !== 'other' && (n ?? 0) > 0);
  const colorBy = settings.colorBy !== 'auto' ? settings.colorBy : !hasKinds && looks.fileColours ? 'file' : 'kind';
  const sizeBy = settings.sizeBy !== 'auto' ? settings.sizeBy : looks.fileSizes ? 'file' : 'auto';
  const edgeWidthBy = settings.edgeWidthBy !== 'auto' ? settings.edgeWidthBy : looks.weighted ? 'builtin:weight' : 'none';
  let labelBy = settings.labelBy;
  if (labelBy === 'auto') {
    labelBy = 'builtin:label';
    // A file without labels (each node's label is its id) is labelled by the first text attribute naming every node apart.
    const naming = catalog?.node.find((a) => !a.builtin && a.type === 'string' && !a.distinctCapped && a.distinct === a.count && a.count === looks.nodeCount);
    if (looks.unlabelled && naming) labelBy = `attr:${naming.key}`;
  }
  return { ...settings, colorBy, sizeBy, edgeWidthBy, labelBy };
}

const labelText = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : value === null || value === undefined ? '' : String(value));

function scaled(values: ReadonlyMap<string, unknown>, ids: readonly string[], min: number, max: number): Map<string, number> {
  const nums = ids.map((id) => numeric(values.get(id)));
  const range = rangeOf(nums);
  const out = new Map<string, number>();
  ids.forEach((id, i) => {
    const v = nums[i];
    out.set(id, range && v !== null && v !== undefined ? min + position(v, range) * (max - min) : min);
  });
  return out;
}

export function useAppearance(call: Call, view: ViewState | null, info: DatasetInfo | null, theme: Theme, settings: Appearance): AppearanceState {
  const graph = view?.graph ?? null;
  const catalog = useCatalog(call, graph);
  const nodes = view?.nodes;
  const edges = view?.edges;
  const ofNodes = useMemo(() => nodeLooks(nodes ?? []), [nodes]);
  const ofEdges = useMemo(() => edgeLooks(edges ?? []), [edges]);
  const resolved = useMemo(() => resolveAppearance(settings, { ...ofNodes, ...ofEdges }, info, catalog), [settings, ofNodes, ofEdges, info, catalog]);
  const file = useMemo(() => ({ colours: ofNodes.fileColours, sizes: ofNodes.fileSizes, weights: ofEdges.fileWeights }), [ofNodes, ofEdges]);
  // The same ids after an edit that renamed or re-sized elements: their attribute values are not
  // asked again, and the looks they give stay on the canvas meanwhile (a new id list dropped them).
  const nodeIds = useMemo(() => (nodes ? idsOf(nodes) : null), [nodes]);
  const edgeIds = useMemo(() => (edges ? idsOf(edges) : null), [edges]);
  const colourValues = useSourceValues(call, graph, 'node', resolved.colorBy, nodeIds);
  const sizeValues = useSourceValues(call, graph, 'node', resolved.sizeBy, nodeIds);
  const labelValues = useSourceValues(call, graph, 'node', resolved.labelBy === 'builtin:label' ? 'none' : resolved.labelBy, nodeIds);
  const widthSource = resolved.edgeWidthBy === 'builtin:weight' ? 'none' : resolved.edgeWidthBy;
  const widthValues = useSourceValues(call, graph, 'edge', widthSource, edgeIds);
  // Measured once a graph from the file's own positions, so expanding or moving nodes keeps the scale.
  const [unitOf, setUnitOf] = useState<{ graph: string; unit: number } | null>(null);
  if (view && unitOf?.graph !== view.graph) setUnitOf({ graph: view.graph, unit: layoutUnit(view.nodes) });
  const unit = unitOf?.graph === graph ? unitOf.unit : 1;

  const colours = useMemo((): { map: Map<string, string> | null; legend: ColourLegend | null } => {
    const source = parseSource(resolved.colorBy);
    const ids = nodeIds ?? EMPTY;
    if (source.type === 'file') {
      const map = new Map<string, string>();
      for (const n of nodes ?? []) if (n.color) map.set(n.id, n.color);
      return { map, legend: { type: 'file', count: map.size } };
    }
    if ((source.type !== 'attr' && source.type !== 'measure') || !colourValues) return { map: null, legend: null };
    const title = source.type === 'measure' ? source.measure : source.key;
    if (source.type === 'attr' && resolved.colorScale === 'partition') {
      const scale = partition(ids.map((id) => colourValues.get(id)), theme, resolved.colors[resolved.colorBy]);
      const map = new Map<string, string>();
      for (const id of ids) {
        map.set(id, scale.colourOf.get(partitionKey(colourValues.get(id))) ?? scale.others?.colour ?? '#888888');
      }
      return { map, legend: { type: 'partition', title, source: resolved.colorBy, classes: scale.classes, others: scale.others } };
    }
    const nums = ids.map((id) => numeric(colourValues.get(id)));
    const range = rangeOf(nums);
    const map = new Map<string, string>();
    ids.forEach((id, i) => {
      const v = nums[i];
      if (range && v !== null && v !== undefined) map.set(id, rankingColour(position(v, range), theme));
    });
    return { map, legend: range ? { type: 'ranking', title, min: range.min, max: range.max, stops: rankingStops(theme) } : null };
  }, [resolved.colorBy, resolved.colorScale, resolved.colors, colourValues, nodeIds, nodes, theme]);

  const sizes = useMemo((): Map<string, number> | null => {
    const ids = nodeIds ?? EMPTY;
    const [min, max] = [resolved.sizeMin * unit, resolved.sizeMax * unit];
    if (resolved.sizeBy === 'file') return scaled(new Map((nodes ?? []).map((n) => [n.id, n.size ?? null])), ids, min, max);
    return sizeValues ? scaled(sizeValues, ids, min, max) : null;
  }, [resolved.sizeBy, resolved.sizeMin, resolved.sizeMax, sizeValues, nodeIds, nodes, unit]);

  const labels = useMemo((): Map<string, string> | null => {
    if (resolved.labelBy === 'none') return new Map((nodeIds ?? EMPTY).map((id) => [id, '']));
    if (!labelValues) return null;
    return new Map((nodeIds ?? EMPTY).map((id) => [id, labelText(labelValues.get(id))]));
  }, [resolved.labelBy, labelValues, nodeIds]);

  const edgeColours = useMemo((): Map<string, string> | null => {
    if (!resolved.edgeColors || !edges) return null;
    const map = new Map<string, string>();
    for (const e of edges) if (e.color) map.set(e.id, e.color);
    return map.size ? map : null;
  }, [resolved.edgeColors, edges]);

  const widths = useMemo((): Map<string, number> | null => {
    const ids = edgeIds ?? EMPTY;
    const [min, max] = [resolved.edgeWidthMin * unit, resolved.edgeWidthMax * unit];
    if (resolved.edgeWidthBy === 'builtin:weight') return scaled(new Map((edges ?? []).map((e) => [e.id, e.weight ?? null])), ids, min, max);
    return widthValues ? scaled(widthValues, ids, min, max) : null;
  }, [resolved.edgeWidthBy, resolved.edgeWidthMin, resolved.edgeWidthMax, widthValues, edgeIds, edges, unit]);

  // The looks this view will have are still on their way from the service (the catalog that
  // 'auto' reads, a chosen attribute's values): a large graph's first picture waits for them.
  const pending =
    graph !== null &&
    (catalog === null ||
      awaited(resolved.colorBy, colourValues) ||
      awaited(resolved.sizeBy, sizeValues) ||
      awaited(resolved.labelBy === 'builtin:label' ? 'none' : resolved.labelBy, labelValues) ||
      awaited(widthSource, widthValues));
  const draw = useMemo(
    (): AppearanceDraw | null =>
      view
        ? {
            style: { unit, sizeMin: resolved.sizeMin, sizeMax: resolved.sizeMax, edgeLabels: resolved.edgeLabels },
            nodeColours: colours.map,
            nodeSizes: sizes,
            nodeLabels: labels,
            edgeColours,
            edgeWidths: widths,
            labelDensity: resolved.labelDensity,
            pending,
          }
        : null,
    [view, pending, unit, resolved.sizeMin, resolved.sizeMax, resolved.edgeLabels, resolved.labelDensity, colours.map, sizes, labels, edgeColours, widths],
  );
  return { resolved, catalog, draw, legend: colours.legend, file };
}
