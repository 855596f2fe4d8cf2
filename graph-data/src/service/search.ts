// Search by label or alias. A folded index is built once per dataset, so each
// keystroke costs one pass over short strings, not a walk over graph attributes.
import type { SearchHit } from '../contract.js';
import type { NodeKind } from '../schema/vocabulary.js';
import type { RedthreadGraph } from './dataset.js';
import { fold } from './text.js';

interface Entry {
  id: string;
  label: string;
  kind: NodeKind;
  /** Folded label first, then folded aliases. */
  keys: string[];
  aliases: string[];
}

export interface SearchIndex {
  entries: Entry[];
}

export function buildSearchIndex(graph: RedthreadGraph): SearchIndex {
  const entries: Entry[] = [];
  graph.forEachNode((id, attrs) => {
    const aliases = attrs.aliases ?? [];
    entries.push({
      id,
      label: attrs.label,
      kind: attrs.kind,
      keys: [fold(attrs.label), ...aliases.map(fold)],
      aliases,
    });
  });
  return { entries };
}

// Lower is better: whole key, then start of the key, then start of a word, then anywhere.
function rank(key: string, query: string): number {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  const at = key.indexOf(query);
  if (at < 0) return -1;
  return /[\s\-'’.(]/u.test(key[at - 1] ?? '') ? 2 : 3;
}

export function search(index: SearchIndex, query: string, limit: number): SearchHit[] {
  const q = fold(query);
  if (q.length === 0) return [];
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const entry of index.entries) {
    let best = -1;
    let bestKey = 0;
    entry.keys.forEach((key, i) => {
      const r = rank(key, q);
      if (r >= 0 && (best < 0 || r < best)) {
        best = r;
        bestKey = i;
      }
    });
    if (best < 0) continue;
    const hit: SearchHit = { id: entry.id, label: entry.label, kind: entry.kind };
    if (bestKey > 0) hit.matchedAlias = entry.aliases[bestKey - 1];
    scored.push({ hit, score: best });
  }
  scored.sort((a, b) => a.score - b.score || a.hit.label.localeCompare(b.hit.label));
  return scored.slice(0, limit).map((s) => s.hit);
}
