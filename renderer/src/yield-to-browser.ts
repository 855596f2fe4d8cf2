// Ending the current task so the browser can handle input and paint, used wherever UI-thread
// work is cut into slices (adding elements, decoding a large view).

interface Scheduler {
  yield?: () => Promise<void>;
  postTask?: (task: () => void, options: { priority: 'user-visible' }) => Promise<void>;
}

/**
 * Longest a run of slices keeps workers' messages waiting. scheduler.yield's continuation runs
 * ahead of every other task, messages from a worker included: while a 10k/30k graph's elements
 * were added (6 s of slices), the layout worker's places and the service's answers all waited
 * until the end, so the layout preview stood still from the first picture to the landing.
 */
export const FAIR_MS = 250;

/**
 * A yield for `scheduler`: its `yield` mostly (the slices' work keeps its place ahead of other
 * tasks), and a task queued behind the waiting ones at least every `fairMs`. Queuing behind
 * them every time made opening a 10k graph about 3 s slower to a settled layout (14.4–14.8 s
 * against 11.3–11.4 s), as every layout frame was drawn while the elements went in.
 */
export function fairYield(scheduler: Scheduler | undefined, now: () => number, fairMs = FAIR_MS): () => Promise<void> {
  let lastFair = -Infinity;
  return () => {
    const at = now();
    if (scheduler?.postTask && at - lastFair >= fairMs) {
      lastFair = at;
      return scheduler.postTask(() => undefined, { priority: 'user-visible' });
    }
    if (scheduler?.yield) return scheduler.yield();
    return new Promise((resolve) => setTimeout(resolve, 0));
  };
}

/** Lets the browser handle input and paint, and workers' messages in now and then (fairYield). */
export const yieldToBrowser: () => Promise<void> = fairYield((globalThis as { scheduler?: Scheduler }).scheduler, () => performance.now());
