// Text folding for search: case- and accent-insensitive comparison keys.

const COMBINING_MARKS = /\p{M}/gu;

/** "Zakáyev" and "ZAKAYEV" fold to the same key. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().trim();
}
