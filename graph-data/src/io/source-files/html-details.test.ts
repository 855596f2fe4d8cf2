// HTML sources on small pages written here: how tables, preformatted text, lists, line breaks and
// the page's <head> read as plain text. Expected values are the text a browser shows for each page.
import { describe, expect, it } from 'vitest';
import { readSourceFile } from './read.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const text = async (html: string) => (await readSourceFile('page.html', utf8(html))).text;

describe('HTML as plain text', () => {
  it('writes a table row as its cells separated by " | ", with nothing after the last cell', async () => {
    expect(await text('<table><tr><th>Name</th><th>Role</th></tr><tr><td>Ann Lee</td><td>Director</td></tr></table><p>After the table.</p>')).toBe('Name | Role\nAnn Lee | Director\n\nAfter the table.');
  });

  it('keeps the indentation of preformatted text', async () => {
    expect(await text('<p>The ledger entry:</p><pre>  Paid    1,200\n    to  Meridian</pre>')).toBe('The ledger entry:\n\n  Paid    1,200\n    to  Meridian');
  });

  it('leaves the <title> of a fragment out of its text', async () => {
    const read = await readSourceFile('saved.html', utf8('<title>Register of directors</title><p>Directors: A. Berg</p>'));
    expect(read).toMatchObject({ title: 'Register of directors', text: 'Directors: A. Berg' });
  });
});
