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

function fillKeyIndex(index: Map<string, string>, attributes: RawAttributes): void {
  for (const key in attributes) {
    const lower_ = lower(key);
    if (!index.has(lower_)) index.set(lower_, key);
  }
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

/**
 * Reads a file's attributes by lower-case name, remembering which ones became fields. One reader
 * can serve element after element (`reset`), so reading makes no garbage per element.
 */
export class Consumer {
  private current: RawAttributes;
  private defaults: AttributeDefaults | undefined;
  /** Lower-case name → the file's key; only filled when some key is not lower-case already. */
  private readonly index = new Map<string, string>();
  private indexed = false;
  /** The keys taken, in `used[0 … usedCount)`: kept between elements, since emptying an array drops its storage. */
  private readonly used: string[] = [];
  private usedCount = 0;

  constructor(attributes: RawAttributes, defaults?: AttributeDefaults) {
    this.current = attributes;
    this.reset(attributes, defaults);
  }

  /** Starts reading another element's attributes. */
  reset(attributes: RawAttributes, defaults?: AttributeDefaults): this {
    this.current = attributes;
    this.defaults = defaults;
    this.usedCount = 0;
    if (this.indexed) {
      this.index.clear();
      this.indexed = false;
    }
    for (const key in attributes) {
      if (lower(key) !== key) {
        fillKeyIndex(this.index, attributes);
        this.indexed = true;
        break;
      }
    }
    return this;
  }

  private keyOf(name: string): string | undefined {
    if (this.indexed) return this.index.get(name);
    return Object.prototype.hasOwnProperty.call(this.current, name) ? name : undefined;
  }

  get(name: string): unknown {
    const key = this.keyOf(name);
    if (key !== undefined) return this.current[key];
    const fallback = this.defaults?.keyOf(name);
    return fallback === undefined ? undefined : this.defaults?.values[fallback];
  }

  take(name: string): unknown {
    const key = this.keyOf(name);
    if (key === undefined) return this.get(name);
    this.used[this.usedCount++] = key;
    return this.current[key];
  }

  private wasTaken(key: string): boolean {
    for (let i = 0; i < this.usedCount; i++) if (this.used[i] === key) return true;
    return false;
  }

  extra(more?: Record<string, ExtraValue>): Record<string, ExtraValue> | undefined {
    let extra: Record<string, ExtraValue> | undefined;
    for (const key in this.current) {
      if (this.wasTaken(key)) continue;
      const plain = plainValue(this.current[key]);
      if (plain !== undefined) (extra ??= {})[key] = plain;
    }
    if (more) extra = { ...extra, ...more };
    return extra;
  }
}
