// Deep equality of plain data (what the service answers: objects, arrays, strings, numbers,
// booleans, null). A hook that asks again after every edit keeps its last answer when the new
// one says the same, and a panel given data equal to the last (steady.tsx) is not rendered again.
/** Plain objects and arrays are looked into; a React element (its owner links the whole tree) is not. */
const plain = (value: object) => {
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === Array.prototype || proto === null) && !('$$typeof' in value);
};

export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  // A Map, a Set, a class instance: equal only when the same object.
  if (!plain(a) || !plain(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  const keysA = Object.keys(a);
  const recordB = b as Record<string, unknown>;
  return keysA.length === Object.keys(recordB).length && keysA.every((key) => Object.hasOwn(recordB, key) && sameData((a as Record<string, unknown>)[key], recordB[key]));
}

