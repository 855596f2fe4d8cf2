// What every importer shares while it runs: the file it reads, typed failures that name the
// file and the line, cooperative yielding (progress + cancel) and the warnings collected so far.
import type { ErrorCode, ImportLimitName } from '../../contract.js';
import { ServiceFailure } from '../../service/errors.js';
import { Ticker } from '../task.js';
import type { Warnings } from './warnings.js';

/**
 * The budget every import runs on: a small file must not be able to make a large graph. Each
 * cap answers `too_large` naming itself and the number found, and the user can raise it for
 * one file (openGraph's `limits`).
 */
export interface ImportLimits {
  /** Refuse graphs with more nodes than this. */
  maxNodes: number;
  /** Refuse graphs with more edges than this. */
  maxEdges: number;
  /** Attribute values kept over all elements (a file's own values; declared defaults are kept once per key). */
  maxAttributeCells: number;
  /** Edges made by expansion rather than written one by one: GraphML hyperedges, FollowTheMoney cross products. */
  maxExpandedEdges: number;
  /** Element nesting (XML) or array/object nesting (JSON). */
  maxDepth: number;
}

export const DEFAULT_LIMITS: ImportLimits = { maxNodes: 2_000_000, maxEdges: 5_000_000, maxAttributeCells: 30_000_000, maxExpandedEdges: 500_000, maxDepth: 1_000 };

/** What each budget counts, for messages. */
const LIMIT_UNITS: Record<ImportLimitName, string> = {
  maxNodes: 'nodes',
  maxEdges: 'edges',
  maxAttributeCells: 'attribute values',
  maxExpandedEdges: 'edges made by expanding hyperedges or multi-valued links',
  maxDepth: 'levels of nesting',
  maxBytes: 'bytes',
};

const count = (n: number) => n.toLocaleString('en-US');

/** `too_large` for one budget: "has at least 1,000,001 attribute values; the limit is 1,000,000 (maxAttributeCells)". */
export function limitFailure(origin: string, name: ImportLimitName, limit: number, found: number, exact = false, detail?: string): ServiceFailure {
  const message = detail ? `${origin}: ${detail}` : `${origin}: has ${exact ? '' : 'at least '}${count(found)} ${LIMIT_UNITS[name]}; the limit is ${count(limit)} (${name}). Open it anyway with a higher limit if you trust the file and have the memory`;
  return new ServiceFailure('too_large', message, { name, limit, found });
}

/** Labels longer than this are shortened (the full text is kept in extra when under FULL_LABEL_MAX). */
export const LABEL_MAX = 1_000;
export const FULL_LABEL_MAX = 10_000;

export interface ImportEnv {
  signal: { cancelled: boolean };
  onProgress(phase: string, done: number, total: number): void;
  limits: ImportLimits;
  warnings: Warnings;
  /** Attribute values kept so far (all files of one open). */
  cells: number;
  /** Edges made by expansion so far. */
  expanded: number;
}

export class ImportContext {
  private readonly ticker: Ticker;

  constructor(
    /** The file's name as the user chose it. */
    readonly file: string,
    /** Short origin for messages: "gexf", "graphml", "csv", "json" ("" before the format is known). */
    readonly origin: string,
    readonly env: ImportEnv,
  ) {
    this.ticker = new Ticker(env.signal, env.onProgress, `io/import: opening ${file} was cancelled`);
  }

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

  /** Over one budget: a typed too_large naming the limit and the number found. */
  overLimit(name: Exclude<ImportLimitName, 'maxBytes'>, found: number, exact = false): never {
    const origin = `${this.origin ? `io/import/${this.origin}` : 'io/import'}: ${this.file}`;
    throw limitFailure(origin, name, this.env.limits[name], found, exact);
  }

  /** Counts attribute values kept; over the budget fails. */
  addCells(n: number): void {
    const total = (this.env.cells += n);
    if (total > this.env.limits.maxAttributeCells) this.overLimit('maxAttributeCells', total);
  }

  /** Counts edges made by expansion; `planned` of them at once (a cross product is known before it is made). */
  addExpanded(planned: number): void {
    const total = (this.env.expanded += planned);
    if (total > this.env.limits.maxExpandedEdges) this.overLimit('maxExpandedEdges', total);
  }

  checkCancelled(): void {
    this.ticker.checkCancelled();
  }

  /** Reports progress, stops if cancelled, and lets the host breathe every ~30 ms. */
  tick(phase: string, done: number, total: number): Promise<void> {
    return this.ticker.tick(phase, done, total);
  }
}
