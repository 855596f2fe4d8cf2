// The Electron host's answers to a dialog pick or a recent entry, applied to the opener:
// opened, a CSV mapping to ask for, cancelled, or failed. A too_large failure carries
// main's opaque retry id, so "Open anyway with a higher limit" works for host-side opens
// as it does for dropped files, without the page ever holding a path.
import type { CsvMapping, HostOpenResult, OpenedGraph, Result } from '../../../../graph-data/src/contract.js';
import { getApi } from '../../api/client.js';
import { initialMapping, rememberMapping } from './mapping-store.js';
import { browserStore } from './storage.js';
import type { OpenOverrides, OpenPhase, Retry } from './use-opener.js';

export interface HostContext {
  begin(names: string[]): { cancelled: boolean };
  finish(token: { cancelled: boolean }, names: string[], result: Result<OpenedGraph>, remember?: () => void, retry?: Retry): void;
  release(token: { cancelled: boolean }): void;
  setPhase(phase: OpenPhase): void;
  refresh(): void;
}

/** What a host-side open was asked with, so a too_large answer can be retried with the same mapping. */
interface HostAttempt {
  csv?: CsvMapping;
  overrides: OpenOverrides;
}

/** Opens main's entry (a recent id, or the retry id of a refused pick) again. */
function reopenOnHost(ctx: HostContext, names: string[], id: string, attempt: HostAttempt): void {
  const token = ctx.begin(names);
  void getApi()
    .openRecent?.({ id, ...(attempt.csv && { csv: attempt.csv }), ...attempt.overrides })
    .then((r) => applyHostResult(ctx, token, names, r, attempt));
}

/**
 * The Electron host's answer: opened, a CSV mapping to ask for (then open again by recent id),
 * cancelled or failed. A too_large failure carries main's retry id: the same files open again
 * by that id with the budget raised, as dropped files do with their bytes.
 */
export function applyHostResult(ctx: HostContext, token: { cancelled: boolean }, names: string[], result: Result<HostOpenResult | null>, attempt: HostAttempt = { overrides: {} }): void {
  if (!result.ok) {
    const retryId = result.error.retryId;
    const retry: Retry | undefined = retryId ? { overrides: attempt.overrides, run: (next) => reopenOnHost(ctx, names, retryId, { ...attempt, overrides: next }) } : undefined;
    return ctx.finish(token, names, result, undefined, retry);
  }
  const value = result.value;
  if (value === null) {
    // The dialog was cancelled.
    ctx.release(token);
    return ctx.setPhase({ kind: 'idle' });
  }
  if (value.status === 'opened') return ctx.finish(token, value.recent.names, { ok: true, value: value.opened }, ctx.refresh);
  const { inspection, recent } = value;
  ctx.release(token);
  ctx.refresh();
  ctx.setPhase({
    kind: 'mapping',
    names: recent.names,
    inspection,
    initial: initialMapping(browserStore(), inspection),
    cancel: () => ctx.setPhase({ kind: 'idle' }),
    submit: (csv) => {
      if (inspection.csv) rememberMapping(browserStore(), inspection.csv.files, csv);
      reopenOnHost(ctx, recent.names, recent.id, { csv, overrides: attempt.overrides });
    },
  });
}

