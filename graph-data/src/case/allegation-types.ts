// The allegation types every case starts with (the built-in taxonomy, with the light theme's
// colours) and the checks for the ones an investigator adds.
import { ALLEGATION_TYPE_LABELS, ALLEGATION_TYPES } from '../schema/vocabulary.js';
import type { CaseAllegationType } from './format.js';
import { BUILTIN_ALLEGATION_COLOURS } from '../schema/allegation-colours.js';
import { withoutAccents } from '../util/accents.js';

export function builtinAllegationTypes(): CaseAllegationType[] {
  return ALLEGATION_TYPES.map((id) => ({ id, label: ALLEGATION_TYPE_LABELS[id], color: BUILTIN_ALLEGATION_COLOURS[id], builtin: true as const }));
}

/** "Money laundering" → "money_laundering": ids stay readable in the file. */
export function allegationTypeId(label: string): string {
  const slug = withoutAccents(label)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64);
  return slug || 'type';
}
