// The Appearance panel: one place for how the graph looks — node colour (kinds, the file's
// own colours, a measure or any attribute as a partition or a ranking), node size, edge
// width and colours, labels and how many of them show. Options name the graph's attributes.
// Colour by community (Measures) shows here as the colour in use, and is undone from here too.
import type { AttributeCatalog, AttributeInfo } from '../../../../graph-data/src/contract.js';
import { MEASURE_LABELS } from '../measures/choices.js';
import { type Appearance, attrSource, EDGE_LABEL_MODES, type EdgeLabelMode, parseSource } from '../../state/appearance/settings.js';
import { ColourClasses } from './ColourClasses.js';
import type { ColourLegend } from './use-appearance.js';
import './appearance.css';
import { steady } from '../steady.js';

interface Props {
  settings: Appearance;
  /** The settings with 'auto' resolved for this graph (what the controls show). */
  resolved: Appearance;
  onChange(next: Appearance): void;
  catalog: AttributeCatalog | null;
  legend: ColourLegend | null;
  /** What the view's elements carry from the file. */
  file: { colours: boolean; sizes: boolean; weights: boolean };
  /**
   * Colour by Louvain community, which Measures also switches: while on it is what colours the
   * nodes, so the colour choice shows it; choosing another colour here turns it off, and turning
   * it off (here or in Measures) brings back the colour chosen before.
   */
  communities?: { on: boolean; onChange(on: boolean): void };
}

/** The colour choice standing for "by community" (not an Appearance setting: Measures keeps it). */
const COMMUNITY = 'community';

const MEASURES = ['degree', 'pagerank', 'betweenness'] as const;
const EDGE_LABEL_TEXT: Record<EdgeLabelMode, string> = { hover: 'On hover and selection', on: 'Always', off: 'Never' };
/** Numbers with at most this many values colour as a partition by default (class numbers, years…). */
const PARTITION_MAX_NUMBERS = 24;

const fileAttributes = (list: AttributeInfo[] | undefined, numeric: boolean) => (list ?? []).filter((a) => !a.builtin && (!numeric || a.type === 'number'));

function AttributeOptions({ list }: { list: AttributeInfo[] }) {
  if (list.length === 0) return null;
  return (
    <optgroup label="Attributes">
      {list.map((a) => (
        <option key={a.key} value={attrSource(a.key, false)}>
          {a.key}
        </option>
      ))}
    </optgroup>
  );
}

function MeasureOptions() {
  return (
    <optgroup label="Measures">
      {MEASURES.map((m) => (
        <option key={m} value={`measure:${m}`}>
          {MEASURE_LABELS[m]}
        </option>
      ))}
    </optgroup>
  );
}

/** The colour choice by name, for the way back from communities. */
function colourName(colorBy: string): string {
  const source = parseSource(colorBy);
  if (source.type === 'measure') return MEASURE_LABELS[source.measure];
  if (source.type === 'attr') return source.key;
  return source.type === 'file' ? 'the file’s own colours' : 'Kind';
}

function Range({ label, min, max, step, value, testid, onChange }: { label: string; min: number; max: number; step: number; value: number; testid: string; onChange(v: number): void }) {
  return (
    <label className="appearance-number">
      <span>{label}</span>
      <input type="number" min={min} max={max} step={step} value={value} data-testid={testid} onChange={(e) => Number.isFinite(e.target.valueAsNumber) && onChange(Math.max(min, Math.min(max, e.target.valueAsNumber)))} />
    </label>
  );
}

function AppearancePanelView({ settings, resolved, onChange, catalog, legend, file, communities }: Props) {
  const set = (patch: Partial<Appearance>) => onChange({ ...settings, ...patch });
  const nodeAttrs = fileAttributes(catalog?.node, false);
  const numericNode = fileAttributes(catalog?.node, true);
  const numericEdge = fileAttributes(catalog?.edge, true);
  const byCommunity = communities?.on === true;
  const colour = byCommunity ? ({ type: 'none' } as const) : parseSource(resolved.colorBy);
  const colourInfo = colour.type === 'attr' ? catalog?.node.find((a) => a.key === colour.key && a.builtin === colour.builtin) : undefined;
  const chooseColour = (value: string) => {
    if (value === COMMUNITY) return communities?.onChange(true);
    if (byCommunity) communities?.onChange(false);
    const source = parseSource(value);
    const info = source.type === 'attr' ? catalog?.node.find((a) => a.key === source.key && !a.builtin) : undefined;
    // Numbers with many values read best as a scale; words, and numbers naming classes, as a partition.
    const scale = info?.type === 'number' && info.distinct > PARTITION_MAX_NUMBERS ? 'ranking' : 'partition';
    set({ colorBy: value, colorScale: scale });
  };
  return (
    <section className="appearance" aria-label="Appearance" data-testid="appearance-panel">
      <h2>Appearance</h2>
      <fieldset>
        <legend>Node colour</legend>
        <select aria-label="Colour nodes by" data-testid="appearance-color-by" value={byCommunity ? COMMUNITY : resolved.colorBy} onChange={(e) => chooseColour(e.target.value)}>
          <option value="kind">Kind</option>
          <option value="file" disabled={!file.colours}>
            The file’s own colours{file.colours ? '' : ' (none in this file)'}
          </option>
          {communities && <option value={COMMUNITY}>Community (Louvain, as in Measures)</option>}
          <MeasureOptions />
          <AttributeOptions list={nodeAttrs} />
        </select>
        {colour.type === 'attr' && colourInfo?.type === 'number' && (
          <div className="appearance-scale" role="radiogroup" aria-label="Colour as">
            {(['partition', 'ranking'] as const).map((scale) => (
              <label key={scale}>
                <input type="radio" name="appearance-scale" value={scale} data-testid={`appearance-scale-${scale}`} checked={resolved.colorScale === scale} onChange={() => set({ colorScale: scale })} />
                {scale === 'partition' ? 'A colour a value' : 'Colour scale'}
              </label>
            ))}
          </div>
        )}
        {byCommunity && (
          <p className="muted appearance-note" data-testid="appearance-community-note">
            Communities colour the nodes (set in Measures; its legend names them).{' '}
            <button type="button" className="link" data-testid="appearance-community-reset" onClick={() => communities?.onChange(false)}>
              Back to {colourName(resolved.colorBy)}
            </button>
          </p>
        )}
        {legend && !byCommunity && (
          <ColourClasses
            legend={legend}
            onColour={(value, css) => {
              if (legend.type !== 'partition') return;
              set({ colors: { ...settings.colors, [legend.source]: { ...settings.colors[legend.source], [value]: css } } });
            }}
          />
        )}
      </fieldset>
      <fieldset>
        <legend>Node size</legend>
        <select aria-label="Size nodes by" data-testid="appearance-size-by" value={resolved.sizeBy} onChange={(e) => set({ sizeBy: e.target.value })}>
          <option value="auto">Degree (ties drawn)</option>
          <option value="file" disabled={!file.sizes}>
            The file’s own sizes{file.sizes ? '' : ' (none in this file)'}
          </option>
          <MeasureOptions />
          <AttributeOptions list={numericNode} />
        </select>
        <div className="appearance-pair">
          <Range label="Smallest" min={2} max={200} step={1} value={settings.sizeMin} testid="appearance-size-min" onChange={(v) => set({ sizeMin: v, sizeMax: Math.max(v, settings.sizeMax) })} />
          <Range label="Largest" min={2} max={200} step={1} value={settings.sizeMax} testid="appearance-size-max" onChange={(v) => set({ sizeMax: v, sizeMin: Math.min(v, settings.sizeMin) })} />
        </div>
      </fieldset>
      <fieldset>
        <legend>Edges</legend>
        <label className="appearance-field">
          <span>Width</span>
          <select data-testid="appearance-edge-width-by" value={resolved.edgeWidthBy} onChange={(e) => set({ edgeWidthBy: e.target.value })}>
            <option value="none">Same for all</option>
            <option value="builtin:weight" disabled={!file.weights}>
              Weight{file.weights ? '' : ' (none in this file)'}
            </option>
            <AttributeOptions list={numericEdge} />
          </select>
        </label>
        {resolved.edgeWidthBy !== 'none' && (
          <div className="appearance-pair">
            <Range label="Thinnest" min={0.5} max={30} step={0.5} value={settings.edgeWidthMin} testid="appearance-edge-min" onChange={(v) => set({ edgeWidthMin: v, edgeWidthMax: Math.max(v, settings.edgeWidthMax) })} />
            <Range label="Thickest" min={0.5} max={30} step={0.5} value={settings.edgeWidthMax} testid="appearance-edge-max" onChange={(v) => set({ edgeWidthMax: v, edgeWidthMin: Math.min(v, settings.edgeWidthMin) })} />
          </div>
        )}
        <label className="appearance-check">
          <input type="checkbox" data-testid="appearance-edge-colors" checked={settings.edgeColors} onChange={(e) => set({ edgeColors: e.target.checked })} />
          The file’s own edge colours (allegations keep theirs)
        </label>
      </fieldset>
      <fieldset>
        <legend>Labels</legend>
        <label className="appearance-field">
          <span>Node labels</span>
          <select data-testid="appearance-label-by" value={resolved.labelBy} onChange={(e) => set({ labelBy: e.target.value })}>
            <option value="builtin:label">Label</option>
            <option value="none">None</option>
            <AttributeOptions list={nodeAttrs} />
          </select>
        </label>
        <label className="appearance-field">
          <span>Edge labels</span>
          <select data-testid="appearance-edge-labels" value={settings.edgeLabels} onChange={(e) => set({ edgeLabels: e.target.value as EdgeLabelMode })}>
            {EDGE_LABEL_MODES.map((m) => (
              <option key={m} value={m}>
                {EDGE_LABEL_TEXT[m]}
              </option>
            ))}
          </select>
        </label>
        <label className="appearance-field">
          <span>Label density: {Math.round(settings.labelDensity * 100)} %</span>
          <input type="range" min={0} max={1} step={0.05} value={settings.labelDensity} data-testid="appearance-label-density" onChange={(e) => set({ labelDensity: e.target.valueAsNumber })} />
        </label>
      </fieldset>
    </section>
  );
}

/** Rendered again only when its data changes (steady.tsx). */
export const AppearancePanel = steady(AppearancePanelView);
