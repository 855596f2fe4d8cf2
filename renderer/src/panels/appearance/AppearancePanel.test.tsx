// @vitest-environment happy-dom
// The Appearance panel as the user sees it: its colour choices name the graph's attributes
// and measures, choosing one tells the app (numbers with many values as a colour scale, few
// as a partition), a class's colour can be changed, sizes and label settings are reported;
// colour by community (switched in Measures) shows as the colour in use and is undone here.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AttributeCatalog } from '../../../../graph-data/src/contract.js';
import { type Appearance, DEFAULT_APPEARANCE } from '../../state/appearance/settings.js';
import { AppearancePanel } from './AppearancePanel.js';
import type { ColourLegend } from './use-appearance.js';

const catalog: AttributeCatalog = {
  graph: 'g#1',
  node: [
    { key: 'label', builtin: true, type: 'string', count: 77, distinct: 77 },
    { key: 'modularity_class', builtin: false, type: 'number', count: 77, distinct: 8, min: 0, max: 7 },
    { key: 'score', builtin: false, type: 'number', count: 77, distinct: 70, min: 0, max: 1 },
    { key: 'group', builtin: false, type: 'string', count: 77, distinct: 3, values: [{ value: 'a', count: 40 }] },
  ],
  edge: [{ key: 'cooccurrence', builtin: false, type: 'number', count: 254, distinct: 20, min: 1, max: 31 }],
};
const partition: ColourLegend = {
  type: 'partition',
  title: 'group',
  source: 'attr:group',
  classes: [
    { value: 'a', count: 40, colour: '#4e79a7' },
    { value: 'b', count: 30, colour: '#f28e2c' },
  ],
  others: null,
};

function renderPanel(settings: Appearance = DEFAULT_APPEARANCE, legend: ColourLegend | null = null, file = { colours: false, sizes: false, weights: true }, communities?: { on: boolean; onChange(on: boolean): void }) {
  const onChange = vi.fn<(next: Appearance) => void>();
  const resolved = { ...settings, colorBy: settings.colorBy === 'auto' ? 'kind' : settings.colorBy, sizeBy: settings.sizeBy, labelBy: settings.labelBy === 'auto' ? 'builtin:label' : settings.labelBy, edgeWidthBy: settings.edgeWidthBy === 'auto' ? 'builtin:weight' : settings.edgeWidthBy };
  render(<AppearancePanel settings={settings} resolved={resolved} onChange={onChange} catalog={catalog} legend={legend} file={file} communities={communities} />);
  return onChange;
}

afterEach(cleanup);

describe('AppearancePanel', () => {
  it('offers kinds, the file’s colours, the measures and every file attribute (not the built-ins) for node colour', () => {
    renderPanel();
    const select = screen.getByTestId('appearance-color-by') as HTMLSelectElement;
    const options = [...select.options].map((o) => o.textContent);
    expect(options).toEqual(['Kind', 'The file’s own colours (none in this file)', 'Degree (documented ties)', 'PageRank (where relations converge)', 'Betweenness (brokers)', 'modularity_class', 'score', 'group']);
    expect(select.value).toBe('kind');
    // This file has no colours of its own: that choice is there but cannot be taken.
    expect([...select.options].find((o) => o.value === 'file')?.disabled).toBe(true);
  });

  it('colours by a number with few values as a partition, with many as a colour scale', () => {
    const onChange = renderPanel();
    fireEvent.change(screen.getByTestId('appearance-color-by'), { target: { value: 'attr:modularity_class' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ colorBy: 'attr:modularity_class', colorScale: 'partition' }));
    fireEvent.change(screen.getByTestId('appearance-color-by'), { target: { value: 'attr:score' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ colorBy: 'attr:score', colorScale: 'ranking' }));
  });

  it('lists the classes with their counts, and a changed colour is kept for that attribute', () => {
    const onChange = renderPanel({ ...DEFAULT_APPEARANCE, colorBy: 'attr:group' }, partition);
    const list = screen.getByRole('list', { name: 'Colours of group' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['a 40', 'b 30']);
    fireEvent.input(screen.getByLabelText('Colour of b'), { target: { value: '#00ff00' } });
    fireEvent.change(screen.getByLabelText('Colour of b'), { target: { value: '#00ff00' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ colors: { 'attr:group': { b: '#00ff00' } } }));
  });

  it('sizes by a numeric attribute between the sizes asked for, and widths edges by weight or a numeric edge attribute', () => {
    const onChange = renderPanel();
    const size = screen.getByTestId('appearance-size-by') as HTMLSelectElement;
    expect([...size.options].map((o) => o.textContent)).toContain('score');
    expect([...size.options].map((o) => o.textContent)).not.toContain('group');
    fireEvent.change(size, { target: { value: 'attr:score' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ sizeBy: 'attr:score' }));
    fireEvent.change(screen.getByTestId('appearance-size-max'), { target: { value: '80' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ sizeMax: 80 }));
    fireEvent.change(screen.getByTestId('appearance-size-min'), { target: { value: '90' } });
    // A smallest size past the largest takes the largest with it.
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ sizeMin: 90, sizeMax: 90 }));
    const width = screen.getByTestId('appearance-edge-width-by') as HTMLSelectElement;
    expect([...width.options].map((o) => o.textContent)).toEqual(['Same for all', 'Weight', 'cooccurrence']);
    fireEvent.change(width, { target: { value: 'attr:cooccurrence' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ edgeWidthBy: 'attr:cooccurrence' }));
  });

  it('takes labels from any attribute, sets edge labels and the label density', () => {
    const onChange = renderPanel();
    fireEvent.change(screen.getByTestId('appearance-label-by'), { target: { value: 'attr:group' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ labelBy: 'attr:group' }));
    fireEvent.change(screen.getByTestId('appearance-edge-labels'), { target: { value: 'off' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ edgeLabels: 'off' }));
    fireEvent.change(screen.getByTestId('appearance-label-density'), { target: { value: '0.4' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ labelDensity: 0.4 }));
  });

  it('shows colour by community (from Measures) as the colour in use, and goes back to the colour chosen here or to another one', () => {
    const switchCommunities = vi.fn<(on: boolean) => void>();
    const onChange = renderPanel({ ...DEFAULT_APPEARANCE, colorBy: 'attr:group' }, partition, undefined, { on: true, onChange: switchCommunities });
    const select = screen.getByTestId('appearance-color-by') as HTMLSelectElement;
    expect(select.value).toBe('community');
    expect(select.selectedOptions[0]?.textContent).toBe('Community (Louvain, as in Measures)');
    // The classes of group do not colour the nodes now: they are not offered.
    expect(screen.queryByRole('list', { name: 'Colours of group' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Back to group' }));
    expect(switchCommunities).toHaveBeenLastCalledWith(false);
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(select, { target: { value: 'kind' } });
    expect(switchCommunities).toHaveBeenCalledTimes(2);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ colorBy: 'kind' }));
  });

  it('turns community colouring on from the colour choice', () => {
    const switchCommunities = vi.fn<(on: boolean) => void>();
    const onChange = renderPanel(DEFAULT_APPEARANCE, null, undefined, { on: false, onChange: switchCommunities });
    expect(screen.queryByTestId('appearance-community-note')).toBeNull();
    fireEvent.change(screen.getByTestId('appearance-color-by'), { target: { value: 'community' } });
    expect(switchCommunities).toHaveBeenLastCalledWith(true);
    expect(onChange).not.toHaveBeenCalled();
  });
});
