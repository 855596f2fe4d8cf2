// The data table wired to the window: the service's pages, the canvas's selection, and the
// CSV of the rows as filtered and sorted, saved like every other export.
import { useCallback } from 'react';
import type { Args } from '../../../../graph-data/src/contract.js';
import { getApi } from '../../api/client.js';
import { saveExport } from '../../export/save.js';
import type { ManySelection, Single } from '../../state/selection/selection.js';
import type { useSelectionState } from '../../state/selection/use-selection-state.js';
import { DataTable } from './DataTable.js';

interface Props {
  graph: string;
  /** What the canvas draws. */
  screen: ManySelection;
  selected: ReturnType<typeof useSelectionState>;
  onOpenRow(s: NonNullable<Single>): void;
  onClose(): void;
}

const CSV = { label: 'CSV table', extension: 'csv', mime: 'text/csv' };

export function TablePanel({ graph, screen, selected, onOpenRow, onClose }: Props) {
  const call = useCallback(async (args: Args<'table'>) => {
    const result = await getApi().table(args);
    return result.ok ? result.value : null;
  }, []);
  const exportCsv = async (args: Args<'tableCsv'>) => {
    const result = await getApi().tableCsv(args);
    if (result.ok) await saveExport(getApi(), CSV, result.value.fileName, new Blob([result.value.bytes as Uint8Array<ArrayBuffer>]));
  };
  const selectRows = async (args: Args<'tableIds'>) => {
    const result = await getApi().tableIds(args);
    if (!result.ok) return;
    const ids = result.value.ids;
    selected.setMany(args.element === 'node' ? { nodes: ids, edges: [] } : { nodes: [], edges: ids });
  };
  return (
    <DataTable
      call={call}
      graph={graph}
      visibleNodes={screen.nodes}
      visibleEdges={screen.edges}
      many={selected.many}
      primary={selected.selection}
      onSelect={selected.select}
      onMany={selected.setMany}
      onOpenRow={onOpenRow}
      onExportCsv={(args) => void exportCsv(args)}
      onSelectRows={(args) => void selectRows(args)}
      onClose={onClose}
    />
  );
}
