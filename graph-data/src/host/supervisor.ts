// Keeps the graph service running for a host (Electron's worker thread, the browser's Web
// Worker): calls are correlated with replies by id; when the thread dies (a crash, out of
// memory) pending calls fail with the reason, the user is told at once, and a new thread is
// started after a backoff that grows with repeated crashes. The new thread reopens the last
// graph that opened successfully, from the same bytes, so a crash never swaps the user's
// graph silently; should reopening it stop the service again, the built-in dataset stays
// and the user is told which graph was lost. Plain TypeScript: each host adapts its thread.
import type { Method, OpenedGraph, Result, ServiceEvent, TaskProgress } from '../contract.js';

export interface ThreadRequest {
  id: number;
  method: string;
  args: unknown;
}
export interface ThreadReply {
  id: number;
  result: Result<unknown>;
}
export type ThreadMessage = ThreadReply | { progress: TaskProgress };

/** What a host's thread must offer; `died` must be called once when it stops for any reason. */
export interface ThreadHandle {
  post(request: ThreadRequest): void;
  terminate(): unknown;
}
export interface ThreadCallbacks {
  message(message: ThreadMessage): void;
  died(reason: string): void;
}
export type SpawnThread = (callbacks: ThreadCallbacks) => ThreadHandle;

export interface SupervisorOptions {
  spawn: SpawnThread;
  onProgress?(event: TaskProgress): void;
  onEvent?(event: ServiceEvent): void;
  /** Delay before the 1st, 2nd, … restart within the crash window; the last one repeats. */
  backoffMs?: readonly number[];
  /** Crashes further apart than this start the backoff over. */
  crashWindowMs?: number;
  schedule?(run: () => void, ms: number): void;
  now?(): number;
}

export interface Supervisor {
  call(method: Method, args: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
}

export const DEFAULT_BACKOFF_MS = [200, 1000, 5000, 15_000, 30_000] as const;
/** Past this many crashes in the window, calls stop waiting for the next restart and fail at once. */
const PATIENT_CRASHES = 3;

const failed = (message: string): Result<never> => ({ ok: false, error: { code: 'internal', message } });

interface Pending {
  method: string;
  args: unknown;
  resolve(result: Result<unknown>): void;
}

/** How to get back to the graph the user had: the arguments of its successful openGraph. */
interface Recipe {
  args: { files: { name: string }[] };
  names: string[];
}

const namesOf = (args: unknown): string[] => {
  const files = (args as { files?: { name?: unknown }[] } | null)?.files;
  return Array.isArray(files) ? files.map((f) => String(f?.name ?? 'file')) : [];
};

export function superviseService(options: SupervisorOptions): Supervisor {
  const backoff = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const windowMs = options.crashWindowMs ?? 10 * 60_000;
  const schedule = options.schedule ?? ((run, ms) => void setTimeout(run, ms));
  const now = options.now ?? (() => Date.now());

  const pending = new Map<number, Pending>();
  /** Calls made while a new thread is being started; sent once it holds a graph. */
  let waiting: { method: Method; args: unknown; resolve(result: Result<unknown>): void }[] = [];
  let nextId = 1;
  let closed = false;
  let thread: ThreadHandle | null = null;
  let state: 'running' | 'restarting' = 'running';
  let recipe: Recipe | null = null;
  let crashTimes: number[] = [];
  /** Crashing again and again: calls fail at once instead of waiting for the next restart. */
  let impatient = false;

  const send = (target: ThreadHandle, method: string, args: unknown, resolve: (result: Result<unknown>) => void): void => {
    const id = nextId++;
    pending.set(id, { method, args, resolve });
    try {
      target.post({ id, method, args });
    } catch (error) {
      pending.delete(id);
      resolve(failed(`service: could not send ${method}: ${error instanceof Error ? error.message : String(error)}`));
    }
  };

  /** The graph now open: remember how to reopen it. */
  const track = (method: string, args: unknown, result: Result<unknown>): void => {
    if (!result.ok) return;
    if (method === 'openGraph') recipe = { args: args as Recipe['args'], names: namesOf(args) };
    // A new case (empty, File › New Case) replaced the file too: a restart must not bring the file back in its place.
    else if (method === 'openDefault' || method === 'newCase') recipe = null;
  };

  const start = (): ThreadHandle => {
    let gone = false;
    const handle = options.spawn({
      message(message) {
        if (gone) return;
        if ('progress' in message) {
          options.onProgress?.(message.progress);
          return;
        }
        const entry = pending.get(message.id);
        pending.delete(message.id);
        if (!entry) return;
        track(entry.method, entry.args, message.result);
        entry.resolve(message.result);
      },
      died(reason) {
        if (gone) return;
        gone = true;
        if (thread === handle) onDeath(handle, reason);
      },
    });
    return handle;
  };

  const onDeath = (dead: ThreadHandle, reason: string): void => {
    thread = null;
    void Promise.resolve()
      .then(() => dead.terminate())
      .catch(() => undefined);
    const wasRestoring = state === 'restarting';
    for (const [id, entry] of pending) {
      pending.delete(id);
      entry.resolve(failed(`service: the graph service stopped (${reason}) before ${entry.method} finished; it is being restarted`));
    }
    if (closed) return;
    const at = now();
    crashTimes = [...crashTimes.filter((t) => at - t < windowMs), at];
    const crashes = crashTimes.length;
    const delay = backoff[Math.min(crashes - 1, backoff.length - 1)] ?? 0;
    // Reopening the last graph stopped the service again: it cannot be the way back.
    const lost = wasRestoring && recipe ? { names: recipe.names, message: `reopening it stopped the service again (${reason})` } : null;
    if (lost) recipe = null;
    impatient = crashes > PATIENT_CRASHES;
    if (impatient) {
      for (const call of waiting) call.resolve(failed(`service: the graph service keeps stopping (${crashes} times in ${Math.round(windowMs / 60_000)} minutes, last: ${reason}); it restarts in ${Math.round(delay / 1000)} s`));
      waiting = [];
    }
    state = 'restarting';
    options.onEvent?.({ kind: 'stopped', reason, restartInMs: delay, crashes });
    schedule(() => restart(reason, lost), delay);
  };

  const ask = (target: ThreadHandle, method: string, args: unknown): Promise<Result<unknown>> =>
    new Promise((resolve) => send(target, method, args, resolve));

  const restart = async (reason: string, earlierLoss: { names: string[]; message: string } | null): Promise<void> => {
    if (closed) return;
    const fresh = start();
    thread = fresh;
    let lost = earlierLoss;
    let reopened: string[] | null = null;
    let opened: OpenedGraph | null = null;
    const attempt = recipe;
    if (attempt) {
      const result = await ask(fresh, 'openGraph', attempt.args);
      if (thread !== fresh) return; // it died while reopening: onDeath has scheduled the next try
      if (result.ok) {
        reopened = attempt.names;
        opened = result.value as OpenedGraph;
      } else {
        recipe = null;
        lost = { names: attempt.names, message: result.error.message };
      }
    }
    if (!opened) {
      // The new thread loads the built-in dataset by itself; this also waits for it.
      const info = await ask(fresh, 'datasetInfo', {});
      if (thread !== fresh) return;
      if (info.ok) opened = { info: info.value as OpenedGraph['info'], warnings: [] };
    }
    state = 'running';
    options.onEvent?.({ kind: 'restarted', reason, reopened, lost, opened });
    const queued = waiting;
    waiting = [];
    for (const call of queued) send(fresh, call.method, call.args, call.resolve);
  };

  thread = start();

  return {
    call(method, args) {
      if (closed) return Promise.resolve(failed('service: the service host is closed'));
      return new Promise((resolve) => {
        if (state === 'restarting' && impatient) resolve(failed('service: the graph service keeps stopping and is restarting; try again shortly'));
        else if (state === 'restarting' || !thread) waiting.push({ method, args, resolve });
        else send(thread, method, args, resolve);
      });
    },
    async close() {
      closed = true;
      const current = thread;
      thread = null;
      for (const [id, entry] of pending) {
        pending.delete(id);
        entry.resolve(failed('service: the service host closed'));
      }
      for (const call of waiting) call.resolve(failed('service: the service host closed'));
      waiting = [];
      if (current) await current.terminate();
    },
  };
}
