import { describe, expect, it } from 'vitest';
import { sourceLine } from './caption.js';
import type { ExportMeta } from './types.js';

const meta = (sources: ExportMeta['sources']): ExportMeta => ({ title: 't', datasetId: 'd', sources, filters: [], exportedAt: new Date(0), scope: 'Whole graph' });

describe('sourceLine', () => {
  it('names a hand-added source without publisher or date by its title alone', () => {
    expect(sourceLine(meta([{ id: 'a', title: 'Seed', publisher: 'Daily Mail', date: '2018-11-21' }, { id: 'b', title: 'Pasted note', publisher: '', date: '' }, { id: 'c', title: 'Wire', publisher: 'AP', date: '' }]))).toBe(
      'Source: Seed (Daily Mail, 2018-11-21); Pasted note; Wire (AP)',
    );
  });
});
