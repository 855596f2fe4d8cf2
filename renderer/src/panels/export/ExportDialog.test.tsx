// @vitest-environment happy-dom
// The export dialog's stable parts: every format offered, in its group; the options a
// format uses and no others; the data-format preview; closing. A headless Cytoscape holds
// three nodes for the view (no edges: edge geometry needs a rendered canvas).
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportDialog } from './ExportDialog.js';

afterEach(cleanup);

function renderDialog() {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      { data: { id: 'a', label: 'A' }, position: { x: 0, y: 0 } },
      { data: { id: 'b', label: 'B' }, position: { x: 100, y: 0 } },
      { data: { id: 'c', label: 'C' }, position: { x: 0, y: 100 } },
    ],
  });
  const onClose = vi.fn();
  render(<ExportDialog cy={cy} info={null} theme="light" filter={null} facts={{ scope: null, hidden: 0, highlight: null }} communities={null} onClose={onClose} />);
  return { onClose };
}

describe('ExportDialog', () => {
  it('offers the image and data formats in their groups', () => {
    renderDialog();
    const select = screen.getByTestId('export-format');
    const group = (label: string) => [...(select.querySelector(`optgroup[label="${label}"]`)?.querySelectorAll('option') ?? [])].map((o) => o.value);
    expect(group('Images')).toEqual(['png', 'jpeg', 'svg', 'pdf']);
    expect(group('Data')).toEqual(['json', 'gexf', 'graphml', 'csv']);
    expect(screen.getByTestId('export-run').textContent).toBe('Export PNG');
  });

  it('shows scale and background for PNG, and neither for a data format, whose preview counts the view', () => {
    renderDialog();
    expect(screen.getByTestId('export-scale')).toBeTruthy();
    expect(screen.getByTestId('export-background')).toBeTruthy();
    fireEvent.change(screen.getByTestId('export-format'), { target: { value: 'gexf' } });
    expect(screen.queryByTestId('export-scale')).toBeNull();
    expect(screen.queryByTestId('export-background')).toBeNull();
    expect(screen.getByTestId('export-run').textContent).toBe('Export GEXF');
    fireEvent.click(screen.getByTestId('export-scope-view'));
    expect(within(screen.getByTestId('export-preview')).getByTestId('export-note').textContent).toBe('3 nodes of the view and the edges among them.');
    fireEvent.click(screen.getByTestId('export-scope-whole'));
    expect(within(screen.getByTestId('export-preview')).getByTestId('export-note').textContent).toBe('The whole graph, every attribute.');
  });

  it('closes with the Close button and with Escape', () => {
    const { onClose } = renderDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    fireEvent.keyDown(screen.getByTestId('export-dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
