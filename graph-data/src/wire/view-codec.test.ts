// Round trips of the view wire format: random views (unicode, empty strings, optional fields
// absent or present, edges whose ends are not in the view) come back field for field, also
// after a real structured clone with the buffers transferred, as postMessage does.
import { describe, expect, it } from 'vitest';
import type { AllegationView, GraphView, ViewEdge, ViewNode } from '../contract-results.js';
import { ALLEGATION_STATUSES, ALLEGATION_TYPES, NODE_KINDS, RELATIONS } from '../schema/vocabulary.js';
import { seededRandom } from '../util/seeded-random.js';
import { decodeReply, decodeReplyInSteps, decodingHost, encodeReply, type RedthreadWireHost, STEPPED_DECODE_ROWS } from './replies.js';
import { decodeView, encodeView, viewBuffers } from './view-codec.js';

const PIECES = ['', 'a', 'Ω', 'é', 'e\u0301', '中国', '🕵️‍♀️', '𝔘', '\ud800', 'مرحبا', ' ', '\n', '"', '\\', '|', '0', 'Прокопчук', 'x'.repeat(40)];

function generator(seed: number) {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const text = () => Array.from({ length: int(4) }, () => pick(PIECES)).join('');
  const maybe = <T>(make: () => T): T | undefined => (random() < 0.5 ? make() : undefined);
  const number = () => pick([0, -0, 1, -1.5, 1e-300, 1e300, 123456.789, -(2 ** 31), 2 ** 53 - 1]) * (random() < 0.5 ? 1 : random());
  return { random, int, pick, text, maybe, number };
}

/** A random view; optional fields are set or left out (never set to undefined), as the service does. */
function randomView(seed: number, size: number): GraphView {
  const g = generator(seed);
  const ids = Array.from({ length: size }, (_v, i) => (g.random() < 0.2 ? `${g.text()}${i}` : g.text() || `n${i}`));
  const nodes: ViewNode[] = ids.map((id) => {
    const node: ViewNode = { id, label: g.text(), kind: g.pick(NODE_KINDS), degree: g.int(1000) };
    const date = g.maybe(() => g.pick(['2018', '2018-11', '2018-11-21', '1930/1945', '']));
    if (date !== undefined) node.date = date;
    if (g.random() < 0.5) {
      node.x = g.number();
      node.y = g.number();
    }
    return node;
  });
  const end = () => (g.random() < 0.9 && ids.length ? g.pick(ids) : g.text());
  const edges: ViewEdge[] = Array.from({ length: g.int(size * 3 + 1) }, (_v, i) => {
    const edge: ViewEdge = { id: g.random() < 0.5 ? `e${i}` : g.text(), source: end(), target: end(), relation: g.pick(RELATIONS) };
    const allegation = g.maybe((): AllegationView => ({ type: g.pick(ALLEGATION_TYPES), status: g.pick(ALLEGATION_STATUSES), claimant: g.text() }));
    if (allegation) edge.allegation = allegation;
    if (g.random() < 0.3) edge.undirected = true;
    return edge;
  });
  return { graph: g.text(), nodes, edges, truncated: g.random() < 0.5, requestedNodes: g.int(1e6) };
}

describe('view wire format', () => {
  it('round-trips random views exactly: unicode, empty strings, optional fields absent or present', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const view = randomView(seed, seed % 10 === 0 ? 0 : seed * 3);
      expect(decodeView(encodeView(view)), `seed ${seed}`).toStrictEqual(view);
    }
  });

  it('round-trips after a structured clone that moves the buffers, as postMessage does', () => {
    const view = randomView(7, 500);
    const encoded = encodeView(view);
    const buffers = viewBuffers(encoded);
    expect(buffers.length).toBeGreaterThan(5);
    const received = structuredClone(encoded, { transfer: buffers });
    // Moved, not copied: the sender's buffers are now empty, every column's among them.
    expect(buffers.every((b) => b.byteLength === 0)).toBe(true);
    const arrays = [encoded.strings.ends, ...[...encoded.nodes.columns, ...encoded.edges.columns].flatMap((c) => Object.values(c).filter((v) => ArrayBuffer.isView(v)))];
    expect(new Set(encoded.nodes.columns.map((c) => c.kind))).toEqual(new Set(['string', 'dict', 'number']));
    expect(new Set(encoded.edges.columns.map((c) => c.kind))).toEqual(new Set(['string', 'dict', 'json', 'boolean']));
    expect(arrays.filter((a) => (a as Uint8Array).byteLength > 0)).toEqual([]);
    expect(decodeView(received)).toStrictEqual(view);
  });

  it('sends each distinct kind and relation once, and no value per element but in typed arrays and joined strings', () => {
    const nodes: ViewNode[] = Array.from({ length: 1000 }, (_v, i) => ({ id: `node-${i}`, label: `Label ${i}`, kind: 'person', degree: 3 }));
    const edges: ViewEdge[] = Array.from({ length: 3000 }, (_v, i) => ({ id: `e${i}`, source: `node-${i % 1000}`, target: `node-${(i * 7) % 1000}`, relation: 'linked_to' }));
    const encoded = encodeView({ graph: 'g', nodes, edges, truncated: false, requestedNodes: 1000 });
    expect(encoded.strings.ends.length).toBe(2);
    expect(encoded.strings.text).toBe('personlinked_to');
    // Optional fields no element has are not sent at all.
    expect(encoded.nodes.columns.map((c) => c.key)).toEqual(['id', 'label', 'kind', 'degree']);
    expect(encoded.edges.columns.map((c) => c.key)).toEqual(['id', 'source', 'target', 'relation']);
    const isBulk = (v: unknown) => ArrayBuffer.isView(v) || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
    for (const column of [...encoded.nodes.columns, ...encoded.edges.columns]) {
      for (const value of Object.values(column)) expect(isBulk(value), column.key).toBe(true);
    }
  });

  it('decodes what a writer with fewer or more fields sent: unknown columns skipped, missing ones absent', () => {
    const view = randomView(11, 50);
    const encoded = encodeView(view);
    const older = { ...encoded, nodes: { ...encoded.nodes, columns: encoded.nodes.columns.filter((c) => c.key !== 'label' && c.key !== 'x') } };
    const newer = { ...encoded, edges: { ...encoded.edges, columns: [...encoded.edges.columns, { key: 'future', kind: 'number' as const, values: new Float64Array(encoded.edges.length) }] } };
    const fromOlder = decodeView(older);
    expect(fromOlder.nodes.map((n) => [n.id, n.degree, 'label' in n, 'x' in n])).toEqual(view.nodes.map((n) => [n.id, n.degree, false, false]));
    expect(decodeView(newer)).toStrictEqual(view);
  });
});

describe('replies', () => {
  const view = randomView(3, 20);

  it('encodes view methods only, and only successful results', () => {
    const encoded = encodeReply('expand', { ok: true, value: view });
    expect(encoded.transfer.length).toBeGreaterThan(0);
    expect(encoded.result).toMatchObject({ ok: true, value: { wire: 'graph-view/1' } });
    expect(decodeReply(encoded.result as never)).toStrictEqual({ ok: true, value: view });
    const details = { ok: true as const, value: { id: 'x' } };
    expect(encodeReply('nodeDetails', details)).toEqual({ result: details, transfer: [] });
    const failure = { ok: false as const, error: { code: 'unknown_node' as const, message: 'service/views: unknown node "x"' } };
    expect(encodeReply('expand', failure)).toEqual({ result: failure, transfer: [] });
  });

  it('gives the renderer decoded views, and leaves plain values and other members alone', async () => {
    const progress = () => () => undefined;
    const host = {
      ego: async () => encodeReply('ego', { ok: true, value: view }).result,
      view: async () => ({ ok: true, value: view }),
      search: async () => ({ ok: true, value: [{ id: 'a', label: 'A', kind: 'person' }] }),
      onProgress: progress,
    } as unknown as RedthreadWireHost;
    const api = decodingHost(host);
    expect(await api.ego({ id: 'a', depth: 1 })).toStrictEqual({ ok: true, value: view });
    expect(await api.view({ ids: [] })).toStrictEqual({ ok: true, value: view });
    expect(await api.search({ query: 'a' })).toEqual({ ok: true, value: [{ id: 'a', label: 'A', kind: 'person' }] });
    expect(api.onProgress).toBe(progress);
  });

  it('decodes a large view in steps, pausing between them, to the same view; a small one at once', async () => {
    let pauses = 0;
    const pause = async () => {
      pauses++;
    };
    const large = randomView(7, STEPPED_DECODE_ROWS);
    const wire = encodeReply('view', { ok: true, value: large }).result as Parameters<typeof decodeReply>[0];
    expect(await decodeReplyInSteps(wire, pause)).toStrictEqual({ ok: true, value: large });
    // The strings, the nodes and the edges, and each column filled after the rows were made.
    expect(pauses).toBeGreaterThanOrEqual(6);
    pauses = 0;
    const small = randomView(8, 20);
    expect(await decodeReplyInSteps(encodeReply('view', { ok: true, value: small }).result as Parameters<typeof decodeReply>[0], pause)).toStrictEqual({ ok: true, value: small });
    expect(await decodeReplyInSteps({ ok: false, error: { code: 'internal', message: 'no' } }, pause)).toEqual({ ok: false, error: { code: 'internal', message: 'no' } });
    const hits = { ok: true as const, value: [{ id: 'a', label: 'A', kind: 'person' }] };
    expect(await decodeReplyInSteps(hits as never, pause)).toEqual(hits);
    // Exactly at the threshold: still at once.
    const edge: GraphView = { graph: 'g', truncated: false, requestedNodes: 0, edges: [], nodes: Array.from({ length: STEPPED_DECODE_ROWS }, (_v, i) => ({ id: `n${i}`, label: '', kind: 'person', degree: 0 })) };
    expect(await decodeReplyInSteps(encodeReply('view', { ok: true, value: edge }).result as Parameters<typeof decodeReply>[0], pause)).toStrictEqual({ ok: true, value: edge });
    expect(pauses).toBe(0);
    // A host's views (Electron's preload) go the same way when given a pause.
    const api = decodingHost({ view: async () => encodeReply('view', { ok: true, value: large }).result } as unknown as RedthreadWireHost, pause);
    expect(await api.view({ ids: [] })).toStrictEqual({ ok: true, value: large });
    expect(pauses).toBeGreaterThanOrEqual(6);
  });
});
