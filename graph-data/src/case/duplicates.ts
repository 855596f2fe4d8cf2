// Nodes that may be one actor, for the user to merge: the same name once case, accents and
// punctuation are folded; the same name once transliterated to Latin letters (any-ascii, as
// search does: "Прокопчук" and "Prokopchuk"); a name or alias of one among the other's; or an
// identifier value they share in imported data (registration numbers, LEI, Wikidata ids…).
// Buckets, not pairs of all nodes: linear in the graph, and a name shared by hundreds of nodes
// ("Unknown") is skipped rather than suggested a million times.
import type { Dataset } from '../service/dataset.js';
import { searchWords } from '../service/search.js';
import { fold } from '../service/text.js';

export const DUPLICATE_REASONS = ['identifier', 'same-name', 'transliteration', 'alias'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

export interface DuplicatePair {
  /** Ids, `a` before `b` in the graph's order. */
  a: string;
  b: string;
  reasons: DuplicateReason[];
}

/** Names shared by more nodes than this are not evidence of anything. */
const MAX_BUCKET = 20;
/** Attribute names of imported data that hold identifiers. */
const IDENTIFIER_KEY = /(^|[^a-z])(id|ids|number|code|lei|inn|ogrn|wikidata|isin|swift|bic|iban|email|passport|imo|registration|vat|duns|uei|ein)([^a-z]|$)|Id$|Number$|Code$/i;

/** Case, accents and punctuation folded, words kept in order: "Meng, Hongwei" = "meng hongwei". */
export function normalisedName(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const transliterated = (name: string) => searchWords(name).join(' ');

/** `node`: only the pairs that include it (a node's details ask for its own, wherever they rank in the whole graph). */
export function suggestDuplicates(dataset: Dataset, limit = 100, node?: string): DuplicatePair[] {
  const { graph } = dataset;
  const order = new Map<string, number>();
  const buckets = new Map<string, string[]>();
  const add = (key: string, node: string) => {
    let list = buckets.get(key);
    if (!list) buckets.set(key, (list = []));
    if (list.at(-1) !== node) list.push(node);
  };
  graph.forEachNode((node, a) => {
    order.set(node, order.size);
    const label = normalisedName(a.label);
    if (label) add(`same-name\u0000${label}`, node);
    const latin = transliterated(a.label);
    if (latin) add(`transliteration\u0000${latin}`, node);
    // Every name (label and aliases) meets every other node's names in the alias bucket.
    for (const name of new Set([label, ...(a.aliases ?? []).map(normalisedName)])) if (name) add(`alias\u0000${name}`, node);
    for (const [key, value] of Object.entries(a.extra ?? {})) {
      if (!IDENTIFIER_KEY.test(key)) continue;
      for (const v of Array.isArray(value) ? value : [value]) {
        const text = String(v).trim().toLowerCase();
        if (text.length >= 3) add(`identifier\u0000${key.toLowerCase()}\u0000${text}`, node);
      }
    }
  });
  const pairs = new Map<string, DuplicatePair>();
  for (const [key, nodes] of buckets) {
    if (nodes.length < 2 || nodes.length > MAX_BUCKET) continue;
    const reason = key.slice(0, key.indexOf('\u0000')) as DuplicateReason;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const [a, b] = [nodes[i] as string, nodes[j] as string].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0)) as [string, string];
        const id = `${a}\u0000${b}`;
        let pair = pairs.get(id);
        if (!pair) pairs.set(id, (pair = { a, b, reasons: [] }));
        if (!pair.reasons.includes(reason)) pair.reasons.push(reason);
      }
    }
  }
  // A same-name pair is also a transliteration and alias pair: say the strongest reason first,
  // and drop the weaker ones it implies.
  const rank = (r: DuplicateReason) => DUPLICATE_REASONS.indexOf(r);
  const result = [...pairs.values()].filter((p) => node === undefined || p.a === node || p.b === node).map((p) => {
    let reasons = p.reasons.sort((x, y) => rank(x) - rank(y));
    if (reasons.includes('same-name')) reasons = reasons.filter((r) => r !== 'transliteration' && r !== 'alias');
    else if (reasons.includes('transliteration')) reasons = reasons.filter((r) => r !== 'alias');
    return { ...p, reasons };
  });
  result.sort((x, y) => rank(x.reasons[0] as DuplicateReason) - rank(y.reasons[0] as DuplicateReason) || y.reasons.length - x.reasons.length || (order.get(x.a) ?? 0) - (order.get(y.a) ?? 0) || (order.get(x.b) ?? 0) - (order.get(y.b) ?? 0));
  return result.slice(0, limit);
}
