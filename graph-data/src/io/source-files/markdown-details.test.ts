// Markdown sources on small documents written here: front matter in its variants, entities, images,
// inline HTML and the blocks that leave no text. Expected values are the text a rendered page shows.
import { describe, expect, it } from 'vitest';
import type * as ReadModule from './read.js';

// The readers load inside the first test, not while this file is collected: Stryker then ties
// markdown.ts's table of entities to it (docs/MUTATION.md, static mutants).
const readSourceFile: typeof ReadModule.readSourceFile = async (...args) => (await import('./read.js')).readSourceFile(...args);

const utf8 = (text: string) => new TextEncoder().encode(text);
const md = (text: string, name = 'notes.md') => readSourceFile(name, utf8(text));

describe('markdown entities', () => {
  it('decodes named and numbered entities in any case', async () => {
    expect((await md('&AMP; &Lt;b&GT; &quot;q&quot; &apos;a&apos; &#X41;&#x42;&#67; a&nbsp;b\n')).text).toBe('& <b> "q" \'a\' ABC a\u00a0b');
  });
});

describe('markdown HTML blocks', () => {
  it('decodes numbered entities in an HTML block as a browser does, U+FFFD for a code point of 0 or past U+10FFFF', async () => {
    expect((await md('Intro\n\n<div>  &#X41;&#x42;&#67;&#233; &#0; &#x110000; &AMP;</div>\n')).text).toBe('Intro\n\nABCé \uFFFD \uFFFD &');
  });
});

describe('markdown front matter', () => {
  it('takes a quoted value without its quotes, even with spaces after it', async () => {
    const read = await md('---\ntitle: "The harbour fund" \nauthor: \'Ann Lee\'\npublisher: "Ledger\' \n---\nText.\n');
    expect(read).toMatchObject({ title: 'The harbour fund', author: 'Ann Lee', publisher: '"Ledger\'' });
  });

  it('reads the other names of each field, any case of key, CRLF lines and a "..." end', async () => {
    const read = await md('---\r\nTitle: Audit\r\nAuthors: Office of the Auditor\r\nsite: Harbour Ledger\r\npublished: 2021-03\r\nlink: https://example.org/a\r\nempty:\r\nnot a key line\r\n...\r\nBody text.\r\n');
    expect(read).toEqual({ kind: 'markdown', text: 'Body text.', title: 'Audit', author: 'Office of the Auditor', publisher: 'Harbour Ledger', published: '2021-03', url: 'https://example.org/a' });
    expect(await md('---\nbyline: Ann Lee\nsource: Courier\ncanonical: https://example.org/c\n---\n# Heading title\n')).toMatchObject({ title: 'Heading title', author: 'Ann Lee', publisher: 'Courier', url: 'https://example.org/c' });
  });

  it('skips a key without a value, so that the next name of its field counts, and allows spaces before the colon', async () => {
    expect(await md('---\nauthor:\nauthors: Ann Lee\ntitle : Spaced key\n---\nText.\n')).toMatchObject({ author: 'Ann Lee', title: 'Spaced key' });
    expect((await md('---\ntitle: "  Spaces inside quotes  "\n---\nText.\n')).title).toBe('Spaces inside quotes');
  });

  it('reads only keys at the start of a line, and unquotes only a value quoted whole', async () => {
    const read = await md('---\ntitle: The "Harbour" fund\nauthor: "Ann" and Lee\nseo:\n  title: Not the title\n---\nText.\n');
    expect(read).toMatchObject({ title: 'The "Harbour" fund', author: '"Ann" and Lee' });
  });

  it('reads front matter only at the very start of the file, and after a byte-order mark', async () => {
    const late = await md('Intro\n\n---\nauthor: Not metadata\n---\n');
    expect(late.author).toBeUndefined();
    expect(late.text).toContain('author: Not metadata');
    const bom = await readSourceFile('bom.md', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('---\ntitle: Audit\n---\nText.\n')]));
    expect(bom).toMatchObject({ title: 'Audit', text: 'Text.' });
  });

  it('titles a document by its first heading as the page shows it, else by its file name', async () => {
    expect((await md('Intro\n\n# The *real* title &amp; more\n')).title).toBe('The real title & more');
    expect((await md('Just text.', 'reports/board_minutes.md')).title).toBe('board minutes');
  });
});

describe('markdown text', () => {
  it('decodes entities in the alternative text of an image and reads its escapes', async () => {
    expect((await md('![Berth 7 &amp; warehouse \\*plan\\*](map.png)\n')).text).toBe('Berth 7 & warehouse *plan*');
  });

  it('drops inline HTML tags, rules and link definitions, and keeps the words around them', async () => {
    expect((await md('A <span class="x">marked</span> word.\n\n---\n\n[ref]: https://example.org/ref\n\nAfter [the rule][ref].\n')).text).toBe('A marked word.\n\nAfter the rule.');
  });

  it('writes a list item with emphasis as one line', async () => {
    expect((await md('- Paid *twice* in 2019\n- Audited\n')).text).toBe('• Paid twice in 2019\n• Audited');
  });

  it('writes the paragraphs of one list item on consecutive lines', async () => {
    expect((await md('- Paid twice.\n\n  Both in 2019.\n- Audited\n')).text).toBe('• Paid twice.\nBoth in 2019.\n• Audited');
  });

  it('writes nested list items and quoted lists on their own lines', async () => {
    expect((await md('- one\n  - inner\n- two\n\n> - quoted item\n')).text).toBe('• one\n• inner\n• two\n\n• quoted item');
  });

  it('writes table cells as the page shows them, an HTML block without its tags, and a task list without its boxes', async () => {
    expect((await md('| Firm &amp; role | *Value* |\n| --- | --- |\n| Meridian | 4.2m |\n')).text).toBe('Firm & role | Value\nMeridian | 4.2m');
    expect((await md('<div class="note">\nFiled &quot;late&quot;\n</div>\n')).text).toBe('Filed "late"');
    expect((await md('- [x] paid\n- [ ] audited\n')).text).toBe('• paid\n• audited');
  });

  it('joins the lines of a paragraph with a space, as the page shows them', async () => {
    expect((await md('The board\n   met on\t\nMonday.\n')).text).toBe('The board met on Monday.');
  });
});
