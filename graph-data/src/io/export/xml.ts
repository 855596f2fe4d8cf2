// XML text helpers shared by the GEXF and GraphML writers.

// Characters XML 1.0 cannot carry at all, not even escaped: they become U+FFFD.
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/** Escapes text for an attribute value or element content (newlines kept as character references). */
export function xmlEscape(value: string): string {
  return value.replace(INVALID, '\uFFFD').replace(/[&<>"'\n\r\t]/g, (c) => ENTITIES[c] ?? c);
}

export const xmlValue = (value: string | number | boolean): string => xmlEscape(String(value));
