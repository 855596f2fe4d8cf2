// Long work written as a generator of steps: each `yield` is a point where a UI thread may end its
// task (decoding a large view, reading an export's scene). Callers off the UI thread run it straight through.

/** Runs the steps to their end without pausing. */
export function finish<R>(steps: Generator<void, R>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps with `pause` between two; null if `cancelled` turns true at a pause. */
export async function runSteps<R>(steps: Generator<void, R>, pause: () => Promise<void>, cancelled: () => boolean = () => false): Promise<R | null> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
    if (cancelled()) return null;
  }
}
