// What every importer shares while it runs: the file it reads, typed failures that name the
// file and the line, cooperative yielding (progress + cancel) and the warnings collected so far.
import type { ErrorCode } from '../../contract.js';
import { ServiceFailure } from '../../service/errors.js';
import { Warnings } from './warnings.js';

export interface ImportLimits {
  /** Refuse graphs with more nodes than this (too_large). */
  maxNodes: number;
  /** Refuse graphs with more edges than this (too_large). */
  maxEdges: number;
}

export const DEFAULT_LIMITS: ImportLimits = { maxNodes: 2_000_000, maxEdges: 5_000_000 };

/** Labels longer than this are shortened (the full text is kept in extra when under FULL_LABEL_MAX). */
export const LABEL_MAX = 1_000;
export const FULL_LABEL_MAX = 10_000;

// Yield to the event loop at most this often: a timer per 64 KB would cost seconds on a big
// file (browsers clamp nested timers to 4 ms), while 30 ms keeps Cancel and progress prompt.
const YIELD_EVERY_MS = 30;

export interface ImportEnv {
  signal: { cancelled: boolean };
  onProgress(phase: string, done: number, total: number): void;
  limits: ImportLimits;
  warnings: Warnings;
}

export class ImportContext {
  private lastYield = Date.now();

  constructor(
    /** The file's name as the user chose it. */
    readonly file: string,
    /** Short origin for messages: "gexf", "graphml", "csv", "json" ("" before the format is known). */
    readonly origin: string,
    readonly env: ImportEnv,
  ) {}

  get warnings(): Warnings {
    return this.env.warnings;
  }

  get limits(): ImportLimits {
    return this.env.limits;
  }

  /** `io/import/gexf: Java.gexf line 1203: edge "e7" refers to unknown node "n99"` */
  failure(code: ErrorCode, message: string, where?: string): ServiceFailure {
    const origin = this.origin ? `io/import/${this.origin}` : 'io/import';
    return new ServiceFailure(code, `${origin}: ${this.file}${where ? ` ${where}` : ''}: ${message}`);
  }

  fail(code: ErrorCode, message: string, where?: string): never {
    throw this.failure(code, message, where);
  }

  checkCancelled(): void {
    if (this.env.signal.cancelled) throw new ServiceFailure('cancelled', `io/import: opening ${this.file} was cancelled`);
  }

  /** Reports progress, stops if cancelled, and lets the host breathe every ~30 ms. */
  async tick(phase: string, done: number, total: number): Promise<void> {
    this.checkCancelled();
    const now = Date.now();
    if (now - this.lastYield < YIELD_EVERY_MS) return;
    this.env.onProgress(phase, done, total);
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.lastYield = Date.now();
    this.checkCancelled();
  }
}
