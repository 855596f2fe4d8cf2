// Where each id sits in a view's node or edge list, kept beside the list (a WeakMap), so an edit
// finds its handful of elements among 40,000 without a pass over them. A list made from another
// by replacing items in place (a rename, a new degree) shares the other's index: same ids, same
// places. Any other list gets its own index, built the first time it is asked.

interface Identified {
  readonly id: string;
}

const indexes = new WeakMap<readonly Identified[], ReadonlyMap<string, number>>();

function indexOf(list: readonly Identified[]): ReadonlyMap<string, number> {
  let index = indexes.get(list);
  if (!index) {
    const built = new Map<string, number>();
    list.forEach((item, at) => built.set(item.id, at));
    indexes.set(list, built);
    index = built;
  }
  return index;
}

/** The place of `id` in `list`, or -1. */
export function positionOf(list: readonly Identified[], id: string): number {
  return indexOf(list).get(id) ?? -1;
}

const idLists = new WeakMap<readonly Identified[], readonly string[]>();

/**
 * The ids of `list` in order, made once per list. A list made from another by replacing items
 * only (a rename, a new degree) gets the other's array (see `edited`), so what is keyed on the
 * ids (an attribute's values asked of the service for them) stays as it was.
 */
export function idsOf(list: readonly Identified[]): readonly string[] {
  let ids = idLists.get(list);
  if (!ids) {
    ids = list.map((item) => item.id);
    idLists.set(list, ids);
  }
  return ids;
}

/** The item of `list` with this id, if any. */
export function byId<T extends Identified>(list: readonly T[] | undefined, id: string): T | undefined {
  return list ? list[positionOf(list, id)] : undefined;
}

/** The items of `list` with these ids, in the order of `ids` (ids not in the list are skipped). */
export function pick<T extends Identified>(list: readonly T[], ids: Iterable<string>): T[] {
  const out: T[] = [];
  for (const id of ids) {
    const at = positionOf(list, id);
    if (at >= 0) out.push(list[at] as T);
  }
  return out;
}

/**
 * `list` after an edit: some items replaced in place by items of the same id (a changed object for
 * the same element), some removed, some added at the end. `list` itself when nothing changed. A
 * list whose items were only replaced shares the index of `list`; any other gets its own.
 */
export function edited<T extends Identified>(list: readonly T[], change: { replaced: ReadonlyMap<number, T>; removed: ReadonlySet<string>; added: readonly T[] }): T[] {
  const { replaced, removed, added } = change;
  if (replaced.size === 0 && removed.size === 0 && added.length === 0) return list as T[];
  let next = list.slice();
  for (const [at, item] of replaced) {
    if (list[at]?.id !== item.id) throw new Error(`edited: ${item.id} is not at ${at}`);
    next[at] = item;
  }
  if (removed.size > 0) next = next.filter((item) => !removed.has(item.id));
  next.push(...added);
  if (removed.size === 0 && added.length === 0) {
    indexes.set(next, indexOf(list));
    const ids = idLists.get(list);
    if (ids) idLists.set(next, ids);
  }
  return next;
}
