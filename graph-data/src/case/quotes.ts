// Quotes against their source texts: an evidence entry is trusted only when its quote is found
// verbatim at its offset. On opening a case every quote is checked again; one that moved is
// re-anchored only when it occurs exactly once in the text, anything else is flagged for the user.
import type { Evidence } from '../schema/model.js';

export type QuoteCheck =
  | { ok: true; offset: number; moved: boolean }
  | { ok: false; reason: string };

export function quoteAt(text: string, quote: string, offset: number): boolean {
  return offset >= 0 && text.startsWith(quote, offset);
}

/** Where a quote is, given where it should be. */
export function checkQuote(text: string | undefined, quote: string, offset: number | undefined): QuoteCheck {
  if (text === undefined) return { ok: false, reason: 'its source is missing' };
  if (text.length === 0) return { ok: false, reason: 'its source holds no text' };
  if (offset !== undefined && quoteAt(text, quote, offset)) return { ok: true, offset, moved: false };
  const first = text.indexOf(quote);
  if (first < 0) return { ok: false, reason: 'the quote is not in its source text' };
  // Without an offset (older files, curated data) the first occurrence is the one meant; a
  // quote that is no longer where it was and occurs twice could be either: the user decides.
  if (offset === undefined) return { ok: true, offset: first, moved: false };
  if (text.indexOf(quote, first + 1) >= 0) return { ok: false, reason: `the quote is no longer at offset ${offset} and occurs more than once` };
  return { ok: true, offset: first, moved: true };
}

/** True when this evidence is verified: unflagged and found verbatim at its offset. */
export function evidenceHolds(text: string | undefined, evidence: Evidence): boolean {
  return !evidence.flagged && evidence.offset !== undefined && text !== undefined && quoteAt(text, evidence.quote, evidence.offset);
}

const sameEvidence = (a: Evidence, b: Evidence) => a.source === b.source && a.offset === b.offset && a.quote === b.quote;

/** The list with `e` added, unless the same passage is already there. */
export const withEvidence = (list: Evidence[] | undefined, e: Evidence): Evidence[] => (list?.some((x) => sameEvidence(x, e)) ? list : [...(list ?? []), e]);
