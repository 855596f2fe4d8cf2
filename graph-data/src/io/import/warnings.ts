// Import warnings: the user reads them after a lenient import, so each kind of problem becomes
// one counted sentence with its first example, not one line per element (and never more than 50).
export const MAX_WARNINGS = 50;

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Each kind of repeated problem and how its sentence reads: a registry, so adding one is one entry. */
export const WARNING_KINDS = {
  duplicateNode: (n: number, first: string) => `${plural(n, 'duplicate node id was', 'duplicate node ids were')} kept once, the first occurrence wins (first: ${first})`,
  duplicateEdge: (n: number, first: string) => `${plural(n, 'edge id was', 'edge ids were')} used twice; the later edges got new ids (first: ${first})`,
  danglingEdge: (n: number, first: string) => `${plural(n, 'edge refers', 'edges refer')} to nodes the file does not declare; each missing node was added once as a placeholder (extra.placeholder = true) so no link is lost (first: ${first})`,
  missingEndpoint: (n: number, first: string) => `${plural(n, 'edge has', 'edges have')} no source or target and ${n === 1 ? 'was' : 'were'} dropped (first: ${first})`,
  missingId: (n: number, first: string) => `${plural(n, 'node has', 'nodes have')} no id and ${n === 1 ? 'was' : 'were'} skipped (first: ${first})`,
  longLabel: (n: number, first: string) => `${plural(n, 'label was', 'labels were')} longer than 1,000 characters and ${n === 1 ? 'was' : 'were'} shortened (first: ${first})`,
  nonFiniteCoordinate: (n: number, first: string) => `${plural(n, 'position, size or weight was', 'positions, sizes or weights were')} not a finite number (INF, NaN…) and ${n === 1 ? 'was' : 'were'} dropped (first: ${first})`,
  nonFiniteValue: (n: number, first: string) => `${plural(n, 'numeric attribute was', 'numeric attributes were')} not finite (INF, -INF, NaN) and ${n === 1 ? 'is' : 'are'} kept as text (first: ${first})`,
  dynamicValue: (n: number, first: string) => `${plural(n, 'attribute changes over time; only its last value was', 'attributes change over time; only their last value was')} kept (first: ${first})`,
  undeclaredKey: (n: number, first: string) => `${plural(n, 'value uses', 'values use')} an attribute the file never declares; kept under that name (first: ${first})`,
  duplicateKey: (n: number, first: string) => `${plural(n, 'attribute is', 'attributes are')} declared twice; the first declaration wins (first: ${first})`,
  hyperedge: (n: number, first: string) => `${plural(n, 'hyperedge was', 'hyperedges were')} expanded into edges between every pair of its endpoints (first: ${first})`,
  hugeHyperedge: (n: number, first: string) => `${plural(n, 'hyperedge has', 'hyperedges have')} more than 64 endpoints and ${n === 1 ? 'was' : 'were'} dropped (first: ${first})`,
  raggedRow: (n: number, first: string) => `${plural(n, 'row has', 'rows have')} a different number of cells than the header; missing cells are empty, extra cells were ignored (first: ${first})`,
  emptyEndpoint: (n: number, first: string) => `${plural(n, 'row has', 'rows have')} an empty source or target and ${n === 1 ? 'was' : 'were'} skipped (first: ${first})`,
  badJsonLine: (n: number, first: string) => `${plural(n, 'line is', 'lines are')} not valid JSON and ${n === 1 ? 'was' : 'were'} skipped (first: ${first})`,
  badElement: (n: number, first: string) => `${plural(n, 'element was', 'elements were')} not understood and ${n === 1 ? 'was' : 'were'} skipped (first: ${first})`,
  danglingReference: (n: number, first: string) => `${plural(n, 'reference points', 'references point')} to entities that are not in the file; kept as ids in the details (first: ${first})`,
  unterminatedQuote: (n: number, first: string) => `${plural(n, 'quoted field never ends', 'quoted fields never end')}; the file may be truncated (first: ${first})`,
} as const;
export type WarningKind = keyof typeof WARNING_KINDS;

export class Warnings {
  private readonly counted = new Map<WarningKind, { count: number; first: string }>();
  private readonly sentences: string[] = [];

  /** Counts one more occurrence of `kind`; `example` is shown only for the first. */
  note(kind: WarningKind, example: () => string): void {
    const seen = this.counted.get(kind);
    if (seen) seen.count++;
    else this.counted.set(kind, { count: 1, first: example() });
  }

  /** A one-off sentence (deduplicated). */
  add(sentence: string): void {
    if (!this.sentences.includes(sentence)) this.sentences.push(sentence);
  }

  count(kind: WarningKind): number {
    return this.counted.get(kind)?.count ?? 0;
  }

  list(): string[] {
    const all = [...this.sentences, ...[...this.counted].map(([kind, { count, first }]) => WARNING_KINDS[kind](count, first))];
    if (all.length <= MAX_WARNINGS) return all;
    return [...all.slice(0, MAX_WARNINGS - 1), `${all.length - MAX_WARNINGS + 1} more warnings were left out`];
  }
}
