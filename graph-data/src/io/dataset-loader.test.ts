// A dataset folder that fails validation is refused with one message that names the dataset, the
// first five problems and how many more there are (the whole list is for `npm run validate-data`).
import { describe, expect, it } from 'vitest';
import { buildDataset } from './dataset-loader.js';

const sources = [{ id: 's1', title: 'Minutes', publisher: 'Harbour board', date: '2020-05-01', file: 's1.txt' }];
const texts = { 's1.txt': 'The board met.' };
const graph = { attributes: {}, options: { type: 'directed', multi: true, allowSelfLoops: true }, nodes: [], edges: [] };
/** A layout.json placing `n` nodes the (empty) graph does not have: one problem each. */
const ghosts = (n: number) => ({ positions: Object.fromEntries(Array.from({ length: n }, (_v, i) => [`ghost${i + 1}`, { x: 0, y: 0 }])) });
const refusal = (layout: unknown) => {
  try {
    buildDataset({ id: 'case-7', graph, sources, texts, layout });
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected buildDataset to refuse the dataset');
};

describe('buildDataset refuses an invalid dataset', () => {
  it('with its id, the first five problems separated by "; ", and how many more', () => {
    const { code, message } = refusal(ghosts(7));
    expect(code).toBe('bad_arguments');
    expect(message.startsWith('io/dataset: case-7 is invalid: layout.json: ')).toBe(true);
    expect(message.endsWith(' (and 2 more)')).toBe(true);
    const listed = message.replace(/ \(and 2 more\)$/, '').split('; ');
    expect(listed).toHaveLength(5);
    expect(listed.map((p) => /ghost\d/.exec(p)?.[0])).toEqual(['ghost1', 'ghost2', 'ghost3', 'ghost4', 'ghost5']);
  });

  it('says nothing of "more" when there are five problems or fewer', () => {
    // Five: the same five problems as above and nothing after them.
    expect(refusal(ghosts(5)).message).toBe(refusal(ghosts(7)).message.replace(' (and 2 more)', ''));
    expect(refusal(ghosts(6)).message.endsWith(' (and 1 more)')).toBe(true);
    expect(refusal(ghosts(1)).message.split('; ')).toHaveLength(1);
  });

  it('opens a valid one', () => {
    expect(buildDataset({ id: 'empty', graph, sources, texts })).toMatchObject({ id: 'empty', name: 'empty', format: 'redthread' });
  });
});
