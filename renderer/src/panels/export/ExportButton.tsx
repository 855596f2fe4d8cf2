// The toolbar's Export button and the dialog it opens over the live graph.
import type { RefObject } from 'react';
import { lazy, Suspense, useState } from 'react';
import type { DatasetInfo, FilterSpec } from '../../../../graph-data/src/contract.js';
import type { GraphCanvasHandle } from '../../graph-view/GraphCanvas.js';
import type { ScopeFacts } from '../../export/describe-scope.js';
import type { Scope } from '../../export/types.js';
import type { Theme } from '../../graph-view/palette.js';
import type { CommunityLegend } from '../../graph-view/community-legend.js';

// The exporters (PNG encoder, SVG and PDF writers) load with the dialog, not with the
// app: they are a third of the bundle and the first graph should not wait for them.
const ExportDialog = lazy(() => import('./ExportDialog.js').then((m) => ({ default: m.ExportDialog })));

interface Props {
  canvas: RefObject<GraphCanvasHandle | null>;
  info: DatasetInfo | null;
  theme: Theme;
  filter: FilterSpec | null;
  /** What the view is (for the caption's scope line). */
  facts: ScopeFacts;
  /** Set when colour shows communities: the export's legend names them. */
  communities: CommunityLegend | null;
  /** Opens the dialog on a scope (the selection bar's Export); a new `key` opens it again. */
  request?: { scope: Scope; key: number } | null;
}

export function ExportButton({ canvas, info, theme, filter, facts, communities, request }: Props) {
  const [cy, setCy] = useState<ReturnType<GraphCanvasHandle['core']>>(null);
  const [scope, setScope] = useState<Scope | undefined>(undefined);
  const [seen, setSeen] = useState(request?.key ?? 0);
  if (request && request.key !== seen) {
    // Adjusting state while rendering: a new request opens the dialog on its scope.
    setSeen(request.key);
    setScope(request.scope);
    setCy(canvas.current?.core() ?? null);
  }
  return (
    <>
      <button type="button" data-testid="export-button" title="Export the graph as an image or data file" onClick={() => {
          setScope(undefined);
          setCy(canvas.current?.core() ?? null);
        }}>
        Export…
      </button>
      {cy && (
        <Suspense fallback={null}>
          <ExportDialog cy={cy} info={info} theme={theme} filter={filter} facts={facts} communities={communities} initialScope={scope} onClose={() => setCy(null)} />
        </Suspense>
      )}
    </>
  );
}
