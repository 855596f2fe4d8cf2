// Messages between the canvas and the ForceAtlas2 worker (fa2-worker.ts).
import type { Convergence } from './fa2-core.js';

export type Fa2Request =
  /**
   * x, y pairs (NaN: no place yet) and source, target index pairs; both buffers are transferred.
   * `sizes`: the nodes' drawn diameters, for the spread and the overlap phase (Fa2Input).
   */
  | { type: 'start'; positions: Float32Array; edges: Uint32Array; fixed: Uint8Array; sizes?: Float32Array; convergence?: Convergence; maxIterations: number; maxMs: number }
  /** The user dropped node `index` at (x, y): it stays there. */
  | { type: 'pin'; index: number; x: number; y: number };

export type Fa2Message =
  /**
   * The current places; `done` when the worker stops by itself (settled, or at its iteration cap).
   * `spread`: the factor they are to be drawn spread by (layout-spacing.ts; 1 without sizes).
   */
  | { type: 'positions'; positions: Float32Array; spread: number; iterations: number; movement: number; done: null | 'settled' | 'timeout' }
  | { type: 'error'; message: string };
