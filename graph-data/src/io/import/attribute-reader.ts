// Reading a file's own attributes the way every format needs: by lower-case name, with the
// file's declared defaults as a fallback that is never copied, remembering which attributes
// became Redthread fields so the rest can be kept in `extra` as plain values.
import type { ExtraValue } from './values.js';

export type RawAttributes = Record<string, unknown>;

/** Lower-cased key → the file's key, first one wins ("Label" and "label" both match "label"). */
const lowerCache = new Map<string, string>();
export function lower(key: string): string {
  let value = lowerCache.get(key);
  if (value === undefined) {
    value = key.toLowerCase();
    if (lowerCache.size < 10_000) lowerCache.set(key, value);
  }
  return value;
}

function keyIndex(attributes: RawAttributes): Map<string, string> {
  const index = new Map<string, string>();
  for (const key in attributes) {
    const lower_ = lower(key);
    if (!index.has(lower_)) index.set(lower_, key);
  }
  return index;
}

/** A value safe to keep in `extra`: primitives and flat arrays; objects become short JSON text. */
export function plainValue(value: unknown): ExtraValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (Array.isArray(value)) {
    return value.slice(0, 10_000).map((item) => {
      const plain = plainValue(item);
      return plain === undefined ? '' : Array.isArray(plain) ? JSON.stringify(plain) : plain;
    });
  }
  try {
    const json = JSON.stringify(value) ?? '';
    return json.length > 10_000 ? `${json.slice(0, 10_000)}…` : json;
  } catch {
    return undefined;
  }
}

/**
 * Declared attribute defaults (GEXF/GraphML `<default>`), shared by every element of a kind:
 * the mapper reads them as a fallback (a default label or kind still counts) but never copies
 * them into an element's `extra`; the ones that stay attributes are kept once per key.
 */
export class AttributeDefaults {
  readonly values: RawAttributes = {};
  private readonly lowerIndex = new Map<string, string>();

  set(key: string, value: unknown): void {
    if (Object.prototype.hasOwnProperty.call(this.values, key)) return;
    this.values[key] = value;
    const l = lower(key);
    if (!this.lowerIndex.has(l)) this.lowerIndex.set(l, key);
  }

  get size(): number {
    return this.lowerIndex.size;
  }

  /** The file's key for a lower-case name. */
  keyOf(name: string): string | undefined {
    return this.lowerIndex.get(name);
  }

  /** The defaults that stay attributes (not the `taken` ones, which become fields such as label or weight), as plain values. */
  stored(taken: ReadonlySet<string>): Record<string, ExtraValue> | undefined {
    let out: Record<string, ExtraValue> | undefined;
    for (const key in this.values) {
      if (taken.has(lower(key))) continue;
      const plain = plainValue(this.values[key]);
      if (plain !== undefined) (out ??= {})[key] = plain;
    }
    return out;
  }
}

/** Reads a file's attributes by lower-case name, remembering which ones became fields. */
export class Consumer {
  /** Lower-case name → the file's key; only built when some key is not lower-case already. */
  private readonly index: Map<string, string> | undefined;
  private used: string[] | undefined;

  constructor(
    readonly attributes: RawAttributes,
    private readonly defaults?: AttributeDefaults,
  ) {
    for (const key in attributes) {
      if (lower(key) !== key) {
        this.index = keyIndex(attributes);
        break;
      }
    }
  }

  private keyOf(name: string): string | undefined {
    if (this.index) return this.index.get(name);
    return Object.prototype.hasOwnProperty.call(this.attributes, name) ? name : undefined;
  }

  get(name: string): unknown {
    const key = this.keyOf(name);
    if (key !== undefined) return this.attributes[key];
    const fallback = this.defaults?.keyOf(name);
    return fallback === undefined ? undefined : this.defaults?.values[fallback];
  }

  take(name: string): unknown {
    const key = this.keyOf(name);
    if (key === undefined) return this.get(name);
    (this.used ??= []).push(key);
    return this.attributes[key];
  }

  extra(more?: Record<string, ExtraValue>): Record<string, ExtraValue> | undefined {
    let extra: Record<string, ExtraValue> | undefined;
    for (const key in this.attributes) {
      if (this.used?.includes(key)) continue;
      const plain = plainValue(this.attributes[key]);
      if (plain !== undefined) (extra ??= {})[key] = plain;
    }
    if (more) extra = { ...extra, ...more };
    return extra;
  }
}
