// Redthread's own evidence and allegation values, read without zod when they have the plain shape
// a Redthread or graphology JSON file gives every element (exactly the required keys, strings).
// zod's object parsing made half the garbage of a 10k-node JSON import; anything else, valid or
// not, still goes to zod (map-attributes `native`), so what is accepted does not change. The
// test checks these readers against the schemas on generated values.
import type { Allegation, Evidence } from '../../schema/model.js';
import { ALLEGATION_STATUSES, ALLEGATION_TYPES } from '../../schema/vocabulary.js';

const TYPES = new Set<string>(ALLEGATION_TYPES);
const STATUSES = new Set<string>(ALLEGATION_STATUSES);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the schema's non-empty string returns (trimmed), or undefined when it would refuse it. */
function trimmedText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * The object has no enumerable key but `keys`, as a strict zod object requires. (A key missing
 * is caught by its value's check: undefined is never a valid value.)
 */
function onlyKeys(object: Record<string, unknown>, keys: readonly string[]): boolean {
  for (const key in object) if (!keys.includes(key)) return false;
  return true;
}

const EVIDENCE_KEYS = ['source', 'quote'] as const;
const ALLEGATION_KEYS = ['type', 'status', 'claimant'] as const;

/** A list of { source, quote } as evidenceSchema.array().min(1) returns it; undefined for anything else. */
export function plainEvidence(value: unknown): Evidence[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  // Sized up front, as zod does: a list grown by push takes room for 17 items.
  const list = new Array<Evidence>(value.length);
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (!isRecord(item) || !onlyKeys(item, EVIDENCE_KEYS)) return undefined;
    const source = trimmedText(item.source);
    const quote = trimmedText(item.quote);
    if (source === undefined || quote === undefined) return undefined;
    list[i] = { source, quote };
  }
  return list;
}

/** { type, status, claimant } as allegationSchema returns it; undefined for anything else. */
export function plainAllegation(value: unknown): Allegation | undefined {
  if (!isRecord(value) || !onlyKeys(value, ALLEGATION_KEYS)) return undefined;
  const { type, status } = value;
  if (typeof type !== 'string' || !TYPES.has(type) || typeof status !== 'string' || !STATUSES.has(status)) return undefined;
  const claimant = trimmedText(value.claimant);
  return claimant === undefined ? undefined : ({ type, status, claimant } as Allegation);
}
