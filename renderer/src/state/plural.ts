// Counts as the user reads them everywhere (status bar, filters, exports): "1 edge", "2 edges",
// "1,500 nodes". English grouping, as the rest of the interface is in English.

/** `n` with thousands separators and the noun agreeing with it. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
