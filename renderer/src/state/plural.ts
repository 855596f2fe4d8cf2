// Counts as the user reads them everywhere (status bar, filters, exports): "1 edge", "2 edges",
// "1,500 nodes". English grouping, as the rest of the interface is in English.

// One formatter for every count: Number.prototype.toLocaleString makes a new one each call, and
// the filter panel's counts, rendered on every edit, spent 11 ms of a 10k edit doing so.
const ENGLISH = new Intl.NumberFormat('en');

/** `n` with thousands separators: "1,500". */
export const formatCount = (n: number): string => ENGLISH.format(n);

/** `n` with thousands separators and the noun agreeing with it. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${ENGLISH.format(n)} ${n === 1 ? one : many}`;
