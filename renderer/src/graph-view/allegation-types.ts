// The allegation types the open case added to the built-in ones (DatasetInfo.customAllegationTypes):
// their labels and colours for the canvas, the legend, the filters, Details and the cite form.
// One small store outside React, like the canvas itself: the stylesheet is rebuilt when it changes.
import { useSyncExternalStore } from 'react';
import { ALLEGATION_TYPE_LABELS, ALLEGATION_TYPES, type AllegationType } from '../../../graph-data/src/schema/vocabulary.js';
import { readable } from './appearance-scale.js';
import { allegationColour, type Theme } from './palette.js';

export interface CustomAllegationType {
  id: string;
  label: string;
  color: string;
}

/** Edges of a type the case does not list are drawn in the plain edge grey. */
const UNKNOWN_TYPE_COLOUR = '#94a3b8';

let custom: readonly CustomAllegationType[] = [];
const listeners = new Set<() => void>();

const isBuiltin = (type: string): type is AllegationType => (ALLEGATION_TYPES as readonly string[]).includes(type);

export function setCustomAllegationTypes(next: readonly CustomAllegationType[]): void {
  if (next.length === custom.length && next.every((t, i) => t.id === custom[i]?.id && t.label === custom[i]?.label && t.color === custom[i]?.color)) return;
  custom = next;
  for (const listener of listeners) listener();
}

export const customAllegationTypes = (): readonly CustomAllegationType[] => custom;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The case's own types, re-rendering when one is added. */
export const useCustomAllegationTypes = (): readonly CustomAllegationType[] => useSyncExternalStore(subscribe, customAllegationTypes);

/** A type's name: the vocabulary's for a built-in one, the case's for its own (`types`, the open case's by default). */
export function allegationTypeLabel(type: string, types: readonly CustomAllegationType[] = custom): string {
  return isBuiltin(type) ? ALLEGATION_TYPE_LABELS[type] : (types.find((t) => t.id === type)?.label ?? type);
}

/** A built-in type's theme colour; a case's own colour, nudged to 3:1 against the theme's canvas as the Appearance panel does. */
export function allegationTypeColour(theme: Theme, type: string, types: readonly CustomAllegationType[] = custom): string {
  if (isBuiltin(type)) return allegationColour(theme, type);
  const own = types.find((t) => t.id === type)?.color;
  return own ? readable(own, theme) : UNKNOWN_TYPE_COLOUR;
}

/**
 * The types among `present`, built-in ones in vocabulary order then the case's own in the order
 * it added them, each with its name and the colour the canvas draws it in: what every list of
 * allegation types shows (legends, export captions).
 */
export function presentAllegationTypes(present: ReadonlySet<string>, theme: Theme, types: readonly CustomAllegationType[] = custom): { id: string; label: string; colour: string }[] {
  const ids = [...ALLEGATION_TYPES.filter((t) => present.has(t)), ...types.map((t) => t.id).filter((t) => present.has(t) && !isBuiltin(t))];
  return ids.map((id) => ({ id, label: allegationTypeLabel(id, types), colour: allegationTypeColour(theme, id, types) }));
}
