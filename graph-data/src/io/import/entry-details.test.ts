// The import entry point on tiny inline files: the dataset id made from the file's name (what
// saved views and recent files are keyed by), the size limit and its message, empty and gzip
// files, and which files may be opened together. Expected ids are spelled out by hand.
import { describe, expect, it } from 'vitest';
import { open, text } from './test-support.js';

const named = (name: string) => text(name, JSON.stringify({ nodes: [{ key: 'a' }], edges: [] }));
const idOf = async (name: string) => (await open([named(name)])).dataset.id;

describe('the dataset id', () => {
  it('drops accents instead of leaving a hyphen where each was', async () => {
    expect(await idOf('Crème brûlée.json')).toBe('import-creme-brulee');
    expect(await idOf('Cafés de Paris.json')).toBe('import-cafes-de-paris');
    expect(await idOf('Café.json')).toBe('import-cafe');
  });

  it('joins words with one hyphen, trims hyphens at both ends, lower-cases, and keeps 60 characters', async () => {
    expect(await idOf('  Panama -- Papers (2016) .json')).toBe('import-panama-papers-2016');
    expect(await idOf('__snake_case__.json')).toBe('import-__snake_case__');
    expect(await idOf(`${'Ab'.repeat(40)}.json`)).toBe(`import-${'ab'.repeat(30)}`);
  });

  it('falls back to "graph" when the name has no letter or digit left', async () => {
    expect(await idOf('¿¡!.json')).toBe('import-graph');
  });
});
