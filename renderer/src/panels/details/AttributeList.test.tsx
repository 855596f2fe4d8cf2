// @vitest-environment happy-dom
// The Details panel's Attributes section as the user reads it: every attribute with its name,
// numbers readable, yes / no, dates as written, list items one by one, https addresses as links
// that leave through the host's external-link path (a new-window link, never the app window),
// other addresses as plain text, and long text cut with the whole of it one click away.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AttributeEntry } from '../../../../graph-data/src/contract.js';
import { AttributeList } from './AttributeList.js';

const LONG = `${'A long note about the case. '.repeat(20)}The end.`;

const attributes: AttributeEntry[] = [
  { key: 'authority', type: 'number', value: 0.0188034212 },
  { key: 'population', type: 'number', value: 1234567 },
  { key: 'founded', type: 'date', value: '2018-11' },
  { key: 'frog', type: 'boolean', value: true },
  { key: 'tags', type: 'list', value: ['alpha', 'beta', 3] },
  { key: 'site', type: 'url', value: 'https://example.org/a?b=1' },
  { key: 'old site', type: 'url', value: 'http://gephi.org' },
  { key: 'code', type: 'string', value: '007' },
  { key: 'note', type: 'string', value: LONG },
];

afterEach(cleanup);

const row = (key: string) => {
  const el = document.querySelector(`[data-testid="details-attributes"] .attr[data-key="${key}"] dd`);
  if (!el) throw new Error(`no row ${key}`);
  return el as HTMLElement;
};

describe('AttributeList', () => {
  it('lists every attribute by name, typed', () => {
    render(<AttributeList attributes={attributes} />);
    expect(screen.getByRole('heading', { name: 'Attributes (9)' })).toBeTruthy();
    const names = [...document.querySelectorAll('.attributes dt')].map((dt) => dt.textContent);
    expect(names).toEqual(attributes.map((a) => a.key));
    expect(row('authority').textContent).toBe('0.018803');
    expect(row('authority').title).toBe('0.0188034212');
    expect(row('population').textContent).toBe((1234567).toLocaleString(undefined));
    expect(row('founded').querySelector('time')?.getAttribute('datetime')).toBe('2018-11');
    expect(row('frog').textContent).toBe('yes');
    expect(within(row('tags')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['alpha', 'beta', '3']);
    expect(row('code').textContent).toBe('007');
  });

  it('makes an https address a link to the system browser, and leaves others as text', () => {
    render(<AttributeList attributes={attributes} />);
    const link = within(row('site')).getByRole('link', { name: 'https://example.org/a?b=1' });
    expect(link.getAttribute('href')).toBe('https://example.org/a?b=1');
    // target=_blank is what the Electron host hands to its confirmed openExternal; the app window stays.
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(within(row('old site')).queryByRole('link')).toBeNull();
    expect(row('old site').textContent).toBe('http://gephi.org');
  });

  it('cuts a long value and shows all of it on request', () => {
    render(<AttributeList attributes={attributes} />);
    const note = row('note');
    expect(note.textContent).not.toContain('The end.');
    expect(note.title).toBe(LONG);
    fireEvent.click(within(note).getByRole('button', { name: /more/ }));
    expect(note.textContent).toContain('The end.');
  });

  it('shows nothing for an element without attributes', () => {
    render(<AttributeList attributes={[]} />);
    expect(screen.queryByTestId('details-attributes')).toBeNull();
  });
});
