import { describe, expect, it } from 'vitest';
import { finish, runSteps } from './steps.js';

function* counting(log: string[], n: number): Generator<void, string> {
  for (let i = 0; i < n; i++) {
    log.push(`step ${i}`);
    if (i < n - 1) yield;
  }
  return `done after ${n}`;
}

describe('work in steps', () => {
  it('finish runs every step at once', () => {
    const log: string[] = [];
    expect(finish(counting(log, 3))).toBe('done after 3');
    expect(log).toEqual(['step 0', 'step 1', 'step 2']);
  });

  it('runSteps pauses between two steps, never before the first or after the last', async () => {
    const log: string[] = [];
    const result = await runSteps(counting(log, 3), () => Promise.resolve(void log.push('pause')));
    expect(result).toBe('done after 3');
    expect(log).toEqual(['step 0', 'pause', 'step 1', 'pause', 'step 2']);
  });

  it('runSteps stops at the pause where it is cancelled, and says so with null', async () => {
    const log: string[] = [];
    let pauses = 0;
    const result = await runSteps(counting(log, 5), () => Promise.resolve(void pauses++), () => pauses === 2);
    expect(result).toBeNull();
    expect(log).toEqual(['step 0', 'step 1']);
  });
});
