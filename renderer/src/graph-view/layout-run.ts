// Running a Cytoscape layout so that a failure never leaves the graph unplaced: a layout
// that throws is replaced by a simpler one, and the caller is told which and why.
import type { Core, Layouts } from 'cytoscape';
import { type CyLayoutName, LAYOUT_LABELS, type LayoutName, layoutOptions } from './layouts.js';

/** Tried in order when a layout fails; circle needs nothing from the graph and cannot fail on it. */
const FALLBACKS: readonly CyLayoutName[] = ['concentric', 'circle'];

export interface LayoutHandlers {
  /** The layout placed every node (also after a fallback). */
  onStop(): void;
  /** `failed` threw `message`; `used` placed the graph instead (null: nothing could). */
  onFallback(failed: LayoutName, used: CyLayoutName | null, message: string): void;
}

export interface RunningLayout {
  /** Ends the run; what it has not yet placed is dropped (another view or run replaces it). */
  stop(): void;
  /** Ends the run keeping what is drawn, then reports the end as if it had settled (the stop control). */
  settle?(): void;
  /** The zoom controls act on the layout's own picture while it shows one (a large view's preview). */
  zoomBy?(factor: number): void;
  fit?(): void;
}

type Opts = { randomize: boolean; elementCount: number };

/** Runs the first of `candidates` that does not throw; returns the handle and the first failure. */
function runFirst(cy: Core, candidates: readonly CyLayoutName[], opts: Opts, onStop: () => void) {
  let current: Layouts | null = null;
  let stopped = false;
  let failure: string | null = null;
  let used: CyLayoutName | null = null;
  for (const candidate of candidates) {
    const layout = cy.layout(layoutOptions(candidate, opts));
    current = layout;
    layout.one('layoutstop', () => {
      if (!stopped && current === layout) onStop();
    });
    try {
      layout.run();
      used = candidate;
      break;
    } catch (error) {
      current = null;
      failure ??= error instanceof Error ? error.message : String(error);
    }
  }
  const handle: RunningLayout = {
    stop: () => {
      stopped = true;
      (current as Layouts | null)?.stop();
    },
  };
  return { handle, used, failure };
}

/** Runs `name` on `cy`; on an exception, runs the first fallback that works. */
export function runLayoutWithFallback(cy: Core, name: CyLayoutName, opts: Opts, handlers: LayoutHandlers): RunningLayout {
  const candidates = [name, ...FALLBACKS.filter((f) => f !== name)];
  const { handle, used, failure } = runFirst(cy, candidates, opts, handlers.onStop);
  if (failure !== null) report(name, used, failure, handlers);
  return handle;
}

/** After `failed` (ForceAtlas2, say) threw `failure`, places the graph with the first fallback that runs. */
export function runFallback(cy: Core, failed: LayoutName, failure: string, opts: Opts, handlers: LayoutHandlers): RunningLayout {
  const { handle, used } = runFirst(cy, FALLBACKS, opts, handlers.onStop);
  report(failed, used, failure, handlers);
  return handle;
}

function report(failed: LayoutName, used: CyLayoutName | null, failure: string, handlers: LayoutHandlers): void {
  handlers.onFallback(failed, used, failure);
  // Nothing could place the graph: it keeps the positions it has, and the canvas is usable.
  if (used === null) handlers.onStop();
}

export function fallbackNotice(failed: LayoutName, used: LayoutName | null, message: string): string {
  const what = `${LAYOUT_LABELS[failed]} failed${message ? ` (${message})` : ''}`;
  return used ? `${what}; laid out as ${LAYOUT_LABELS[used]} instead.` : `${what}; the graph keeps its last positions.`;
}
