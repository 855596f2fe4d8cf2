// The case's sources as a list: each with its metadata, its text's SHA-256 and how much of the
// graph cites it, filtered by a query over title, publisher, author and the full text (case- and
// accent-insensitive, like node search). Counts come from one pass over the graph.
import type { SourceList, SourceSummary } from '../contract.js';
import { sourceHash } from '../case/save.js';
import type { Dataset, LoadedSource } from './dataset.js';
import { fold } from './text.js';

interface Citing {
  nodes: Set<string>;
  edges: Set<string>;
  quotes: number;
}

export function citationCounts(dataset: Dataset): Map<string, Citing> {
  const counts = new Map<string, Citing>();
  const add = (source: string, element: string, isEdge: boolean) => {
    let c = counts.get(source);
    if (!c) counts.set(source, (c = { nodes: new Set(), edges: new Set(), quotes: 0 }));
    (isEdge ? c.edges : c.nodes).add(element);
    c.quotes++;
  };
  dataset.graph.forEachNode((node, a) => a.evidence?.forEach((e) => add(e.source, node, false)));
  dataset.graph.forEachEdge((edge, a) => {
    a.evidence?.forEach((e) => add(e.source, edge, true));
    a.statusHistory?.forEach((h) => h.evidence && add(h.evidence.source, edge, true));
  });
  return counts;
}

// Folded texts are as long as the texts: kept per source object, which never changes.
const folded = new WeakMap<LoadedSource, string>();
const foldedText = (s: LoadedSource) => {
  let f = folded.get(s);
  if (f === undefined) folded.set(s, (f = fold(s.text)));
  return f;
};

const SNIPPET = 60;

function snippet(text: string, at: number, length: number): string {
  // Whole words at both ends.
  let start = Math.max(0, at - SNIPPET);
  if (start > 0) start = text.slice(start, at).search(/\s/) >= 0 ? start + text.slice(start, at).search(/\s/) + 1 : start;
  let end = Math.min(text.length, at + length + SNIPPET);
  const cut = text.slice(at + length, end).search(/\s\S*$/);
  if (end < text.length && cut >= 0) end = at + length + cut;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}

export function sourceList(dataset: Dataset, counts: Map<string, Citing>, query = ''): SourceList {
  const q = fold(query);
  const sources: SourceSummary[] = [];
  for (const s of dataset.sources.values()) {
    let match: SourceSummary['match'];
    let found: string | undefined;
    if (q) {
      if (fold(s.title).includes(q)) match = 'title';
      else if (fold(s.publisher).includes(q)) match = 'publisher';
      else if (s.author && fold(s.author).includes(q)) match = 'author';
      else {
        // Folding may shorten the text a little (combining marks): the snippet is near, not exact.
        const at = foldedText(s).indexOf(q);
        if (at < 0) continue;
        match = 'text';
        const exact = s.text.toLowerCase().indexOf(query.trim().toLowerCase());
        found = snippet(s.text, exact >= 0 ? exact : at, q.length);
      }
    }
    const c = counts.get(s.id);
    sources.push({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      published: s.date,
      ...(s.author && { author: s.author }),
      ...(s.url && { url: s.url }),
      ...(s.accessed && { accessed: s.accessed }),
      characters: s.text.length,
      sha256: sourceHash(s),
      citedBy: { edges: c?.edges.size ?? 0, nodes: c?.nodes.size ?? 0, quotes: c?.quotes ?? 0 },
      ...(match && { match }),
      ...(found !== undefined && { snippet: found }),
    });
  }
  return { sources, total: dataset.sources.size };
}
