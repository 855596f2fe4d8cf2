// The Export dialog: format, scope and options, a live size preview, progress with
// cancel, and where the file went. The exporters themselves live in renderer/src/export.
import type { Core } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DatasetInfo, EdgeDetails, FilterSpec } from '../../../../graph-data/src/contract.js';
import { getApi } from '../../api/client.js';
import type { Theme } from '../../graph-view/palette.js';
import { describeFilterSpec } from '../../export/describe-filter.js';
import { describeScope, type ScopeFacts } from '../../export/describe-scope.js';
import { buildSceneFor, hasScene } from '../../export/decorations.js';
import { previewExport } from '../../export/preview.js';
import type { Scene } from '../../export/scene.js';
import { EXPORTERS, exporterFor } from '../../export/registry.js';
import { defaultFileName, saveExport } from '../../export/save.js';
import { selectionScope } from '../../export/selection-scope.js';
import { DEFAULT_OPTIONS, type ExportContext, ExportError, type ExportOptions, type Scope } from '../../export/types.js';
import { useModal } from './use-modal.js';
import type { CommunityLegend } from '../../graph-view/community-legend.js';
import { useCustomAllegationTypes } from '../../graph-view/allegation-types.js';
import './export.css';
import { formatCount } from '../../state/plural.js';
import { yieldToBrowser } from '../../yield-to-browser.js';

interface Props {
  cy: Core;
  info: DatasetInfo | null;
  theme: Theme;
  filter: FilterSpec | null;
  facts: ScopeFacts;
  communities: CommunityLegend | null;
  /** The scope chosen when the dialog opens (the selection bar's Export opens it on 'selection'). */
  initialScope?: Scope;
  onClose(): void;
}

type Status = { kind: 'idle' } | { kind: 'running'; done: number; total: number } | { kind: 'done'; text: string; warnings: string[] } | { kind: 'error'; text: string };

async function edgeDetails(ids: string[]): Promise<EdgeDetails[]> {
  const api = getApi();
  const out: EdgeDetails[] = [];
  // Sequential and bounded (the PDF lists at most a few hundred): the service answers each quickly.
  for (const id of ids) {
    const result = await api.edgeDetails({ id });
    if (result.ok) out.push(result.value);
  }
  return out;
}

export function ExportDialog({ cy, info, theme, filter, facts, communities, initialScope, onClose }: Props) {
  const [format, setFormat] = useState('png');
  // What is selected cannot change while the modal dialog is open.
  const [selection] = useState(() => selectionScope(cy));
  const [options, setOptions] = useState<ExportOptions>(() => ({ ...DEFAULT_OPTIONS, scope: initialScope === 'selection' && selection.nodes.length === 0 ? DEFAULT_OPTIONS.scope : (initialScope ?? DEFAULT_OPTIONS.scope) }));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  // The dialog is modal: what is on screen cannot change while it is open, so the
  // scene built for the size preview is the one the export draws.
  const [scenes] = useState(() => new Map<string, Scene>());
  const exporter = exporterFor(format) ?? EXPORTERS[0];
  // The case's own allegation types: legend, captions and data colours name and colour them as the canvas does.
  const allegationTypes = useCustomAllegationTypes();
  const set = <K extends keyof ExportOptions>(key: K, value: ExportOptions[K]) => setOptions((o) => ({ ...o, [key]: value }));

  const makeContext = (signal: AbortSignal, onProgress: ExportContext['onProgress']): ExportContext => ({
    cy,
    theme,
    options,
    meta: {
      title: info?.name ?? 'Redthread graph',
      datasetId: info?.id ?? 'graph',
      sources: info?.sources ?? [],
      filters: describeFilterSpec(filter, (id) => String(cy.getElementById(id).data('label') ?? id), allegationTypes),
      exportedAt: new Date(),
      scope: describeScope({ ...facts, selected: selection.nodes.length }, options.scope),
    },
    selection,
    communities,
    allegationTypes,
    edgeDetails,
    exportData: (args) => {
      // Data files are written by the service as a task: Cancel here stops it there.
      signal.addEventListener('abort', () => void getApi().cancelExport({}), { once: true });
      const unsubscribe = getApi().onProgress((event) => event.task === 'export' && onProgress(event.done, event.total));
      return getApi().exportData(args).finally(unsubscribe);
    },
    scenes,
    signal,
    onProgress,
  });

  // An image's scene is read from the canvas in steps, never in the dialog's render (180 ms at once
  // on a 9,000-element graph); the size preview waits for it.
  const [scenesBuilt, setScenesBuilt] = useState(0);
  const imageKind = exporter?.kind === 'image';
  useEffect(() => {
    if (!imageKind) return;
    let cancelled = false;
    void buildSceneFor(makeContext(new AbortController().signal, () => undefined), yieldToBrowser, () => cancelled).then((built) => {
      if (built && !cancelled) setScenesBuilt((n) => n + 1);
    });
    return () => {
      cancelled = true;
    };
    // A scene is per scope (and theme, fixed while the dialog is open).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [imageKind, options.scope]);

  const preview = useMemo(
    () => {
      if (!exporter) return null;
      const ctx = makeContext(new AbortController().signal, () => undefined);
      return imageKind && !hasScene(ctx) ? null : previewExport(exporter, ctx);
    },
    // The preview depends on the options and what is on screen when the dialog opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [exporter, options, scenesBuilt],
  );

  useEffect(() => () => abort.current?.abort(), []);

  const run = async () => {
    if (!exporter) return;
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ kind: 'running', done: 0, total: 0 });
    try {
      const ctx = makeContext(controller.signal, (done, total) => setStatus({ kind: 'running', done, total }));
      if (exporter.kind === 'image') await buildSceneFor(ctx, yieldToBrowser, () => controller.signal.aborted);
      const output = await exporter.run(ctx);
      if (controller.signal.aborted) throw new ExportError('cancelled', 'export: cancelled');
      const name = output.fileName ?? defaultFileName(ctx.meta.datasetId, exporter.extension, ctx.meta.exportedAt);
      const saved = await saveExport(getApi(), exporter, name, output.file);
      const size = `${(output.file.size / 1024).toFixed(output.file.size < 10_240 ? 1 : 0)} KB`;
      setStatus(saved.saved ? { kind: 'done', text: `Saved ${saved.name ?? name} (${size}).`, warnings: output.warnings } : { kind: 'idle' });
    } catch (error) {
      const cancelled = error instanceof ExportError && error.code === 'cancelled';
      setStatus(cancelled ? { kind: 'error', text: 'Export cancelled; nothing was saved.' } : { kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      abort.current = null;
    }
  };

  const running = status.kind === 'running';
  const modal = useModal(dialog, onClose, !running);
  const blocked = preview?.notes.some((n) => n.blocking) ?? false;
  const uses = exporter?.uses ?? {};
  return (
    <div className="export-backdrop" role="presentation" data-testid="export-backdrop" onMouseDown={modal.onBackdropMouseDown}>
      <div ref={dialog} className="export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title" data-testid="export-dialog">
        <h2 id="export-title">Export</h2>
        <label className="export-row">
          <span>Format</span>
          <select data-testid="export-format" value={format} disabled={running} onChange={(e) => setFormat(e.target.value)}>
            <optgroup label="Images">
              {EXPORTERS.filter((x) => x.kind === 'image').map((x) => <option key={x.id} value={x.id}>{x.label}</option>)}
            </optgroup>
            <optgroup label="Data">
              {EXPORTERS.filter((x) => x.kind === 'data').map((x) => <option key={x.id} value={x.id}>{x.label}</option>)}
            </optgroup>
          </select>
        </label>
        <fieldset className="export-row" disabled={running}>
          <legend>Scope</legend>
          <label><input type="radio" name="export-scope" data-testid="export-scope-view" checked={options.scope === 'view'} onChange={() => set('scope', 'view')} /> Current view</label>
          <label><input type="radio" name="export-scope" data-testid="export-scope-whole" checked={options.scope === 'whole'} onChange={() => set('scope', 'whole')} /> Whole graph</label>
          <label title={selection.nodes.length === 0 ? 'Select nodes first (click, Shift+click, Shift+drag a box, or rows of the data table)' : undefined}>
            <input type="radio" name="export-scope" data-testid="export-scope-selection" disabled={selection.nodes.length === 0} checked={options.scope === 'selection'} onChange={() => set('scope', 'selection')} /> Selection ({formatCount(selection.nodes.length)} {selection.nodes.length === 1 ? 'node' : 'nodes'})
          </label>
        </fieldset>
        {uses.scale && (
          <label className="export-row">
            <span>Scale</span>
            <select data-testid="export-scale" value={options.scale} disabled={running} onChange={(e) => set('scale', Number(e.target.value))}>
              {[1, 2, 3, 4].map((s) => <option key={s} value={s}>{s}×</option>)}
            </select>
          </label>
        )}
        {uses.background && (
          <label className="export-row">
            <span>Background</span>
            <select data-testid="export-background" value={options.background} disabled={running} onChange={(e) => set('background', e.target.value as ExportOptions['background'])}>
              <option value="solid">Solid ({theme})</option>
              <option value="transparent">Transparent</option>
            </select>
          </label>
        )}
        {uses.quality && (
          <label className="export-row">
            <span>Quality</span>
            <input type="range" min={0.5} max={1} step={0.01} value={options.quality} disabled={running} data-testid="export-quality" onChange={(e) => set('quality', Number(e.target.value))} />
            <output>{Math.round(options.quality * 100)}</output>
          </label>
        )}
        {uses.decorations && (
          <div className="export-row">
            <label><input type="checkbox" data-testid="export-caption" checked={options.caption} disabled={running} onChange={(e) => set('caption', e.target.checked)} /> Caption (title, sources, date, filters)</label>
            <label><input type="checkbox" data-testid="export-legend" checked={options.legend} disabled={running} onChange={(e) => set('legend', e.target.checked)} /> Legend</label>
          </div>
        )}
        <div className="export-preview" data-testid="export-preview">
          {imageKind && !preview && <div className="export-note" data-testid="export-measuring">Measuring the picture…</div>}
          {preview?.plan && (
            <div data-testid="export-size">
              {formatCount(preview.plan.width)} × {formatCount(preview.plan.height)} px ({(preview.plan.pixels / 1e6).toFixed(1)} M px)
            </div>
          )}
          {preview?.notes.map((n) => (
            <div key={n.text} className={n.blocking ? 'export-warning' : 'export-note'} data-testid={n.blocking ? 'export-too-large' : 'export-note'}>{n.text}</div>
          ))}
        </div>
        {status.kind === 'running' && (
          <div className="export-progress" role="status" data-testid="export-progress">
            <progress max={status.total || 1} value={status.done} /> {status.total > 1 ? `${formatCount(status.done)} / ${formatCount(status.total)} ${exporter?.kind === 'data' ? 'elements' : 'tiles'}` : 'Exporting…'}
          </div>
        )}
        {status.kind === 'done' && (
          <div className="export-done" role="status" data-testid="export-status">
            {status.text}
            {status.warnings.map((w) => <div key={w} className="export-warning">{w}</div>)}
          </div>
        )}
        {status.kind === 'error' && <div className="export-error" role="alert" data-testid="export-status">{status.text}</div>}
        <div className="export-actions">
          {running ? (
            <button type="button" data-testid="export-cancel" onClick={() => abort.current?.abort()}>Cancel export</button>
          ) : (
            <button type="button" onClick={onClose}>Close</button>
          )}
          <button type="button" className="primary" data-testid="export-run" disabled={running || blocked} onClick={() => void run()}>
            Export {exporter?.extension.toUpperCase()}
          </button>
        </div>
      </div>
    </div>
  );
}
