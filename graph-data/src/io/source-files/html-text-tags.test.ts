// Which HTML elements make paragraphs, lines, table cells, or no text at all, one element at a
// time on a page parsed by linkedom (as the service does). The module is imported inside the
// test: its tables of element names are built while it loads, and a load inside a test lets
// Stryker tie them to this test (docs/MUTATION.md, static mutants).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

const PARAGRAPHS = ['P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'DL', 'TABLE', 'ADDRESS', 'DETAILS', 'SUMMARY'];
const LINES = ['TR', 'DT', 'DD', 'CAPTION'];
const LEFT_OUT = ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'TITLE', 'HEAD'];

describe('HTML elements as text', () => {
  it('starts a paragraph at each block element, a line at each row, term and caption, a bulleted line at each list item, and leaves scripts, styles, embeds and controls out', async () => {
    const { domText } = await import('./html-text.js');
    const body = (html: string) => domText(parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document.body);
    for (const tag of PARAGRAPHS) expect(body(`before<${tag}>inside</${tag}>after`), tag).toBe('before\n\ninside\n\nafter');
    expect(body('before<hr>after')).toBe('before\n\nafter');
    for (const tag of LINES) expect(body(`before<${tag}>inside</${tag}>after`), tag).toBe('before\ninside\nafter');
    expect(body('before<li>inside</li>after')).toBe('before\n• inside\nafter');
    for (const tag of LEFT_OUT) expect(body(`before<${tag}>inside</${tag}>after`), tag).toBe('beforeafter');
    expect(body('before<input value="inside">after')).toBe('beforeafter');
    expect(body('<table><tr><th>Name</th><td>Role</td></tr></table>')).toBe('Name | Role');
    expect(body('before<span>inside</span>after')).toBe('beforeinsideafter');
  });
});
