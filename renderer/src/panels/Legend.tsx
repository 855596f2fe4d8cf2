// The legend: what the current graph and appearance use — what node colour means (kinds,
// an attribute's classes with counts, a colour scale, the file's own colours, communities),
// the kinds present, and allegation types and statuses only when the graph has allegations.
import type { DatasetInfo } from '../../../graph-data/src/contract.js';
import {
  type AllegationStatus,
  ALLEGATION_STATUSES,
  ALLEGATION_TYPES,
  NODE_KIND_LABELS,
  NODE_KINDS,
} from '../../../graph-data/src/schema/vocabulary.js';
import { allegationTypeColour, allegationTypeLabel } from '../graph-view/allegation-types.js';
import { BASE_COLOURS, KIND_SHAPES, kindColour, STATUS_LINES, type Theme } from '../graph-view/palette.js';
import type { CommunityLegend } from '../graph-view/community-legend.js';
import { ColourClasses } from './appearance/ColourClasses.js';
import type { ColourLegend } from './appearance/use-appearance.js';
import { steady } from './steady.js';

const SHAPE_PATHS: Record<string, string> = {
  ellipse: 'M7 1a6 6 0 1 0 0.01 0Z',
  'round-rectangle': 'M3 2h8a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2Z',
  'round-hexagon': 'M4 1h6l4 6-4 6H4L0 7Z',
  diamond: 'M7 0l7 7-7 7-7-7Z',
  'round-triangle': 'M7 1l6 12H1Z',
  star: 'M7 0l2 5h5l-4 3 2 6-5-4-5 4 2-6-4-3h5Z',
  rectangle: 'M1 2h12v10H1Z',
  'round-tag': 'M1 2h8l4 5-4 5H1Z',
  'round-octagon': 'M4 1h6l3 3v6l-3 3H4l-3-3V4Z',
};

const NEUTRAL: Record<Theme, string> = { light: '#94a3b8', dark: '#64748b' };

const dashArray = (status: AllegationStatus): string | undefined => {
  const line = STATUS_LINES[status];
  if (line.style === 'dotted') return '2 2';
  return line.dash?.map((d) => d * 1.5).join(' ');
};

/**
 * When nodes are coloured by community, colour means community: the legend lists the
 * communities by name and shows kinds by shape only, in a neutral grey.
 */
interface Props {
  info: DatasetInfo;
  theme: Theme;
  communities?: CommunityLegend | null;
  /** What node colour means under the Appearance settings; null when kinds colour the nodes. */
  colour?: ColourLegend | null;
  /** Allegation statuses the graph holds (null: not known yet, every status is listed when allegations exist). */
  statuses?: Partial<Record<AllegationStatus, number>> | null;
}

function LegendPanel({ info, theme, communities = null, colour = null, statuses = null }: Props) {
  const kinds = NODE_KINDS.filter((k) => info.kinds[k]);
  // Only "Other": kinds say nothing about this graph, unless kinds are what colours it.
  const showKinds = !colour && !communities ? kinds.length > 0 : kinds.some((k) => k !== 'other');
  const byShape = communities !== null || colour !== null;
  // Built-in types in their order, then the case's own that edges use.
  const allegations: string[] = [...ALLEGATION_TYPES.filter((t) => info.allegationTypes[t]), ...(info.customAllegationTypes ?? []).map((t) => t.id).filter((t) => info.allegationTypes[t])];
  const shownStatuses = allegations.length === 0 ? [] : ALLEGATION_STATUSES.filter((s) => statuses === null || (statuses[s] ?? 0) > 0);
  return (
    <section className="legend" aria-label="Legend" data-testid="legend">
      {communities && (
        <>
          <h3>Colour: communities</h3>
          <ul data-testid="legend-communities">
            {communities.items.map((item) => (
              <li key={item.community}>
                <svg width="14" height="14" aria-hidden>
                  <circle cx="7" cy="7" r="6" fill={item.colour} />
                </svg>
                {item.name} <span className="count">{item.size}</span>
              </li>
            ))}
            {communities.others && (
              <li>
                <svg width="14" height="14" aria-hidden>
                  <circle cx="7" cy="7" r="6" fill={communities.others.colour} />
                </svg>
                {communities.others.count} smaller communities
              </li>
            )}
          </ul>
        </>
      )}
      {!communities && colour && (
        <>
          <h3 data-testid="legend-colour-title">Colour: {colour.type === 'file' ? 'the file’s own' : colour.title}</h3>
          <ColourClasses legend={colour} />
        </>
      )}
      {showKinds && (
        <>
          <h3>{byShape ? 'Kinds (shape)' : 'Kinds'}</h3>
          <ul data-testid="legend-kinds">
            {kinds.map((kind) => (
              <li key={kind}>
                <svg width="14" height="14" aria-hidden>
                  <path d={SHAPE_PATHS[KIND_SHAPES[kind]]} fill={byShape ? NEUTRAL[theme] : kindColour(theme, kind)} />
                </svg>
                {NODE_KIND_LABELS[kind]} <span className="count">{info.kinds[kind]}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {allegations.length > 0 && (
        <>
          <h3>Allegations</h3>
          <ul data-testid="legend-allegations">
            {allegations.map((type) => (
              <li key={type}>
                <svg width="22" height="8" aria-hidden>
                  <line x1="0" y1="4" x2="22" y2="4" stroke={allegationTypeColour(theme, type)} strokeWidth="3" />
                </svg>
                {allegationTypeLabel(type)} <span className="count">{info.allegationTypes[type]}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {shownStatuses.length > 0 && (
        <>
          <h3>Status</h3>
          <ul className="statuses" data-testid="legend-statuses">
            {shownStatuses.map((status) => (
              <li key={status}>
                <svg width="30" height="8" aria-hidden>
                  <line x1="0" y1="4" x2="30" y2="4" stroke={BASE_COLOURS[theme].text} strokeWidth="2" strokeDasharray={dashArray(status)} />
                </svg>
                {status}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Rendered again only when its data changes (steady.tsx). */
export const Legend = steady(LegendPanel);
