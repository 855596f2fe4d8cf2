// Where an element is in its file, for messages: a line number, a ready string ("nodes[3]"), or a
// function run only if a message needs it (most elements never need one, so none is built).
export type Where = number | string | (() => string);

export const whereText = (where: Where): string => (typeof where === 'number' ? `line ${where}` : typeof where === 'string' ? where : where());

/** What a message calls a file's element: its id, or for an edge without one (GraphML and GEXF allow it) its place among the edges and its ends. */
export function elementName(element: { kind: string; id?: string | undefined; ordinal?: number; source?: string | undefined; target?: string | undefined }): string {
  if (element.id) return `${element.kind} "${element.id}"`;
  if (element.kind === 'edge') return `edge ${element.ordinal ?? '?'} ("${element.source ?? '?'}" → "${element.target ?? '?'}")`;
  return `${element.kind} without an id`;
}
