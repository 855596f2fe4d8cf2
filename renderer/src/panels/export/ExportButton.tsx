// The toolbar's Export button and the dialog it opens over the live graph.
import type { RefObject } from 'react';
import { useState } from 'react';
import type { DatasetInfo, FilterSpec } from '../../../../graph-data/src/contract.js';
import type { GraphCanvasHandle } from '../../graph-view/GraphCanvas.js';
import type { Theme } from '../../graph-view/palette.js';
import { ExportDialog } from './ExportDialog.js';

interface Props {
  canvas: RefObject<GraphCanvasHandle | null>;
  info: DatasetInfo | null;
  theme: Theme;
  filter: FilterSpec | null;
}

export function ExportButton({ canvas, info, theme, filter }: Props) {
  const [cy, setCy] = useState<ReturnType<GraphCanvasHandle['core']>>(null);
  return (
    <>
      <button type="button" data-testid="export-button" title="Export the graph as an image or data file" onClick={() => setCy(canvas.current?.core() ?? null)}>
        Export…
      </button>
      {cy && <ExportDialog cy={cy} info={info} theme={theme} filter={filter} onClose={() => setCy(null)} />}
    </>
  );
}
