// Where an element is in its file, for messages: a line number, a ready string ("nodes[3]"), or a
// function run only if a message needs it (most elements never need one, so none is built).
export type Where = number | string | (() => string);

export const whereText = (where: Where): string => (typeof where === 'number' ? `line ${where}` : typeof where === 'string' ? where : where());
