// Reading an element's file attributes (`extra`) with the file's declared defaults applied: the
// importers keep a default once per key on the graph instead of copying it onto every element.
import type { ExtraValue, RedthreadGraph } from '../service/dataset.js';

export type ElementType = 'node' | 'edge';

/** The declared defaults of one element type (empty when the file declared none). */
export function defaultsOf(graph: RedthreadGraph, type: ElementType): Readonly<Record<string, ExtraValue>> {
  return graph.getAttribute('defaults')?.[type] ?? {};
}

/** One attribute: the element's own value, else the declared default. */
export function extraValue(defaults: Readonly<Record<string, ExtraValue>>, attrs: { extra?: Record<string, unknown> }, key: string): unknown {
  const own = attrs.extra?.[key];
  return own !== undefined ? own : defaults[key];
}

/** Every attribute of an element, defaults applied. */
export function extraOf(graph: RedthreadGraph, type: ElementType, attrs: { extra?: Record<string, unknown> }): Record<string, unknown> {
  return { ...defaultsOf(graph, type), ...attrs.extra };
}
