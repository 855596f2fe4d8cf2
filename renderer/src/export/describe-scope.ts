// What an exported picture shows, in words for its caption: where the view came from
// (the whole graph, its opening hubs, a focus, a saved view), what was changed since,
// hidden nodes, a highlighted path, and whether only the part on screen is exported.
import type { ViewScope } from '../state/view-history.js';
import type { Scope } from './types.js';
import { formatCount, plural } from '../state/plural.js';

/** Plain data the dialog is given about the view on screen. */
export interface ScopeFacts {
  scope: ViewScope | null;
  /** Nodes the user hid in this view. */
  hidden: number;
  /** "Path from A to B highlighted (2 hops)", when something is highlighted. */
  highlight: string | null;
  /** Nodes the selection scope covers (with scope 'selection'). */
  selected?: number;
}

const lower = (s: string): string => (s ? s.charAt(0).toLowerCase() + s.slice(1) : s);

function origin(scope: ViewScope | null): string {
  const o = scope?.origin;
  if (!o) return 'A view of the graph';
  if (o.kind === 'graph') return o.shown >= o.total ? 'Whole graph' : `Opening view: the ${plural(o.shown, 'best-connected node')} of ${formatCount(o.total)}`;
  if (o.kind === 'focus') return `Focus on ${o.label} at depth ${o.depth}`;
  return `Saved view “${o.name}”`;
}

/** At most this many changes are named; older ones are counted. */
const NAMED_CHANGES = 3;

export function describeScope(facts: ScopeFacts, region: Scope): string {
  const parts = [origin(facts.scope)];
  const changes = facts.scope?.changes ?? [];
  if (changes.length > 0) {
    const named = changes.slice(-NAMED_CHANGES).map(lower);
    const older = changes.length - named.length;
    parts[0] += `, then ${older > 0 ? `${plural(older, 'other change')}, ` : ''}${named.join(', ')}`;
  }
  if (facts.hidden > 0) parts.push(`${plural(facts.hidden, 'node')} hidden`);
  if (facts.highlight) parts.push(facts.highlight);
  const text = parts.join('; ');
  if (region === 'selection') return `Selection (${plural(facts.selected ?? 0, 'node')}) of: ${text}`;
  return region === 'view' ? `Current view (the part on screen) of: ${text}` : text;
}
