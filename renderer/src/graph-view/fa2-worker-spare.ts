// The layout worker, started before it is needed. A module worker does not boot until the UI
// thread has time for it, and a large view's layout is asked for just when that thread is busy
// adding the view's elements in slices: opening a generated 10k / 30k graph, the worker asked for
// at 1.4 s booted at 6.5 s, and the layout only began then. A spare started while the window is
// idle is ready at once; the next spare is started as soon as one is taken.

let spare: Worker | null = null;
let spareFailed = false;

function spawn(): Worker {
  return new Worker(new URL('./fa2-worker.ts', import.meta.url), { type: 'module', name: 'redthread-fa2' });
}

/** Starts a spare layout worker if there is none (a no-op where workers do not exist). */
export function startSpareLayoutWorker(): void {
  if (spare || typeof Worker === 'undefined') return;
  const worker = spawn();
  spareFailed = false;
  // A spare that fails to load before it is taken would never tell its run: it is replaced instead.
  worker.addEventListener(
    'error',
    () => {
      if (spare === worker) spareFailed = true;
    },
    { once: true },
  );
  spare = worker;
}

/** A layout worker for one run: the spare if it is sound, a new one otherwise. The caller terminates it. */
export function takeLayoutWorker(): Worker {
  const taken = spare && !spareFailed ? spare : null;
  if (spare && !taken) spare.terminate();
  spare = null;
  setTimeout(startSpareLayoutWorker, 0);
  return taken ?? spawn();
}
