// The reader each file extension gets. The module is imported inside the test: its table of
// extensions is built while it loads, and a load inside a test lets Stryker tie it to this test
// (docs/MUTATION.md, static mutants).
import { describe, expect, it } from 'vitest';

describe('file extensions', () => {
  it('reads each known extension with its reader, and refuses a file without text in any of them', async () => {
    const { readSourceFile, sourceKind } = await import('./read.js');
    const words = new TextEncoder().encode('Minutes');
    const kinds = ['txt', 'text', 'md', 'markdown', 'mdown', 'html', 'htm', 'xhtml'].map((ext) => sourceKind(`a.${ext}`, words));
    expect(kinds).toEqual(['text', 'text', 'markdown', 'markdown', 'markdown', 'html', 'html', 'html']);
    expect(() => sourceKind('a.pdf', words)).toThrow('"a.pdf" is named .pdf but is not a PDF');
    await expect(readSourceFile('blank.txt', new TextEncoder().encode(' \n\t\n '))).rejects.toMatchObject({ code: 'no_text', message: 'service/sources: "blank.txt" has no readable text' });
  });
});
