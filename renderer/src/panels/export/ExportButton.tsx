// The toolbar's Export button and the dialog it opens over the live graph.
import type { RefObject } from 'react';
import { lazy, Suspense, useState } from 'react';
import type { DatasetInfo, FilterSpec } from '../../../../graph-data/src/contract.js';
import type { GraphCanvasHandle } from '../../graph-view/GraphCanvas.js';
import type { ScopeFacts } from '../../export/describe-scope.js';
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
}

export function ExportButton({ canvas, info, theme, filter, facts, communities }: Props) {
  const [cy, setCy] = useState<ReturnType<GraphCanvasHandle['core']>>(null);
  return (
    <>
      <button type="button" data-testid="export-button" title="Export the graph as an image or data file" onClick={() => setCy(canvas.current?.core() ?? null)}>
        Export…
      </button>
      {cy && (
        <Suspense fallback={null}>
          <ExportDialog cy={cy} info={info} theme={theme} filter={filter} facts={facts} communities={communities} onClose={() => setCy(null)} />
        </Suspense>
      )}
    </>
  );
}
