// Runs the layouts of one Cytoscape instance: one at a time, with a fallback when one fails,
// ForceAtlas2 on a preview for large views, and the state the canvas shows about it (running or
// settled, the stop control, a fallback notice, how many have finished).
import type { Core } from 'cytoscape';
import { type RefObject, useEffect, useRef, useState } from 'react';
import type { Positions } from '../state/view-history.js';
import { markFirstGraph, markFirstPicture, readPositions } from './canvas-placement.js';
import { type EarlyStart, runForceAtlas2 } from './fa2-run.js';
import { runForceAtlas2InTasks } from './fa2-run-in-tasks.js';
import { startSpareLayoutWorker } from './fa2-worker-spare.js';
import { movesOnPreview } from './detail.js';
import { frameNodes } from './frame.js';
import { fallbackNotice, type LayoutHandlers, runFallback, runLayoutWithFallback, type RunningLayout } from './layout-run.js';
import { type LayoutName, resolveLayout } from './layouts.js';

export interface RunOptions {
  /** Nodes start from quick places, not from where they are. */
  randomize: boolean;
  /** The view is drawn with level of detail (other layouts than ForceAtlas2 move it without edges). */
  large: boolean;
  /**
   * The result is framed, as Cytoscape's own layouts frame theirs (the user asked for a layout of the
   * whole graph, whose scale ForceAtlas2 changes). A first placement is always framed; a layout that
   * only places a few new nodes keeps the user's viewport.
   */
  frame?: boolean;
}

export interface Previewing {
  edges: boolean;
}

export interface LayoutRunner {
  run(cy: Core, options: RunOptions, early?: EarlyStart): void;
  /** The stop control: the nodes stay where they are drawn, and are kept. */
  stop(): void;
  /** Drops the running layout without a report (its graph is gone), and what the canvas said of it. */
  forget(): void;
  /** Stops the running layout without a report (its view is gone before its elements were all in). */
  cancel(): void;
  /** The running layout, if any (fit and zoom go to its preview while it runs). */
  running: RefObject<RunningLayout | null>;
  /** Called once the running layout has finished (framing a path). */
  afterLayout: RefObject<(() => void)[]>;
  ready: boolean;
  setReady(ready: boolean): void;
  state: 'running' | 'settled';
  /** The running layout draws on its preview, which leaves labels out, and a large view's edges: said beside the spinner. */
  previewing: Previewing | null;
  /** Layouts finished on this canvas: lets tests and the bench wait for the next one. */
  done: number;
  /** A layout failed and another placed the graph: said on the canvas until dismissed. */
  notice: string | null;
  setNotice(notice: string | null): void;
}

/** `onPositions` receives the places a layout settles on. */
export function useLayoutRunner(layout: RefObject<LayoutName>, onPositions: RefObject<(positions: Positions) => void>): LayoutRunner {
  const running = useRef<RunningLayout | null>(null);
  const afterLayout = useRef<(() => void)[]>([]);
  /** Ends the running layout as if it had settled (the stop control). */
  const finishRunning = useRef<(() => void) | null>(null);
  const [ready, setReady] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [done, setLayoutsDone] = useState(0);
  const [state, setLayoutState] = useState<'running' | 'settled'>('settled');
  const [previewing, setPreviewing] = useState<Previewing | null>(null);
  // The first large layout must not wait for its worker to boot (fa2-worker-spare.ts).
  useEffect(startSpareLayoutWorker, []);

  /** `early`: a large view laid out from the view itself while its elements are being added (early-layout.ts). */
  const run = (cy: Core, { randomize, large, frame = false }: RunOptions, early?: EarlyStart) => {
    setReady(false);
    running.current?.stop();
    running.current = null;
    performance.mark('redthread:layout-start');
    const elementCount = early ? early.input.ids.length + early.input.edges.length / 2 : cy.elements().length;
    const chosen = early ? 'forceatlas2' : resolveLayout(layout.current, elementCount);
    // A stopped layout (another graph opened, another run) never reports: its places are stale.
    let done = false;
    // ForceAtlas2 draws all but a small view on its preview (layout-preview.ts); other layouts of a large view move it without edges.
    const preview = (early !== undefined || large || movesOnPreview(elementCount)) && chosen === 'forceatlas2';
    const hideEdges = large && !preview;
    const finish = () => {
      if (done) return;
      done = true;
      if (hideEdges) cy.batch(() => cy.edges('.moving').removeClass('moving'));
      running.current = null;
      finishRunning.current = null;
      onPositions.current(readPositions(cy));
      setReady(true);
      setLayoutState('settled');
      setLayoutsDone((n) => n + 1);
      markFirstPicture();
      markFirstGraph();
      afterLayout.current.splice(0).forEach((f) => f());
    };
    const handlers: LayoutHandlers = {
      onStop: finish,
      onFallback: (failed, used, message) => setNotice(fallbackNotice(failed, used, message)),
    };
    setLayoutState('running');
    // A view drawn in full has its edges on the preview too.
    setPreviewing(preview ? { edges: !large } : null);
    if (hideEdges) cy.batch(() => cy.edges().addClass('moving'));
    let started: RunningLayout;
    if (chosen === 'forceatlas2') {
      // The quick places given when the elements were added are the first picture (the preview frames its own).
      if (randomize && !preview) frameNodes(cy);
      if (!preview) markFirstPicture();
      const fallback = (message: string) => {
        const next = runFallback(cy, 'forceatlas2', message, { randomize, elementCount }, handlers);
        if (!done) running.current = next;
      };
      const options = { randomize, follow: randomize || frame, preview, previewEdges: !large };
      const fa2Handlers = { onStop: finish, onError: fallback, onFirstPicture: markFirstPicture };
      try {
        // A large view already drawn (a re-run) starts a task at a time (fa2-run-in-tasks.ts).
        started = preview && !early ? runForceAtlas2InTasks(cy, options, fa2Handlers) : runForceAtlas2(cy, options, fa2Handlers, early);
      } catch (error) {
        started = runFallback(cy, 'forceatlas2', error instanceof Error ? error.message : String(error), { randomize, elementCount }, handlers);
      }
    } else {
      started = runLayoutWithFallback(cy, chosen, { randomize, elementCount }, handlers);
    }
    // A synchronous layout has already finished by now.
    if (!done) {
      running.current = started;
      finishRunning.current = finish;
    }
  };

  /** The stop control: the nodes stay where they are drawn, and are kept. */
  const stop = () => {
    const current = running.current;
    if (current?.settle) return current.settle();
    current?.stop();
    finishRunning.current?.();
  };

  const forget = () => {
    running.current?.stop();
    running.current = null;
    finishRunning.current = null;
    setLayoutState('settled');
    afterLayout.current = [];
    setNotice(null);
  };

  const cancel = () => {
    running.current?.stop();
    running.current = null;
  };

  return { run, stop, forget, cancel, running, afterLayout, ready, setReady, state, previewing, done, notice, setNotice };
}
