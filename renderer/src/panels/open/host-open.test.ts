// The Electron host's answers in the opener: a too_large refusal with main's retry id offers
// the retry, which asks main again by that id (never a path) with the budget raised and the
// CSV mapping kept; a refusal without an id offers none.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostOpenResult, HostReopenArgs, Result } from '../../../../graph-data/src/contract.js';
import { applyHostResult, type HostContext } from './host-open.js';
import { raiseLimit, type Retry } from './use-opener.js';

const openRecent = vi.fn<(args: HostReopenArgs) => Promise<Result<HostOpenResult>>>();
vi.mock('../../api/client.js', () => ({ getApi: () => ({ openRecent }) }));

const opened: Result<HostOpenResult> = {
  ok: true,
  value: { status: 'opened', opened: { info: { id: 'g', name: 'deep', format: 'graphml', nodeCount: 2, edgeCount: 1 } as never, warnings: [] }, recent: { id: 'r1', names: ['deep.graphml'], openedAt: '2026-01-01T00:00:00Z' } },
};
const refused = (retryId: string | undefined, limit = 1000): Result<HostOpenResult> => ({
  ok: false,
  error: { code: 'too_large', message: `io/import: deep.graphml: nesting over ${limit}`, limit: { name: 'maxDepth', limit, found: limit + 1 }, ...(retryId && { retryId }) },
});

function context() {
  const finished: { ok: boolean; retry?: Retry }[] = [];
  const ctx: HostContext = {
    begin: () => ({ cancelled: false }),
    finish: (_t, _names, result, _remember, retry) => finished.push({ ok: result.ok, ...(retry && { retry }) }),
    release: () => undefined,
    setPhase: vi.fn(),
    refresh: () => undefined,
  };
  return { ctx, finished };
}

/** What the opener does with a retry: raise the budget the error names, then run it. */
function retryWithRaisedLimit(retry: Retry | undefined, result: Result<HostOpenResult>) {
  if (!retry || result.ok || !result.error.limit) throw new Error('expected a retry');
  const next = raiseLimit(retry.overrides, result.error.limit);
  if (!next) throw new Error('at the ceiling');
  retry.run(next);
  return next;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => openRecent.mockReset());

describe('applyHostResult', () => {
  it('retries a refused dialog pick by main id with the raised limit, and it opens', async () => {
    const { ctx, finished } = context();
    const first = refused('refused-abc');
    applyHostResult(ctx, { cancelled: false }, [], first);
    openRecent.mockResolvedValueOnce(opened);
    const next = retryWithRaisedLimit(finished[0]?.retry, first);
    expect(next).toEqual({ limits: { maxDepth: 4004 } });
    expect(openRecent.mock.calls).toEqual([[{ id: 'refused-abc', limits: { maxDepth: 4004 } }]]);
    await settle();
    expect(finished.map((f) => f.ok)).toEqual([false, true]);
  });

  it('offers no retry when main gave no id (nothing to name the files by)', () => {
    const { ctx, finished } = context();
    applyHostResult(ctx, { cancelled: false }, [], refused(undefined));
    expect(finished).toEqual([{ ok: false }]);
  });

  it('keeps the CSV mapping and the raised budgets across retries of a recent entry', async () => {
    const { ctx, finished } = context();
    const inspection = { format: 'csv', csv: { files: [], suggestion: {} } } as never;
    applyHostResult(ctx, { cancelled: false }, [], { ok: true, value: { status: 'needs-mapping', inspection, recent: { id: 'r9', names: ['nodes.csv'], openedAt: '' } } });
    const phase = vi.mocked(ctx.setPhase).mock.calls.at(-1)?.[0];
    if (phase?.kind !== 'mapping') throw new Error('expected the mapping step');
    const csv = { nodes: { id: 'id' } } as never;
    const second = refused('r9');
    openRecent.mockResolvedValueOnce(second);
    phase.submit(csv);
    await settle();
    openRecent.mockResolvedValueOnce(opened);
    retryWithRaisedLimit(finished[0]?.retry, second);
    await settle();
    expect(openRecent.mock.calls).toEqual([[{ id: 'r9', csv }], [{ id: 'r9', csv, limits: { maxDepth: 4004 } }]]);
    expect(finished.map((f) => f.ok)).toEqual([false, true]);
  });
});
