import { describe, expect, it } from 'vitest';
import type { TaskProgress } from '../contract.js';
import { createGraphService } from './index.js';
import { fixtureDataset } from './test-fixture.js';

describe('service progress', () => {
  it('reports betweenness progress to the host, ending at 100%', () => {
    const events: TaskProgress[] = [];
    const service = createGraphService(fixtureDataset(), { progress: (e) => events.push(e) });
    service.measures({ measure: 'betweenness', sample: 5 });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.task === 'measure' && e.phase === 'betweenness' && e.total === 100)).toBe(true);
    expect(events.at(-1)?.done).toBe(100);
  });
});
