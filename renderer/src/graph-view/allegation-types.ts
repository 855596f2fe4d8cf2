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

export function allegationTypeLabel(type: string): string {
  return isBuiltin(type) ? ALLEGATION_TYPE_LABELS[type] : (custom.find((t) => t.id === type)?.label ?? type);
}

/** A built-in type's theme colour; a case's own colour, nudged to 3:1 against the theme's canvas as the Appearance panel does. */
export function allegationTypeColour(theme: Theme, type: string): string {
  if (isBuiltin(type)) return allegationColour(theme, type);
  const own = custom.find((t) => t.id === type)?.color;
  return own ? readable(own, theme) : '#94a3b8';
}
