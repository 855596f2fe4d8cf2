// The Redthread window: search and toolbar on top, legend, canvas and details below.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DatasetInfo, EvidenceView, OpenedGraph, SourceDocument } from '../../graph-data/src/contract.js';
import { GraphCanvas, type GraphCanvasHandle, type Selection } from './graph-view/GraphCanvas.js';
import type { LayoutName } from './graph-view/layouts.js';
import { ErrorBoundary } from './errors/ErrorBoundary.js';
import { DetailsPanel } from './panels/DetailsPanel.js';
import { AddSourceDialog } from './panels/case/AddSourceDialog.js';
import { CaseControls } from './panels/case/CaseControls.js';
import { CiteForm } from './panels/case/CiteForm.js';
import { MergeTools } from './panels/case/MergeTools.js';
import { SourceDelete } from './panels/edit/SourceDelete.js';
import { customAllegationTypes, setCustomAllegationTypes } from './graph-view/allegation-types.js';
import { RestoreOffer } from './panels/case/RestoreOffer.js';
import { EmptyCase } from './panels/case/EmptyCase.js';
import { useUnsavedGuard } from './panels/case/UnsavedPrompt.js';
import { useCase } from './panels/case/use-case.js';
import { ExportButton } from './panels/export/ExportButton.js';
import { Legend } from './panels/Legend.js';
import { OpenControls } from './panels/open/OpenControls.js';
import { OpenLayer } from './panels/open/OpenLayer.js';
import { useDocumentTitle } from './panels/open/use-document-title.js';
import { useOpener } from './panels/open/use-opener.js';
import { SearchBox } from './panels/SearchBox.js';
import { SourceViewer } from './panels/SourceViewer.js';
import { SourcesPanel } from './panels/sources/SourcesPanel.js';
import { StatusBar } from './panels/StatusBar.js';
import { Toolbar } from './panels/Toolbar.js';
import { OverviewMap } from './panels/overview/OverviewMap.js';
import { OverviewStatus } from './panels/overview/OverviewStatus.js';
import { useOverview } from './panels/overview/use-overview.js';
import { useAnalysis } from './panels/views/use-analysis.js';
import { WithFacets } from './state/filters/use-facets.js';
import { useExplorer } from './state/use-explorer.js';
import { useSelectionState } from './state/selection/use-selection-state.js';
import { useSelectionActions } from './panels/selection/use-selection-actions.js';
import { TablePanel } from './panels/table/TablePanel.js';
import { SelectionSummary } from './panels/selection/SelectionSummary.js';
import { sizeOf } from './state/selection/selection.js';
import { sameData } from './state/same-data.js';
import type { Scope } from './export/types.js';
import { useSystemTheme } from './state/use-theme.js';
import { key, useShortcuts } from './use-shortcuts.js';
import { byId } from './state/id-index.js';

export function App() {
  const theme = useSystemTheme();
  const explorer = useExplorer();
  const { view, canGoBack, canGoForward, error, clearError, call, actions } = explorer;
  const [info, setAnyInfo] = useState<DatasetInfo | null>(null);
  // The dataset's info is asked again after every edit; the same answer keeps the last object, so the panels given it stay as they are.
  const setInfo = useCallback((next: DatasetInfo | null) => setAnyInfo((last) => (last && next && sameData(last, next) ? last : next)), []);
  const selected = useSelectionState();
  const { selection, select: setSelection } = selected;
  const [tableOpen, setTableOpen] = useState(false);
  const [exportRequest, setExportRequest] = useState<{ scope: Scope; key: number } | null>(null);
  const [layout, setLayout] = useState<LayoutName>('force');
  const [layoutRun, setLayoutRun] = useState(0);
  const [source, setSource] = useState<{ doc: SourceDocument; evidence: EvidenceView } | null>(null);
  const canvas = useRef<GraphCanvasHandle>(null);
  const search = useRef<HTMLInputElement>(null);
  const [addingSource, setAddingSource] = useState(false);
  const overview = useOverview(explorer);
  // A graph too large to draw opens on its overview; any other on its initial view.
  const begin = (opened: DatasetInfo, reason: string | null) => {
    if (opened.opensOnOverview) void overview.enter(opened);
    else {
      overview.leave();
      void (reason ? actions.load(reason) : actions.start());
    }
  };
  // Another graph is open in the session: start over on its initial view with fresh info.
  const afterOpen = (opened: OpenedGraph) => {
    setSelection(null);
    setSource(null);
    void call('datasetInfo', {}).then(setInfo);
    begin(opened.info, `Opened ${opened.info.name}`);
  };
  const caseApi = useCase({
    call,
    onError: explorer.reportError,
    refresh: async (ids, reason, change) => {
      // Counts, sources and the legend follow the edit, shown with it.
      const [show, next] = await Promise.all([actions.refresh(ids, reason, change), call('datasetInfo', {})]);
      return () => {
        show();
        if (next) setInfo(next);
      };
    },
    onOpened: afterOpen,
    reload: async (reason) => {
      await actions.load(reason);
      void call('datasetInfo', {}).then(setInfo);
    },
    positions: () => view?.positions ?? {},
  });
  // Browser host: unsaved edits are saved or let go before another graph replaces them (Electron's main asks itself).
  const unsavedGuard = useUnsavedGuard({ unsaved: () => ({ unsaved: !caseApi.native && caseApi.status?.unsaved === true, name: caseApi.status?.name ?? 'this case' }), save: caseApi.save });
  const opener = useOpener({
    onOpened: (opened, _names, cause) => {
      afterOpen(opened);
      caseApi.graphOpened();
      // Only an open the user chose, after answering Don't Save, lets the journal go: a graph a
      // restarted service fell back to must leave the edits there to be restored.
      if (cause === 'user' && unsavedGuard.letGo()) caseApi.declineRestore();
    },
    beforeReplace: unsavedGuard.confirm,
  });
  useDocumentTitle(info?.name, caseApi.status?.unsaved === true);
  // Something was brought onto the canvas (a search hit, a path, a measure's top node): the overview steps aside.
  // (Nodes, not the view: saving positions or a filter makes a new view of the same nodes.)
  const { hide: hideOverview } = overview;
  const viewNodes = view?.nodes;
  useEffect(() => {
    if (viewNodes) hideOverview();
  }, [viewNodes, hideOverview]);

  useEffect(() => {
    void call('datasetInfo', {}).then((first) => {
      setInfo(first);
      if (first) begin(first, null);
    });
    // Start-up runs once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  // The case's own allegation types, for the canvas, legend, filters and forms.
  useEffect(() => setCustomAllegationTypes(info?.customAllegationTypes ?? []), [info]);

  const openEvidence = async (evidence: EvidenceView) => {
    const doc = await call('source', { id: evidence.source });
    if (doc) setSource({ doc, evidence });
  };
  /** A source without a passage marked (from the Sources list, or just added): ready to cite from. */
  const openSourceText = (id: string) => void openEvidence({ source: id, sourceTitle: '', quote: '', offset: -1 });

  const analysis = useAnalysis({ explorer, info, theme, selection, setSelection, layout, setLayout, canvas, onOpenEvidence: (e) => void openEvidence(e), selectedNodes: selected.many.nodes });
  const many = useSelectionActions({
    explorer,
    selection: selected,
    visible: analysis.visible,
    onPathSearch: analysis.searchPaths,
    onExport: () => setExportRequest((r) => ({ scope: 'selection', key: (r?.key ?? 0) + 1 })),
    table: { open: tableOpen, toggle: () => setTableOpen((open) => !open), available: info !== null },
  });
  /** Brings an element of the table into the view when it is not there, then shows its details and centres it. */
  const openElement = (s: NonNullable<Selection>) => {
    const ids = s.type === 'node' ? [s.id] : [];
    void actions.include(ids, `Added ${s.id}`).then(() => {
      setSelection(s);
      analysis.showDetails();
      if (s.type === 'node') requestAnimationFrame(() => canvas.current?.center(s.id));
    });
  };
  const selectedNode = selection?.type === 'node' ? byId(view?.nodes, selection.id) : undefined;
  useShortcuts([
    ...analysis.shortcuts,
    ...many.shortcuts,
    { test: key('t'), run: () => setTableOpen((open) => !open) },
    { test: key('ArrowLeft', { alt: true }), run: actions.back, inFields: true },
    { test: key('ArrowRight', { alt: true }), run: actions.forward, inFields: true },
    { test: key('/'), run: () => search.current?.focus() },
    { test: key('z', { ctrl: true }), run: () => void caseApi.undo() },
    { test: key('Z', { ctrl: true }), run: () => void caseApi.redo() },
    // In Electron the File menu's accelerators own Ctrl+S and Ctrl+Shift+S (handling them here too would save twice).
    ...(caseApi.native ? [] : [{ test: key('s', { ctrl: true }), run: () => void caseApi.save(), inFields: true }]),
    { test: key('k', { ctrl: true }), run: () => search.current?.focus(), inFields: true },
    // In Electron the File menu's accelerator owns Ctrl+O (handling it here too would open two dialogs).
    ...(opener.native ? [] : [{ test: key('o', { ctrl: true }), run: opener.actions.chooseFiles, inFields: true }]),
    { test: key('f'), run: () => canvas.current?.fit() },
    { test: key('+'), run: () => canvas.current?.zoomBy(1.25) },
    { test: key('='), run: () => canvas.current?.zoomBy(1.25) },
    { test: key('-'), run: () => canvas.current?.zoomBy(0.8) },
    { test: key('l'), run: () => setLayoutRun((n) => n + 1) },
    { test: key('Escape'), run: () => setSelection(null) },
    ...(selectedNode
      ? [
          { test: key('e'), run: () => void actions.expand(selectedNode.id, selectedNode.label) },
          { test: key('h'), run: () => actions.hide([selectedNode.id], selectedNode.label) },
          { test: key('Delete'), run: () => actions.remove([selectedNode.id], selectedNode.label) },
          ...([1, 2, 3] as const).map((depth) => ({
            test: key(String(depth)),
            run: () => void actions.focus(selectedNode.id, selectedNode.label, depth),
          })),
        ]
      : []),
  ]);

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="brand">
          <span className="brand-mark" aria-hidden>●</span> <span className="brand-name">Redthread</span>
        </h1>
        <OpenControls opener={opener} />
        <SearchBox
          // Another graph: the box starts empty (its text named a node of the old one).
          key={view?.graph ?? ''}
          ref={search}
          onChoose={(hit) => {
            void actions.reveal(hit.id, hit.label).then(() => {
              setSelection({ type: 'node', id: hit.id });
              analysis.showDetails();
              // The view may have just changed; centre once Cytoscape has the node.
              requestAnimationFrame(() => canvas.current?.center(hit.id));
            });
          }}
        />
        <Toolbar
          canGoBack={canGoBack}
          canGoForward={canGoForward}
          layout={layout}
          hiddenCount={view?.hidden.length ?? 0}
          onBack={actions.back}
          onForward={actions.forward}
          onLayout={(name) => {
            setLayout(name);
            setLayoutRun((n) => n + 1);
          }}
          onRelayout={() => setLayoutRun((n) => n + 1)}
          onReset={() => (overview.state.status === 'ready' ? overview.show() : void actions.reset())}
          onShowHidden={actions.showHidden}
        />
        <CaseControls api={caseApi} onAddSource={() => setAddingSource(true)} />
        <ExportButton
          canvas={canvas}
          info={info}
          theme={theme}
          filter={view?.filter ?? null}
          facts={{ scope: view?.scope ?? null, hidden: view?.hidden.length ?? 0, highlight: analysis.canvasProps.highlight?.caption ?? null }}
          communities={analysis.exportColours}
          request={exportRequest}
        />
      </header>
      {error && (
        <div className="error-banner" role="alert" data-testid="error-banner">
          {error}
          <button type="button" onClick={clearError} aria-label="Dismiss">✕</button>
        </div>
      )}
      <RestoreOffer api={caseApi} />
      {unsavedGuard.prompt}
      <OpenLayer opener={opener} />
      <main className="app-main">
        <aside className="sidebar">
          <ErrorBoundary name="The filters panel" resetKey={view?.graph}>
            {analysis.filtersPanel}
          </ErrorBoundary>
          <ErrorBoundary name="The legend" resetKey={view?.graph}>
            {info && (
              <WithFacets source={analysis.facets.source} dataset={analysis.facets.dataset}>
                {(facets) => <Legend info={info} theme={theme} communities={analysis.communityLegend} colour={analysis.colourLegend} statuses={facets?.statuses ?? null} />}
              </WithFacets>
            )}
          </ErrorBoundary>
        </aside>
        <div className="canvas-column">
          <ErrorBoundary name="The filter chips" resetKey={view?.graph}>
            {analysis.chips}
          </ErrorBoundary>
          {many.bar}
          <ErrorBoundary name="The graph canvas" resetKey={view?.graph}>
          <GraphCanvas
            ref={canvas}
            view={view}
            layout={layout}
            layoutRun={layoutRun}
            theme={theme}
            onSelect={setSelection}
            many={selected.many}
            onMany={selected.setMany}
            onExpand={(id) => void actions.expand(id, byId(view?.nodes, id)?.label ?? id)}
            onPositions={actions.savePositions}
            {...analysis.canvasProps}
            empty={info?.nodeCount === 0 ? <EmptyCase onAddSource={() => setAddingSource(true)} /> : analysis.canvasProps.empty}
          />
          </ErrorBoundary>
          {tableOpen && (view ?? info) && (
            <ErrorBoundary name="The data table" resetKey={view?.graph ?? info?.graph}>
              <TablePanel
                graph={view?.graph ?? info?.graph ?? ''}
                screen={many.screen()}
                selected={selected}
                onOpenRow={openElement}
                onClose={() => setTableOpen(false)}
              />
            </ErrorBoundary>
          )}
          <ErrorBoundary name="The overview" resetKey={view?.graph}>
            <OverviewMap state={overview.state} theme={theme} onExpand={(group) => void overview.expand(group)} />
          </ErrorBoundary>
        </div>
        {analysis.sidePanel(
          selection === null && sizeOf(selected.many) > 1 ? (
            <SelectionSummary many={selected.many} view={view} onSelect={selected.show} />
          ) : (
          <DetailsPanel
            selection={selection}
            onSelect={setSelection}
            onOpenEvidence={(e) => void openEvidence(e)}
            revision={caseApi.status?.revision ?? 0}
            caseTools={(node) => <MergeTools node={node} revision={caseApi.status?.revision ?? 0} onEdit={caseApi.edit} />}
            editing={{ onEdit: caseApi.tryEdit, onDeleted: () => setSelection(null) }}
            onExpand={(id, label) => void actions.expand(id, label)}
            onFocus={(id, label, depth) => void actions.focus(id, label, depth)}
            onHide={(id, label) => {
              actions.hide([id], label);
              setSelection(null);
            }}
            onRemove={(id, label) => {
              actions.remove([id], label);
              setSelection(null);
            }}
            {...analysis.nodeActions}
          />
          ),
          <SourcesPanel shown={analysis.sourcesShown} call={call} graph={info?.graph ?? ''} revision={caseApi.status?.revision ?? 0} onOpen={openSourceText} onAdd={() => setAddingSource(true)} />,
        )}
      </main>
      <ErrorBoundary name="The status bar" resetKey={view?.graph}>
        <StatusBar info={info} view={view} visible={analysis.visible} overview={<OverviewStatus state={overview.state} view={view} onShow={overview.show} />} />
      </ErrorBoundary>
      {source && (
        <SourceViewer
          source={source.doc}
          quote={source.evidence.quote}
          offset={source.evidence.offset}
          onClose={() => setSource(null)}
          tools={<SourceDelete key={source.doc.id} source={source.doc} onEdit={caseApi.tryEdit} onDeleted={() => setSource(null)} />}
          renderCite={(passage, close) => (
            <CiteForm
              passage={passage}
              selected={selection ? { ...selection, label: selection.type === 'node' ? (byId(view?.nodes, selection.id)?.label ?? selection.id) : 'the selected relation' } : null}
              onCancel={close}
              onAddType={async (label, color) => {
                const out = await caseApi.edit({ type: 'addAllegationType', label, color }, `Added the allegation type ${label}`);
                if (!out?.created) return null;
                // Usable at once in the form; the legend and filters follow with the dataset info.
                setCustomAllegationTypes([...customAllegationTypes(), { id: out.created, label, color: color.toLowerCase() }]);
                return out.created;
              }}
              onSubmit={async (command, reason) => {
                const out = await caseApi.edit(command, reason);
                if (!out) return false;
                if (command.type === 'addClaim' && out.created) {
                  setSource(null);
                  setSelection({ type: 'edge', id: out.created });
                  analysis.showDetails();
                }
                return true;
              }}
            />
          )}
        />
      )}
      {addingSource && (
        <AddSourceDialog
          onClose={() => setAddingSource(false)}
          onSubmit={(fields) => {
            void caseApi.edit({ type: 'addSource', source: fields }, `Added the source ${fields.title}`).then(async (out) => {
              if (!out?.created) return;
              setAddingSource(false);
              openSourceText(out.created);
            });
          }}
        />
      )}
    </div>
  );
}
