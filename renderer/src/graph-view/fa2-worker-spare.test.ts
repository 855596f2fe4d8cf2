// The layout worker is booted before a layout asks for it, and a spare that failed to load is
// never handed to a run (the run would wait for places forever).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

class FakeWorker {
  static made: FakeWorker[] = [];
  terminated = false;
  private readonly listeners: (() => void)[] = [];
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
  }
  addEventListener(type: string, listener: () => void) {
    if (type === 'error') this.listeners.push(listener);
  }
  fail() {
    this.listeners.forEach((l) => l());
  }
  terminate() {
    this.terminated = true;
  }
}

async function spare() {
  vi.resetModules();
  return import('./fa2-worker-spare.js');
}

describe('the spare layout worker', () => {
  beforeEach(() => {
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('hands the worker started ahead to the first layout, then starts the next one', async () => {
    const { startSpareLayoutWorker, takeLayoutWorker } = await spare();
    startSpareLayoutWorker();
    startSpareLayoutWorker();
    expect(FakeWorker.made).toHaveLength(1);
    const first = FakeWorker.made[0];
    expect(first?.options.name).toBe('redthread-fa2');
    expect(takeLayoutWorker()).toBe(first);
    expect(FakeWorker.made).toHaveLength(1);
    vi.runAllTimers();
    expect(FakeWorker.made).toHaveLength(2);
    expect(takeLayoutWorker()).toBe(FakeWorker.made[1]);
  });

  it('replaces a spare that failed to load', async () => {
    const { startSpareLayoutWorker, takeLayoutWorker } = await spare();
    startSpareLayoutWorker();
    const broken = FakeWorker.made[0] as FakeWorker;
    broken.fail();
    const taken = takeLayoutWorker();
    expect(taken).not.toBe(broken);
    expect(broken.terminated).toBe(true);
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('starts a worker on demand when there is no spare', async () => {
    const { takeLayoutWorker } = await spare();
    const taken = takeLayoutWorker();
    expect(FakeWorker.made).toEqual([taken]);
  });
});
