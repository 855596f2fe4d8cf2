// Keeps a derived map's identity while its entries stay the same. The canvas hooks compare their
// inputs by identity: a colour, size or width map rebuilt equal after every edit (from the
// file's own colours, say) made each of them revisit all 40,000 elements of a 10k view.

/** True when both maps hold the same keys with the same values (`===`). */
export function sameEntries<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [key, value] of a) {
    if (b.get(key) !== value || (value === undefined && !b.has(key))) return false;
  }
  return true;
}

/** `next`, or `previous` when it holds the same entries (null stays null). */
export function keepIfSame<K, V>(previous: ReadonlyMap<K, V> | null, next: ReadonlyMap<K, V> | null): ReadonlyMap<K, V> | null {
  return previous !== null && next !== null && sameEntries(previous, next) ? previous : next;
}
