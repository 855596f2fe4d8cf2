// Communities as a legend reads them: named after their most central member
// ("Alexander Prokopchuk’s circle"), with their colour and size, largest first.
import type { Communities } from '../../../graph-data/src/contract.js';
import { communityColour, COMMUNITY_COLOURS, type Theme } from './palette.js';

export interface CommunityItem {
  community: number;
  name: string;
  size: number;
  colour: string;
}

export interface CommunityLegend {
  /** What the colours are of, when not communities (an attribute the Appearance panel colours by). */
  title?: string;
  /** The communities with a colour of their own. */
  items: CommunityItem[];
  /** Communities past those, drawn in one shared grey. */
  others: { count: number; colour: string } | null;
}

export const communityName = (leader: { label: string }): string => `${leader.label}’s circle`;

export function communityLegend(communities: Communities, theme: Theme): CommunityLegend {
  const shown = COMMUNITY_COLOURS[theme].length;
  const items = communities.groups.slice(0, shown).map((g, community) => ({ community, name: communityName(g.leader), size: g.size, colour: communityColour(theme, community) }));
  const rest = communities.groups.length - items.length;
  return { items, others: rest > 0 ? { count: rest, colour: communityColour(theme, shown) } : null };
}
