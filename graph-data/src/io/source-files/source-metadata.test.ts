// Source files on small inputs written here: which reader each extension gets, the page metadata
// an HTML source takes from the tags news sites, journals and CMSs write (Dublin Core, Highwire
// citation_*, Parse.ly, Sailthru, <link rel=canonical>), and the first line of a text file as
// its title. Expected values are the tag contents and the text of each file.
import { describe, expect, it } from 'vitest';
import { readSourceFile, sourceKind } from './read.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const page = (head: string, body = '<p>The harbour fund paid the contractor twice in 2019.</p>') => utf8(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

describe('reader by extension', () => {
  it('reads .txt and .text as text, .md, .markdown and .mdown as markdown', async () => {
    expect(['a.txt', 'a.text', 'a.md', 'a.markdown', 'a.mdown'].map((name) => sourceKind(name, utf8('# Notes\n')))).toEqual(['text', 'text', 'markdown', 'markdown', 'markdown']);
    expect(await readSourceFile('notes.mdown', utf8('# Minutes\n\nThe **board** met.'))).toMatchObject({ kind: 'markdown', title: 'Minutes', text: 'Minutes\n\nThe board met.' });
  });

  it('reads .html, .htm and .xhtml as HTML even when the file is a fragment or starts with an XML declaration', async () => {
    const fragment = utf8('<p>Minutes of <b>the board</b></p>');
    expect(['a.html', 'a.htm', 'a.xhtml', 'a.HTM'].map((name) => sourceKind(name, fragment))).toEqual(['html', 'html', 'html', 'html']);
    const xhtml = utf8('<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Register</title></head><body><p>Directors: A. Berg</p></body></html>');
    expect(await readSourceFile('register.xhtml', xhtml)).toMatchObject({ kind: 'html', title: 'Register', text: 'Directors: A. Berg' });
    expect((await readSourceFile('minutes.htm', fragment)).text).toBe('Minutes of the board');
    // A fragment whose script merely mentions <body> is still a fragment.
    expect((await readSourceFile('snippet.html', utf8('<!DOCTYPE html><p>Minutes</p><script>document.write("<body>")</script>'))).text).toBe('Minutes');
  });
});

describe('HTML page metadata', () => {
  it.each(['author', 'article:author', 'citation_author', 'dc.creator', 'DC.creator', 'parsely-author', 'sailthru.author'])('takes the author from <meta name="%s">', async (name) => {
    const read = await readSourceFile('p.html', page(`<title>Fund</title><meta name="${name}" content="  Ann   Lee "><meta name="ignored" content="Not Me">`));
    expect(read.author).toBe('Ann Lee');
  });

  it('takes the address from <link rel="canonical"> when the page has no og:url, only if it is a web address', async () => {
    expect((await readSourceFile('p.html', page('<title>Fund</title><link rel="canonical" href="https://example.org/fund">'))).url).toBe('https://example.org/fund');
    expect((await readSourceFile('p.html', page('<title>Fund</title><link rel="canonical" href="/fund">'))).url).toBeUndefined();
  });

  it('skips a tag whose content is only spaces and falls back to the next name, then the <title>', async () => {
    const read = await readSourceFile('p.html', page('<title>Harbour fund</title><meta property="og:title" content="   "><meta name="author" content=" "><meta name="citation_author" content="Ann Lee">'));
    expect(read).toMatchObject({ title: 'Harbour fund', author: 'Ann Lee' });
  });
});
