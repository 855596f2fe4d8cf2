// The edit bench counts the app's busy time only: a profile's samples under a script evaluated
// without a URL (the harness's polling) and idle samples are left out; the app's and the
// browser's own (a native call under app code, garbage collection) are counted.
import { describe, expect, it } from 'vitest';
import { busyMs } from './edit-ui-bench.js';

const frame = (functionName: string, url: string, lineNumber: number) => ({ functionName, url, lineNumber });

describe('the edit bench’s busy time', () => {
  it('counts app code, its native calls and GC; not idle time nor the harness', () => {
    const profile = {
      startTime: 0,
      endTime: 6000,
      nodes: [
        { id: 1, callFrame: frame('(root)', '', -1), children: [2, 4, 6, 7, 8] },
        { id: 2, callFrame: frame('render', 'http://x/assets/mount.js', 10), children: [3] },
        { id: 3, callFrame: frame('fillText', '', -1) },
        { id: 4, callFrame: frame('', '', 0), children: [5] },
        { id: 5, callFrame: frame('querySelectorAll', '', -1) },
        { id: 6, callFrame: frame('(garbage collector)', '', -1) },
        { id: 7, callFrame: frame('(idle)', '', -1) },
        { id: 8, callFrame: frame('(program)', '', -1) },
      ],
      // 1 ms per sample: render, fillText under render, the harness twice, GC, idle, program.
      samples: [2, 3, 4, 5, 6, 7, 8],
      timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000, 1000],
    };
    expect(busyMs(profile)).toBe(3);
  });
});
