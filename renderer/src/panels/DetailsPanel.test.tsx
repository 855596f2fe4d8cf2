// @vitest-environment happy-dom
// The details panel as the user reads it: what a node is (kind, name, aliases, roles,
// connections) and what the sources say, each quote opening its source; an edge as
// "who —relation→ whom" with its allegation. The host answers from the objects below.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EdgeDetails, NodeDetails, RedthreadHost } from '../../../graph-data/src/contract.js';
import { DetailsPanel } from './DetailsPanel.js';

const anna: NodeDetails = {
  id: 'anna',
  label: 'Anna Åberg',
  kind: 'person',
  description: 'Head of the Bureau.',
  aliases: ['Madame A', 'A. Åberg'],
  roles: [{ title: 'Director', organisation: { id: 'bureau', label: 'The Bureau', kind: 'agency' }, start: '2010', current: true }],
  date: '1961',
  degree: 2,
  evidence: [
    { source: 's1', sourceTitle: 'Daily Mail, 21 Nov 2018', quote: 'Anna leads the Bureau.', offset: 0 },
    { source: 's2', sourceTitle: 'Senate letter', quote: 'Ms Åberg denied it.', offset: 12 },
  ],
  neighbours: [
    { relation: 'leads', direction: 'out', items: [{ id: 'bureau', label: 'The Bureau', kind: 'agency', edgeId: 'e1' }] },
    { relation: 'accuses', direction: 'in', items: [{ id: 'bjorn', label: 'Björn', kind: 'person', edgeId: 'e2' }] },
  ],
  attributes: [],
};
const accusation: EdgeDetails = {
  id: 'e2',
  source: { id: 'bjorn', label: 'Björn', kind: 'person' },
  target: { id: 'anna', label: 'Anna Åberg', kind: 'person' },
  relation: 'accuses',
  allegation: { type: 'bribery_corruption', status: 'alleged', claimant: { id: 'bjorn', label: 'Björn', kind: 'person' } },
  date: '2017',
  evidence: [{ source: 's1', sourceTitle: 'Daily Mail, 21 Nov 2018', quote: 'Björn accuses Anna of bribery.', offset: 30 }],
  attributes: [],
};

beforeAll(() => {
  const host = {
    nodeDetails: ({ id }: { id: string }) => Promise.resolve(id === 'anna' ? { ok: true, value: anna } : { ok: false, error: { code: 'unknown_node', message: id } }),
    edgeDetails: ({ id }: { id: string }) => Promise.resolve(id === 'e2' ? { ok: true, value: accusation } : { ok: false, error: { code: 'unknown_edge', message: id } }),
  };
  window.redthread = host as unknown as RedthreadHost;
});
afterEach(cleanup);

function renderPanel(selection: { type: 'node' | 'edge'; id: string } | null) {
  const handlers = { onSelect: vi.fn(), onOpenEvidence: vi.fn(), onExpand: vi.fn(), onFocus: vi.fn(), onHide: vi.fn(), onRemove: vi.fn() };
  render(<DetailsPanel selection={selection} {...handlers} />);
  return handlers;
}

describe('DetailsPanel', () => {
  it('invites a selection when nothing is selected', () => {
    renderPanel(null);
    expect(screen.getByTestId('details-panel').textContent).toContain('Select a node or an edge to see what the sources say about it.');
  });

  it('shows a node: kind, name, aliases, description, date, role with its organisation and years', async () => {
    renderPanel({ type: 'node', id: 'anna' });
    expect(await screen.findByRole('heading', { name: 'Anna Åberg' })).toBeTruthy();
    const panel = screen.getByTestId('details-panel');
    expect(panel.querySelector('.kind-badge')?.textContent).toBe('Person');
    expect(panel.querySelector('.aliases')?.textContent).toBe('Also: Madame A · A. Åberg');
    expect(panel.querySelector('.description')?.textContent).toBe('Head of the Bureau.');
    expect(panel.querySelector('.date')?.textContent).toBe('Date: 1961');
    expect(panel.querySelector('.roles')?.textContent).toBe('Director, The Bureau (2010–present)');
  });

  it('groups connections by relation and direction; a name selects that node, "why?" the edge', async () => {
    const { onSelect } = renderPanel({ type: 'node', id: 'anna' });
    await screen.findByRole('heading', { name: 'Anna Åberg' });
    expect(screen.getByRole('heading', { name: 'Connections (2)' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['leads →', '← accuses']);
    fireEvent.click(screen.getByRole('button', { name: 'Björn' }));
    expect(onSelect).toHaveBeenLastCalledWith({ type: 'node', id: 'bjorn' });
    fireEvent.click(screen.getAllByRole('button', { name: 'why?' })[1] as HTMLElement);
    expect(onSelect).toHaveBeenLastCalledWith({ type: 'edge', id: 'e2' });
  });

  it('lists every quote with its source, and a click opens that one', async () => {
    const { onOpenEvidence } = renderPanel({ type: 'node', id: 'anna' });
    await screen.findByRole('heading', { name: 'Anna Åberg' });
    expect(screen.getByRole('heading', { name: 'Says who? (2)' })).toBeTruthy();
    const quotes = screen.getAllByTestId('evidence-quote');
    expect(quotes.map((q) => q.textContent)).toEqual(['“Anna leads the Bureau.”', '“Ms Åberg denied it.”']);
    expect(quotes.map((q) => q.nextElementSibling?.textContent)).toEqual(['— Daily Mail, 21 Nov 2018', '— Senate letter']);
    fireEvent.click(quotes[1] as HTMLElement);
    expect(onOpenEvidence).toHaveBeenCalledWith(anna.evidence[1]);
  });

  it('runs the node actions on this node', async () => {
    const { onExpand, onHide } = renderPanel({ type: 'node', id: 'anna' });
    await screen.findByRole('heading', { name: 'Anna Åberg' });
    fireEvent.click(screen.getByTestId('action-expand'));
    expect(onExpand).toHaveBeenCalledWith('anna', 'Anna Åberg');
    fireEvent.click(within(screen.getByRole('group', { name: 'Actions' })).getByText('Hide'));
    expect(onHide).toHaveBeenCalledWith('anna', 'Anna Åberg');
  });

  it('shows an edge as who —relation→ whom, with the allegation, its claimant and the quote', async () => {
    const { onSelect } = renderPanel({ type: 'edge', id: 'e2' });
    const title = await screen.findByRole('heading', { level: 2 });
    expect(title.textContent).toBe('Björn —accuses→ Anna Åberg');
    const allegation = screen.getByTestId('details-panel').querySelector('.allegation');
    expect(allegation?.textContent).toBe('AllegationBribery and corruptionStatusallegedClaimed byBjörn');
    expect(screen.getByTestId('evidence-quote').textContent).toBe('“Björn accuses Anna of bribery.”');
    fireEvent.click(within(title).getByRole('button', { name: 'Anna Åberg' }));
    expect(onSelect).toHaveBeenCalledWith({ type: 'node', id: 'anna' });
  });

  it('keeps keyboard focus in the panel when an edit form closes, and on the field when the edit is refused', async () => {
    const onEdit = vi.fn().mockResolvedValueOnce({ ok: false, error: { code: 'refused', message: 'That name is taken.' } }).mockResolvedValueOnce({ ok: true, outcome: {} });
    const handlers = { onSelect: vi.fn(), onOpenEvidence: vi.fn(), onExpand: vi.fn(), onFocus: vi.fn(), onHide: vi.fn(), onRemove: vi.fn() };
    render(<DetailsPanel selection={{ type: 'node', id: 'anna' }} {...handlers} editing={{ onEdit, onDeleted: vi.fn() }} />);
    await screen.findByRole('heading', { name: 'Anna Åberg' });
    const panel = screen.getByTestId('details-panel');

    fireEvent.click(screen.getByTestId('edit-node'));
    fireEvent.keyDown(screen.getByTestId('edit-label'), { key: 'Escape' });
    expect(screen.queryByTestId('node-editor')).toBeNull();
    expect(document.activeElement).toBe(panel);

    fireEvent.click(screen.getByTestId('edit-node'));
    const field = screen.getByTestId('edit-label');
    field.focus();
    fireEvent.change(field, { target: { value: 'Anna B' } });
    await act(async () => {
      fireEvent.submit(field);
    });
    expect((await screen.findByTestId('edit-error')).textContent).toBe('That name is taken.');
    expect(document.activeElement).toBe(field);

    await act(async () => {
      fireEvent.submit(field);
    });
    expect(screen.queryByTestId('node-editor')).toBeNull();
    expect(document.activeElement).toBe(panel);
  });

  it('stays on the invitation when the host cannot find the selection', async () => {
    renderPanel({ type: 'node', id: 'ghost' });
    // Let the host's answer arrive and be applied.
    await act(async () => undefined);
    expect(screen.getByTestId('details-panel').className).toContain('empty');
  });
});
