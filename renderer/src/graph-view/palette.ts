// Colours and shapes of the graph, per theme. Shapes differ by kind too, so the
// legend reads without colour vision; allegation status is drawn as line style.
import type { Css } from 'cytoscape';
import type { AllegationStatus, AllegationType, NodeKind } from '../../../graph-data/src/schema/vocabulary.js';
import { BUILTIN_ALLEGATION_COLOURS } from '../../../graph-data/src/schema/allegation-colours.js';

export type Theme = 'light' | 'dark';

export const KIND_SHAPES: Record<NodeKind, Css.NodeShape> = {
  person: 'ellipse',
  agency: 'round-rectangle',
  group: 'round-hexagon',
  country: 'diamond',
  place: 'round-triangle',
  event: 'star',
  document: 'rectangle',
  media: 'round-tag',
  organisation: 'round-octagon',
  other: 'ellipse',
};

const KIND_COLOURS: Record<Theme, Record<NodeKind, string>> = {
  light: {
    person: '#2563eb',
    agency: '#7c3aed',
    group: '#0d9488',
    country: '#b45309',
    place: '#65a30d',
    event: '#db2777',
    document: '#64748b',
    media: '#0891b2',
    organisation: '#9333ea',
    other: '#78716c',
  },
  dark: {
    person: '#60a5fa',
    agency: '#a78bfa',
    group: '#2dd4bf',
    country: '#fbbf24',
    place: '#a3e635',
    event: '#f472b6',
    document: '#94a3b8',
    media: '#22d3ee',
    organisation: '#c084fc',
    other: '#a8a29e',
  },
};

const ALLEGATION_COLOURS: Record<Theme, Readonly<Record<AllegationType, string>>> = {
  // One set of light colours: a case file stores these too.
  light: BUILTIN_ALLEGATION_COLOURS,
  dark: {
    intelligence_ties: '#f87171',
    red_notice_abuse: '#fb923c',
    bribery_corruption: '#facc15',
    salisbury_poisoning: '#4ade80',
    organised_crime: '#c084fc',
    collusion: '#f472b6',
    death_of_tax_consultant: '#93c5fd',
    election_interference: '#22d3ee',
    smear_campaign: '#cbd5e1',
  },
};

/** Line style and dash pattern (in line widths) per status: readable in greyscale and print. */
export const STATUS_LINES: Record<AllegationStatus, { style: 'solid' | 'dashed' | 'dotted'; dash?: number[] }> = {
  confirmed: { style: 'solid' },
  alleged: { style: 'dashed', dash: [6, 3] },
  denied: { style: 'dotted' },
  disputed: { style: 'dashed', dash: [10, 3, 2, 3] },
};

/**
 * Selection, hover and path highlights use one reserved hue, a hot magenta that no kind,
 * allegation or community colour comes near in either theme (palette.test.ts keeps it
 * so, by CIELAB distance), drawn as a ring and a halo: a highlight never reads as data.
 */
export const HIGHLIGHT = '#ff00cc';

export const BASE_COLOURS: Record<Theme, { text: string; textOutline: string; edge: string; highlight: string; background: string }> = {
  light: { text: '#0f172a', textOutline: '#ffffff', edge: '#94a3b8', highlight: HIGHLIGHT, background: '#f8fafc' },
  dark: { text: '#e2e8f0', textOutline: '#0b1120', edge: '#475569', highlight: HIGHLIGHT, background: '#0b1120' },
};

/** Every colour that carries meaning in the data, per theme (the highlight must stay clear of them). */
export function dataColours(theme: Theme): string[] {
  return [...Object.values(KIND_COLOURS[theme]), ...Object.values(ALLEGATION_COLOURS[theme]), ...COMMUNITY_COLOURS[theme], OTHER_COMMUNITY[theme], BASE_COLOURS[theme].edge];
}

export const kindColour = (theme: Theme, kind: NodeKind): string => KIND_COLOURS[theme][kind];
export const allegationColour = (theme: Theme, type: AllegationType): string => ALLEGATION_COLOURS[theme][type];

/**
 * Twelve community colours per theme, most distinct first (largest communities get the
 * clearest hues); light uses deep tones for a white background, dark lighter ones.
 * Communities past the twelfth share a neutral grey: more hues stop being tellable apart.
 */
export const COMMUNITY_COLOURS: Record<Theme, readonly string[]> = {
  light: ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#393b79', '#637939', '#843c39'],
  dark: ['#6baed6', '#fc8d59', '#74c476', '#fdd049', '#bcbddc', '#d6a77a', '#f7b6d2', '#67e0ec', '#dbdb8d', '#9e9ac8', '#b5cf6b', '#e7969c'],
};
const OTHER_COMMUNITY: Record<Theme, string> = { light: '#a8a29e', dark: '#78716c' };

export const communityColour = (theme: Theme, community: number): string => COMMUNITY_COLOURS[theme][community] ?? OTHER_COMMUNITY[theme];
