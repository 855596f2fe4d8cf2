// @vitest-environment happy-dom
// The export dialog hands the case's own allegation types to the exporters: a data export
// sends their colours to the service with the built-in ones (GEXF colours such edges as the
// screen does). The host is a stand-in that records what the dialog asks of it.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Args } from '../../../../graph-data/src/contract.js';
import { BUILTIN_ALLEGATION_COLOURS } from '../../../../graph-data/src/schema/allegation-colours.js';
import { setCustomAllegationTypes } from '../../graph-view/allegation-types.js';
import { ExportDialog } from './ExportDialog.js';

const host = vi.hoisted(() => ({
  exportData: vi.fn((args: unknown) => Promise.resolve({ ok: true as const, value: { bytes: new Uint8Array([1]), fileName: 'case.gexf', args } })),
  saveFile: vi.fn(() => Promise.resolve({ ok: true as const, value: { saved: true, name: 'case.gexf' } })),
  cancelExport: vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
  onProgress: vi.fn(() => () => undefined),
}));
vi.mock('../../api/client.js', () => ({ getApi: () => host }));

afterEach(() => {
  cleanup();
  setCustomAllegationTypes([]);
});

describe('ExportDialog with a case of its own allegation types', () => {
  it('sends the own type’s colour with the built-in ones when exporting GEXF', async () => {
    setCustomAllegationTypes([{ id: 'sanctions_evasion', label: 'Sanctions evasion', color: '#7c3aed' }]);
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: [{ data: { id: 'a', label: 'A' }, position: { x: 0, y: 0 } }] });
    render(<ExportDialog cy={cy} info={null} theme="light" filter={null} facts={{ scope: null, hidden: 0, highlight: null }} communities={null} onClose={() => undefined} />);
    fireEvent.change(screen.getByTestId('export-format'), { target: { value: 'gexf' } });
    fireEvent.click(screen.getByTestId('export-run'));
    await waitFor(() => expect(host.exportData).toHaveBeenCalledTimes(1));
    const args = host.exportData.mock.calls[0]?.[0] as Args<'exportData'>;
    expect(args.colors?.allegations?.sanctions_evasion).toBe('#7c3aed');
    expect(args.colors?.allegations?.collusion).toBe(BUILTIN_ALLEGATION_COLOURS.collusion);
    await waitFor(() => expect(screen.getByTestId('export-status').textContent).toContain('Saved case.gexf'));
  });
});
