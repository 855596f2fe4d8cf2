// What a host does to a service reply before posting it, and what the renderer's API layer
// does on receipt: GraphView results travel encoded (view-codec.ts) with their buffers in the
// transfer list; everything else passes as it is. Used by the Web Worker host
// (renderer/src/api) and the Electron service thread (electron/service-thread.ts); Electron's
// main process and preload pass the encoded value through untouched.
import type { Args, ContractResults, Method, RedthreadHost, Result } from '../contract.js';
import { runSteps } from '../steps.js';
import { decodeView, decodeViewSteps, encodeView, type EncodedView, isEncodedView, isViewMethod, viewBuffers, type ViewMethod } from './view-codec.js';

/** A method's result as it crosses a process or thread boundary. */
export type WireResults = { [M in Method]: M extends ViewMethod ? EncodedView | ContractResults[M] : ContractResults[M] };

/** The host the page finds on window.redthread: RedthreadHost, with view results possibly still encoded. */
export type RedthreadWireHost = Omit<RedthreadHost, Method> & { [M in Method]: (args: Args<M>) => Promise<Result<WireResults[M]>> };

/** The reply to post, and the buffers to move with it. */
export function encodeReply(method: unknown, result: Result<unknown>): { result: Result<unknown>; transfer: ArrayBuffer[] } {
  if (!result.ok || typeof method !== 'string' || !isViewMethod(method) || isEncodedView(result.value)) return { result, transfer: [] };
  const encoded = encodeView(result.value as ContractResults[ViewMethod]);
  return { result: { ok: true, value: encoded }, transfer: viewBuffers(encoded) };
}

/** A reply as the contract types it: encoded views decoded, anything else as received. */
export function decodeReply<M extends Method>(result: Result<WireResults[M]>): Result<ContractResults[M]> {
  if (result.ok && isEncodedView(result.value)) return { ok: true, value: decodeView(result.value) as ContractResults[M] };
  return result as Result<ContractResults[M]>;
}

/** Views with more rows than this are decoded in steps by decodeReplyInSteps. */
export const STEPPED_DECODE_ROWS = 5000;

/**
 * decodeReply for the UI thread: a large view is decoded in steps, `pause` between them (at 10k
 * nodes and 30k edges, one decode was a task of 98 ms).
 */
export async function decodeReplyInSteps<M extends Method>(result: Result<WireResults[M]>, pause: () => Promise<void>): Promise<Result<ContractResults[M]>> {
  if (!result.ok || !isEncodedView(result.value) || result.value.nodes.length + result.value.edges.length <= STEPPED_DECODE_ROWS) return decodeReply(result);
  const view = await runSteps(decodeViewSteps(result.value), pause);
  return { ok: true, value: view as ContractResults[M] };
}

/** Wraps a host so every view method answers a decoded GraphView; the other members are kept as they are. */
export function decodingHost(host: RedthreadWireHost, pause?: () => Promise<void>): RedthreadHost {
  const wrapped: Record<string, unknown> = { ...host };
  for (const [name, member] of Object.entries(host)) {
    if (typeof member !== 'function' || !isViewMethod(name)) continue;
    const call = member as (args: unknown) => Promise<Result<WireResults[ViewMethod]>>;
    wrapped[name] = async (args: unknown) => (pause ? decodeReplyInSteps(await call(args), pause) : decodeReply(await call(args)));
  }
  return wrapped as unknown as RedthreadHost;
}
