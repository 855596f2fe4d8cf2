// A long run of slices lets workers' messages in: at least every FAIR_MS, its yield queues behind
// the tasks already waiting (scheduler.postTask) instead of ahead of them (scheduler.yield).
import { describe, expect, it } from 'vitest';
import { FAIR_MS, fairYield } from './yield-to-browser.js';

function fakeScheduler() {
  const calls: string[] = [];
  return {
    calls,
    scheduler: {
      yield: () => (calls.push('yield'), Promise.resolve()),
      postTask: (task: () => void) => (calls.push('postTask'), Promise.resolve(task())),
    },
  };
}

describe('yielding in a long run of slices', () => {
  it('queues behind waiting tasks first, then once per FAIR_MS, and ahead of them in between', async () => {
    const { calls, scheduler } = fakeScheduler();
    let clock = 1_000;
    const pause = fairYield(scheduler, () => clock);
    for (let slice = 0; slice < 20; slice++) {
      await pause();
      clock += 30;
    }
    // 20 slices of 30 ms: 600 ms, so fair turns at 0, 270 and 540 ms (every 9th slice).
    expect(calls.filter((c) => c === 'postTask')).toHaveLength(3);
    expect(calls.indexOf('postTask')).toBe(0);
    expect(calls.indexOf('postTask', 1)).toBe(Math.ceil(FAIR_MS / 30));
    expect(calls.filter((c) => c === 'yield')).toHaveLength(17);
  });

  it('falls back to yield alone, or to a macrotask, where the scheduler lacks postTask', async () => {
    const calls: string[] = [];
    await fairYield({ yield: () => (calls.push('yield'), Promise.resolve()) }, () => 0)();
    expect(calls).toEqual(['yield']);
    await expect(fairYield(undefined, () => 0)()).resolves.toBeUndefined();
  });
});
