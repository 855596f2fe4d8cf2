// A graph's own layout becomes a view's first positions only when every node has one,
// scaled to Redthread's spacing whatever units the file used.
import { describe, expect, it } from 'vitest';
import type { GraphView, ViewNode } from '../../../graph-data/src/contract.js';
import { savedPositions } from './saved-layout.js';

const node = (id: string, x?: number, y?: number): ViewNode => ({ id, label: id, kind: 'person', degree: 1, ...(x === undefined ? {} : { x }), ...(y === undefined ? {} : { y }) });
const view = (nodes: ViewNode[]): GraphView => ({ graph: 'g#1', nodes, edges: [], truncated: false, requestedNodes: nodes.length });

describe('savedPositions', () => {
  it('keeps a layout at a sensible scale as it is', () => {
    const positions = savedPositions(view([node('a', 100, 50), node('b', 300, 50), node('c', 100, 250), node('d', 300, 250)]));
    expect(positions).toEqual({ a: { x: 0, y: 0 }, b: { x: 200, y: 0 }, c: { x: 0, y: 200 }, d: { x: 200, y: 200 } });
  });

  it('scales a layout in other units to ~90 units of room per node, keeping its shape', () => {
    // Gephi-style coordinates in 0–1: a unit square's corners.
    const positions = savedPositions(view([node('a', 0, 0), node('b', 1, 0), node('c', 0, 1), node('d', 1, 1)]));
    expect(positions).toEqual({ a: { x: 0, y: 0 }, b: { x: 180, y: 0 }, c: { x: 0, y: 180 }, d: { x: 180, y: 180 } });
  });

  it('gives nothing when any node lacks a position (a layout runs instead)', () => {
    expect(savedPositions(view([node('a', 0, 0), node('b')]))).toEqual({});
    expect(savedPositions(view([]))).toEqual({});
  });

  it('places a single node, or nodes all at one point, without dividing by zero', () => {
    expect(savedPositions(view([node('a', 5, 5)]))).toEqual({ a: { x: 0, y: 0 } });
    expect(savedPositions(view([node('a', 5, 5), node('b', 5, 5)]))).toEqual({ a: { x: 0, y: 0 }, b: { x: 0, y: 0 } });
  });
});
