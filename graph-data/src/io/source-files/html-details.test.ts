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

describe('HTML lines, breaks and spaces', () => {
  it('collapses runs of spaces, tabs, line ends and zero-width spaces to one space, and trims around line breaks', async () => {
    expect(await text('<p>  The   board\n\tmet\u200b\u200bon  <b> Monday </b> .  <br>  Minutes   follow.</p>')).toBe('The board met on Monday .\nMinutes follow.');
  });

  it('writes each <br> as a line break, two of them as a blank line', async () => {
    expect(await text('<p>One<br>Two<br><br>Three</p>')).toBe('One\nTwo\n\nThree');
  });

  it('leaves comments, scripts, styles and form controls out', async () => {
    expect(await text('<p>Paid<!-- note to self --> twice<script>var a = 1;</script><style>p{}</style><button>Share</button>.</p>')).toBe('Paid twice.');
  });

  it('puts list items, definition terms and captions on lines of their own, and blocks apart', async () => {
    expect(await text('<div>Intro <span>text</span></div><dl><dt>Director</dt><dd>A. Berg</dd></dl><ol><li>First <em>point</em></li><li>Second</li></ol><h3>End</h3>')).toBe('Intro text\n\nDirector\nA. Berg\n\n• First point\n• Second\n\nEnd');
  });

  it('keeps the words of inline elements together as written', async () => {
    expect(await text('<p>Paid to <a href="#">Meridian</a><b>Logistics</b> and <i>Harbour</i> <i>Fund</i></p>')).toBe('Paid to MeridianLogistics and Harbour Fund');
  });

  it('writes an empty cell as an empty place between separators', async () => {
    expect(await text('<table><tr><td>Ann</td><td></td><td>Director</td></tr></table>')).toBe('Ann | | Director');
  });
});

const page = (head: string, body = '<p>The harbour fund paid the contractor twice in 2019.</p>') => utf8(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const meta = async (head: string, body?: string) => readSourceFile('page.html', page(head, body));

describe('HTML page metadata', () => {
  it.each(['og:site_name', 'publisher', 'citation_publisher', 'dc.publisher', 'DC.publisher', 'application-name'])('takes the publisher from <meta name="%s">', async (name) => {
    expect((await meta(`<meta name="${name}" content=" Harbour   Ledger ">`)).publisher).toBe('Harbour Ledger');
  });

  it.each(['article:published_time', 'datePublished', 'citation_publication_date', 'citation_date', 'dc.date', 'DC.date', 'date', 'pubdate'])('takes the date from <meta name="%s">', async (name) => {
    expect((await meta(`<meta name="${name}" content="2019/3/4">`)).published).toBe('2019-03-04');
  });

  it.each(['og:title', 'twitter:title', 'citation_title', 'dc.title', 'DC.title'])('takes the title from <meta name="%s"> before the <title>', async (name) => {
    expect((await meta(`<title>Page title</title><meta property="${name}" content="Harbour fund">`)).title).toBe('Harbour fund');
  });

  it('reads a tag by its property, name or itemprop attribute', async () => {
    expect(await meta('<meta itemprop="author" content="Ann Lee"><meta property="og:site_name" content="Ledger"><meta name="date" content="2019">')).toMatchObject({ author: 'Ann Lee', publisher: 'Ledger', published: '2019' });
  });

  it('takes the date from a <time datetime> when no tag gives one, and prefers a tag', async () => {
    expect((await meta('', '<p>Filed <time datetime="2018-11-21T14:30:00Z">yesterday</time>.</p>')).published).toBe('2018-11-21');
    expect((await meta('<meta name="date" content="2017-01-02">', '<p><time datetime="2018-11-21">then</time></p>')).published).toBe('2017-01-02');
  });

  it('takes the address from og:url before the canonical link, and neither when it is no web address', async () => {
    expect((await meta('<meta property="og:url" content="HTTPS://example.org/og"><link rel="canonical" href="https://example.org/canonical">')).url).toBe('HTTPS://example.org/og');
    expect((await meta('<meta property="og:url" content="/relative"><link rel="canonical" href="http://example.org/canonical">')).url).toBe('http://example.org/canonical');
    expect((await meta('<meta property="og:url" content="ftp://example.org/x">')).url).toBeUndefined();
    expect((await meta('<meta property="og:url" content="example.org/?next=https://example.org/x">')).url).toBeUndefined();
  });

  it('leaves out an author that is a profile address', async () => {
    expect((await meta('<meta name="author" content="HTTPS://example.org/people/ann">')).author).toBeUndefined();
    expect((await meta('<meta property="article:author" content="https://www.facebook.com/ann">')).author).toBeUndefined();
    expect((await meta('<meta name="author" content="http://example.org/ann">')).author).toBeUndefined();
    expect((await meta('<meta name="author" content="Ann Lee, https://example.org">')).author).toBe('Ann Lee, https://example.org');
  });

  it('titles a page without a title by its file name, and gives no other field it lacks', async () => {
    expect(await readSourceFile('saved/harbour_fund.html', page(''))).toEqual({ kind: 'html', title: 'harbour fund', text: 'The harbour fund paid the contractor twice in 2019.' });
  });

  it('reads the title, author, publisher and date a news page gives in JSON-LD', async () => {
    const ld = '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Fund paid twice","datePublished":"2020-01-02T10:00:00Z","author":{"@type":"Person","name":"Ann Lee"},"publisher":{"@type":"Organization","name":"Harbour Ledger"}}';
    const read = await meta(`<script type="application/ld+json">${ld}</script>`, '<article><p>The harbour fund paid the contractor twice in 2019, the records show.</p></article>');
    expect(read).toEqual({ kind: 'html', text: 'The harbour fund paid the contractor twice in 2019, the records show.', title: 'Fund paid twice', author: 'Ann Lee', publisher: 'Harbour Ledger', published: '2020-01-02' });
  });
});
