// Ids and file names built from what users type: an accented letter becomes its plain letter
// ("Crème" → "Creme") before anything else is replaced, or each accent would turn into a
// separator of its own ("cre-me"). One function, so every id and file name agrees.

/** `text` with combining marks removed after compatibility decomposition (é → e, ﬁ → fi). */
export function withoutAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}
