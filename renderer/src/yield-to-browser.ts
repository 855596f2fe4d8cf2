// Ending the current task so the browser can handle input and paint, used wherever UI-thread
// work is cut into slices (adding elements, decoding a large view).

/**
 * Lets the browser handle input and paint: scheduler.yield where there is one, else a macrotask.
 * scheduler.yield's continuation runs ahead of other tasks, so a worker's messages wait until a
 * run of slices ends (the layout preview stands still while a large view's elements are added).
 * Yielding by macrotasks instead, to let them in, made opening a 10k graph slower: 12 s against
 * 10 s to a settled layout (this machine, A/B of two builds).
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
